import { bandVerdict, type BandVerdict, type TargetBand } from '../band';
import { textSyllables, wordCount } from './syllables';

/** Pace assumed before the rep has any analysed takes: conversational English, syllables/s. */
export const DEFAULT_PACE = 4;
/** About 190 words a minute: faster than this sounds rushed (PRODUCT.md pace norms), syllables/s. */
export const RUSHED_PACE = 5.4;
/**
 * Seconds a take holds besides the words: a short breath after starting and before stopping the
 * recording. A clean take has under 1 s of dead air, so 1 s in total is a fair allowance.
 */
export const HANDLING_SEC = 1;

/** The rep's own pace: the mean pace of their analysed takes, or null when there are none. */
export function measuredPace(paces: readonly number[]): number | null {
  const usable = paces.filter((p) => Number.isFinite(p) && p > 0);
  if (usable.length === 0) return null;
  return usable.reduce((s, p) => s + p, 0) / usable.length;
}

/** How long a script takes to say, and whether a take of it fits the target band. */
export interface ReadTime {
  syllables: number;
  words: number;
  /** Pace the estimate uses, syllables/s. */
  pace: number;
  /** Where the pace came from: the rep's analysed takes, or the default. */
  paceSource: 'measured' | 'default';
  /** Seconds of speech at that pace. */
  speechSec: number;
  /** Estimated take length in seconds: speech plus HANDLING_SEC. */
  takeSec: number;
  verdict: BandVerdict;
  /** Even at a rushed pace the take would run past the top of the band. */
  cannotFit: boolean;
  /** Words to cut to reach the top of the band at this pace (0 when it fits). */
  wordsOver: number;
}

/** The read-time estimate of a script at a pace (syllables/s; null uses DEFAULT_PACE). */
export function estimateReadTime(text: string, band: TargetBand, pace: number | null): ReadTime {
  const syllables = textSyllables(text);
  const words = wordCount(text);
  const used = pace !== null && pace > 0 ? pace : DEFAULT_PACE;
  const speechSec = syllables / used;
  const takeSec = speechSec + (syllables > 0 ? HANDLING_SEC : 0);
  const syllablesPerWord = words > 0 ? syllables / words : 1.4;
  const overSec = Math.max(0, takeSec - band.maxSec);
  return {
    syllables,
    words,
    pace: used,
    paceSource: pace !== null && pace > 0 ? 'measured' : 'default',
    speechSec,
    takeSec,
    verdict: bandVerdict(takeSec, band),
    cannotFit: syllables / RUSHED_PACE + HANDLING_SEC > band.maxSec,
    wordsOver: Math.ceil((overSec * used) / syllablesPerWord),
  };
}
