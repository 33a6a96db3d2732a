import 'fake-indexeddb/auto';

/**
 * Makes the next writes to one object store fail the way a full disk does in a browser
 * (a QuotaExceededError DOMException) until the returned restore function is called.
 * fake-indexeddb has no quota, so this is the one place a real part cannot run.
 */
export function failWritesTo(storeName: string, afterWrites = 0): () => void {
  const proto = IDBObjectStore.prototype;
  const original = proto.put;
  let seen = 0;
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === storeName && seen++ >= afterWrites)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  };
  return () => {
    proto.put = original;
  };
}
