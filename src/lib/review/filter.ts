import { takeFlags } from '../analysis/flags';
import type { FlagThresholds } from '../analysis/types';
import { bandVerdict } from '../band';
import { takeProblems } from '../drills/clean';
import type { TakeRecord } from '../storage/schema';

/** The verdicts a rep can filter by. */
export type Verdict = 'clean' | 'slow start' | 'out of band';

export const VERDICTS: readonly Verdict[] = ['clean', 'slow start', 'out of band'];

/** A filter over the take list; null/false fields do not filter. */
export interface TakeFilter {
  /** A script id, 'none' for takes recorded without a script, or null for any. */
  script: string | null;
  verdict: Verdict | null;
  starredOnly: boolean;
}

/** The filter that lets every take through. */
export const NO_FILTER: TakeFilter = { script: null, verdict: null, starredOnly: false };

/** A take's length in seconds, as the list and summary show it (the recorder's clock). */
export function takeLengthSec(take: TakeRecord): number {
  return take.lengthMs / 1000;
}

/**
 * The verdicts that apply to a take against the band it was recorded with. "Clean" is the drills'
 * rule (in band, no slow start, no clipping, not too quiet) so the list and the streak agree.
 */
export function verdictsOf(take: TakeRecord, thresholds: FlagThresholds): Set<Verdict> {
  const verdicts = new Set<Verdict>();
  if (bandVerdict(takeLengthSec(take), take.band) !== 'in band') verdicts.add('out of band');
  if (!take.analysis) return verdicts;
  const flags = takeFlags(take.analysis, thresholds);
  if (flags.slowStart) verdicts.add('slow start');
  if (takeProblems(take, flags).length === 0) verdicts.add('clean');
  return verdicts;
}

/** True when the take passes every part of the filter. */
export function matchesFilter(
  take: TakeRecord,
  filter: TakeFilter,
  thresholds: FlagThresholds,
): boolean {
  if (filter.starredOnly && !take.starred) return false;
  if (filter.script === 'none' && take.scriptId !== undefined) return false;
  if (filter.script !== null && filter.script !== 'none' && take.scriptId !== filter.script)
    return false;
  if (filter.verdict !== null && !verdictsOf(take, thresholds).has(filter.verdict)) return false;
  return true;
}

/** The takes that pass the filter, order kept. */
export function filterTakes(
  takes: readonly TakeRecord[],
  filter: TakeFilter,
  thresholds: FlagThresholds,
): TakeRecord[] {
  return takes.filter((take) => matchesFilter(take, filter, thresholds));
}

/** True when no part of the filter is set. */
export function isFilterEmpty(filter: TakeFilter): boolean {
  return filter.script === null && filter.verdict === null && !filter.starredOnly;
}

/** The takes with the best one (a script's bestTakeId) moved to the front, others in order. */
export function bestFirst(
  takes: readonly TakeRecord[],
  bestTakeId: string | undefined,
): TakeRecord[] {
  const best = bestTakeId === undefined ? undefined : takes.find((t) => t.id === bestTakeId);
  return best ? [best, ...takes.filter((t) => t !== best)] : [...takes];
}
