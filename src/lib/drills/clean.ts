/**
 * When a drill take is clean: in the target band, no slow start, no clipping or too-quiet flag.
 * Pure: no DOM.
 */
import { CLIPPING_FRACTION, TOO_QUIET_DBFS } from '../analysis/flags';
import type { SlowStartReason, TakeFlags } from '../analysis/types';
import { bandVerdict, type TargetBand } from '../band';
import type { TakeRecord } from '../storage/schema';

// Wording lives in the verdicts module; re-exported for the drill views.
export { describeProblems, formatSeconds, problemsText } from '../verdicts/words';

/**
 * One reason a drill take is not clean, as data (long/short: length and band edge in s; clipping:
 * fraction of samples; tooQuiet: speech RMS in dBFS). Worded by `takeProblemText`.
 */
export type TakeProblem =
  | { kind: 'unanalysed' }
  | { kind: 'long' | 'short'; value: number; limit: number }
  | { kind: 'noSpeech' }
  | { kind: 'slowStart'; reasons: SlowStartReason[] }
  | { kind: 'clipping'; value: number; limit: number }
  | { kind: 'tooQuiet'; value: number; limit: number };

/** A take judged for a drill. */
export interface TakeVerdict {
  takeId: string;
  /** 1-based position of the take among the script's takes, oldest first. */
  number: number;
  createdAt: number;
  /** The script version the take was recorded against (1 when it was not recorded). */
  version: number;
  /** null while the take waits for its analysis: it neither extends nor breaks a streak. */
  clean: boolean | null;
  /** Each reason it is not clean, most visible first; empty when clean. */
  problems: TakeProblem[];
  /** Length in seconds. */
  lengthSec: number;
  /** The band the take was recorded against (and is judged by), s. */
  band: TargetBand;
  /** Dead air in seconds, null without analysis or speech. */
  deadAirSec: number | null;
  /** Pace in syllables/s, null without analysis or speech. */
  pace: number | null;
}

/** The problems that keep a take from being clean; empty when it is clean. */
export function takeProblems(take: TakeRecord, flags: TakeFlags | null): TakeProblem[] {
  if (take.damaged || !take.analysis || !flags) return [{ kind: 'unanalysed' }];
  const problems: TakeProblem[] = [];
  const lengthSec = take.lengthMs / 1000;
  const verdict = bandVerdict(lengthSec, take.band);
  if (verdict === 'long')
    problems.push({ kind: 'long', value: lengthSec, limit: take.band.maxSec });
  if (verdict === 'short') {
    problems.push({ kind: 'short', value: lengthSec, limit: take.band.minSec });
  }
  if (flags.noSpeech) problems.push({ kind: 'noSpeech' });
  else if (flags.slowStart) problems.push({ kind: 'slowStart', reasons: flags.slowStartReasons });
  if (flags.clipping) {
    problems.push({
      kind: 'clipping',
      value: take.analysis.clippingFraction,
      limit: CLIPPING_FRACTION,
    });
  }
  if (flags.tooQuiet) {
    problems.push({ kind: 'tooQuiet', value: take.analysis.speechRmsDbfs, limit: TOO_QUIET_DBFS });
  }
  return problems;
}

/** Whether a take still waits for its analysis (never analysed and not damaged). */
export function awaitingAnalysis(take: TakeRecord): boolean {
  return !take.analysis && !take.damaged && take.analysisVersion === 0;
}

/**
 * Judges a script's takes for drills, oldest first. `flagsOf` gives a take's flags under the
 * rep's thresholds (takeFlags from the analysis module).
 */
export function judgeTakes(
  takes: readonly TakeRecord[],
  flagsOf: (take: TakeRecord) => TakeFlags | null,
): TakeVerdict[] {
  return [...takes]
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((take, i) => {
      const waiting = awaitingAnalysis(take);
      const problems = waiting ? [] : takeProblems(take, flagsOf(take));
      const speech = take.analysis && take.analysis.speechOnsetSec !== null;
      return {
        takeId: take.id,
        number: i + 1,
        createdAt: take.createdAt,
        version: take.scriptVersion ?? 1,
        clean: waiting ? null : problems.length === 0,
        problems,
        lengthSec: take.lengthMs / 1000,
        band: take.band,
        deadAirSec: speech ? (take.analysis?.speechOnsetSec ?? null) : null,
        pace: speech && take.analysis ? take.analysis.paceSyllablesPerSec : null,
      };
    });
}
