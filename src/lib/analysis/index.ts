import { takeFlags } from './flags';
import { measureTake, type MeasureOptions } from './measure';
import { DEFAULT_THRESHOLDS, type FlagThresholds, type TakeAnalysis } from './types';

export { measureTake, MIN_PAUSE_SEC, OPENING_SEC, wpmOf } from './measure';
export type { MeasureOptions } from './measure';
export { takeFlags, TOO_QUIET_DBFS, CLIPPING_FRACTION, TOO_NOISY_SNR_DB } from './flags';
export { computePeaks } from './peaks';
export type {
  Pause,
  SlowStartReason,
  TakeMeasures,
  TakeFlags,
  FlagThresholds,
  TakeAnalysis,
} from './types';
export { DEFAULT_THRESHOLDS } from './types';

/** Version of the measures; bump whenever a change alters results so stored takes get re-analysed. */
export const ANALYSIS_VERSION = 10;

/** Measures and flags of one take (mono samples -1..1), with the default thresholds unless given. */
export function analyzeTake(
  samples: Float32Array,
  sampleRate: number,
  t: FlagThresholds = DEFAULT_THRESHOLDS,
  options: MeasureOptions = {},
): TakeAnalysis {
  const measures = measureTake(samples, sampleRate, options);
  return { ...measures, flags: takeFlags(measures, t) };
}
