/** The log's figures in words, in one place. Pure: no DOM. */
import type { Comparison, ScriptCallbacks } from './stats';
import { MIN_TO_COMPARE } from './stats';

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** "3 h", "2.5 days" from ms. */
export function formatDelay(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours < 1) return `${Math.max(1, Math.round(ms / 60_000))} min`;
  if (hours < 48) return `${Math.round(hours)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}

/** "30 % (95 % interval 11–60 %)", or "—" before any voicemail reached anyone. */
export function describeRate(s: ScriptCallbacks): string {
  if (s.rate === null) return '—';
  return `${pct(s.rate)} (95 % interval ${Math.round(s.interval.low * 100)}–${pct(s.interval.high)})`;
}

/** Why a rate is not compared, or null when it can be. */
export function tooFewNote(s: ScriptCallbacks): string | null {
  return s.tooFew
    ? `Too few to compare: ${s.reached} of the ${MIN_TO_COMPARE} voicemails needed.`
    : null;
}

/** A comparison of scripts A and B in one sentence. */
export function describeComparison(c: Comparison, a: string, b: string): string {
  if (c.verdict === 'too few') {
    const names = c.short.map((k) => `“${k === 'a' ? a : b}”`).join(' and ');
    return `Too few to compare: ${names} ${c.short.length === 1 ? 'needs' : 'need'} at least ${MIN_TO_COMPARE} voicemails that reached someone.`;
  }
  const points = Math.round(Math.abs(c.difference) * 100);
  const range = `95 % interval of the difference ${Math.round(c.interval.low * 100)} to ${Math.round(c.interval.high * 100)} points`;
  if (c.verdict === 'no clear difference')
    return `No clear difference yet: ${points} points apart, within the uncertainty (${range}).`;
  const [hi, lo] = c.verdict === 'a higher' ? [a, b] : [b, a];
  return `“${hi}” gets called back more than “${lo}”: ${points} points higher (${range}).`;
}
