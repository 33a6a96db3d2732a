/**
 * What a take's colour and plain words say, from its band verdict and flags. Pure: no DOM.
 * The colour tokens of the same names live in app.css.
 */
import type { TakeFlags } from '../analysis/types';
import type { BandVerdict } from '../band';

/** clean: in band, nothing flagged; needs work: in band with a flag; out of band: short or long. */
export type TakeStatus = 'clean' | 'needs work' | 'out of band' | 'unmeasured';

/** A take's status; 'unmeasured' while it waits for analysis or cannot be measured. */
export function takeStatus(verdict: BandVerdict, flags: TakeFlags | null): TakeStatus {
  if (verdict !== 'in band') return 'out of band';
  if (!flags) return 'unmeasured';
  const flagged =
    flags.noSpeech || flags.tooNoisy || flags.slowStart || flags.tooQuiet || flags.clipping;
  return flagged ? 'needs work' : 'clean';
}

/** The speech level in a word a rep uses: "clipping", "too quiet" or "good". */
export function levelReading(flags: TakeFlags): string {
  if (flags.clipping) return 'clipping';
  if (flags.tooQuiet) return 'too quiet';
  return 'good';
}

/** The band verdict as the take's badge says it. */
export function verdictWord(verdict: BandVerdict): string {
  return verdict === 'in band' ? 'In band' : verdict === 'short' ? 'Short' : 'Long';
}
