import type { TakeMeasures } from '../analysis/types';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

/** What the worker returns for one take. */
export interface AnalysisResult {
  measures: TakeMeasures;
  peaks: number[];
}

/** Peaks stored per take: enough for a crisp waveform at phone and laptop widths. */
export const PEAK_COUNT = 800;
const IDLE_SHUTDOWN_MS = 60_000;

let worker: Worker | null = null;
let nextId = 1;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
const pending = new Map<
  number,
  { resolve: (r: AnalysisResult) => void; reject: (e: Error) => void }
>();

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'analysis',
  });
  created.onmessage = (event: MessageEvent<AnalysisResponse>) => {
    const message = event.data;
    const job = pending.get(message.id);
    if (!job) return;
    pending.delete(message.id);
    if (message.type === 'result')
      job.resolve({ measures: message.measures, peaks: message.peaks });
    else job.reject(new Error(message.message));
    scheduleIdleShutdown();
  };
  created.onerror = (event) => {
    for (const job of pending.values())
      job.reject(new Error(event.message || 'The analysis worker failed.'));
    pending.clear();
    created.terminate();
    worker = null;
  };
  worker = created;
  return created;
}

function scheduleIdleShutdown() {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (pending.size > 0) return;
    worker?.terminate();
    worker = null;
  }, IDLE_SHUTDOWN_MS);
}

/**
 * Starts the worker ahead of need (when recording starts) and runs the analysis twice on a few
 * seconds of synthetic voiced "speech" (harmonics at syllable rate, with a pause), so every hot
 * path is compiled and optimised before Stop is pressed. Silence alone leaves the speech paths cold.
 */
export function warmUpAnalysis(): void {
  const rate = 48_000;
  const speech = new Float32Array(rate * 4);
  let seed = 1;
  const noise = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  for (let i = 0; i < speech.length; i++) {
    const t = i / rate;
    const paused = (t > 1.2 && t < 1.6) || (t > 2.7 && t < 3.3) || t < 0.3;
    const rateHz = t < 2 ? 4 : 6;
    const syllable = Math.sin(2 * Math.PI * rateHz * t);
    const voice = Math.sin(2 * Math.PI * 140 * t) + 0.5 * Math.sin(2 * Math.PI * 420 * t);
    // Voiced nuclei on the crests, consonant-like noise in the troughs.
    const sound = syllable > 0 ? syllable * voice * (0.1 + (0.2 * (i % 7)) / 7) : 0.03 * noise();
    speech[i] = (paused ? 0 : sound) + 3e-4 * noise();
  }
  for (let run = 0; run < 2; run++) {
    void analyzeInWorker(speech.slice(), rate, 64).catch(() => undefined);
  }
}

/** Measures a take off the main thread; the samples are transferred, not copied. */
export function analyzeInWorker(
  samples: Float32Array,
  sampleRate: number,
  peakCount = PEAK_COUNT,
): Promise<AnalysisResult> {
  const id = nextId++;
  const request: AnalysisRequest = { type: 'analyze', id, samples, sampleRate, peakCount };
  clearTimeout(idleTimer);
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage(request, [samples.buffer]);
  });
}
