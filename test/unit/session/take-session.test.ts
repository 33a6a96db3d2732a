import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedAudio, RecorderOptions, Recording } from '../../../src/lib/audio/recorder';
import { recoverTake } from '../../../src/lib/recovery/recover';
import { TakeSession, type TakeSessionDeps } from '../../../src/lib/session/take-session';
import { onOutdated, openDatabase, type Db } from '../../../src/lib/storage/db';
import { parkForNextVersion } from '../../../src/lib/storage/park';
import { listSessions } from '../../../src/lib/storage/recordings';
import { findInterruptedTakes, rebuildAudio } from '../../../src/lib/storage/recovery';
import { DB_VERSION, type AfterbeepDB, type TakeRecord } from '../../../src/lib/storage/schema';
import { getAudio, getTake } from '../../../src/lib/storage/takes';
import { failWritesTo } from '../storage/failures';
import { fakeAudio } from '../storage/helpers';

const MIME = 'audio/webm;codecs=opus';
const BAND = { minSec: 20, maxSec: 30 };

/**
 * A recorder that hands over the chunks the test gives it, the way MediaRecorder does with a
 * 1 s timeslice (MediaRecorder cannot run in Node: this is the one stand-in).
 */
class ScriptedRecorder implements Recording {
  readonly mimeType = MIME;
  readonly analyser = {} as AnalyserNode;
  paused = false;
  stopped = false;
  #chunks: Blob[] = [];
  #ms = 0;
  constructor(private readonly options: RecorderOptions) {}
  /** One second of audio arrives. */
  speak(seed: number): void {
    const blob = new Blob([fakeAudio('webm', 500, seed)], { type: MIME });
    this.#chunks.push(blob);
    this.#ms += 1000;
    this.options.onChunk?.(blob, this.#chunks.length - 1, this.#ms);
  }
  elapsedMs(): number {
    return this.#ms;
  }
  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
  }
  takeSamples(): null {
    return null;
  }
  async stop(): Promise<RecordedAudio> {
    this.stopped = true;
    return { blob: new Blob(this.#chunks, { type: MIME }), lengthMs: this.#ms, mimeType: MIME };
  }
}

/** The browser world of a take session, with a real (fake-indexeddb) database by name. */
function world(name: string) {
  let connection: Promise<Db> | null = null;
  const unsubscribe = onOutdated(() => (connection = null));
  const state = {
    recorder: null as ScriptedRecorder | null,
    locks: new Set<string>(),
    wakeLocks: 0,
    tickers: 0,
    tick: () => {},
  };
  const deps: TakeSessionDeps = {
    startRecording: async (options) => (state.recorder = new ScriptedRecorder(options)),
    db: () => {
      // Like the library: one connection, dropped when a newer version elsewhere closes it.
      connection ??= openDatabase(name).catch((error: unknown) => {
        connection = null;
        throw error;
      });
      return connection;
    },
    holdLock: (id) => {
      state.locks.add(id);
      return () => state.locks.delete(id);
    },
    wakeLock: async () => {
      state.wakeLocks += 1;
      return { release: async () => void (state.wakeLocks -= 1) };
    },
    every: (_ms, tick) => {
      state.tickers += 1;
      state.tick = tick;
      return () => void (state.tickers -= 1);
    },
    now: () => 1_800_000_000_000,
    newId: () => `take-${name}`,
    park: (session, audio) => parkForNextVersion(session, audio, name),
  };
  return { deps, state, unsubscribe };
}

/** Lets the session's queued chunk writes reach IndexedDB. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

function takeOf(session: TakeSession, audio: RecordedAudio): TakeRecord {
  return {
    id: session.id,
    createdAt: session.createdAt,
    lengthMs: audio.lengthMs,
    mimeType: audio.mimeType,
    sizeBytes: audio.blob.size,
    band: session.context.band,
    peaks: [],
    analysis: null,
    analysisVersion: 0,
    voiceProcessing: session.context.voiceProcessing,
  };
}

const bytesOf = async (blob: Blob | undefined) => new Uint8Array((await blob?.arrayBuffer()) ?? []);

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const undo of cleanup) undo();
  cleanup = [];
});

let n = 0;
const uniqueName = (label: string) => `${label}-${++n}-${Math.random().toString(36).slice(2)}`;

describe('a take session', () => {
  it('stores chunks while recording, holds the lock, wake lock and clock, and saves the take whole', async () => {
    const { deps, state, unsubscribe } = world(uniqueName('session'));
    cleanup.push(unsubscribe);
    const ticks: number[] = [];
    const session = await TakeSession.start(
      { band: BAND, script: { scriptId: 's1', version: 3 }, voiceProcessing: false },
      deps,
      { onTick: (ms) => ticks.push(ms) },
    );
    const recorder = state.recorder!;
    for (let s = 0; s < 3; s++) recorder.speak(s + 1);
    state.tick();
    await settle();

    // Live: another tab must not offer it for recovery, and the screen stays on.
    expect(state.locks.has(session.id)).toBe(true);
    expect(state.wakeLocks).toBe(1);
    expect(ticks).toEqual([3000]);
    // Crash safety: what was recorded so far is already stored.
    const db = await deps.db();
    const [interrupted] = await findInterruptedTakes(db, () => false);
    expect(interrupted).toMatchObject({ chunks: 3, lengthMs: 3000 });
    expect(interrupted?.session).toMatchObject({ scriptId: 's1', scriptVersion: 3, band: BAND });

    const audio = await session.stop();
    expect(recorder.stopped).toBe(true);
    expect(state.locks.size).toBe(0);
    expect(state.tickers).toBe(0);
    await settle();
    expect(state.wakeLocks).toBe(0);

    expect(await session.save(takeOf(session, audio), audio.blob)).toBe('saved');
    expect((await getTake(db, session.id))?.lengthMs).toBe(3000);
    expect(await bytesOf(await getAudio(db, session.id))).toEqual(await bytesOf(audio.blob));
    // The session became the take: nothing is left to recover.
    expect(await listSessions(db)).toEqual([]);
  });

  it('a refused save (full disk) rejects and leaves the take recoverable', async () => {
    const { deps, state, unsubscribe } = world(uniqueName('quota'));
    cleanup.push(unsubscribe);
    const session = await TakeSession.start(
      { band: BAND, script: null, voiceProcessing: true },
      deps,
    );
    for (let s = 0; s < 2; s++) state.recorder!.speak(s + 1);
    const audio = await session.stop();
    cleanup.push(failWritesTo('audio'));
    await expect(session.save(takeOf(session, audio), audio.blob)).rejects.toMatchObject({
      problem: 'quota',
    });
    const db = await deps.db();
    expect(await getTake(db, session.id)).toBeUndefined();
    expect(await findInterruptedTakes(db, () => false)).toMatchObject([{ chunks: 2 }]);
  });
});

// Issue 14 D: a newer Afterbeep opening the database in another tab while a take records.
describe('another tab upgrades the database during a take', () => {
  it('keeps the whole take, including the part after the upgrade, for the reloaded app', async () => {
    const name = uniqueName('upgrade');
    const { deps, state, unsubscribe } = world(name);
    cleanup.push(unsubscribe);
    const session = await TakeSession.start(
      { band: BAND, script: null, voiceProcessing: false },
      deps,
    );
    const recorder = state.recorder!;
    for (let s = 0; s < 3; s++) recorder.speak(s + 1);
    await settle();

    // The newer version opens the database; this tab's connection steps aside.
    const newer = await openDB<AfterbeepDB>(name, DB_VERSION + 1, { upgrade: () => undefined });
    cleanup.push(() => newer.close());
    for (let s = 3; s < 7; s++) recorder.speak(s + 1);
    await settle();
    const audio = await session.stop();
    expect(audio.lengthMs).toBe(7000);

    // This tab can no longer save, so the take is kept for the reloaded app instead.
    expect(await session.save(takeOf(session, audio), audio.blob)).toBe('parked');

    // The reload: the newer version opens the database and offers the interrupted take.
    const reloaded = await openDatabase(name, DB_VERSION + 1);
    cleanup.push(() => reloaded.close());
    const [found] = await findInterruptedTakes(reloaded, () => false);
    expect(found?.lengthMs).toBe(7000);
    expect(await bytesOf(await rebuildAudio(reloaded, found!.session))).toEqual(
      await bytesOf(audio.blob),
    );
    const kept = await recoverTake(reloaded, found!.session, async () => ({
      damaged: true,
      reason: 'not measured in this test',
    }));
    expect(kept.lengthMs).toBe(7000);
    expect(await bytesOf(await getAudio(reloaded, kept.id))).toEqual(await bytesOf(audio.blob));
  });

  it('a save retried from memory after the upgrade is parked too', async () => {
    const name = uniqueName('retry');
    const { deps, state, unsubscribe } = world(name);
    cleanup.push(unsubscribe);
    const session = await TakeSession.start(
      { band: BAND, script: null, voiceProcessing: false },
      deps,
    );
    state.recorder!.speak(1);
    const audio = await session.stop();
    const newer = await openDB<AfterbeepDB>(name, DB_VERSION + 1, { upgrade: () => undefined });
    cleanup.push(() => newer.close());
    const take = takeOf(session, audio);
    expect(await TakeSession.saveAgain(take, audio.blob, deps)).toBe('parked');
    const [found] = await findInterruptedTakes(newer, () => false);
    expect(found).toMatchObject({ lengthMs: 1000, bytes: audio.blob.size });
  });
});
