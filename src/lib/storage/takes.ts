import { LIMITS, overLimit } from '../limits';
import { allOrNothing } from './all-or-nothing';
import type { Db } from './db';
import { guarded, NotFoundError, StorageError } from './errors';
import { audioRecord, bytesOf, chunkRange, readAudio } from './audio';
import { tick } from './hlc';
import { mergeTake, type MergeNote } from './merge';
import type { AudioRecord, ChunkRecord, TakeEditableField, TakeRecord } from './schema';

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

/** A take with its audio, as a restore hands it over. */
export interface TakeWithAudio {
  take: TakeRecord;
  audio: Blob;
}

/**
 * Adds takes with their audio in one transaction, each take together with its audio. A take
 * already here keeps its audio and merges the rep's later edits (name, note, answer, star) from
 * the copy given. Returns how many were added, merged (with what the merge did) or unchanged.
 */
export function addTakes(
  db: Db,
  items: TakeWithAudio[],
): Promise<{
  added: number;
  unchanged: number;
  merged: { take: TakeRecord; notes: MergeNote[] }[];
}> {
  return guarded(async () => {
    // Read the bytes first: a transaction must not wait on anything but IndexedDB.
    const bytes = await Promise.all(items.map(({ audio }) => bytesOf(audio)));
    const tx = db.transaction(['takes', 'audio'], 'readwrite');
    const takes = tx.objectStore('takes');
    const result = {
      added: 0,
      unchanged: 0,
      merged: [] as { take: TakeRecord; notes: MergeNote[] }[],
    };
    await allOrNothing(tx, async (write) => {
      const here = await Promise.all(items.map(({ take }) => takes.get(take.id)));
      items.forEach(({ take, audio }, i) => {
        const existing = here[i];
        if (!existing) {
          write(takes.put(take));
          write(
            tx
              .objectStore('audio')
              .put(audioRecord(take.id, bytes[i]!, audio.type || take.mimeType)),
          );
          result.added++;
          return;
        }
        const merge = mergeTake(existing, take);
        if (!merge.take) return void result.unchanged++;
        write(takes.put(merge.take));
        result.merged.push({ take: merge.take, notes: merge.notes });
      });
    });
    return result;
  });
}

/** Where a page of takes ends: the oldest take shown (its createdAt in ms, then its id). */
export interface TakeCursor {
  createdAt: number;
  id: string;
}

/** True when take `a` lists after (is older than) `b`: by createdAt, then id, like the index. */
function isBefore(a: TakeCursor, b: TakeCursor): boolean {
  return a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);
}

/**
 * Takes newest first, metadata only; `before` (the oldest take already shown) pages further back.
 * Pages are keyed on (createdAt, id) — the by-created index orders equal times by id — so takes
 * sharing one createdAt are never skipped. One key-cursor walk finds the page's oldest take,
 * then a single getAll reads the page, instead of a round trip per take.
 */
export function listTakes(
  db: Db,
  options: { limit?: number; before?: TakeCursor } = {},
): Promise<TakeRecord[]> {
  const { limit = Infinity, before } = options;
  const older = (take: TakeCursor) => before === undefined || isBefore(take, before);
  return guarded(async () => {
    const index = db.transaction('takes').store.index('by-created');
    const upper = before === undefined ? null : IDBKeyRange.upperBound(before.createdAt);
    if (!Number.isFinite(limit)) return (await index.getAll(upper)).reverse().filter(older);
    if (limit <= 0) return [];
    let cursor = await index.openKeyCursor(upper, 'prev');
    // Step past `before` and the takes sharing its time that were already shown.
    if (cursor && before && cursor.key === before.createdAt && cursor.primaryKey > before.id)
      cursor = await cursor.continuePrimaryKey(before.createdAt, before.id);
    if (cursor && before && cursor.key === before.createdAt && cursor.primaryKey === before.id)
      cursor = await cursor.continue();
    if (cursor && limit > 1) cursor = await cursor.advance(limit - 1);
    const oldest = cursor ? { createdAt: cursor.key, id: cursor.primaryKey } : undefined;
    const range =
      oldest === undefined
        ? upper
        : before === undefined
          ? IDBKeyRange.lowerBound(oldest.createdAt)
          : IDBKeyRange.bound(oldest.createdAt, before.createdAt);
    const page = (await index.getAll(range)).reverse();
    return page.filter((t) => older(t) && (oldest === undefined || !isBefore(t, oldest)));
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

const EDITABLE: readonly TakeEditableField[] = ['name', 'note', 'wouldReturn', 'starred'];

/**
 * Applies a partial change to a take's metadata and returns the updated record. A name or note
 * over LIMITS is refused; each rep-edited field that changes gets a new clock stamp.
 */
export function updateTake(
  db: Db,
  id: string,
  patch: Partial<Omit<TakeRecord, 'id'>>,
  now = Date.now(),
): Promise<TakeRecord> {
  const problem = overLimit({
    'take name': [patch.name, LIMITS.takeNameChars],
    'take note': [patch.note, LIMITS.takeNoteChars],
  });
  if (problem) return Promise.reject(new StorageError('invalid', problem));
  return guarded(async () => {
    const tx = db.transaction('takes', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) throw new NotFoundError('take', id);
    const next = { ...current, ...patch };
    const edited = EDITABLE.filter((field) => field in patch && patch[field] !== current[field]);
    if (edited.length > 0) {
      const stamp = tick(now, ...Object.values(current.clocks ?? {}));
      next.clocks = { ...current.clocks, ...Object.fromEntries(edited.map((f) => [f, stamp])) };
    }
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
