import { allOrNothing } from './all-or-nothing';
import type { Db } from './db';
import { guarded } from './errors';
import type { AudioRecord, TakeRecord } from './schema';

/** Saves a take's metadata and audio together: both are written or neither is. */
export function saveTake(db: Db, take: TakeRecord, audio: Blob): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction(['takes', 'audio'], 'readwrite');
    await allOrNothing(tx, (write) => {
      write(tx.objectStore('takes').put(take));
      write(tx.objectStore('audio').put({ takeId: take.id, blob: audio }));
    });
  });
}

/** Takes newest first, metadata only; `before` (createdAt, ms) pages further back. */
export function listTakes(
  db: Db,
  options: { limit?: number; before?: number } = {},
): Promise<TakeRecord[]> {
  const { limit = Infinity, before } = options;
  return guarded(async () => {
    const range = before === undefined ? null : IDBKeyRange.upperBound(before, true);
    const takes: TakeRecord[] = [];
    let cursor = await db.transaction('takes').store.index('by-created').openCursor(range, 'prev');
    while (cursor && takes.length < limit) {
      takes.push(cursor.value);
      cursor = await cursor.continue();
    }
    return takes;
  });
}

/** All takes of a script, oldest first. */
export function listScriptTakes(db: Db, scriptId: string): Promise<TakeRecord[]> {
  return guarded(() =>
    db.getAllFromIndex(
      'takes',
      'by-script',
      IDBKeyRange.bound([scriptId, -Infinity], [scriptId, Infinity]),
    ),
  );
}

/** Number of kept takes. */
export function countTakes(db: Db): Promise<number> {
  return guarded(() => db.count('takes'));
}

/** One take's metadata, or undefined. */
export function getTake(db: Db, id: string): Promise<TakeRecord | undefined> {
  return guarded(() => db.get('takes', id));
}

/** One take's audio blob, or undefined. */
export async function getAudio(db: Db, id: string): Promise<Blob | undefined> {
  const record = await guarded(() => db.get('audio', id));
  return record?.blob;
}

/** Applies a partial change to a take's metadata and returns the updated record. */
export function updateTake(
  db: Db,
  id: string,
  patch: Partial<Omit<TakeRecord, 'id'>>,
): Promise<TakeRecord> {
  return guarded(async () => {
    const tx = db.transaction('takes', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) throw new Error(`Take ${id} is gone.`);
    const next = { ...current, ...patch };
    await tx.store.put(next);
    await tx.done;
    return next;
  });
}

/** A deleted take, kept in memory so an undo can put it back exactly. */
export interface DeletedTake {
  take: TakeRecord;
  audio: AudioRecord | undefined;
}

/** Deletes a take and its audio in one transaction; returns what was deleted, for undo. */
export function deleteTake(db: Db, id: string): Promise<DeletedTake | undefined> {
  return guarded(async () => {
    const tx = db.transaction(['takes', 'audio'], 'readwrite');
    const [take, audio] = await Promise.all([
      tx.objectStore('takes').get(id),
      tx.objectStore('audio').get(id),
    ]);
    if (!take) {
      await tx.done;
      return undefined;
    }
    await allOrNothing(tx, (write) => {
      write(tx.objectStore('takes').delete(id));
      write(tx.objectStore('audio').delete(id));
    });
    return { take, audio };
  });
}

/** Puts back a take removed by deleteTake. */
export function restoreTake(db: Db, deleted: DeletedTake): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction(['takes', 'audio'], 'readwrite');
    await allOrNothing(tx, (write) => {
      write(tx.objectStore('takes').put(deleted.take));
      if (deleted.audio) write(tx.objectStore('audio').put(deleted.audio));
    });
  });
}

/** Ids of takes measured by another analysis version (or never), read from an index: no records. */
export function listStaleTakeIds(db: Db, analysisVersion: number): Promise<string[]> {
  return guarded(async () => {
    const index = db.transaction('takes').store.index('by-analysis-version');
    const [older, newer] = await Promise.all([
      index.getAllKeys(IDBKeyRange.upperBound(analysisVersion, true)),
      index.getAllKeys(IDBKeyRange.lowerBound(analysisVersion, true)),
    ]);
    return [...older, ...newer];
  });
}
