import { legacyStamp, type Hlc } from './hlc';
import type {
  ScriptMergedField,
  ScriptRecord,
  ScriptVersionRecord,
  TakeEditableField,
  TakeRecord,
} from './schema';

/**
 * Pure merge rules for restoring a backup into a library that already has some of its records.
 * Nothing here touches storage; backup.ts reads, calls these, and writes in one transaction.
 *
 * - Script text is history: versions are unioned by their text (content identity), never by
 *   number; a version only the backup has is added under the next free number here, and the
 *   newest text (by clock) is current. Nothing is rolled back and no number collides.
 * - Other script fields and a take's name, note, answer and star merge field by field: the
 *   later clock stamp wins, and a tie keeps what is here.
 */

/** What a merge did to one record, in words for the rep ("kept your newer text"). */
export type MergeNote = string;

/** A script as stored: the record and all its versions. */
export interface ScriptWithVersions {
  script: ScriptRecord;
  versions: ScriptVersionRecord[];
}

/** The outcome of merging one script from a backup. */
export interface ScriptMerge {
  /** The record to store, or null when nothing here changes. */
  script: ScriptRecord | null;
  /** Versions to add here (already renumbered). */
  added: ScriptVersionRecord[];
  /** The backup's version number → the number of the same text here. */
  versionMap: Map<number, number>;
  notes: MergeNote[];
}

const SCRIPT_FIELDS: readonly ScriptMergedField[] = [
  'title',
  'notes',
  'band',
  'archived',
  'bestTakeId',
];
const FIELD_WORDS: Record<ScriptMergedField | TakeEditableField, string> = {
  title: 'title',
  notes: 'notes',
  band: 'target band',
  archived: 'archived state',
  bestTakeId: 'best take',
  name: 'name',
  note: 'note',
  wouldReturn: '“would I return this call?” answer',
  starred: 'star',
};

/** The clock of a version; versions from before clocks count from their createdAt. */
function versionClock(version: ScriptVersionRecord): Hlc {
  return version.clock ?? legacyStamp(version.createdAt);
}

function fieldClock(
  clocks: Partial<Record<string, Hlc>> | undefined,
  field: string,
  fallbackMs: number,
): Hlc {
  return clocks?.[field] ?? legacyStamp(fallbackMs);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Merges a script from a backup into the copy here (or adds it when `here` is undefined). */
export function mergeScript(
  here: ScriptWithVersions | undefined,
  incoming: ScriptWithVersions,
): ScriptMerge {
  const byNumber = (a: ScriptVersionRecord, b: ScriptVersionRecord) => a.version - b.version;
  if (!here)
    return {
      script: incoming.script,
      added: [...incoming.versions].sort(byNumber),
      versionMap: new Map(incoming.versions.map((v) => [v.version, v.version])),
      notes: ['added from the backup'],
    };

  const notes: MergeNote[] = [];
  const byText = new Map<string, ScriptVersionRecord>();
  for (const version of [...here.versions].sort(byNumber))
    if (!byText.has(version.text)) byText.set(version.text, version);
  let highest = Math.max(here.script.version, ...here.versions.map((v) => v.version));
  const versionMap = new Map<number, number>();
  const added: ScriptVersionRecord[] = [];
  // Oldest first, so added versions are numbered in the order they were written.
  const incomingVersions = [...incoming.versions].sort((a, b) => {
    const [ca, cb] = [versionClock(a), versionClock(b)];
    return ca < cb ? -1 : ca > cb ? 1 : byNumber(a, b);
  });
  for (const version of incomingVersions) {
    const known = byText.get(version.text);
    if (known) {
      versionMap.set(version.version, known.version);
      continue;
    }
    const copy = { ...version, scriptId: here.script.id, version: ++highest };
    added.push(copy);
    byText.set(copy.text, copy);
    versionMap.set(version.version, copy.version);
  }
  if (added.length > 0) notes.push(`added ${plural(added.length, 'version')} from the backup`);

  // The newest text wins, whichever side wrote it.
  const currentHere = here.versions.find((v) => v.version === here.script.version);
  const hereClock = currentHere ? versionClock(currentHere) : legacyStamp(here.script.updatedAt);
  const currentThere = incoming.versions.find((v) => v.version === incoming.script.version);
  const thereClock = currentThere
    ? versionClock(currentThere)
    : legacyStamp(incoming.script.updatedAt);
  const next: ScriptRecord = { ...here.script, clocks: { ...here.script.clocks } };
  if (thereClock > hereClock && incoming.script.text !== here.script.text) {
    next.text = incoming.script.text;
    next.version = versionMap.get(incoming.script.version) ?? next.version;
    notes.push(`took the newer text from the backup (now version ${next.version})`);
  } else if (incoming.script.text !== here.script.text) {
    notes.push('kept your newer text');
  }

  for (const field of SCRIPT_FIELDS) {
    const mine = fieldClock(here.script.clocks, field, here.script.updatedAt);
    const theirs = fieldClock(incoming.script.clocks, field, incoming.script.updatedAt);
    if (theirs > mine) {
      // A real stamp is kept even for an equal value, so a third copy merges right later.
      if (incoming.script.clocks?.[field]) next.clocks![field] = theirs;
      if (same(incoming.script[field], here.script[field])) continue;
      setField(next, field, incoming.script[field]);
      notes.push(`took the ${FIELD_WORDS[field]} from the backup`);
    } else if (!same(incoming.script[field], here.script[field])) {
      notes.push(`kept your ${FIELD_WORDS[field]}`);
    }
  }
  if (here.script.clocks === undefined && Object.keys(next.clocks!).length === 0)
    delete next.clocks;
  const changed = !same(next, here.script);
  if (changed) next.updatedAt = Math.max(here.script.updatedAt, incoming.script.updatedAt);
  return { script: changed ? next : null, added, versionMap, notes };
}

function setField<K extends keyof ScriptRecord>(
  record: ScriptRecord,
  field: K,
  value: ScriptRecord[K],
): void {
  if (value === undefined) delete record[field];
  else record[field] = value;
}

const TAKE_FIELDS: readonly TakeEditableField[] = ['name', 'note', 'wouldReturn', 'starred'];

/** Merges a take's rep-edited fields from a backup; null when the copy here already wins. */
export function mergeTake(
  here: TakeRecord,
  incoming: TakeRecord,
): { take: TakeRecord | null; notes: MergeNote[] } {
  const next: TakeRecord = { ...here, clocks: { ...here.clocks } };
  const notes: MergeNote[] = [];
  for (const field of TAKE_FIELDS) {
    const mine = fieldClock(here.clocks, field, here.createdAt);
    const theirs = fieldClock(incoming.clocks, field, incoming.createdAt);
    if (theirs <= mine) continue;
    if (incoming.clocks?.[field]) next.clocks![field] = theirs;
    if (same(incoming[field], here[field])) continue;
    if (incoming[field] === undefined) delete next[field];
    else (next as unknown as Record<string, unknown>)[field] = incoming[field];
    notes.push(`took the ${FIELD_WORDS[field]} from the backup`);
  }
  if (here.clocks === undefined && Object.keys(next.clocks!).length === 0) delete next.clocks;
  return { take: same(next, here) ? null : next, notes };
}
