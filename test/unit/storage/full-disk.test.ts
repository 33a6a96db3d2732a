import { afterEach, describe, expect, it } from 'vitest';
import {
  appendChunk,
  finishSession,
  getChunks,
  listSessions,
  startSession,
} from '../../../src/lib/storage/recordings';
import {
  findInterruptedTakes,
  keepRecoveredTake,
  rebuildAudio,
} from '../../../src/lib/storage/recovery';
import type { RecordingSessionRecord } from '../../../src/lib/storage/schema';
import { deleteTake, getAudio, listTakes, restoreTake } from '../../../src/lib/storage/takes';
import { freshDb, makeTake } from './helpers';

/**
 * A disk with room for `quota` more bytes of audio: every put of audio bytes (or a v1 Blob) counts
 * against it and a put past it throws QuotaExceededError as a browser does. Deletes free nothing
 * (a browser frees space only after the transaction commits, if at all). fake-indexeddb has no
 * quota, so this is the one place a real part cannot run.
 */
function diskWithRoomFor(quota: number): () => void {
  const proto = IDBObjectStore.prototype;
  const original = proto.put;
  let used = 0;
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const value = args[0] as { bytes?: ArrayBuffer; blob?: Blob };
    const size = value?.bytes?.byteLength ?? value?.blob?.size ?? 0;
    if (used + size > quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    used += size;
    return original.apply(this, args);
  };
  return () => {
    proto.put = original;
  };
}

let restoreDisk: (() => void) | null = null;
afterEach(() => {
  restoreDisk?.();
  restoreDisk = null;
});

const session = (id: string): RecordingSessionRecord => ({
  id,
  startedAt: 1_700_000_000_000,
  mimeType: 'audio/webm;codecs=opus',
  band: { minSec: 20, maxSec: 30 },
  voiceProcessing: false,
  elapsedMs: 0,
});

/** A 10-chunk recording of `makeTake(7)`'s bytes, as the recorder hands them over. */
function chunksOf(bytes: Uint8Array, count = 10): Blob[] {
  const size = Math.ceil(bytes.length / count);
  return Array.from(
    { length: count },
    (_, i) => new Blob([bytes.slice(i * size, (i + 1) * size)], { type: 'audio/webm;codecs=opus' }),
  );
}

describe('issue 14 E: a nearly full disk never strands a take', () => {
  it('keeps a take whose chunks filled the disk: its chunks become its audio in place', async () => {
    const db = await freshDb('full-stop');
    const { take, audio, bytes } = makeTake(7, 'webm', { id: 'rec-full' });
    // Room for the chunks and 5 % more, nowhere near a second copy.
    restoreDisk = diskWithRoomFor(Math.ceil(bytes.length * 1.05));
    await startSession(db, session('rec-full'));
    for (const [seq, chunk] of chunksOf(bytes).entries())
      await appendChunk(db, 'rec-full', seq, chunk, (seq + 1) * 1000);

    await finishSession(db, 'rec-full', take, audio);

    expect((await listTakes(db)).map((t) => t.id)).toEqual(['rec-full']);
    expect(new Uint8Array(await (await getAudio(db, 'rec-full'))!.arrayBuffer())).toEqual(bytes);
    expect(await listSessions(db)).toEqual([]);
    expect(await findInterruptedTakes(db, () => false)).toEqual([]);
  });

  it('writes only what no chunk holds yet when the last chunks could not be stored', async () => {
    const db = await freshDb('full-tail');
    const { take, audio, bytes } = makeTake(8, 'webm', { id: 'rec-tail' });
    const chunks = chunksOf(bytes);
    await startSession(db, session('rec-tail'));
    // Chunk 6 is lost (a write failed), chunks 7–9 were stored: the tail from 6 is written again.
    for (const [seq, chunk] of chunks.entries())
      if (seq !== 6) await appendChunk(db, 'rec-tail', seq, chunk, (seq + 1) * 1000);
    const stored = chunks.slice(0, 6).reduce((sum, c) => sum + c.size, 0);
    restoreDisk = diskWithRoomFor(bytes.length - stored + 10);

    await finishSession(db, 'rec-tail', take, audio);

    expect(new Uint8Array(await (await getAudio(db, 'rec-tail'))!.arrayBuffer())).toEqual(bytes);
    expect((await getChunks(db, 'rec-tail')).map((c) => c.seq)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('keeps an interrupted take on a full disk (the recovery prompt’s Keep)', async () => {
    const db = await freshDb('full-recover');
    const { bytes } = makeTake(9);
    await startSession(db, session('rec-crash'));
    for (const [seq, chunk] of chunksOf(bytes).entries())
      await appendChunk(db, 'rec-crash', seq, chunk, (seq + 1) * 1000);
    restoreDisk = diskWithRoomFor(0);
    const rebuilt = await rebuildAudio(db, session('rec-crash'));
    const { take } = makeTake(9, 'webm', { id: 'rec-crash', recovered: true });

    await keepRecoveredTake(db, take, rebuilt);

    expect(new Uint8Array(await (await getAudio(db, 'rec-crash'))!.arrayBuffer())).toEqual(bytes);
    expect(await findInterruptedTakes(db, () => false)).toEqual([]);
  });

  it('deleting a kept take frees its chunks, and undo brings them back', async () => {
    const db = await freshDb('full-delete');
    const { take, audio, bytes } = makeTake(3, 'webm', { id: 'rec-del' });
    await startSession(db, session('rec-del'));
    for (const [seq, chunk] of chunksOf(bytes).entries())
      await appendChunk(db, 'rec-del', seq, chunk, (seq + 1) * 1000);
    await finishSession(db, 'rec-del', take, audio);

    const deleted = await deleteTake(db, 'rec-del');
    expect(await getChunks(db, 'rec-del')).toEqual([]);
    expect(await getAudio(db, 'rec-del')).toBeUndefined();

    await restoreTake(db, deleted!);
    expect(new Uint8Array(await (await getAudio(db, 'rec-del'))!.arrayBuffer())).toEqual(bytes);
    expect(await findInterruptedTakes(db, () => false)).toEqual([]);
  });
});
