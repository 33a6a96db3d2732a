/**
 * Drill streaks: a script is smooth after N clean takes in a row whose pace stays within ±10 % of
 * their mean. Pure: no DOM.
 */
import { paceText } from '../verdicts/words';
import { describeProblems, type TakeVerdict } from './clean';

/** How far a take's pace may stray from the streak's mean pace and still count: ±10 %. */
export const PACE_TOLERANCE = 0.1;
/** Clean takes in a row that make a script smooth unless the rep's setting says otherwise. */
export const DEFAULT_SMOOTH_STREAK = 3;

/** Where a script's drill stands after its latest take. */
export interface DrillState {
  /** Clean, steady-paced takes in a row up to the latest take (current version of the text). */
  streak: number;
  /** The longest streak ever reached on this script. */
  bestStreak: number;
  /** Clean takes in a row needed (the smoothStreak setting). */
  needed: number;
  smooth: boolean;
  /** What broke the latest streak, in words ("Take 4 was long (33 s)"); null when nothing has. */
  brokenBy: string | null;
  /** Take ids in the current streak, oldest first. */
  streakTakeIds: string[];
  /** Mean pace of the current streak, syllables/s; null when the streak is empty. */
  streakPace: number | null;
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** True when every pace is within ±10 % of their mean. */
export function steadyPace(paces: readonly number[]): boolean {
  if (paces.length === 0) return true;
  const m = mean(paces);
  return paces.every((p) => Math.abs(p - m) <= PACE_TOLERANCE * m + 1e-9);
}

/** The longest run at the end of `run` whose paces are steady (±10 % of their mean). */
function steadySuffix(run: readonly TakeVerdict[]): TakeVerdict[] {
  for (let start = 0; start < run.length; start++) {
    const suffix = run.slice(start);
    if (steadyPace(suffix.map((v) => v.pace ?? 0))) return suffix;
  }
  return [];
}

/**
 * Walks a script's judged takes, oldest first. A take on another version of the text than the one
 * before it starts a fresh streak (the rep is learning new words); only the current version counts
 * towards smooth. Takes still waiting for analysis are skipped.
 */
export function drillState(
  verdicts: readonly TakeVerdict[],
  needed: number = DEFAULT_SMOOTH_STREAK,
  currentVersion?: number,
): DrillState {
  let run: TakeVerdict[] = [];
  let best = 0;
  let brokenBy: string | null = null;
  for (const v of verdicts) {
    if (v.clean === null) continue;
    const previous = run.at(-1);
    if (previous && previous.version !== v.version) {
      run = [];
      brokenBy = null;
    }
    if (!v.clean) {
      brokenBy = describeProblems(v);
      run = [];
      continue;
    }
    const candidate = [...run, v];
    const steady = steadySuffix(candidate);
    if (steady.length < candidate.length) {
      const before = mean(run.map((t) => t.pace ?? 0));
      brokenBy = `Take ${v.number}'s pace (${paceText(v.pace ?? 0)}) was more than 10 % off the streak's ${paceText(before)}`;
    }
    run = steady;
    best = Math.max(best, run.length);
  }
  const latestVersion = currentVersion ?? verdicts.findLast((v) => v.clean !== null)?.version;
  if (run.length > 0 && run[0]?.version !== latestVersion) {
    run = [];
    brokenBy = null;
  }
  const lastN = run.slice(-needed);
  return {
    streak: run.length,
    bestStreak: best,
    needed,
    smooth: run.length >= needed && steadyPace(lastN.map((v) => v.pace ?? 0)),
    brokenBy,
    streakTakeIds: run.map((v) => v.takeId),
    streakPace: run.length > 0 ? mean(run.map((v) => v.pace ?? 0)) : null,
  };
}
