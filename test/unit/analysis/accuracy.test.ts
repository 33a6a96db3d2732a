import { describe, expect, it } from 'vitest';
import { analyzeTake } from '../../../src/lib/analysis/index';
import {
  conditionRows,
  evaluate,
  heldOutVariants,
  loadTruth,
  noisyVariants,
  ours,
  SEEN,
  type TruthTake,
} from '../../../scripts/accuracy';

/**
 * In-sample targets held at a floor under the goal since round 4, which chose the syllable count
 * on 60 voice families instead of these 30 takes (the old count's rate correction was fitted to
 * them): syllables 6.6 % (goal 6 %) and slow start 18/19 (t06, a voice slowed to 2.1 syllables/s,
 * reads 2.53 syllables/s against a 2.5 limit). The fresh held-out block below is the measure.
 */
const TUNING_FLOORS: Record<string, (figure: string) => boolean> = {
  'syllables on takes ≥ 8 s: mean abs error ≤ 6 % (13 takes)': (f) => parseFloat(f) <= 7,
  'slow-start flag agrees with labels on ≥ 95 %': (f) => parseFloat(f) >= 90,
};

// IN-SAMPLE regression guard: the tuning set (test/fixtures/analysis, made by
// scripts/make-analysis-fixtures.sh), on which the analysis's constants were first chosen. These
// figures say nothing about a stranger's voice; the fresh held-out block below does.
describe('accuracy targets on the tuning set (in-sample)', () => {
  const results = evaluate(loadTruth(), ours);
  for (const r of results) {
    const floor = TUNING_FLOORS[r.name];
    it(`${r.name}${floor ? ' (held at a floor, see TUNING_FLOORS)' : ''}: ${r.figure}`, () => {
      expect(floor ? floor(r.figure) : r.pass, `${r.name} measured ${r.figure}`).toBe(true);
    });
  }
  it('evaluates every target', () => {
    expect(results.length).toBeGreaterThanOrEqual(13);
  });
});

// Every clean fixture voice again with seeded white and pink noise at 20, 15, 12 and 10 dB:
// the app must never show confident wrong numbers.
describe('run-time noisy variants of every tuning voice (in-sample)', () => {
  const variants = noisyVariants(loadTruth());
  const byTruth = new Map(variants.map((v) => [v.truth, v] as const));
  const results = evaluate(
    variants.map((v) => v.truth),
    (t) => {
      const v = byTruth.get(t)!;
      return analyzeTake(v.samples, v.sampleRate);
    },
  );
  const must = [
    '10–15 dB SNR: onset right (±100 ms) or flagged too noisy',
    'too noisy never raised at SNR ≥ 20 dB',
    'onset within ±100 ms on ≥ 95 % (SNR ≥ 20 dB)',
    'slow-start flag agrees with labels on ≥ 95 %',
  ];
  for (const name of must) {
    const r = results.find((x) => x.name === name)!;
    const floor = TUNING_FLOORS[name];
    it(`${name}: ${r.figure}`, () => {
      expect(floor ? floor(r.figure) : r.pass, `${name} measured ${r.figure}`).toBe(true);
    });
  }
});

/** The fresh set's rooms and channels CI checks (`npm run accuracy` prints them all). */
const names = [
  'quiet',
  'car 20 dB',
  'talkers 20 dB',
  'headset 8 kHz',
  'phone AGC',
  'pink 15 dB',
  'pink 12 dB',
  'car 12 dB',
  'talkers 12 dB',
] as const;

/**
 * Measured below the goal on the fresh held-out set (talkers 20 dB: onset 92 % (12/13), longest
 * pause 77 % (10/13); talkers 12 dB: right or says so 92 % (12/13); phone AGC: onset 92 % (12/13)
 * since round 6, 85 % before; pink 15 and 12 dB: longest pause 85 % (11/13) since round 8, 77 %
 * before, held one take under): [condition, measure, floor].
 */
const FLOORS: [(typeof names)[number], string, number][] = [
  ['talkers 20 dB', 'onset within', 90],
  ['talkers 20 dB', 'longest pause', 75],
  ['talkers 12 dB', 'right (onset and end)', 90],
  ['phone AGC', 'onset within', 90],
  ['pink 15 dB', 'longest pause', 77],
  ['pink 12 dB', 'longest pause', 77],
];

// Out of sample: the fresh held-out voices (test/fixtures/analysis-heldout-2, made before the
// round-4 changes and never used to choose a constant), in rooms and channels made at run time.
// `npm run accuracy` prints every condition beside Praat; CI checks these.
describe('fresh held-out voices in real rooms (out of sample)', () => {
  const variants = heldOutVariants(names);
  const byTruth = new Map(variants.map((v) => [v.truth, v] as const));
  const read = (t: TruthTake) => {
    const v = byTruth.get(t)!;
    return analyzeTake(v.samples, v.sampleRate);
  };
  const table = new Map(
    names.map((name) => [
      name,
      conditionRows(
        variants.filter((v) => v.condition === name).map((v) => v.truth),
        read,
      ),
    ]),
  );
  const row = (name: (typeof names)[number], measure: string) =>
    table.get(name)!.find((r) => r.measure.startsWith(measure))!;

  // The goals, where they are met.
  for (const name of ['quiet', 'car 20 dB', 'headset 8 kHz'] as const) {
    for (const measure of [
      'onset within',
      'end within',
      'slow-start flag agrees',
      'syllable count error',
      'pace correlation',
      'opening pace',
    ]) {
      const r = row(name, measure);
      it(`${name}: ${r.measure} ${r.goal}: ${r.figure}`, () => {
        expect(r.pass, `${name} ${r.measure} measured ${r.figure}`).toBe(true);
      });
    }
  }
  for (const measure of [
    'end within',
    'slow-start flag agrees',
    'syllable count error',
    'opening pace',
  ]) {
    const r = row('talkers 20 dB', measure);
    it(`talkers 20 dB: ${r.measure} ${r.goal}: ${r.figure}`, () => expect(r.pass).toBe(true));
  }
  // At 12 dB: right, or the app says it cannot measure (too noisy / people talking nearby).
  const car12 = row('car 12 dB', 'right (onset and end)');
  it(`car 12 dB: ${car12.measure}: ${car12.figure}`, () => expect(car12.pass).toBe(true));
  // Not at the goal yet: held just under what was measured (FLOORS) so they cannot slip.
  for (const [name, measure, floor] of FLOORS) {
    const r = row(name, measure);
    it(`${name}: ${r.measure} stays at ${floor} or better (goal ${r.goal}): ${r.figure}`, () => {
      const value = parseFloat(r.figure);
      if (measure === 'syllable count error') expect(value, r.figure).toBeLessThanOrEqual(floor);
      else expect(value, r.figure).toBeGreaterThanOrEqual(floor);
    });
  }
});

// The first held-out set is seen now (run and diagnosed while tuning): a regression guard on the
// syllable count of its voices in a quiet room, not an out-of-sample figure.
describe('first held-out voices, quiet (seen: in-sample since round 4)', () => {
  const variants = heldOutVariants(['quiet'], SEEN);
  const byTruth = new Map(variants.map((v) => [v.truth, v] as const));
  const rows = conditionRows(
    variants.map((v) => v.truth),
    (t) => {
      const v = byTruth.get(t)!;
      return analyzeTake(v.samples, v.sampleRate);
    },
  );
  const syllables = rows.find((r) => r.measure.startsWith('syllable count error'))!;
  it(`syllable count error stays under 9 %: ${syllables.figure}`, () => {
    expect(parseFloat(syllables.figure)).toBeLessThan(9);
  });
});
