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

/** Starts the worker ahead of need (on Record); it warms itself up once as it starts. */
export function warmUpAnalysis(): void {
  getWorker();
  scheduleIdleShutdown();
}

/**
 * Measures a take off the main thread; the samples are transferred, not copied. Pass the drilled
 * script's syllable count so a take that reads it through shows that count.
 */
export function analyzeInWorker(
  samples: Float32Array,
  sampleRate: number,
  peakCount = PEAK_COUNT,
  scriptSyllables?: number,
): Promise<AnalysisResult> {
  const id = nextId++;
  const request: AnalysisRequest = {
    type: 'analyze',
    id,
    samples,
    sampleRate,
    peakCount,
    ...(scriptSyllables ? { scriptSyllables } : {}),
  };
  clearTimeout(idleTimer);
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage(request, [samples.buffer]);
  });
}
