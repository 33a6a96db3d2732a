import type { TakeMeasures } from '../analysis/types';

/** Main thread → analysis worker. */
export type AnalysisRequest = {
  type: 'analyze';
  id: number;
  samples: Float32Array;
  sampleRate: number;
  /** How many waveform peaks to return. */
  peakCount: number;
  /** Syllables in the drilled script, when there is one. */
  scriptSyllables?: number;
};

/** Analysis worker → main thread. */
export type AnalysisResponse =
  | { type: 'result'; id: number; measures: TakeMeasures; peaks: number[] }
  | { type: 'error'; id: number; message: string };
