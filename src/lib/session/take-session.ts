import type { RecordedAudio, RecorderOptions, Recording } from '../audio/recorder';
import type { TargetBand } from '../band';
import type { Db } from '../storage/db';
import { StorageError } from '../storage/errors';
import { appendChunk, finishSession, startSession } from '../storage/recordings';
import type { RecordingSessionRecord, TakeRecord } from '../storage/schema';

/** The script a take is recorded against. */
export interface TakeScript {
  scriptId: string;
  version: number;
}

/** What a take is recorded under, fixed at Record so a settings change mid-take does not leak in. */
export interface TakeContext {
  band: TargetBand;
  script: TakeScript | null;
  voiceProcessing: boolean;
}

/** The outside world a take session uses; tests pass their own. */
export interface TakeSessionDeps {
  /** Asks for the microphone and starts capturing. */
  startRecording(options: RecorderOptions): Promise<Recording>;
  /** The app's database connection (reopened by the caller after it was lost). */
  db(): Promise<Db>;
  /** Marks the session live for other tabs; returns a release function. */
  holdLock(sessionId: string): () => void;
  /** Keeps the screen on while recording; null where not allowed. */
  wakeLock(): Promise<{ release(): Promise<void> } | null>;
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
  now(): number;
  newId(): string;
  /** Keeps a take for the reloaded app when this tab's database is outdated; false if it cannot. */
  park(session: RecordingSessionRecord, audio: Blob): Promise<boolean>;
}

/** What the session tells its owner while it runs. */
export interface TakeSessionEvents {
  /** Recorded ms so far, paused time excluded; about every 100 ms. */
  onTick?(elapsedMs: number): void;
  /** The microphone went away mid-take. */
  onInterrupted?(): void;
}

/** How a save ended: stored, or kept for the reloaded app, or only in memory. */
export type SaveOutcome = 'saved' | 'parked';

/** Clock updates while recording, ms. */
const TICK_MS = 100;

/**
 * One take from Record to saved: the recorder, its chunks written as they arrive (crash safety),
 * the cross-tab lock, the wake lock and the clock. Practice state holds one while a take runs.
 */
export class TakeSession {
  readonly id: string;
  readonly createdAt: number;
  readonly context: TakeContext;
  #recording: Recording;
  #deps: TakeSessionDeps;
  #record: RecordingSessionRecord;
  #stored: Promise<boolean>;
  #writes: Promise<void> = Promise.resolve();
  #releaseLock: () => void;
  #stopTicking: () => void;
  #wakeLock: Promise<{ release(): Promise<void> } | null>;
  #ended = false;

  private constructor(
    id: string,
    recording: Recording,
    context: TakeContext,
    deps: TakeSessionDeps,
    events: TakeSessionEvents,
  ) {
    this.id = id;
    this.createdAt = deps.now();
    this.context = context;
    this.#recording = recording;
    this.#deps = deps;
    this.#releaseLock = deps.holdLock(id);
    this.#stopTicking = deps.every(TICK_MS, () => events.onTick?.(recording.elapsedMs()));
    this.#wakeLock = deps.wakeLock().catch(() => null); // Recording works without it.
    const { script } = context;
    this.#record = {
      id,
      startedAt: this.createdAt,
      mimeType: recording.mimeType,
      band: context.band,
      voiceProcessing: context.voiceProcessing,
      elapsedMs: 0,
      ...(script ? { scriptId: script.scriptId, scriptVersion: script.version } : {}),
    };
    // Crash safety is best effort: without a stored session the take is still saved at Stop.
    this.#stored = deps
      .db()
      .then((db) => startSession(db, this.#record))
      .then(
        () => true,
        () => false,
      );
  }

  /** Asks for the microphone and starts a take; rejects (with a RecorderError) when it cannot. */
  static async start(
    context: TakeContext,
    deps: TakeSessionDeps,
    events: TakeSessionEvents = {},
  ): Promise<TakeSession> {
    const id = deps.newId();
    let session: TakeSession | null = null;
    const recording = await deps.startRecording({
      voiceProcessing: context.voiceProcessing,
      onChunk: (blob, seq, elapsedMs) => {
        if (session) session.#persistChunk(seq, blob, elapsedMs);
      },
      onInterrupted: () => events.onInterrupted?.(),
    });
    session = new TakeSession(id, recording, context, deps, events);
    return session;
  }

  /** For the live waveform. */
  get analyser(): AnalyserNode {
    return this.#recording.analyser;
  }

  get mimeType(): string {
    return this.#recording.mimeType;
  }

  /** Recorded ms so far, paused time excluded. */
  elapsedMs(): number {
    return this.#recording.elapsedMs();
  }

  pause(): void {
    this.#recording.pause();
  }

  resume(): void {
    this.#recording.resume();
  }

  /** The samples captured so far, for measuring while the recorder flushes; null if untapped. */
  takeSamples(): { samples: Float32Array; sampleRate: number } | null {
    return this.#recording.takeSamples();
  }

  /** Ends the recording and the clock, lock and wake lock; the whole take is then in memory. */
  async stop(): Promise<RecordedAudio> {
    this.#end();
    return this.#recording.stop();
  }

  /**
   * Saves the finished take: turns the stored session into the take in one transaction (or saves
   * it whole when no session was stored). When another tab upgraded the database meanwhile, the
   * take is parked for the reloaded app instead ('parked'); any other refusal rejects, leaving the
   * take in the caller's memory to retry or download.
   */
  async save(take: TakeRecord, audio: Blob): Promise<SaveOutcome> {
    this.#end();
    await this.#stored;
    await this.#writes;
    return saveFinished(take, audio, this.#deps, this.#record);
  }

  /** Saves a finished take again after a refused save (its session, if stored, is cleared too). */
  static saveAgain(take: TakeRecord, audio: Blob, deps: TakeSessionDeps): Promise<SaveOutcome> {
    return saveFinished(take, audio, deps, {
      id: take.id,
      startedAt: take.createdAt,
      mimeType: take.mimeType,
      band: take.band,
      voiceProcessing: take.voiceProcessing,
      elapsedMs: take.lengthMs,
      ...(take.scriptId !== undefined && take.scriptVersion !== undefined
        ? { scriptId: take.scriptId, scriptVersion: take.scriptVersion }
        : {}),
    });
  }

  /** Ends the clock, lock and wake lock (idempotent). */
  #end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#stopTicking();
    this.#releaseLock();
    void this.#wakeLock.then((lock) => lock?.release()).catch(() => undefined);
  }

  #persistChunk(seq: number, blob: Blob, elapsedMs: number): void {
    this.#writes = this.#writes
      .then(async () => {
        if (!(await this.#stored)) return;
        await appendChunk(await this.#deps.db(), this.id, seq, blob, elapsedMs);
      })
      // A lost chunk write (connection closed by an upgrade elsewhere) is made good at save:
      // the whole take is in memory by then.
      .catch(() => undefined);
  }
}

/**
 * Writes the take and its audio and clears its recording session, in one transaction. When this
 * tab's database connection is outdated (another tab upgraded it), parks the take for the
 * reloaded app instead; any other refusal rejects.
 */
async function saveFinished(
  take: TakeRecord,
  audio: Blob,
  deps: TakeSessionDeps,
  record: RecordingSessionRecord,
): Promise<SaveOutcome> {
  try {
    await finishSession(await deps.db(), take.id, take, audio);
    return 'saved';
  } catch (error) {
    const outdated =
      error instanceof StorageError && (error.problem === 'outdated' || error.problem === 'closed');
    if (!outdated) throw error;
    if (await deps.park({ ...record, elapsedMs: take.lengthMs }, audio).catch(() => false))
      return 'parked';
    throw error;
  }
}
