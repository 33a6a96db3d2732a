/** People already in the log, suggested as the rep types a name. Pure: no DOM. */
import type { VoicemailRecord } from '../storage/schema';
import { foldText } from './search';

/** A prospect as last logged. */
export interface Contact {
  prospect: string;
  company: string;
  phone: string;
}

/** Distinct contacts by name and company, the most recently logged first. */
export function contactsOf(voicemails: readonly VoicemailRecord[]): Contact[] {
  const seen = new Map<string, Contact & { at: number }>();
  for (const v of voicemails) {
    if (v.prospect === '') continue;
    const key = foldText(`${v.prospect}|${v.company}`);
    const known = seen.get(key);
    if (!known || v.leftAt > known.at)
      seen.set(key, { prospect: v.prospect, company: v.company, phone: v.phone, at: v.leftAt });
  }
  return [...seen.values()].sort((a, b) => b.at - a.at).map(({ at: _at, ...c }) => c);
}

/** Up to `limit` contacts whose name or company starts a word with what is typed. */
export function suggestContacts(contacts: readonly Contact[], typed: string, limit = 8): Contact[] {
  const q = foldText(typed);
  if (q === '') return [];
  const out: Contact[] = [];
  for (const c of contacts) {
    const words = foldText(`${c.prospect} ${c.company}`);
    if (words.startsWith(q) || words.includes(` ${q}`)) out.push(c);
    if (out.length >= limit) break;
  }
  return out;
}
