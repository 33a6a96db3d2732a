import { allOrNothing } from './all-or-nothing';
import type { Db } from './db';
import { guarded } from './errors';
import type { ChunkRecord, RecordingSessionRecord, TakeRecord } from './schema';

/** Starts a recording session row; its chunks follow as they arrive. */
export function startSession(db: Db, session: RecordingSessionRecord): Promise<void> {
  return guarded(async () => {
    await db.put('recordings', session);
  });
}

/** Writes one chunk of audio and the recorded time so far, in one transaction. */
export function appendChunk(
  db: Db,
  recordingId: string,
  seq: number,
  blob: Blob,
  elapsedMs: number,
): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction(['chunks', 'recordings'], 'readwrite');
    await allOrNothing(tx, async (write) => {
      const session = await tx.objectStore('recordings').get(recordingId);
      write(tx.objectStore('chunks').put({ recordingId, seq, blob }));
      if (session) write(tx.objectStore('recordings').put({ ...session, elapsedMs }));
    });
  });
}

const chunkRange = (recordingId: string) =>
  IDBKeyRange.bound([recordingId, -Infinity], [recordingId, Infinity]);

/** Sessions left behind by a take that never finished (tab closed, crash, reload). */
export function listSessions(db: Db): Promise<RecordingSessionRecord[]> {
  return guarded(() => db.getAll('recordings'));
}

/** A session's chunks in order. */
export function getChunks(db: Db, recordingId: string): Promise<ChunkRecord[]> {
  return guarded(() => db.getAll('chunks', chunkRange(recordingId)));
}

/**
 * Turns a session into a kept take: the take and its audio are written and the session and its
 * chunks removed in one transaction, so a failure leaves the session recoverable.
 */
export function finishSession(
  db: Db,
  recordingId: string,
  take: TakeRecord,
  audio: Blob,
): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction(['takes', 'audio', 'recordings', 'chunks'], 'readwrite');
    await allOrNothing(tx, (write) => {
      write(tx.objectStore('takes').put(take));
      write(tx.objectStore('audio').put({ takeId: take.id, blob: audio }));
      write(tx.objectStore('recordings').delete(recordingId));
      write(tx.objectStore('chunks').delete(chunkRange(recordingId)));
    });
  });
}

/** Discards a session and its chunks. */
export function discardSession(db: Db, recordingId: string): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction(['recordings', 'chunks'], 'readwrite');
    await allOrNothing(tx, (write) => {
      write(tx.objectStore('recordings').delete(recordingId));
      write(tx.objectStore('chunks').delete(chunkRange(recordingId)));
    });
  });
}
