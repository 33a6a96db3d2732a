import { describe, expect, it } from 'vitest';
import { evaluate, loadTruth, ours } from '../../../scripts/accuracy';

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
