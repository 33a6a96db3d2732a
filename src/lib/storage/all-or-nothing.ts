/** The parts of an idb transaction that allOrNothing needs. */
interface Tx {
  abort(): void;
  done: Promise<void>;
}

/**
 * Runs `queue`, which issues a transaction's writes through `write`, and waits for them to commit.
 * If anything throws — even synchronously half way, like a put that refuses its value — the
 * transaction is aborted so none of the writes already queued land: never half a take.
 */
export async function allOrNothing(
  tx: Tx,
  queue: (write: (request: Promise<unknown>) => void) => void | Promise<void>,
): Promise<void> {
  const writes: Promise<unknown>[] = [];
  try {
    await queue((request) => void writes.push(request));
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    for (const request of writes) request.catch(() => {});
    tx.done.catch(() => {});
    try {
      tx.abort();
    } catch {
      // Already committed or aborted: there is nothing left to undo.
    }
    throw error;
  }
}
