import { describe, expect, it } from 'vitest';
import { analyzeTake } from '../../../src/lib/analysis/index';
import { evaluate, loadTruth, noisyVariants, ours } from '../../../scripts/accuracy';

// The committed fixtures (test/fixtures/analysis, made by scripts/make-analysis-fixtures.sh) with
// their ground truth: every accuracy target from the analysis issue must keep holding.
describe('accuracy targets on the committed fixtures', () => {
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
describe('run-time noisy variants of every fixture voice', () => {
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
