/** A target band for the length of a take, in seconds. */
export interface TargetBand {
  minSec: number;
  maxSec: number;
}

/** Where a length falls against a target band. */
export type BandVerdict = 'short' | 'in band' | 'long';

/** The default band (PRODUCT.md): 20–30 s. */
export const DEFAULT_BAND: TargetBand = { minSec: 20, maxSec: 30 };
/** The one-tap preset: 8–14 s. */
export const SHORT_BAND: TargetBand = { minSec: 8, maxSec: 14 };

export const BAND_PRESETS: readonly { label: string; band: TargetBand }[] = [
  { label: '20–30 s', band: DEFAULT_BAND },
  { label: '8–14 s', band: SHORT_BAND },
];

/** The verdict for a length in seconds; the band's ends count as in band. */
export function bandVerdict(lengthSec: number, band: TargetBand): BandVerdict {
  if (lengthSec < band.minSec) return 'short';
  if (lengthSec > band.maxSec) return 'long';
  return 'in band';
}

/** Returns an error message for an invalid custom band, or null when it is usable. */
export function validateBand(band: TargetBand): string | null {
  const { minSec, maxSec } = band;
  if (!Number.isFinite(minSec) || !Number.isFinite(maxSec))
    return 'Enter both ends of the band in seconds.';
  if (minSec < 1) return 'The shortest length must be at least 1 second.';
  if (maxSec > 600) return 'The longest length can be at most 600 seconds.';
  if (maxSec <= minSec) return 'The longest length must be more than the shortest.';
  return null;
}

/** "20–30 s" style label for a band. */
export function bandLabel(band: TargetBand): string {
  return `${trim(band.minSec)}–${trim(band.maxSec)} s`;
}

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
