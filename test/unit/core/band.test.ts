import { describe, expect, it } from 'vitest';
import {
  bandLabel,
  bandVerdict,
  DEFAULT_BAND,
  SHORT_BAND,
  validateBand,
} from '../../../src/lib/band';

describe('target band verdicts', () => {
  it.each([
    [19.9, 'short'],
    [20, 'in band'],
    [25, 'in band'],
    [30, 'in band'],
    [30.05, 'long'],
  ])('a %s s take against 20–30 s is %s', (sec, verdict) => {
    expect(bandVerdict(sec, DEFAULT_BAND)).toBe(verdict);
  });

  it('the 8–14 s preset judges a 15 s take long and a 7 s take short', () => {
    expect(bandVerdict(15, SHORT_BAND)).toBe('long');
    expect(bandVerdict(7, SHORT_BAND)).toBe('short');
    expect(bandVerdict(11, SHORT_BAND)).toBe('in band');
  });

  it('labels bands the way the UI shows them', () => {
    expect(bandLabel(DEFAULT_BAND)).toBe('20–30 s');
    expect(bandLabel({ minSec: 8.5, maxSec: 14 })).toBe('8.5–14 s');
  });

  it('rejects custom bands that make no sense, with a reason', () => {
    expect(validateBand({ minSec: 10, maxSec: 5 })).toMatch(/more than the shortest/);
    expect(validateBand({ minSec: 0, maxSec: 5 })).toMatch(/at least 1 second/);
    expect(validateBand({ minSec: Number.NaN, maxSec: 5 })).toMatch(/both ends/);
    expect(validateBand({ minSec: 5, maxSec: 9 })).toBeNull();
  });
});
