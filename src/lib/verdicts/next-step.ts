import { CLIPPING_FRACTION, TOO_NOISY_SNR_DB, TOO_QUIET_DBFS } from '../analysis/flags';
import type { SlowStartReason, TakeAnalysis } from '../analysis/types';
import type { BandVerdict, TargetBand } from '../band';

/**
 * The one next step after a take, as data: what to fix, with the measured value and the limit it
 * crossed (tooNoisy: dB of SNR; clipping: fraction of samples; tooQuiet: dBFS; deadAir, long,
 * short: seconds; openingPace: syllables/s). Worded by `nextStepText` in ./words.
 */
export type NextStep =
  | { kind: 'noSpeech' }
  | { kind: 'talkersNearby' }
  | { kind: 'tooNoisy'; value: number; limit: number }
  | { kind: 'clipping'; value: number; limit: number }
  | { kind: 'tooQuiet'; value: number; limit: number }
  | SlowStartReason
  | { kind: 'long' | 'short'; value: number; limit: number }
  | { kind: 'inBand' };

/** The most important thing to change after a take (no speech first, in band and smooth last). */
export function nextStep(a: TakeAnalysis, verdict: BandVerdict, band: TargetBand): NextStep {
  const f = a.flags;
  if (f.noSpeech) return { kind: 'noSpeech' };
  if (f.talkersNearby) return { kind: 'talkersNearby' };
  if (f.tooNoisy) return { kind: 'tooNoisy', value: a.snrDb, limit: TOO_NOISY_SNR_DB };
  if (f.clipping) return { kind: 'clipping', value: a.clippingFraction, limit: CLIPPING_FRACTION };
  if (f.tooQuiet) return { kind: 'tooQuiet', value: a.speechRmsDbfs, limit: TOO_QUIET_DBFS };
  const reason = f.slowStartReasons[0];
  if (reason) return reason;
  if (verdict === 'long') return { kind: 'long', value: a.lengthSec, limit: band.maxSec };
  if (verdict === 'short') return { kind: 'short', value: a.lengthSec, limit: band.minSec };
  return { kind: 'inBand' };
}
