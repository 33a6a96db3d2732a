import { describe, expect, it } from 'vitest';
import { DEFAULT_BAND, SHORT_BAND } from '../../../src/lib/band';
import {
  computePeaks,
  DEFAULT_THRESHOLDS,
  takeFlags,
  type TakeAnalysis,
  type TakeMeasures,
} from '../../../src/lib/analysis/index';
import { nextStep, nextStepText, slowStartReasonText } from '../../../src/lib/verdicts';

const base: TakeMeasures = {
  lengthSec: 24,
  speechOnsetSec: 0.4,
  speechEndSec: 23.5,
  talkTimeSec: 21,
  pauses: [{ startSec: 10, endSec: 10.6 }],
  longestPauseSec: 0.6,
  syllables: 95,
  paceSyllablesPerSec: 4.1,
  paceWpm: 164,
  openingSyllablesPerSec: 4.3,
  speechRmsDbfs: -22,
  peakDbfs: -3,
  noiseFloorDbfs: -65,
  snrDb: 43,
  clippingFraction: 0,
  talkersNearby: false,
};
const analysed = (m: Partial<TakeMeasures>): TakeAnalysis => {
  const measures = { ...base, ...m };
  return { ...measures, flags: takeFlags(measures, DEFAULT_THRESHOLDS) };
};

describe('computePeaks', () => {
  it('returns max |x| per bucket, clamped to 1', () => {
    const x = Float32Array.from([0.1, -0.5, 0.2, 0.3, -1.4, 0, 0, 0.05]);
    expect(computePeaks(x, 4)).toEqual([0.5, 0.30000001192092896, 1, 0.05000000074505806]);
    expect(computePeaks(x, 0)).toEqual([]);
    expect(computePeaks(new Float32Array(0), 3)).toEqual([0, 0, 0]);
    expect(computePeaks(x, 16)).toHaveLength(16);
  });
});

describe('takeFlags', () => {
  it('gives each slow-start reason as data with its number and threshold', () => {
    const f = takeFlags(
      { ...base, speechOnsetSec: 1.6, openingSyllablesPerSec: 2.1 },
      DEFAULT_THRESHOLDS,
    );
    expect(f.slowStart).toBe(true);
    expect(f.slowStartReasons).toEqual([
      { kind: 'deadAir', value: 1.6, limit: 1.0 },
      { kind: 'openingPace', value: 2.1, limit: 2.5 },
    ]);
    // Worded in one place, with the number the rep sees and the threshold.
    expect(f.slowStartReasons.map((r) => slowStartReasonText(r))).toEqual([
      '1.6 s of dead air before you spoke (over 1.0 s)',
      'opening pace 2.1 syllables/s (under 2.5)',
    ]);
  });

  it('judges no slow start when people talking nearby hide where the rep starts', () => {
    const f = takeFlags(
      { ...base, speechOnsetSec: 0, openingSyllablesPerSec: 1.2, talkersNearby: true },
      DEFAULT_THRESHOLDS,
    );
    expect(f).toMatchObject({ talkersNearby: true, slowStart: false, slowStartReasons: [] });
    // A take stored before the field existed reads as no talkers.
    const { talkersNearby: _omit, ...old } = base;
    expect(takeFlags(old, DEFAULT_THRESHOLDS).talkersNearby).toBe(false);
  });

  it('follows the thresholds from settings', () => {
    const m = { ...base, speechOnsetSec: 1.6 };
    expect(takeFlags(m, DEFAULT_THRESHOLDS).slowStart).toBe(true);
    expect(takeFlags(m, { slowStartDeadAirSec: 2, slowStartOpeningPace: 2.5 }).slowStart).toBe(
      false,
    );
  });

  it('raises level flags at their thresholds', () => {
    expect(takeFlags({ ...base, speechRmsDbfs: -36 }, DEFAULT_THRESHOLDS).tooQuiet).toBe(true);
    expect(takeFlags({ ...base, speechRmsDbfs: -30 }, DEFAULT_THRESHOLDS).tooQuiet).toBe(false);
    expect(takeFlags({ ...base, clippingFraction: 0.002 }, DEFAULT_THRESHOLDS).clipping).toBe(true);
    expect(takeFlags({ ...base, clippingFraction: 0.00001 }, DEFAULT_THRESHOLDS).clipping).toBe(
      false,
    );
    expect(takeFlags({ ...base, snrDb: 8 }, DEFAULT_THRESHOLDS).tooNoisy).toBe(true);
  });

  it('raises nothing but noSpeech when no speech was found', () => {
    const f = takeFlags(
      { ...base, speechOnsetSec: null, speechEndSec: null, speechRmsDbfs: -80 },
      DEFAULT_THRESHOLDS,
    );
    expect(f).toEqual({
      slowStart: false,
      slowStartReasons: [],
      tooQuiet: false,
      clipping: false,
      tooNoisy: false,
      talkersNearby: false,
      noSpeech: true,
    });
  });
});

describe('nextStep picks the most important problem', () => {
  it('no speech before everything', () => {
    const a = analysed({
      speechOnsetSec: null,
      speechEndSec: null,
      snrDb: 3,
      clippingFraction: 0.1,
    });
    expect(nextStep(a, 'short', DEFAULT_BAND)).toEqual({ kind: 'noSpeech' });
    expect(nextStepText(nextStep(a, 'short', DEFAULT_BAND))).toMatch(/^No speech found/);
  });
  it('people talking nearby before too noisy', () => {
    const a = analysed({ snrDb: 8, talkersNearby: true, speechOnsetSec: 0 });
    expect(nextStep(a, 'in band', DEFAULT_BAND)).toEqual({ kind: 'talkersNearby' });
    expect(nextStepText({ kind: 'talkersNearby' })).toMatch(
      /^People talking nearby — dead air can’t be measured/,
    );
  });
  it('too noisy before clipping', () => {
    const a = analysed({ snrDb: 8, clippingFraction: 0.1 });
    expect(nextStep(a, 'in band', DEFAULT_BAND)).toEqual({ kind: 'tooNoisy', value: 8, limit: 14 });
    expect(nextStepText(nextStep(a, 'in band', DEFAULT_BAND))).toBe(
      'Too noisy to measure (speech only 8 dB over the background) — find a quieter spot and record again',
    );
  });
  it('clipping, then too quiet, before a slow start', () => {
    const clipped = nextStep(
      analysed({ clippingFraction: 0.012, speechOnsetSec: 2 }),
      'in band',
      DEFAULT_BAND,
    );
    expect(clipped).toMatchObject({ kind: 'clipping', value: 0.012 });
    expect(nextStepText(clipped)).toMatch(/^Clipping on 1\.2 % of the take/);
    const quiet = nextStep(
      analysed({ speechRmsDbfs: -41, speechOnsetSec: 2 }),
      'in band',
      DEFAULT_BAND,
    );
    expect(quiet).toEqual({ kind: 'tooQuiet', value: -41, limit: -35 });
    expect(nextStepText(quiet)).toMatch(/^Too quiet \(speech at -41 dBFS\)/);
  });
  it('slow start before the band, dead air first', () => {
    const deadAir = nextStep(analysed({ speechOnsetSec: 1.6 }), 'long', DEFAULT_BAND);
    expect(deadAir).toEqual({ kind: 'deadAir', value: 1.6, limit: 1 });
    expect(nextStepText(deadAir)).toBe('1.6 s of dead air — start right after the beep');
    const opening = nextStep(analysed({ openingSyllablesPerSec: 2.1 }), 'long', DEFAULT_BAND);
    expect(opening).toEqual({ kind: 'openingPace', value: 2.1, limit: 2.5 });
    expect(nextStepText(opening)).toMatch(/^Opening pace 2\.1 syllables\/s/);
  });
  it('then the band, then smooth', () => {
    const long = nextStep(analysed({ lengthSec: 34 }), 'long', DEFAULT_BAND);
    expect(long).toEqual({ kind: 'long', value: 34, limit: 30 });
    expect(nextStepText(long)).toBe('4.0 s long — cut a sentence');
    const short = nextStep(analysed({ lengthSec: 6.5 }), 'short', SHORT_BAND);
    expect(short).toEqual({ kind: 'short', value: 6.5, limit: 8 });
    expect(nextStepText(short)).toBe('1.5 s short — add a detail they care about');
    expect(nextStep(analysed({}), 'in band', DEFAULT_BAND)).toEqual({ kind: 'inBand' });
    expect(nextStepText({ kind: 'inBand' })).toBe(
      'In band, strong start — again to make it smooth',
    );
  });
});
