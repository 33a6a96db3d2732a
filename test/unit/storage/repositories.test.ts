import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, PartialRestoreError, restoreBackup } from '../../../src/lib/storage/backup';
import {
  NotFoundError,
  StorageError,
  errorMessage,
  guarded,
  toStorageError,
} from '../../../src/lib/storage/errors';
import {
  appendChunk,
  discardSession,
  finishSession,
  getChunks,
  listSessions,
  startSession,
} from '../../../src/lib/storage/recordings';
import type { RecordingSessionRecord } from '../../../src/lib/storage/schema';
import { getAudio, listTakes, saveTake, updateTake } from '../../../src/lib/storage/takes';
import { failWritesTo } from './failures';
import { dumpDb, freshDb, makeTake, seedLibrary } from './helpers';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

const session = (id: string, startedAt = 1_700_000_000_000): RecordingSessionRecord => ({
  id,
  startedAt,
  mimeType: 'audio/webm;codecs=opus',
  band: { minSec: 20, maxSec: 30 },
  voiceProcessing: false,
  elapsedMs: 0,
});

describe('storage problems are explained', () => {
  it('maps a full disk to the quota message with a way out', () => {
    const error = toStorageError(new DOMException('full', 'QuotaExceededError'));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.problem).toBe('quota');
    expect(error.message).toMatch(/Storage is full/);
    expect(error.message).toMatch(/Export a backup or delete old takes/);
  });

  it('maps a lost connection to "reload" and a blocked storage to "use a normal window"', async () => {
    await expect(
      guarded(() => Promise.reject(new DOMException('closing', 'InvalidStateError'))),
    ).rejects.toMatchObject({
      problem: 'closed',
      message: expect.stringMatching(/Reload the page/),
    });
    expect(toStorageError(new DOMException('no', 'SecurityError')).problem).toBe('unavailable');
  });

  it('maps only IndexedDB failures: a missing record and a bug keep their own meaning', async () => {
    await expect(
      guarded(() => Promise.reject(new DOMException('newer', 'VersionError'))),
    ).rejects.toMatchObject({ problem: 'outdated', message: expect.stringMatching(/Reload/) });
    const gone = new NotFoundError('script', 's1');
    await expect(guarded(() => Promise.reject(gone))).rejects.toBe(gone);
    expect(errorMessage(gone)).toMatch(/script no longer exists/);
    expect(errorMessage(gone)).not.toMatch(/Try again/);
    const bug = new TypeError('x is undefined');
    await expect(guarded(() => Promise.reject(bug))).rejects.toBe(bug);
    expect(errorMessage(bug)).toMatch(/Something went wrong \(x is undefined\)/);
  });
});

describe('a failed write never costs an older take', () => {
  // A put that throws synchronously after the first put must abort the whole transaction
  // (allOrNothing), or half a take would commit.
  it('saveTake on a full disk fails with the quota message and leaves earlier takes intact', async () => {
    const db = await freshDb('fail-save');
    await seedLibrary(db, 3);
    const before = await dumpDb(db);
    restore = failWritesTo('audio');
    const { take, audio } = makeTake(40);
    await expect(saveTake(db, take, audio)).rejects.toMatchObject({ problem: 'quota' });
    restore();
    restore = null;
    // Neither half of the new take is kept, and every older take still reads back with its audio.
    expect(await dumpDb(db)).toEqual(before);
    for (const t of await listTakes(db)) expect(await getAudio(db, t.id)).toBeInstanceOf(Blob);
  });

  it('finishing a recording on a full disk keeps the session and its chunks for recovery', async () => {
    const db = await freshDb('fail-finish');
    await seedLibrary(db, 2);
    await startSession(db, session('rec-1'));
    await appendChunk(db, 'rec-1', 0, new Blob(['chunk0']), 1000);
    const before = await dumpDb(db);
    restore = failWritesTo('audio');
    const { take, audio } = makeTake(41, 'webm', { id: 'rec-1' });
    await expect(finishSession(db, 'rec-1', take, audio)).rejects.toMatchObject({
      problem: 'quota',
    });
    restore();
    restore = null;
    expect(await dumpDb(db)).toEqual(before);
  });

  it('a chunk that cannot be written does not move the recorded time forward', async () => {
    const db = await freshDb('fail-chunk');
    await startSession(db, session('rec-2'));
    await appendChunk(db, 'rec-2', 0, new Blob(['a']), 1000);
    restore = failWritesTo('chunks');
    await expect(appendChunk(db, 'rec-2', 1, new Blob(['b']), 2000)).rejects.toMatchObject({
      problem: 'quota',
    });
    restore();
    restore = null;
    expect((await listSessions(db))[0]?.elapsedMs).toBe(1000);
    expect(await getChunks(db, 'rec-2')).toHaveLength(1);
  });

  it('a restore that hits a full disk half way keeps what was here, says how far it got, and finishes when run again', async () => {
    const source = await freshDb('fail-restore-source');
    await seedLibrary(source, 6);
    const file = await exportBackup(source);
    const db = await freshDb('fail-restore');
    await saveTake(db, makeTake(90).take, makeTake(90).audio);
    restore = failWritesTo('audio', 3);
    const error = await restoreBackup(db, file.blob).catch((e: unknown) => e);
    restore();
    restore = null;
    expect(error).toBeInstanceOf(PartialRestoreError);
    expect((error as Error).message).toMatch(
      /^Restored 0 of 7 takes, then storage refused more: Storage is full.*restore the same file again/,
    );
    // Takes go in with their audio or not at all: none is half there.
    expect(await db.count('takes')).toBe(await db.count('audio'));
    expect(await db.get('takes', makeTake(90).take.id)).toBeDefined();
    const summary = await restoreBackup(db, file.blob);
    expect(summary.takesAdded).toBe(7);
    expect(await db.count('takes')).toBe(8);
  });

  it('updating a take that is gone says so and changes nothing', async () => {
    const db = await freshDb('fail-update');
    await seedLibrary(db, 1);
    const before = await dumpDb(db);
    await expect(updateTake(db, 'no-such-take', { note: 'x' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await dumpDb(db)).toEqual(before);
  });
});

describe('recording sessions', () => {
  it('returns chunks in recording order, past seq 9', async () => {
    const db = await freshDb('chunks-order');
    await startSession(db, session('rec-3'));
    for (const seq of [0, 1, 2, 10, 9, 11, 3])
      await appendChunk(db, 'rec-3', seq, new Blob([String(seq)]), (seq + 1) * 1000);
    const chunks = await getChunks(db, 'rec-3');
    expect(chunks.map((c) => c.seq)).toEqual([0, 1, 2, 3, 9, 10, 11]);
  });

  it('finishing turns the session into a take and discarding removes only that session', async () => {
    const db = await freshDb('sessions');
    await startSession(db, session('keep-me'));
    await startSession(db, session('drop-me'));
    await appendChunk(db, 'keep-me', 0, new Blob(['k']), 1000);
    await appendChunk(db, 'drop-me', 0, new Blob(['d']), 1000);
    await discardSession(db, 'drop-me');
    expect((await listSessions(db)).map((s) => s.id)).toEqual(['keep-me']);
    expect(await getChunks(db, 'keep-me')).toHaveLength(1);
    const { take, audio } = makeTake(3, 'webm', { id: 'keep-me' });
    await finishSession(db, 'keep-me', take, audio);
    expect(await listSessions(db)).toEqual([]);
    expect((await listTakes(db)).map((t) => t.id)).toEqual(['keep-me']);
    expect(await (await getAudio(db, 'keep-me'))?.arrayBuffer()).toEqual(await audio.arrayBuffer());
    expect(await getChunks(db, 'drop-me')).toEqual([]);
  });
});
