/**
 * Callback statistics per script with honest uncertainty: Wilson score intervals for a rate and
 * Newcombe's hybrid score interval for the difference of two rates. Pure: no DOM.
 */
import type { VoicemailRecord } from '../storage/schema';
import { firstCallbackAt, isWrongNumber } from './outcomes';

/** z for a two-sided 95 % interval. */
const Z95 = 1.959964;

/**
 * Fewest voicemails (that reached the prospect) a script needs before its callback rate is
 * compared with another's. Below it even a 95 % interval spans more than about 35 points at the
 * 10–30 % rates voicemails get, so the app says "too few to compare" instead of ranking.
 */
export const MIN_TO_COMPARE = 20;

/** A proportion's 95 % interval, both ends 0–1. */
export interface Interval {
  low: number;
  high: number;
}

/** The Wilson score 95 % interval for `successes` of `trials`; [0, 1] when there are no trials. */
export function wilson(successes: number, trials: number, z = Z95): Interval {
  if (trials <= 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half =
    (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At 0 or all successes the end is exactly 0 or 1; rounding would leave 0.9999999999999999.
  return {
    low: successes <= 0 ? 0 : Math.max(0, centre - half),
    high: successes >= trials ? 1 : Math.min(1, centre + half),
  };
}

/** One script's results in the log. */
export interface ScriptCallbacks {
  /** Voicemails logged with the script, wrong numbers included. */
  left: number;
  /** Voicemails that reached the prospect: `left` less wrong numbers. The rate's denominator. */
  reached: number;
  /** Voicemails returned (called back or meeting booked). */
  callbacks: number;
  /** callbacks / reached, 0–1; null when nothing reached anyone. */
  rate: number | null;
  /** Wilson 95 % interval of the rate. */
  interval: Interval;
  /** Median ms from leaving the voicemail to the first callback; null without callbacks. */
  medianMsToCallback: number | null;
  /** True when `reached` is below MIN_TO_COMPARE. */
  tooFew: boolean;
}

/** The median of numbers, or null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Callback figures for a set of voicemails (usually one script's). */
export function callbacksOf(voicemails: readonly VoicemailRecord[]): ScriptCallbacks {
  let reached = 0;
  const delays: number[] = [];
  for (const v of voicemails) {
    if (isWrongNumber(v)) continue;
    reached++;
    const at = firstCallbackAt(v);
    if (at !== null) delays.push(Math.max(0, at - v.leftAt));
  }
  const callbacks = delays.length;
  return {
    left: voicemails.length,
    reached,
    callbacks,
    rate: reached > 0 ? callbacks / reached : null,
    interval: wilson(callbacks, reached),
    medianMsToCallback: median(delays),
    tooFew: reached < MIN_TO_COMPARE,
  };
}

/** Callback figures per script id; voicemails logged without a script are left out. */
export function callbacksByScript(
  voicemails: readonly VoicemailRecord[],
): Map<string, ScriptCallbacks> {
  const groups = new Map<string, VoicemailRecord[]>();
  for (const v of voicemails) {
    if (!v.scriptId) continue;
    const group = groups.get(v.scriptId);
    if (group) group.push(v);
    else groups.set(v.scriptId, [v]);
  }
  return new Map([...groups].map(([id, vs]) => [id, callbacksOf(vs)]));
}

/** How two scripts' callback rates compare. */
export type Comparison =
  | { verdict: 'too few'; /** Which of the two has too few. */ short: ('a' | 'b')[] }
  | {
      verdict: 'a higher' | 'b higher' | 'no clear difference';
      /** Rate of a minus rate of b, -1–1. */
      difference: number;
      /** Newcombe hybrid score 95 % interval of the difference. */
      interval: Interval;
    };

/**
 * Compares two scripts' callback rates. A difference is called only when its 95 % interval
 * (Newcombe 1998, method 10) excludes zero and both have at least MIN_TO_COMPARE voicemails.
 */
export function compareCallbacks(a: ScriptCallbacks, b: ScriptCallbacks): Comparison {
  const short = (['a', 'b'] as const).filter((k) => ({ a, b })[k].tooFew);
  if (short.length > 0) return { verdict: 'too few', short };
  const p1 = a.rate ?? 0;
  const p2 = b.rate ?? 0;
  const d = p1 - p2;
  const low = d - Math.hypot(p1 - a.interval.low, b.interval.high - p2);
  const high = d + Math.hypot(a.interval.high - p1, p2 - b.interval.low);
  const verdict = low > 0 ? 'a higher' : high < 0 ? 'b higher' : 'no clear difference';
  return { verdict, difference: d, interval: { low, high } };
}
