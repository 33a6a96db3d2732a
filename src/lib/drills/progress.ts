/**
 * Progress of a script over days: takes, clean takes, best streak, first and last practised.
 * Pure: no DOM.
 */
import type { TakeVerdict } from './clean';
import { drillState, type DrillState } from './streak';

/** A script's drill record. */
export interface ScriptProgress extends DrillState {
  takes: number;
  cleanTakes: number;
  /** ms since the epoch; null before the first take. */
  firstPractisedAt: number | null;
  lastPractisedAt: number | null;
  /** Distinct calendar days (in the device's time zone) with at least one take. */
  daysPractised: number;
}

/** Progress over a script's judged takes (oldest first) for the rep's smoothStreak setting. */
export function scriptProgress(
  verdicts: readonly TakeVerdict[],
  needed: number,
  currentVersion?: number,
): ScriptProgress {
  return {
    ...drillState(verdicts, needed, currentVersion),
    takes: verdicts.length,
    cleanTakes: verdicts.filter((v) => v.clean === true).length,
    firstPractisedAt: verdicts[0]?.createdAt ?? null,
    lastPractisedAt: verdicts.at(-1)?.createdAt ?? null,
    daysPractised: new Set(verdicts.map((v) => new Date(v.createdAt).toDateString())).size,
  };
}

/** One line for the Scripts home: smooth, or what is needed next. */
export function progressSummary(p: ScriptProgress): string {
  if (p.takes === 0) return 'Not drilled yet';
  if (p.smooth) return `Smooth: ${p.streak} clean takes in a row`;
  const left = p.needed - p.streak;
  return `Needs work: ${p.streak} of ${p.needed} clean takes in a row, ${left} to go`;
}
