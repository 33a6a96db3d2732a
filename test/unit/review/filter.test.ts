import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, type TakeMeasures } from '../../../src/lib/analysis/types';
import type { TakeRecord } from '../../../src/lib/storage/schema';
import { bestFirst, filterTakes, NO_FILTER, verdictsOf } from '../../../src/lib/review/filter';

function take(
  id: string,
  patch: Partial<TakeRecord> = {},
  m: Partial<TakeMeasures> | null = {},
): TakeRecord {
  const lengthSec = m?.lengthSec ?? 24;
  return {
    id,
    createdAt: 1,
    lengthMs: lengthSec * 1000,
    mimeType: 'audio/webm;codecs=opus',
    sizeBytes: 1000,
    band: { minSec: 20, maxSec: 30 },
    peaks: [],
    analysis:
      m === null
        ? null
        : {
            lengthSec,
            speechOnsetSec: 0.4,
            speechEndSec: lengthSec - 0.5,
            talkTimeSec: 18,
            pauses: [],
            longestPauseSec: 0,
            syllables: 80,
            paceSyllablesPerSec: 4,
            paceWpm: 140,
            openingSyllablesPerSec: 4,
            speechRmsDbfs: -20,
            peakDbfs: -3,
            noiseFloorDbfs: -60,
            snrDb: 40,
            clippingFraction: 0,
            ...m,
          },
    analysisVersion: 1,
    voiceProcessing: false,
    ...patch,
  };
}

const t = DEFAULT_THRESHOLDS;
const ids = (takes: TakeRecord[]) => takes.map((x) => x.id);

describe('verdictsOf', () => {
  it('calls an in-band take with a quick start clean', () => {
    expect([...verdictsOf(take('a'), t)]).toEqual(['clean']);
  });

  it('flags dead air over the threshold and a slow opening pace as a slow start', () => {
    expect([...verdictsOf(take('a', {}, { speechOnsetSec: 1.4 }), t)]).toEqual(['slow start']);
    expect([...verdictsOf(take('a', {}, { openingSyllablesPerSec: 2.1 }), t)]).toEqual([
      'slow start',
    ]);
    expect(verdictsOf(take('a', {}, { speechOnsetSec: 1.0 }), t).has('slow start')).toBe(false);
  });

  it('judges length against the band the take was recorded with', () => {
    expect([...verdictsOf(take('a', {}, { lengthSec: 12 }), t)]).toEqual(['out of band']);
    expect([
      ...verdictsOf(take('a', { band: { minSec: 8, maxSec: 14 } }, { lengthSec: 12 }), t),
    ]).toEqual(['clean']);
  });

  it('agrees with the drills on clean: no speech, clipping or too quiet is not clean', () => {
    expect(verdictsOf(take('a', {}, { speechOnsetSec: null }), t).has('clean')).toBe(false);
    expect(verdictsOf(take('a', {}, { clippingFraction: 0.01 }), t).has('clean')).toBe(false);
    expect(verdictsOf(take('a', {}, { speechRmsDbfs: -45 }), t).has('clean')).toBe(false);
    expect(verdictsOf(take('a', { damaged: true }), t).has('clean')).toBe(false);
  });

  it('never calls a take clean before it is analysed, but still knows its length', () => {
    expect([...verdictsOf(take('a', { lengthMs: 40_000 }, null), t)]).toEqual(['out of band']);
    expect(verdictsOf(take('a', {}, null), t).size).toBe(0);
  });
});

describe('filterTakes', () => {
  const takes = [
    take('clean-s1', { scriptId: 's1', starred: true }),
    take('slow-s1', { scriptId: 's1' }, { speechOnsetSec: 2 }),
    take('long-s2', { scriptId: 's2' }, { lengthSec: 35 }),
    take('free', {}, { speechOnsetSec: 1.5, lengthSec: 40 }),
  ];

  it('lets everything through with no filter', () => {
    expect(ids(filterTakes(takes, NO_FILTER, t))).toEqual([
      'clean-s1',
      'slow-s1',
      'long-s2',
      'free',
    ]);
  });

  it('filters by script, by no script, by verdict and by star, and combines them', () => {
    expect(ids(filterTakes(takes, { ...NO_FILTER, script: 's1' }, t))).toEqual([
      'clean-s1',
      'slow-s1',
    ]);
    expect(ids(filterTakes(takes, { ...NO_FILTER, script: 'none' }, t))).toEqual(['free']);
    expect(ids(filterTakes(takes, { ...NO_FILTER, verdict: 'slow start' }, t))).toEqual([
      'slow-s1',
      'free',
    ]);
    expect(ids(filterTakes(takes, { ...NO_FILTER, verdict: 'out of band' }, t))).toEqual([
      'long-s2',
      'free',
    ]);
    expect(ids(filterTakes(takes, { ...NO_FILTER, verdict: 'clean' }, t))).toEqual(['clean-s1']);
    expect(ids(filterTakes(takes, { ...NO_FILTER, starredOnly: true }, t))).toEqual(['clean-s1']);
    expect(
      ids(filterTakes(takes, { script: 's1', verdict: 'slow start', starredOnly: false }, t)),
    ).toEqual(['slow-s1']);
  });

  it('follows the rep’s own slow-start thresholds', () => {
    const lenient = { slowStartDeadAirSec: 2.5, slowStartOpeningPace: 2.5 };
    expect(ids(filterTakes(takes, { ...NO_FILTER, verdict: 'slow start' }, lenient))).toEqual([]);
  });

  it('finds one script’s clean takes among 2,000', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      take(String(i), { scriptId: `s${i % 7}` }, { speechOnsetSec: i % 2 ? 2 : 0.3 }),
    );
    const out = filterTakes(many, { script: 's3', verdict: 'clean', starredOnly: false }, t);
    expect(out.length).toBe(143);
    expect(out.every((x) => x.scriptId === 's3' && x.analysis?.speechOnsetSec === 0.3)).toBe(true);
  });
});

describe('bestFirst', () => {
  it('moves the best take to the front and keeps the rest in order', () => {
    const list = [take('a'), take('b'), take('c')];
    expect(ids(bestFirst(list, 'c'))).toEqual(['c', 'a', 'b']);
    expect(ids(bestFirst(list, undefined))).toEqual(['a', 'b', 'c']);
    expect(ids(bestFirst(list, 'gone'))).toEqual(['a', 'b', 'c']);
  });
});
