import type { OutcomeKind, VoicemailRecord } from '../storage/schema';

/** Every outcome a voicemail can have, in the order the log offers them. */
export const OUTCOME_KINDS: readonly OutcomeKind[] = [
  'called back',
  'replied by email',
  'meeting booked',
  'no response',
  'wrong number',
];

/**
 * Outcomes that count as a callback: the prospect called, or a meeting was booked (which a
 * returned call usually leads to, and a rep may log alone).
 */
export const CALLBACK_KINDS: ReadonlySet<OutcomeKind> = new Set(['called back', 'meeting booked']);

/** True when the text is one of the outcome kinds. */
export function isOutcomeKind(text: string): text is OutcomeKind {
  return (OUTCOME_KINDS as readonly string[]).includes(text);
}

/** When the voicemail was first returned (ms since the epoch), or null. */
export function firstCallbackAt(voicemail: VoicemailRecord): number | null {
  let first: number | null = null;
  for (const o of voicemail.outcomes)
    if (CALLBACK_KINDS.has(o.kind) && (first === null || o.at < first)) first = o.at;
  return first;
}

/** The latest outcome, or null when none is recorded yet. */
export function latestOutcome(
  voicemail: VoicemailRecord,
): VoicemailRecord['outcomes'][number] | null {
  let latest: VoicemailRecord['outcomes'][number] | null = null;
  for (const o of voicemail.outcomes) if (!latest || o.at >= latest.at) latest = o;
  return latest;
}

/** True when the voicemail never reached the prospect (a wrong number). */
export function isWrongNumber(voicemail: VoicemailRecord): boolean {
  return voicemail.outcomes.some((o) => o.kind === 'wrong number');
}

/** Outcomes after which there is nothing left to follow up. */
const SETTLED: ReadonlySet<OutcomeKind> = new Set([
  'called back',
  'replied by email',
  'meeting booked',
  'wrong number',
]);

/**
 * True when a follow-up is due on or before `today` (local "YYYY-MM-DD") and the voicemail has
 * not been settled by a callback, a reply, a meeting or a wrong number.
 */
export function isFollowUpDue(voicemail: VoicemailRecord, today: string): boolean {
  return (
    voicemail.followUpOn !== undefined &&
    voicemail.followUpOn <= today &&
    !voicemail.outcomes.some((o) => SETTLED.has(o.kind))
  );
}
