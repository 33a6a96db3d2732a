import { allOrNothing } from './all-or-nothing';
import type { Db } from './db';
import { guarded, NotFoundError } from './errors';
import { audioRecord, bytesOf, chunkRange, readAudio } from './audio';
import type { AudioRecord, ChunkRecord, TakeRecord } from './schema';

export { convertLegacyAudio } from './audio';

/** Saves a take's metadata and audio together: both are written or neither is. */
export function saveTake(db: Db, take: TakeRecord, audio: Blob): Promise<void> {
  return guarded(async () => {
    const bytes = await bytesOf(audio);
    const tx = db.transaction(['takes', 'audio'], 'readwrite');
    await allOrNothing(tx, (write) => {
      write(tx.objectStore('takes').put(take));
      write(tx.objectStore('audio').put(audioRecord(take.id, bytes, audio.type || take.mimeType)));
    });
  });
}

/**
 * Takes newest first, metadata only; `before` (createdAt, ms) pages further back. One key-cursor
 * hop finds the page's oldest createdAt, then a single getAll reads the page, instead of a round
 * trip per take.
 */
export function listTakes(
  db: Db,
  options: { limit?: number; before?: number } = {},
): Promise<TakeRecord[]> {
  const { limit = Infinity, before } = options;
  return guarded(async () => {
    const index = db.transaction('takes').store.index('by-created');
    const newest = before === undefined ? null : IDBKeyRange.upperBound(before, true);
    if (!Number.isFinite(limit)) return (await index.getAll(newest)).reverse();
    if (limit <= 0) return [];
    let cursor = await index.openKeyCursor(newest, 'prev');
    if (cursor && limit > 1) cursor = await cursor.advance(limit - 1);
    const oldest = cursor?.key;
    const range =
      oldest === undefined
        ? newest
        : before === undefined
          ? IDBKeyRange.lowerBound(oldest)
          : IDBKeyRange.bound(oldest, before, false, true);
    // Takes sharing the oldest createdAt all come back; trim to the page size.
    return (await index.getAll(range)).reverse().slice(0, limit);
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

/** One take's audio as a Blob of its recorded type, or undefined. */
export function getAudio(db: Db, id: string): Promise<Blob | undefined> {
  return readAudio(db, id);
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
    if (!current) throw new NotFoundError('take', id);
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
  /** The take's promoted recording chunks, when its audio lives in them. */
  chunks: ChunkRecord[];
}

/** Deletes a take and its audio in one transaction; returns what was deleted, for undo. */
export function deleteTake(db: Db, id: string): Promise<DeletedTake | undefined> {
  return guarded(async () => {
    const tx = db.transaction(['takes', 'audio', 'chunks'], 'readwrite');
    const [take, audio, chunks] = await Promise.all([
      tx.objectStore('takes').get(id),
      tx.objectStore('audio').get(id),
      tx.objectStore('chunks').getAll(chunkRange(id)),
    ]);
    if (!take) {
      await tx.done;
      return undefined;
    }
    await allOrNothing(tx, (write) => {
      write(tx.objectStore('takes').delete(id));
      write(tx.objectStore('audio').delete(id));
      write(tx.objectStore('chunks').delete(chunkRange(id)));
    });
    return { take, audio, chunks };
  });
}

/** Puts back a take removed by deleteTake. */
export function restoreTake(db: Db, deleted: DeletedTake): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction(['takes', 'audio', 'chunks'], 'readwrite');
    await allOrNothing(tx, (write) => {
      write(tx.objectStore('takes').put(deleted.take));
      if (deleted.audio) write(tx.objectStore('audio').put(deleted.audio));
      for (const chunk of deleted.chunks ?? []) write(tx.objectStore('chunks').put(chunk));
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
