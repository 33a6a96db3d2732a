/**
 * When a drill take is clean: in the target band, no slow start, no clipping or too-quiet flag.
 * Pure: no DOM.
 */
import type { TakeFlags } from '../analysis/types';
import { bandVerdict, type TargetBand } from '../band';
import type { TakeRecord } from '../storage/schema';

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
  /** Each reason it is not clean, in words with its number ("was long (33 s)"). */
  problems: string[];
  /** Length in seconds. */
  lengthSec: number;
  /** The band the take was recorded against (and is judged by), s. */
  band: TargetBand;
  /** Dead air in seconds, null without analysis or speech. */
  deadAirSec: number | null;
  /** Pace in syllables/s, null without analysis or speech. */
  pace: number | null;
}

/** Seconds in words: one decimal under 10 s ("4.2 s"), whole seconds above ("33 s"). */
export function formatSeconds(sec: number): string {
  // A no-break space keeps the number and its unit on one line.
  return sec < 10 ? `${sec.toFixed(1)}\u00a0s` : `${Math.round(sec)}\u00a0s`;
}

/** The problems that keep a take from being clean, in words; empty when it is clean. */
export function takeProblems(take: TakeRecord, flags: TakeFlags | null): string[] {
  if (take.damaged || !take.analysis || !flags) return ['could not be analysed'];
  const problems: string[] = [];
  const lengthSec = take.lengthMs / 1000;
  const verdict = bandVerdict(lengthSec, take.band);
  if (verdict !== 'in band') problems.push(`was ${verdict} (${formatSeconds(lengthSec)})`);
  if (flags.noSpeech) problems.push('had no speech');
  else if (flags.slowStart) {
    // The flag's reasons end with the threshold in brackets; the drill line keeps just the measure.
    const detail = flags.slowStartReasons.map((r) => r.replace(/\s*\([^)]*\)$/, '')).join('; ');
    problems.push(detail ? `started slowly (${detail})` : 'started slowly');
  }
  if (flags.clipping) problems.push('clipped');
  if (flags.tooQuiet) problems.push('was too quiet');
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

/** "Take 4 was long (33 s) and clipped": a take's problems as one sentence. */
export function describeProblems(verdict: TakeVerdict): string {
  const list = verdict.problems;
  const joined =
    list.length <= 1
      ? (list[0] ?? 'was clean')
      : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
  return `Take ${verdict.number} ${joined}`;
}
