import { describe, expect, it } from 'vitest';
import { callbacksOf, compareCallbacks, MIN_TO_COMPARE, wilson } from '../../../src/lib/log/stats';
import type { OutcomeKind, VoicemailRecord } from '../../../src/lib/storage/schema';

const DAY = 86_400_000;

/** `n` voicemails of which the first `returned` were called back after `delayDays` each. */
function log(
  n: number,
  returned: number,
  delayDays = 1,
  extra: OutcomeKind | null = null,
): VoicemailRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `v${i}`,
    leftAt: i * DAY,
    prospect: `P${i}`,
    company: '',
    phone: '',
    phoneKey: '',
    scriptTitle: 'S',
    note: '',
    outcomes:
      i < returned
        ? [{ kind: 'called back' as const, at: i * DAY + (delayDays + i) * DAY }]
        : extra
          ? [{ kind: extra, at: i * DAY + DAY }]
          : [],
    updatedAt: 0,
  }));
}

describe('Wilson score interval', () => {
  it('matches published values', () => {
    // Newcombe (1998), table I: 81/263 → 0.2553–0.3662; 15/148 → 0.0624–0.1605.
    const a = wilson(81, 263);
    expect(a.low).toBeCloseTo(0.2553, 3);
    expect(a.high).toBeCloseTo(0.3662, 3);
    const b = wilson(15, 148);
    expect(b.low).toBeCloseTo(0.0624, 3);
    expect(b.high).toBeCloseTo(0.1605, 3);
  });

  it('stays inside 0–1 at the edges and is everything with no data', () => {
    expect(wilson(0, 10).low).toBe(0);
    expect(wilson(0, 10).high).toBeCloseTo(0.2775, 3);
    expect(wilson(10, 10).high).toBe(1);
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe('callbacks per script', () => {
  it('counts callbacks, leaves wrong numbers out of the rate, and takes the median delay', () => {
    const s = callbacksOf([
      ...log(10, 3, 1),
      ...log(2, 0, 1, 'wrong number').map((v) => ({ ...v, id: `w${v.id}` })),
    ]);
    expect(s).toMatchObject({ left: 12, reached: 10, callbacks: 3, rate: 0.3, tooFew: true });
    // Delays 1, 2 and 3 days.
    expect(s.medianMsToCallback).toBe(2 * DAY);
  });

  it('counts a meeting booked as a callback, but not an email reply', () => {
    const vs = log(3, 0);
    vs[0]!.outcomes = [{ kind: 'meeting booked', at: 5 }];
    vs[1]!.outcomes = [{ kind: 'replied by email', at: 5 }];
    expect(callbacksOf(vs).callbacks).toBe(1);
  });

  it(`says "too few" below ${MIN_TO_COMPARE} voicemails and only calls a difference its interval supports`, () => {
    expect(compareCallbacks(callbacksOf(log(10, 5)), callbacksOf(log(40, 4)))).toEqual({
      verdict: 'too few',
      short: ['a'],
    });
    const clear = compareCallbacks(callbacksOf(log(60, 24)), callbacksOf(log(60, 6)));
    expect(clear.verdict).toBe('a higher');
    const close = compareCallbacks(callbacksOf(log(25, 5)), callbacksOf(log(25, 7)));
    expect(close.verdict).toBe('no clear difference');
    if (close.verdict !== 'too few') {
      expect(close.difference).toBeCloseTo(-0.08, 5);
      expect(close.interval.low).toBeLessThan(0);
      expect(close.interval.high).toBeGreaterThan(0);
    }
  });

  it('reproduces Newcombe’s interval for a difference', () => {
    // Newcombe (1998) example (56/70 vs 48/80): method 10 gives 0.0524 to 0.3339.
    const mk = (k: number, n: number) => ({ ...callbacksOf(log(n, k)), tooFew: false });
    const c = compareCallbacks(mk(56, 70), mk(48, 80));
    if (c.verdict === 'too few') throw new Error('unexpected');
    expect(c.interval.low).toBeCloseTo(0.0524, 3);
    expect(c.interval.high).toBeCloseTo(0.3339, 3);
    expect(c.verdict).toBe('a higher');
  });
});
