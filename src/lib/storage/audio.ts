import type { Db } from './db';
import { guarded } from './errors';
import type { AudioRecord, ChunkRecord } from './schema';

/** The key range of one recording's chunks (a take's promoted chunks share its id). */
export const chunkRange = (recordingId: string, fromSeq = -Infinity) =>
  IDBKeyRange.bound([recordingId, fromSeq], [recordingId, Infinity]);

/** An audio record holding `bytes` in one piece. */
export function audioRecord(takeId: string, bytes: ArrayBuffer, type: string): AudioRecord {
  return { takeId, type, size: bytes.byteLength, bytes };
}

/** A Blob's bytes as a fresh ArrayBuffer (read before a transaction opens: it is not an IDB request). */
export function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return blob.arrayBuffer();
}

/** A chunk's size, bytes, in either the current or the schema v1 shape. */
export function chunkSize(chunk: ChunkRecord): number {
  return chunk.bytes?.byteLength ?? chunk.blob?.size ?? 0;
}

/** Parts that make up a chunk or an audio record, for a Blob; v1 Blobs are used as they are. */
function part(record: { bytes?: ArrayBuffer; blob?: Blob }): BlobPart {
  return record.bytes ?? record.blob ?? new ArrayBuffer(0);
}

/** Chunks joined in recording order as one Blob of `type`. */
export function joinChunks(chunks: ChunkRecord[], type: string): Blob {
  // The key is [recordingId, seq], so IndexedDB returns them in order; sort anyway so the order
  // never depends on that detail.
  const ordered = [...chunks].sort((a, b) => a.seq - b.seq);
  return new Blob(ordered.map(part), { type });
}

/** A take's audio as a Blob, from its record and (when promoted in place) its chunks. */
export function audioBlob(record: AudioRecord, chunks: ChunkRecord[] = []): Blob {
  if (record.bytes === undefined && record.blob === undefined)
    return joinChunks(chunks.slice(0, record.chunks ?? 0), record.type);
  return new Blob([part(record)], { type: record.type || record.blob?.type || '' });
}

/** Reads one take's audio (record and promoted chunks) in one transaction. */
export function readAudio(db: Db, takeId: string): Promise<Blob | undefined> {
  return guarded(async () => {
    const tx = db.transaction(['audio', 'chunks']);
    const record = await tx.objectStore('audio').get(takeId);
    if (!record) return undefined;
    const chunks =
      record.chunks !== undefined && record.bytes === undefined
        ? await tx.objectStore('chunks').getAll(chunkRange(takeId))
        : [];
    return audioBlob(record, chunks);
  });
}

/**
 * Moves audio stored by schema v1 (Blobs) into bytes, one record per transaction: reading a Blob
 * is not an IndexedDB request, so it happens between transactions. Safe to interrupt or run
 * again: a record is replaced only while it still holds its Blob. Returns the records converted.
 */
export async function convertLegacyAudio(db: Db): Promise<number> {
  return (await moveBlobsToBytes(db, 'audio')) + (await moveBlobsToBytes(db, 'chunks'));
}

/** Rewrites each record of `store` that still holds a Blob with its bytes; returns how many. */
async function moveBlobsToBytes(db: Db, store: 'audio' | 'chunks'): Promise<number> {
  let converted = 0;
  for (const key of await guarded(() => db.getAllKeys(store))) {
    const record: { blob?: Blob } | undefined = await guarded(() => db.get(store, key));
    if (!record?.blob) continue;
    const { blob, ...rest } = record;
    // The v1 step already recorded an audio record's type and size; only the bytes move.
    const bytes = await bytesOf(blob);
    const done = await guarded(async () => {
      const tx = db.transaction(store, 'readwrite');
      if (!((await tx.store.get(key)) as { blob?: Blob } | undefined)?.blob) return false;
      await Promise.all([tx.store.put({ ...rest, bytes } as AudioRecord & ChunkRecord), tx.done]);
      return true;
    });
    if (done) converted++;
  }
  return converted;
}
