import { chooseMimeType } from './mime';
import { RecorderError, recordingSupport, toRecorderError } from './errors';
import { startPcmTap } from './pcm-tap';

export interface RecorderOptions {
  /** Browser echo cancellation, noise suppression and auto gain. */
  voiceProcessing: boolean;
  /** How often a chunk of encoded audio is handed over, ms. */
  timesliceMs?: number;
  /** Each chunk as it arrives, with its sequence number and the recorded ms so far. */
  onChunk?: (blob: Blob, seq: number, elapsedMs: number) => void;
  /** The microphone went away mid-take (unplugged, revoked). */
  onInterrupted?: () => void;
}

/** The finished take's audio and its length from our own clock. */
export interface RecordedAudio {
  blob: Blob;
  lengthMs: number;
  mimeType: string;
}

/** A take being captured. */
export interface Recording {
  readonly mimeType: string;
  /** For the live waveform. */
  readonly analyser: AnalyserNode;
  /** Recorded ms so far, paused time excluded. */
  elapsedMs(): number;
  readonly paused: boolean;
  pause(): void;
  resume(): void;
  /**
   * The samples captured so far (paused stretches left out), or null where they could not be
   * tapped; call it as Stop is pressed so measuring can start while the recorder flushes.
   */
  takeSamples(): { samples: Float32Array; sampleRate: number } | null;
  /** Ends the take and releases the microphone. */
  stop(): Promise<RecordedAudio>;
}

/** Asks for the microphone and starts capturing at once. */
export async function startRecording(options: RecorderOptions): Promise<Recording> {
  const unsupported = recordingSupport();
  if (unsupported) throw unsupported;
  const processing = options.voiceProcessing;
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: {
        echoCancellation: processing,
        noiseSuppression: processing,
        autoGainControl: processing,
        channelCount: 1,
      },
    });
  } catch (error) {
    throw toRecorderError(error);
  }
  const release = () => stream.getTracks().forEach((track) => track.stop());
  try {
    return await capture(stream, options, release);
  } catch (error) {
    release();
    throw toRecorderError(error);
  }
}

async function capture(
  stream: MediaStream,
  options: RecorderOptions,
  release: () => void,
): Promise<Recording> {
  const requested = chooseMimeType((type) => MediaRecorder.isTypeSupported(type));
  const recorder = new MediaRecorder(
    stream,
    requested ? { mimeType: requested, audioBitsPerSecond: 64_000 } : {},
  );
  const audioContext = new AudioContext();
  // iOS Safari (and Firefox without an audio device) can create it suspended even within a
  // gesture; the live waveform and the sample tap need it running.
  if (audioContext.state === 'suspended') void audioContext.resume().catch(() => undefined);
  const analyser = audioContext.createAnalyser();
  analyser.fftSize = 2048;
  const source = audioContext.createMediaStreamSource(stream);
  source.connect(analyser);
  const tap = await startPcmTap(audioContext, source);

  const chunks: Blob[] = [];
  let startedAt = 0;
  let pausedAt = 0;
  let pausedTotal = 0;
  const now = () => performance.now();
  const elapsedMs = () => {
    if (!startedAt) return 0;
    const end = pausedAt || now();
    return Math.max(0, end - startedAt - pausedTotal);
  };

  recorder.ondataavailable = (event) => {
    if (event.data.size === 0) return;
    chunks.push(event.data);
    options.onChunk?.(event.data, chunks.length - 1, elapsedMs());
  };
  const track = stream.getAudioTracks()[0];
  // 'ended': unplugged or permission revoked. 'mute': the system took the microphone (a phone
  // call on iOS, another app); the take cannot go on silently, so it is stopped and kept.
  const onEnded = () => options.onInterrupted?.();
  track?.addEventListener('ended', onEnded);
  track?.addEventListener('mute', onEnded);

  await new Promise<void>((resolve, reject) => {
    recorder.onstart = () => {
      tap?.markStart();
      resolve();
    };
    recorder.onerror = (event) => reject(new RecorderError('busy', { cause: event }));
    recorder.start(options.timesliceMs ?? 1000);
  });
  startedAt = now();

  let stopping: Promise<RecordedAudio> | null = null;
  return {
    mimeType: recorder.mimeType || requested,
    analyser,
    elapsedMs,
    get paused() {
      return recorder.state === 'paused';
    },
    pause() {
      if (recorder.state !== 'recording') return;
      recorder.pause();
      tap?.setPaused(true);
      pausedAt = now();
    },
    resume() {
      if (recorder.state !== 'paused') return;
      pausedTotal += now() - pausedAt;
      pausedAt = 0;
      tap?.setPaused(false);
      recorder.resume();
    },
    takeSamples() {
      return tap?.finish() ?? null;
    },
    stop() {
      stopping ??= new Promise<RecordedAudio>((resolve) => {
        const lengthMs = Math.round(elapsedMs());
        track?.removeEventListener('ended', onEnded);
        track?.removeEventListener('mute', onEnded);
        recorder.onstop = () => {
          release();
          void audioContext.close();
          // The chunks' own type first: Firefox leaves recorder.mimeType empty, and what was
          // requested is only a wish.
          const mimeType = chunks[0]?.type || recorder.mimeType || requested || 'audio/webm';
          resolve({ blob: new Blob(chunks, { type: mimeType }), lengthMs, mimeType });
        };
        if (recorder.state === 'inactive') recorder.onstop(new Event('stop'));
        else recorder.stop();
      });
      return stopping;
    },
  };
}
