import type { TakeMeasures } from '../analysis/types';
import type { TargetBand } from '../band';

/** Where each take's waveform starts on a shared timeline so their speech onsets line up, in s. */
export interface OnsetAlignment {
  /** Seconds of blank space before take A's waveform. */
  offsetA: number;
  /** Seconds of blank space before take B's waveform. */
  offsetB: number;
  /** The common speech onset on the shared timeline, s. */
  onsetSec: number;
  /** Length of the shared timeline, s. */
  spanSec: number;
}

/** What alignment needs from a take; a take with no speech found aligns at its start. */
export interface AlignInput {
  lengthSec: number;
  speechOnsetSec: number | null;
}

/** Offsets that put both speech onsets at the same point of a shared timeline (seconds). */
export function alignAtOnset(a: AlignInput, b: AlignInput): OnsetAlignment {
  const onsetA = a.speechOnsetSec ?? 0;
  const onsetB = b.speechOnsetSec ?? 0;
  const onsetSec = Math.max(onsetA, onsetB);
  const offsetA = onsetSec - onsetA;
  const offsetB = onsetSec - onsetB;
  return {
    offsetA,
    offsetB,
    onsetSec,
    spanSec: Math.max(offsetA + a.lengthSec, offsetB + b.lengthSec),
  };
}

/**
 * Pace a listener hears as natural, syllables/s. PRODUCT.md: under about 100–110 wpm is slow and
 * over about 180–190 wpm is rushed; at ≈35 wpm per syllable/s that is about 3.1–5.3 syllables/s.
 */
export const NATURAL_PACE = { min: 3.1, max: 5.3 } as const;

/** Which way a measure is better: lower, inside a range, or no better side (just different). */
export type Direction =
  { kind: 'lower' } | { kind: 'range'; min: number; max: number } | { kind: 'none' };

/** One measure of two takes side by side. Values in the measure's unit; null when not measured. */
export interface MeasureDifference {
  /** The PRODUCT.md name, e.g. "dead air". */
  name: string;
  unit: 's' | 'syllables/s' | 'dBFS' | '';
  a: number | null;
  b: number | null;
  /** b − a, in the unit; null when either side is missing. */
  delta: number | null;
  /** The difference is at least the measure's smallest step worth hearing. */
  significant: boolean;
  /** The take that is better on this measure, only when the difference is significant. */
  better: 'a' | 'b' | null;
}

interface Row {
  name: string;
  unit: MeasureDifference['unit'];
  /** Smallest difference worth highlighting, in the unit. */
  step: number;
  value: (m: TakeMeasures) => number | null;
  direction: Direction;
}

/** The rows of the comparison, in the order PRODUCT.md lists the measures. */
function rows(band: TargetBand, openingPaceMin: number): Row[] {
  return [
    {
      name: 'length',
      unit: 's',
      step: 0.5,
      value: (m) => m.lengthSec,
      direction: { kind: 'range', min: band.minSec, max: band.maxSec },
    },
    {
      name: 'dead air',
      unit: 's',
      step: 0.2,
      value: (m) => m.speechOnsetSec,
      direction: { kind: 'lower' },
    },
    {
      name: 'speech end',
      unit: 's',
      step: 0.5,
      value: (m) => m.speechEndSec,
      direction: { kind: 'none' },
    },
    {
      name: 'talk time',
      unit: 's',
      step: 0.5,
      value: (m) => m.talkTimeSec,
      direction: { kind: 'none' },
    },
    {
      name: 'pauses',
      unit: '',
      step: 1,
      value: (m) => m.pauses.length,
      direction: { kind: 'none' },
    },
    {
      name: 'longest pause',
      unit: 's',
      step: 0.25,
      value: (m) => m.longestPauseSec,
      direction: { kind: 'lower' },
    },
    {
      name: 'pace',
      unit: 'syllables/s',
      step: 0.3,
      value: (m) => m.paceSyllablesPerSec,
      direction: { kind: 'range', ...NATURAL_PACE },
    },
    {
      name: 'opening pace',
      unit: 'syllables/s',
      step: 0.3,
      value: (m) => m.openingSyllablesPerSec,
      direction: { kind: 'range', min: openingPaceMin, max: NATURAL_PACE.max },
    },
    {
      name: 'level',
      unit: 'dBFS',
      step: 2,
      value: (m) => m.speechRmsDbfs,
      direction: { kind: 'none' },
    },
    { name: 'peak', unit: 'dBFS', step: 2, value: (m) => m.peakDbfs, direction: { kind: 'none' } },
  ];
}

/** How far a value is from the good side, in its unit (0 inside a range). */
function badness(value: number, direction: Direction): number | null {
  if (direction.kind === 'lower') return value;
  if (direction.kind === 'range') return Math.max(0, direction.min - value, value - direction.max);
  return null;
}

/**
 * Every measure of takes A and B side by side, with which differences are big enough to notice and
 * which take is better on each. `openingPaceMin` is the slow-start threshold in syllables/s.
 */
export function compareMeasures(
  a: TakeMeasures,
  b: TakeMeasures,
  band: TargetBand,
  openingPaceMin: number,
): MeasureDifference[] {
  return rows(band, openingPaceMin).map((row) => {
    const va = row.value(a);
    const vb = row.value(b);
    if (va === null || vb === null) {
      return {
        name: row.name,
        unit: row.unit,
        a: va,
        b: vb,
        delta: null,
        significant: false,
        better: null,
      };
    }
    const delta = vb - va;
    // A hair of tolerance so a difference of exactly one step counts despite float rounding.
    const significant = Math.abs(delta) >= row.step - 1e-9;
    const badA = badness(va, row.direction);
    const badB = badness(vb, row.direction);
    let better: 'a' | 'b' | null = null;
    if (significant && badA !== null && badB !== null && badA !== badB)
      better = badA < badB ? 'a' : 'b';
    return { name: row.name, unit: row.unit, a: va, b: vb, delta, significant, better };
  });
}

/** A blind round: the two takes in the order they play as A and B. */
export interface BlindRound {
  a: string;
  b: string;
}

/** Puts two take ids in a random A/B order; `random` returns 0–1 (Math.random by default). */
export function blindRound(
  first: string,
  second: string,
  random: () => number = Math.random,
): BlindRound {
  return random() < 0.5 ? { a: first, b: second } : { a: second, b: first };
}

/** The take id behind the letter the rep picked. */
export function revealPick(round: BlindRound, pick: 'A' | 'B'): string {
  return pick === 'A' ? round.a : round.b;
}
