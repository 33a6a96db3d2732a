import { ANALYSIS_VERSION } from '../analysis';
import { measureAudio, type MeasuredAudio } from '../audio/measure-take';
import { RecorderError, toRecorderError } from '../audio/errors';
import { download } from '../download';
import { extensionFor } from '../audio/mime';
import { startRecording, type RecordedAudio } from '../audio/recorder';
import { bandLabel, bandVerdict, type TargetBand } from '../band';
import { MARK_MEASURED, MARK_RECORDER_STOPPED, MARK_STOP, MEASURE_STOP_TO_TAKE } from '../marks';
import { holdSessionLock } from '../recovery/session-lock';
import { rememberDrill } from '../storage/drill-memory';
import { exportFileName } from '../review/export-name';
import { textSyllables } from '../scripts/syllables';
import { TakeSession, type TakeSessionDeps } from '../session/take-session';
import { errorMessage, toStorageError } from '../storage/errors';
import { parkForNextVersion } from '../storage/park';
import { describeSpaceNeeded, spaceNeeded } from '../storage/space';
import type { TakeRecord } from '../storage/schema';
import {
  analyzeInWorker,
  PEAK_COUNT,
  warmUpAnalysis,
  type AnalysisResult,
} from '../workers/analysis-client';
import { announcer } from './announcer.svelte';
import { library } from './library.svelte';

/** The script a drill is using. */
export interface PracticeScript {
  scriptId: string;
  version: number;
  title: string;
  text: string;
  /** The script's own band; null uses the app's band. */
  band?: TargetBand | null;
}

export type PracticeStatus = 'idle' | 'requesting' | 'recording' | 'paused' | 'saving';

/** A finished take this tab could not save, kept in memory to retry or download. */
export interface UnsavedTake {
  take: TakeRecord;
  blob: Blob;
  /** Why the take stopped by itself, if it did (shown again once it is saved). */
  stopReason: string | null;
  /** It was stored for the reloaded app, since another tab upgraded the database. */
  parked: boolean;
}

/** What a take session uses in the browser: the real recorder, storage, locks and clock. */
const browserDeps: TakeSessionDeps = {
  startRecording,
  db: () => library.db(),
  holdLock: holdSessionLock,
  wakeLock: async () => (await navigator.wakeLock?.request('screen')) ?? null,
  every: (ms, tick) => {
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
  },
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
  park: (session, audio) => parkForNextVersion(session, audio),
};

/** Told when a take was kept after another tab upgraded the database. */
const PARKED_MESSAGE =
  'A newer Afterbeep was opened in another tab, so this tab could not save the take itself. The whole take is kept: reload this tab and choose Keep on the interrupted take, or download it now.';

/** The record → stop → measure → keep loop. */
class Practice {
  status: PracticeStatus = $state('idle');
  /** Recorded ms of the take in progress, paused time excluded. */
  elapsedMs = $state(0);
  script: PracticeScript | null = $state.raw(null);
  /** The id of the take just kept, shown with its analysis. */
  lastTakeId: string | null = $state(null);
  /** The take just kept, from the library (follows edits and deletes). */
  lastTake: TakeRecord | null = $derived(
    this.lastTakeId === null ? null : (library.takes.find((t) => t.id === this.lastTakeId) ?? null),
  );
  /** What went wrong, in words, with what to do. */
  error: string | null = $state(null);
  /** A finished take that could not be saved; kept in memory so Retry or Download can keep it. */
  unsaved: UnsavedTake | null = $state.raw(null);
  /** For the live waveform while recording. */
  analyser: AnalyserNode | null = $state.raw(null);
  /** The band in force: the drilled script's, else the app's. */
  band: TargetBand = $derived(this.script?.band ?? library.settings.band);

  #session: TakeSession | null = null;
  #deps: TakeSessionDeps;

  constructor(deps: TakeSessionDeps = browserDeps) {
    this.#deps = deps;
  }

  /** The id of the session being recorded in this tab (recovery must leave it alone). */
  get sessionId(): string | null {
    return this.#session?.id ?? null;
  }

  get busy(): boolean {
    return this.status !== 'idle';
  }

  /** A take is being captured (asking for the microphone, recording or paused). */
  get capturing(): boolean {
    return this.status === 'requesting' || this.status === 'recording' || this.status === 'paused';
  }

  /** Record when idle, stop when recording or paused. */
  async toggle(): Promise<void> {
    if (this.status === 'idle') await this.start();
    else if (this.status === 'recording' || this.status === 'paused') await this.stop();
  }

  /** Uses a script for the next takes (null: free practice). */
  setScript(script: PracticeScript | null): void {
    this.script = script;
    rememberDrill(script?.scriptId ?? null);
  }

  /** Asks for the microphone and starts a take. */
  async start(): Promise<void> {
    if (this.status !== 'idle') return;
    this.error = null;
    this.status = 'requesting';
    warmUpAnalysis();
    const band = this.band;
    const script = this.script;
    let zone = bandVerdict(0, band);
    try {
      this.#session = await TakeSession.start(
        {
          band,
          script: script ? { scriptId: script.scriptId, version: script.version } : null,
          voiceProcessing: library.settings.voiceProcessing,
        },
        this.#deps,
        {
          onTick: (elapsedMs) => {
            this.elapsedMs = elapsedMs;
            const now = bandVerdict(elapsedMs / 1000, band);
            if (now === zone) return;
            zone = now;
            announcer.say(now === 'in band' ? 'In the band.' : 'Past the band — wrap up.');
          },
          onInterrupted: () => void this.stop(new RecorderError('interrupted').message),
        },
      );
    } catch (error) {
      this.status = 'idle';
      this.error = toRecorderError(error).message;
      announcer.say(this.error);
      return;
    }
    this.analyser = this.#session.analyser;
    this.status = 'recording';
    this.elapsedMs = 0;
    announcer.say(`Recording. Target ${bandLabel(band)}.`);
    document.addEventListener('visibilitychange', this.#onHidden);
  }

  /** Pauses the take; paused time does not count in its length. */
  pause(): void {
    if (this.status !== 'recording') return;
    this.#session?.pause();
    this.status = 'paused';
    announcer.say('Paused.');
  }

  /** Resumes a paused take. */
  resume(): void {
    if (this.status !== 'paused') return;
    this.#session?.resume();
    this.status = 'recording';
    announcer.say('Recording.');
  }

  /** Ends the take, measures it and keeps it. `reason` explains an automatic stop. */
  async stop(reason?: string): Promise<void> {
    const session = this.#session;
    if (!session || (this.status !== 'recording' && this.status !== 'paused')) return;
    performance.mark(MARK_STOP);
    this.status = 'saving';
    document.removeEventListener('visibilitychange', this.#onHidden);
    // Measure the tapped samples while the recorder flushes its last chunk.
    const tapped = session.takeSamples();
    // A drilled script's known syllable count calibrates the acoustic one (issue 12).
    const drilled = this.script;
    const scriptSyllables =
      drilled && drilled.scriptId === session.context.script?.scriptId
        ? textSyllables(drilled.text)
        : undefined;
    const measuring = tapped
      ? analyzeInWorker(tapped.samples, tapped.sampleRate, PEAK_COUNT, scriptSyllables)
      : null;
    let audio: RecordedAudio;
    try {
      audio = await session.stop();
    } catch (error) {
      this.#reset();
      this.error = toRecorderError(error).message;
      announcer.say(this.error);
      return;
    }
    performance.mark(MARK_RECORDER_STOPPED);
    this.elapsedMs = audio.lengthMs;
    this.analyser = null;
    const take = await this.#measure(session, audio, measuring);
    performance.mark(MARK_MEASURED);
    await this.#keep(session, take, audio.blob, reason ?? null);
  }

  /** Retries saving a take that storage refused. */
  async retrySave(): Promise<void> {
    const unsaved = this.unsaved;
    if (!unsaved || this.busy) return;
    this.unsaved = null;
    this.error = null;
    await this.#keep(null, unsaved.take, unsaved.blob, unsaved.stopReason);
  }

  /** Downloads a take that could not be saved, so it is never lost with the tab. */
  downloadUnsaved(): void {
    const unsaved = this.unsaved;
    if (!unsaved) return;
    const { take, blob } = unsaved;
    const type = take.mimeType || blob.type;
    const name = exportFileName({
      title: this.script?.title,
      createdAt: take.createdAt,
      lengthSec: take.lengthMs / 1000,
      extension: extensionFor(type),
    });
    download(new File([blob], name, { type }), name);
    announcer.say(`Downloading ${name}.`);
  }

  async #measure(
    session: TakeSession,
    audio: RecordedAudio,
    measuring: Promise<AnalysisResult> | null,
  ): Promise<TakeRecord> {
    const fromTap = measuring?.then((result) => ({ damaged: false as const, ...result }));
    // Without tapped samples (no AudioWorklet, a very long take), decode the recorded audio.
    const decoding = () => measureAudio(audio.blob);
    const measured: MeasuredAudio = await (fromTap?.catch(decoding) ?? decoding()).catch(
      (error: unknown) => ({
        damaged: true as const,
        reason: String(error),
      }),
    );
    const { band, script, voiceProcessing } = session.context;
    return {
      id: session.id,
      createdAt: session.createdAt,
      lengthMs: audio.lengthMs,
      mimeType: audio.mimeType,
      sizeBytes: audio.blob.size,
      band,
      peaks: measured.damaged ? [] : measured.peaks,
      analysis: measured.damaged ? null : measured.measures,
      analysisVersion: measured.damaged ? 0 : ANALYSIS_VERSION,
      voiceProcessing,
      ...(measured.damaged ? { damaged: true } : {}),
      ...(script ? { scriptId: script.scriptId, scriptVersion: script.version } : {}),
    };
  }

  /**
   * Shows the measured take at once, then saves it (through its session when there is one); a
   * refused save takes it back off the list and keeps it in memory to retry or download.
   */
  async #keep(
    session: TakeSession | null,
    take: TakeRecord,
    blob: Blob,
    reason: string | null,
  ): Promise<void> {
    library.add(take, blob);
    library.selectedId = take.id;
    this.lastTakeId = take.id;
    this.#reset();
    this.status = 'saving';
    requestAnimationFrame(() => performance.measure(MEASURE_STOP_TO_TAKE, MARK_STOP));
    try {
      const outcome = session
        ? await session.save(take, blob)
        : await TakeSession.saveAgain(take, blob, this.#deps);
      if (outcome === 'parked') {
        library.forget(take.id);
        this.lastTakeId = null;
        this.unsaved = { take, blob, stopReason: reason, parked: true };
        this.error = PARKED_MESSAGE;
        this.status = 'idle';
        announcer.say(this.error);
        return;
      }
    } catch (error) {
      library.forget(take.id);
      this.lastTakeId = null;
      this.unsaved = { take, blob, stopReason: reason, parked: false };
      this.error = errorMessage(error);
      if (toStorageError(error).problem === 'quota') {
        // Say what the take needs and what deleting the oldest takes would free (issue 14 E).
        const space = await library
          .db()
          .then((db) => spaceNeeded(db, blob.size))
          .catch(() => null);
        if (space) this.error = `${this.error} ${describeSpaceNeeded(space)}`;
      }
      this.status = 'idle';
      announcer.say(this.error);
      return;
    }
    this.status = 'idle';
    if (reason) this.error = reason;
    const verdict = bandVerdict(take.lengthMs / 1000, take.band);
    announcer.say(
      `${reason ? reason + ' ' : ''}Take kept: ${(take.lengthMs / 1000).toFixed(1)} seconds, ${verdict}.`,
    );
  }

  #reset(): void {
    this.#session = null;
    this.analyser = null;
    this.status = 'idle';
  }

  #onHidden = () => {
    if (document.visibilityState === 'hidden') {
      void this.stop(
        'The page was hidden (screen locked or another app opened), so the take was stopped and saved up to that point.',
      );
    }
  };
}

export const practice = new Practice();
