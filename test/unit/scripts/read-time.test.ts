import { describe, expect, it } from 'vitest';
import { estimateReadTime, measuredPace } from '../../../src/lib/scripts/read-time';
import { numberSyllables, textSyllables, wordSyllables } from '../../../src/lib/scripts/syllables';

describe('syllables', () => {
  it.each([
    ['voicemail', 2],
    ['people', 2],
    ['table', 2],
    ['wanted', 2],
    ['calls', 1],
    ['radio', 3],
    ['nation', 2],
    ['company', 3],
    ['tomorrow', 3],
    ['afternoon', 3],
    ['inventory', 4],
  ])('%s has %i', (word, n) => {
    expect(wordSyllables(word)).toBe(n);
  });

  it('reads numbers as a rep would say them', () => {
    expect(numberSyllables(7)).toBe(2); // se-ven
    expect(numberSyllables(30)).toBe(2); // thir-ty
    expect(numberSyllables(2024)).toBe(6); // two thou-sand twen-ty four
    // Phone numbers digit by digit: "five five five, eight six seven, five three oh nine".
    expect(textSyllables('555-867-5309')).toBe(12);
    expect(textSyllables('30%')).toBe(4); // thir-ty per-cent
  });
});

describe('read-time estimate', () => {
  const text = 'Dana, quick question about your freight invoices. Call me at 555-0134.';

  it('uses the mean of the rep’s measured paces, ignoring takes without speech', () => {
    expect(measuredPace([])).toBeNull();
    expect(measuredPace([4, 5, 0])).toBe(4.5);
  });

  it('divides the syllables by the pace and adds a second for starting and stopping', () => {
    const syllables = textSyllables(text);
    const r = estimateReadTime(text, { minSec: 8, maxSec: 14 }, 3);
    expect(r.takeSec).toBeCloseTo(syllables / 3 + 1, 5);
    expect(r.paceSource).toBe('measured');
    expect(estimateReadTime(text, { minSec: 8, maxSec: 14 }, null)).toMatchObject({
      pace: 4,
      paceSource: 'default',
    });
  });

  it('warns when even a rushed read cannot fit and says how many words to cut', () => {
    const long = Array.from(
      { length: 12 },
      () => 'We helped a regional distributor reduce invoice errors.',
    ).join(' ');
    const r = estimateReadTime(long, { minSec: 20, maxSec: 30 }, 4);
    expect(r.verdict).toBe('long');
    expect(r.cannotFit).toBe(true);
    expect(r.wordsOver).toBeGreaterThan(20);
    const fits = estimateReadTime(text, { minSec: 2, maxSec: 30 }, 4);
    expect(fits).toMatchObject({ verdict: 'in band', cannotFit: false, wordsOver: 0 });
  });
});
