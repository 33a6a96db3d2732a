/**
 * "Who's calling?": finds logged voicemails by any part of a number (however it is written) or of
 * a name or company. Pure: no DOM. The index is built once per change of the log.
 */
import type { VoicemailRecord } from '../storage/schema';
import { queryDigits } from './phone';

/** One voicemail prepared for matching. */
interface Entry {
  voicemail: VoicemailRecord;
  /** Lowercased, accent-free "prospect company script title". */
  words: string;
}

/** The log prepared for fast lookups, newest voicemail first. */
export interface SearchIndex {
  entries: readonly Entry[];
}

/** Most matches returned: a screenful; the count of all matches is given beside them. */
export const MAX_RESULTS = 50;

/** Lowercased, without accents, spaces collapsed: "José  Núñez" → "jose nunez". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Builds the index of a log (any order in, newest first out). */
export function buildIndex(voicemails: readonly VoicemailRecord[]): SearchIndex {
  const entries = voicemails
    .map((voicemail) => ({
      voicemail,
      words: foldText(`${voicemail.prospect} ${voicemail.company} ${voicemail.scriptTitle}`),
    }))
    .sort((a, b) => b.voicemail.leftAt - a.voicemail.leftAt);
  return { entries };
}

/** Matches of a lookup: the newest MAX_RESULTS and how many there are in all. */
export interface SearchResult {
  matches: VoicemailRecord[];
  total: number;
}

/**
 * Voicemails whose number contains the query's digits (3 or more), or whose prospect, company or
 * script title contains every word of the query. Newest first.
 */
export function search(index: SearchIndex, query: string): SearchResult {
  const digits = queryDigits(query);
  const words = digits.length > 0 ? [] : foldText(query).split(' ').filter(Boolean);
  if (digits.length === 0 && words.length === 0) return { matches: [], total: 0 };
  const matches: VoicemailRecord[] = [];
  let total = 0;
  for (const entry of index.entries) {
    const hit =
      digits.length > 0
        ? entry.voicemail.phoneKey !== '' &&
          digits.some((d) => entry.voicemail.phoneKey.includes(d))
        : words.every((w) => entry.words.includes(w));
    if (!hit) continue;
    total++;
    if (matches.length < MAX_RESULTS) matches.push(entry.voicemail);
  }
  return { matches, total };
}
