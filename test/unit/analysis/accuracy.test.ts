import { describe, expect, it } from 'vitest';
import { analyzeTake } from '../../../src/lib/analysis/index';
import {
  conditionRows,
  evaluate,
  heldOutVariants,
  loadTruth,
  noisyVariants,
  ours,
  type TruthTake,
} from '../../../scripts/accuracy';

// IN-SAMPLE regression guard: the tuning set (test/fixtures/analysis, made by
// scripts/make-analysis-fixtures.sh), on which the analysis's constants were chosen. These figures
// say nothing about a stranger's voice; the held-out block below does.
describe('accuracy targets on the tuning set (in-sample)', () => {
  const results = evaluate(loadTruth(), ours);
  for (const r of results) {
    it(`${r.name}: ${r.figure}`, () => {
      expect(r.pass, `${r.name} measured ${r.figure}`).toBe(true);
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
    it(`${name}: ${r.figure}`, () => {
      expect(r.pass, `${name} measured ${r.figure}`).toBe(true);
    });
  }
});

// Out of sample: the held-out voices (test/fixtures/analysis-heldout), never used to choose a
// constant, in rooms and channels made at run time. `npm run accuracy` prints every condition
// beside Praat; CI checks these.
describe('held-out voices in real rooms (out of sample)', () => {
  const names = [
    'quiet',
    'car 20 dB',
    'talkers 20 dB',
    'headset 8 kHz',
    'car 12 dB',
    'talkers 12 dB',
  ] as const;
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

  // At 20 dB or better: the goals.
  for (const name of ['quiet', 'car 20 dB', 'talkers 20 dB', 'headset 8 kHz'] as const) {
    for (const measure of ['onset within', 'end within', 'slow-start flag agrees']) {
      const r = row(name, measure);
      it(`${name}: ${r.measure} ${r.goal}: ${r.figure}`, () => {
        expect(r.pass, `${name} ${r.measure} measured ${r.figure}`).toBe(true);
      });
    }
  }
  for (const name of ['quiet', 'headset 8 kHz'] as const) {
    const r = row(name, 'pace correlation');
    it(`${name}: ${r.measure} ${r.goal}: ${r.figure}`, () => expect(r.pass).toBe(true));
  }
  // At 12 dB: right, or the app says it cannot measure (too noisy / people talking nearby).
  for (const name of ['car 12 dB', 'talkers 12 dB'] as const) {
    const r = row(name, 'right (onset and end)');
    it(`${name}: ${r.measure}: ${r.figure}`, () => expect(r.pass).toBe(true));
  }
  // Not at the goal yet (≤ 6 % and ≥ 90 %): held just under where they stand so they cannot slip
  // (opening pace measured 80 % (8/10) in both conditions, on the take's own syllable model).
  it('quiet: syllable count error stays under 15 % and opening pace within ±15 % on 75 %', () => {
    const syllables = row('quiet', 'syllable count error');
    const opening = row('quiet', 'opening pace');
    expect(parseFloat(syllables.figure)).toBeLessThan(15);
    expect(parseFloat(opening.figure)).toBeGreaterThanOrEqual(75);
  });
  it('headset 8 kHz: opening pace within ±15 % on 75 %', () => {
    const opening = row('headset 8 kHz', 'opening pace');
    expect(parseFloat(opening.figure), opening.figure).toBeGreaterThanOrEqual(75);
  });
});
