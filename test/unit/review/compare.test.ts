import { describe, expect, it } from 'vitest';
import type { TakeMeasures } from '../../../src/lib/analysis/types';
import {
  alignAtOnset,
  blindRound,
  compareMeasures,
  revealPick,
  type MeasureDifference,
} from '../../../src/lib/review/compare';

function measures(patch: Partial<TakeMeasures> = {}): TakeMeasures {
  return {
    lengthSec: 24,
    speechOnsetSec: 0.4,
    speechEndSec: 23.5,
    talkTimeSec: 20,
    pauses: [{ startSec: 5, endSec: 5.6 }],
    longestPauseSec: 0.6,
    syllables: 90,
    paceSyllablesPerSec: 4,
    paceWpm: 140,
    openingSyllablesPerSec: 3.8,
    speechRmsDbfs: -22,
    peakDbfs: -4,
    noiseFloorDbfs: -60,
    snrDb: 38,
    clippingFraction: 0,
    ...patch,
  };
}

const band = { minSec: 20, maxSec: 30 };
const row = (rows: MeasureDifference[], name: string) => rows.find((r) => r.name === name)!;

describe('alignAtOnset', () => {
  it('shifts the take that starts speaking sooner so both onsets meet', () => {
    const al = alignAtOnset(
      { lengthSec: 10, speechOnsetSec: 0.3 },
      { lengthSec: 8, speechOnsetSec: 2 },
    );
    expect(al.offsetA).toBeCloseTo(1.7, 9);
    expect(al.offsetB).toBe(0);
    expect(al.offsetA + 0.3).toBeCloseTo(al.offsetB + 2, 9);
    expect(al.onsetSec).toBe(2);
    expect(al.spanSec).toBeCloseTo(11.7, 9);
  });

  it('is symmetric when the takes swap sides', () => {
    const x = { lengthSec: 6, speechOnsetSec: 1.2 };
    const y = { lengthSec: 9, speechOnsetSec: 0.2 };
    const xy = alignAtOnset(x, y);
    const yx = alignAtOnset(y, x);
    expect(xy.offsetA).toBe(yx.offsetB);
    expect(xy.spanSec).toBe(yx.spanSec);
  });

  it('lines a take with no speech up at its start', () => {
    const al = alignAtOnset(
      { lengthSec: 5, speechOnsetSec: null },
      { lengthSec: 5, speechOnsetSec: 1 },
    );
    expect(al).toEqual({ offsetA: 1, offsetB: 0, onsetSec: 1, spanSec: 6 });
  });
});

describe('compareMeasures', () => {
  it('lists every measure with B − A', () => {
    const rows = compareMeasures(measures(), measures({ talkTimeSec: 18.5 }), band, 2.5);
    expect(rows.map((r) => r.name)).toEqual([
      'length',
      'dead air',
      'speech end',
      'talk time',
      'pauses',
      'longest pause',
      'pace',
      'opening pace',
      'level',
      'peak',
    ]);
    expect(row(rows, 'talk time')).toMatchObject({
      a: 20,
      b: 18.5,
      delta: -1.5,
      significant: true,
      better: null,
    });
  });

  it('finds no differences between identical takes', () => {
    const rows = compareMeasures(measures(), measures(), band, 2.5);
    expect(rows.every((r) => r.delta === 0 && !r.significant && r.better === null)).toBe(true);
  });

  it('calls less dead air better, and ignores differences too small to notice', () => {
    const rows = compareMeasures(
      measures({ speechOnsetSec: 1.6 }),
      measures({ speechOnsetSec: 0.3 }),
      band,
      2.5,
    );
    expect(row(rows, 'dead air')).toMatchObject({ significant: true, better: 'b' });
    const close = compareMeasures(
      measures({ speechOnsetSec: 0.4 }),
      measures({ speechOnsetSec: 0.5 }),
      band,
      2.5,
    );
    expect(row(close, 'dead air')).toMatchObject({ significant: false, better: null });
  });

  it('prefers a length inside the target band, and has no favourite when both are in band', () => {
    const rows = compareMeasures(
      measures({ lengthSec: 33 }),
      measures({ lengthSec: 26 }),
      band,
      2.5,
    );
    expect(row(rows, 'length').better).toBe('b');
    const both = compareMeasures(
      measures({ lengthSec: 21 }),
      measures({ lengthSec: 29 }),
      band,
      2.5,
    );
    expect(row(both, 'length')).toMatchObject({ significant: true, better: null });
  });

  it('prefers a natural pace over a rushed one and an opening above the slow-start threshold', () => {
    const rows = compareMeasures(
      measures({ paceSyllablesPerSec: 4.5, openingSyllablesPerSec: 1.8 }),
      measures({ paceSyllablesPerSec: 6.2, openingSyllablesPerSec: 3.2 }),
      band,
      2.5,
    );
    expect(row(rows, 'pace').better).toBe('a');
    expect(row(rows, 'opening pace').better).toBe('b');
  });

  it('leaves a measure blank when a take has no speech', () => {
    const rows = compareMeasures(measures({ speechOnsetSec: null }), measures(), band, 2.5);
    expect(row(rows, 'dead air')).toMatchObject({
      a: null,
      b: 0.4,
      delta: null,
      significant: false,
    });
  });
});

describe('blind round', () => {
  it('plays the takes in either order and reveals the one picked', () => {
    const kept = blindRound('t1', 't2', () => 0.2);
    const swapped = blindRound('t1', 't2', () => 0.8);
    expect(kept).toEqual({ a: 't1', b: 't2' });
    expect(swapped).toEqual({ a: 't2', b: 't1' });
    expect(revealPick(swapped, 'A')).toBe('t2');
    expect(revealPick(swapped, 'B')).toBe('t1');
  });
});
