import { allOrNothing } from './all-or-nothing';
import { audioRecord, bytesOf, chunkRange, chunkSize } from './audio';
import type { Db } from './db';
import { guarded } from './errors';
import type { AudioRecord, ChunkRecord, RecordingSessionRecord, TakeRecord } from './schema';

/** Starts a recording session row; its chunks follow as they arrive. */
export function startSession(db: Db, session: RecordingSessionRecord): Promise<void> {
  return guarded(async () => {
    await db.put('recordings', session);
  });
}

/** Writes one chunk of audio (as bytes plus its type) and the recorded time so far, in one transaction. */
export function appendChunk(
  db: Db,
  recordingId: string,
  seq: number,
  blob: Blob,
  elapsedMs: number,
): Promise<void> {
  return guarded(async () => {
    const bytes = await bytesOf(blob);
    const tx = db.transaction(['chunks', 'recordings'], 'readwrite');
    await allOrNothing(tx, async (write) => {
      const session = await tx.objectStore('recordings').get(recordingId);
      write(tx.objectStore('chunks').put({ recordingId, seq, type: blob.type, bytes }));
      if (session) write(tx.objectStore('recordings').put({ ...session, elapsedMs }));
    });
  });
}

/** Sessions left behind by a take that never finished (tab closed, crash, reload). */
export function listSessions(db: Db): Promise<RecordingSessionRecord[]> {
  return guarded(() => db.getAll('recordings'));
}

/** A session's chunks in order. */
export function getChunks(db: Db, recordingId: string): Promise<ChunkRecord[]> {
  return guarded(() => db.getAll('chunks', chunkRange(recordingId)));
}

/** How the stored chunks relate to the finished audio: the part already stored, and the rest. */
interface Promotion {
  /** Chunks seq 0 … kept − 1 are the audio's first bytes and stay where they are. */
  kept: number;
  /** Stored chunk sizes, bytes, in seq order, as read; the write checks they have not changed. */
  sizes: number[];
  /** The audio after the kept chunks (a chunk whose write failed, the last one), or null. */
  tail: ArrayBuffer | null;
}

/** Finds the longest run of stored chunks from seq 0 whose bytes begin `audio`. */
function planPromotion(chunks: ChunkRecord[], audio: Uint8Array): Promotion {
  let kept = 0;
  let offset = 0;
  for (const chunk of chunks) {
    const bytes = chunk.bytes ? new Uint8Array(chunk.bytes) : null;
    if (chunk.seq !== kept || !bytes || offset + bytes.length > audio.length) break;
    if (!bytes.every((b, i) => audio[offset + i] === b)) break;
    kept++;
    offset += bytes.length;
  }
  const rest = audio.slice(offset);
  return { kept, sizes: chunks.map(chunkSize), tail: rest.length > 0 ? rest.buffer : null };
}

/**
 * Turns a session into a kept take in one transaction, so a failure leaves the session
 * recoverable. The chunks already stored become the take's audio where they are (a full disk
 * never needs room for a second copy); only audio that no chunk holds yet is written.
 */
export function finishSession(
  db: Db,
  recordingId: string,
  take: TakeRecord,
  audio: Blob,
): Promise<void> {
  return guarded(async () => {
    const bytes = new Uint8Array(await bytesOf(audio));
    const type = audio.type || take.mimeType;
    // Chunks are promoted only under the take's own id (always so in the app).
    const inPlace = recordingId === take.id;
    const plan = inPlace ? planPromotion(await getChunks(db, recordingId), bytes) : null;
    const tx = db.transaction(['takes', 'audio', 'recordings', 'chunks'], 'readwrite');
    const chunks = tx.objectStore('chunks');
    await allOrNothing(tx, async (write) => {
      let record: AudioRecord;
      if (!plan) {
        write(chunks.delete(chunkRange(recordingId)));
        record = audioRecord(take.id, bytes.buffer, type);
      } else {
        const now = (await chunks.getAll(chunkRange(recordingId))).map(chunkSize);
        if (now.join() !== plan.sizes.join())
          throw new Error('The recording changed while saving.');
        write(chunks.delete(chunkRange(recordingId, plan.kept)));
        if (plan.tail) write(chunks.put({ recordingId, seq: plan.kept, type, bytes: plan.tail }));
        record = {
          takeId: take.id,
          type,
          size: bytes.length,
          chunks: plan.kept + (plan.tail ? 1 : 0),
        };
      }
      write(tx.objectStore('takes').put(take));
      write(tx.objectStore('audio').put(record));
      write(tx.objectStore('recordings').delete(recordingId));
    });
  });
}

/** Discards a session and its chunks (never the chunks a kept take's audio lives in). */
export function discardSession(db: Db, recordingId: string): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction(['recordings', 'chunks', 'audio'], 'readwrite');
    await allOrNothing(tx, async (write) => {
      const kept = await tx.objectStore('audio').get(recordingId);
      write(tx.objectStore('recordings').delete(recordingId));
      if (kept?.chunks === undefined || kept.bytes !== undefined)
        write(tx.objectStore('chunks').delete(chunkRange(recordingId)));
    });
  });
}
