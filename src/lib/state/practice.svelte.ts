import { ANALYSIS_VERSION } from '../analysis';
import { measureAudio, type MeasuredAudio } from '../audio/measure-take';
import { RecorderError, toRecorderError } from '../audio/errors';
import { startRecording, type RecordedAudio, type Recording } from '../audio/recorder';
import { bandLabel, bandVerdict, type TargetBand } from '../band';
import { MARK_MEASURED, MARK_RECORDER_STOPPED, MARK_STOP, MEASURE_STOP_TO_TAKE } from '../marks';
import { holdSessionLock } from '../recovery/session-lock';
import { rememberDrill } from '../storage/drill-memory';
import { toStorageError } from '../storage/errors';
import { appendChunk, finishSession, startSession } from '../storage/recordings';
import type { TakeRecord } from '../storage/schema';
import { saveTake } from '../storage/takes';
import { analyzeInWorker, warmUpAnalysis, type AnalysisResult } from '../workers/analysis-client';
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

interface PendingTake {
  id: string;
  band: TargetBand;
  script: PracticeScript | null;
  voiceProcessing: boolean;
  createdAt: number;
}

export type PracticeStatus = 'idle' | 'requesting' | 'recording' | 'paused' | 'saving';

/** The record → stop → measure → keep loop. */
class Practice {
  status: PracticeStatus = $state('idle');
  /** Recorded ms of the take in progress, paused time excluded. */
  elapsedMs = $state(0);
  script: PracticeScript | null = $state.raw(null);
  /** The take just kept, shown with its analysis. */
  lastTake: TakeRecord | null = $state.raw(null);
  /** What went wrong, in words, with what to do. */
  error: string | null = $state(null);
  /** A finished take that could not be saved; kept in memory so Retry can save it. */
  unsaved: { take: TakeRecord; blob: Blob } | null = $state.raw(null);
  /** For the live waveform while recording. */
  analyser: AnalyserNode | null = $state.raw(null);
  /** The band in force: the drilled script's, else the app's. */
  band: TargetBand = $derived(this.script?.band ?? library.settings.band);
  /** The id of the session being recorded in this tab (recovery must leave it alone). */
  sessionId: string | null = null;

  #recording: Recording | null = null;
  #ticker: ReturnType<typeof setInterval> | undefined;
  #chunkWrites: Promise<void> = Promise.resolve();
  #sessionStored = false;
  #wakeLock: WakeLockSentinel | null = null;
  #stopReason: string | null = null;
  /** The take's context, captured at start so a settings change mid-take does not leak in. */
  #pending: PendingTake | null = null;
  /** Tells other tabs this session is live, so they never offer to recover it. */
  #releaseLock: (() => void) | null = null;

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
    const id = crypto.randomUUID();
    const band = this.band;
    const script = this.script;
    const voiceProcessing = library.settings.voiceProcessing;
    try {
      this.#recording = await startRecording({
        voiceProcessing,
        onChunk: (blob, seq, elapsedMs) => this.#persistChunk(id, seq, blob, elapsedMs),
        onInterrupted: () => void this.stop(new RecorderError('interrupted').message),
      });
    } catch (error) {
      this.status = 'idle';
      this.error = toRecorderError(error).message;
      announcer.say(this.error);
      return;
    }
    this.sessionId = id;
    this.#releaseLock = holdSessionLock(id);
    this.analyser = this.#recording.analyser;
    this.status = 'recording';
    this.elapsedMs = 0;
    let zone = bandVerdict(0, band);
    this.#ticker = setInterval(() => {
      this.elapsedMs = this.#recording?.elapsedMs() ?? 0;
      const now = bandVerdict(this.elapsedMs / 1000, band);
      if (now === zone) return;
      zone = now;
      announcer.say(now === 'in band' ? 'In the band.' : 'Past the band — wrap up.');
    }, 100);
    announcer.say(`Recording. Target ${bandLabel(band)}.`);
    document.addEventListener('visibilitychange', this.#onHidden);
    void this.#holdWakeLock();
    this.#sessionStored = false;
    this.#chunkWrites = library
      .db()
      .then((db) =>
        startSession(db, {
          id,
          startedAt: Date.now(),
          mimeType: this.#recording?.mimeType ?? '',
          band,
          voiceProcessing,
          elapsedMs: 0,
          ...(script ? { scriptId: script.scriptId, scriptVersion: script.version } : {}),
        }),
      )
      .then(() => void (this.#sessionStored = true))
      .catch(() => undefined); // Crash safety is best effort; the take itself is still kept on Stop.
    this.#pending = { id, band, script, voiceProcessing, createdAt: Date.now() };
  }

  /** Pauses the take; paused time does not count in its length. */
  pause(): void {
    if (this.status !== 'recording') return;
    this.#recording?.pause();
    this.status = 'paused';
    announcer.say('Paused.');
  }

  /** Resumes a paused take. */
  resume(): void {
    if (this.status !== 'paused') return;
    this.#recording?.resume();
    this.status = 'recording';
    announcer.say('Recording.');
  }

  /** Ends the take, measures it and keeps it. `reason` explains an automatic stop. */
  async stop(reason?: string): Promise<void> {
    const recording = this.#recording;
    const pending = this.#pending;
    if (!recording || !pending || (this.status !== 'recording' && this.status !== 'paused')) return;
    performance.mark(MARK_STOP);
    this.status = 'saving';
    this.#stopReason = reason ?? null;
    clearInterval(this.#ticker);
    document.removeEventListener('visibilitychange', this.#onHidden);
    void this.#wakeLock?.release().catch(() => undefined);
    this.#wakeLock = null;
    // Measure the tapped samples while the recorder flushes its last chunk.
    const tapped = recording.takeSamples();
    const measuring = tapped ? analyzeInWorker(tapped.samples, tapped.sampleRate) : null;
    let audio: RecordedAudio;
    try {
      audio = await recording.stop();
    } catch (error) {
      this.#reset();
      this.error = toRecorderError(error).message;
      return;
    }
    performance.mark(MARK_RECORDER_STOPPED);
    this.elapsedMs = audio.lengthMs;
    this.analyser = null;
    const take = await this.#measure(pending, audio, measuring);
    performance.mark(MARK_MEASURED);
    await this.#keep(take, audio.blob);
  }

  /** Retries saving a take that storage refused. */
  async retrySave(): Promise<void> {
    const unsaved = this.unsaved;
    if (!unsaved) return;
    this.unsaved = null;
    await this.#keep(unsaved.take, unsaved.blob);
  }

  async #measure(
    pending: PendingTake,
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
    const { script } = pending;
    return {
      id: pending.id,
      createdAt: pending.createdAt,
      lengthMs: audio.lengthMs,
      mimeType: audio.mimeType,
      sizeBytes: audio.blob.size,
      band: pending.band,
      peaks: measured.damaged ? [] : measured.peaks,
      analysis: measured.damaged ? null : measured.measures,
      analysisVersion: measured.damaged ? 0 : ANALYSIS_VERSION,
      voiceProcessing: pending.voiceProcessing,
      ...(measured.damaged ? { damaged: true } : {}),
      ...(script ? { scriptId: script.scriptId, scriptVersion: script.version } : {}),
    };
  }

  /** Shows the measured take at once, then saves it; a refused save takes it back off the list. */
  async #keep(take: TakeRecord, blob: Blob): Promise<void> {
    const reason = this.#stopReason;
    library.add(take, blob);
    library.selectedId = take.id;
    this.lastTake = take;
    this.#reset();
    this.status = 'saving';
    requestAnimationFrame(() => performance.measure(MEASURE_STOP_TO_TAKE, MARK_STOP));
    try {
      await this.#chunkWrites;
      const db = await library.db();
      if (this.#sessionStored) await finishSession(db, take.id, take, blob);
      else await saveTake(db, take, blob);
    } catch (error) {
      library.forget(take.id);
      this.lastTake = null;
      this.unsaved = { take, blob };
      this.error = toStorageError(error).message;
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
    this.#releaseLock?.();
    this.#releaseLock = null;
    this.#recording = null;
    this.#pending = null;
    this.sessionId = null;
    this.analyser = null;
    this.status = 'idle';
  }

  #persistChunk(id: string, seq: number, blob: Blob, elapsedMs: number): void {
    this.#chunkWrites = this.#chunkWrites
      .then(async () => {
        if (!this.#sessionStored) return;
        await appendChunk(await library.db(), id, seq, blob, elapsedMs);
      })
      .catch(() => undefined);
  }

  #onHidden = () => {
    if (document.visibilityState === 'hidden') {
      void this.stop(
        'The page was hidden (screen locked or another app opened), so the take was stopped and saved up to that point.',
      );
    }
  };

  async #holdWakeLock(): Promise<void> {
    try {
      this.#wakeLock = (await navigator.wakeLock?.request('screen')) ?? null;
    } catch {
      this.#wakeLock = null; // Not allowed or not supported: recording works without it.
    }
  }
}

export const practice = new Practice();
