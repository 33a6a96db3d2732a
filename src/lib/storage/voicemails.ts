/** The message log: voicemails the rep actually left, their outcomes and follow-ups. */
import { LIMITS, overLimit } from '../limits';
import { phoneKey } from '../log/phone';
import type { ImportedVoicemail } from '../log/log-csv';
import { allOrNothing } from './all-or-nothing';
import { voicemailProblem } from './record-checks';
import type { Db } from './db';
import { guarded } from './errors';
import type { OutcomeKind, VoicemailRecord } from './schema';

/** What the rep fills in when logging a voicemail: the record less what storage derives or keeps. */
export type VoicemailDraft = Omit<VoicemailRecord, 'id' | 'phoneKey' | 'outcomes' | 'updatedAt'>;

/** A voicemail that fails its check: never written, so the log never holds what a backup refuses. */
export class VoicemailError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VoicemailError';
  }
}

/** Runs a log operation: IndexedDB failures become StorageErrors; a VoicemailError keeps its words. */
const run = guarded;

/** The record a draft becomes: names trimmed, the phone's matching key derived, then checked. */
function toRecord(
  id: string,
  draft: VoicemailDraft,
  outcomes: VoicemailRecord['outcomes'],
  now: number,
): VoicemailRecord {
  const record: VoicemailRecord = {
    id,
    leftAt: draft.leftAt,
    prospect: draft.prospect.trim().replace(/\s+/g, ' '),
    company: draft.company.trim().replace(/\s+/g, ' '),
    phone: draft.phone.trim(),
    phoneKey: phoneKey(draft.phone),
    scriptTitle: draft.scriptTitle.trim(),
    note: draft.note,
    outcomes,
    updatedAt: now,
  };
  if (draft.scriptId) record.scriptId = draft.scriptId;
  if (draft.scriptVersion !== undefined) record.scriptVersion = draft.scriptVersion;
  if (draft.takeId) record.takeId = draft.takeId;
  if (draft.followUpOn) record.followUpOn = draft.followUpOn;
  const tooLong = overLimit({
    name: [record.prospect, LIMITS.voicemailNameChars],
    company: [record.company, LIMITS.voicemailNameChars],
    'phone number': [record.phone, LIMITS.voicemailPhoneChars],
    'script title': [record.scriptTitle, LIMITS.voicemailNameChars],
    note: [record.note, LIMITS.voicemailNoteChars],
  });
  if (tooLong) throw new VoicemailError(tooLong);
  const problem = voicemailProblem(record);
  if (problem) throw new VoicemailError(`This voicemail cannot be saved: ${problem}.`);
  if (record.prospect === '' && record.phoneKey === '')
    throw new VoicemailError(
      'Give a name or a phone number, so you can find this voicemail when they call back.',
    );
  return record;
}

/** Logs a voicemail left; returns the stored record. */
export async function logVoicemail(
  db: Db,
  draft: VoicemailDraft,
  now = Date.now(),
): Promise<VoicemailRecord> {
  const record = toRecord(crypto.randomUUID(), draft, [], now);
  await run(() => db.add('voicemails', record));
  return record;
}

/** Edits a logged voicemail's details (its outcomes stay). */
export function editVoicemail(
  db: Db,
  id: string,
  draft: VoicemailDraft,
  now = Date.now(),
): Promise<VoicemailRecord> {
  return change(db, id, (current) => toRecord(id, draft, current.outcomes, now));
}

/** Records an outcome (called back, meeting booked…) at a time; returns the updated record. */
export function addOutcome(
  db: Db,
  id: string,
  kind: OutcomeKind,
  at: number,
  now = Date.now(),
): Promise<VoicemailRecord> {
  return change(db, id, (current) => ({
    ...current,
    outcomes: [...current.outcomes, { kind, at }].sort((a, b) => a.at - b.at),
    updatedAt: now,
  }));
}

/** Removes the outcome at `index` (a mistaken tap); returns the updated record. */
export function removeOutcome(
  db: Db,
  id: string,
  index: number,
  now = Date.now(),
): Promise<VoicemailRecord> {
  return change(db, id, (current) => ({
    ...current,
    outcomes: current.outcomes.filter((_, i) => i !== index),
    updatedAt: now,
  }));
}

/** Clears a voicemail's follow-up date (the follow-up is done). */
export function clearFollowUp(db: Db, id: string, now = Date.now()): Promise<VoicemailRecord> {
  return change(db, id, ({ followUpOn: _f, ...current }) => ({ ...current, updatedAt: now }));
}

/** Deletes a logged voicemail. */
export function deleteVoicemail(db: Db, id: string): Promise<void> {
  return run(() => db.delete('voicemails', id));
}

/** Reads, changes and writes one voicemail in one transaction. */
function change(
  db: Db,
  id: string,
  edit: (current: VoicemailRecord) => VoicemailRecord,
): Promise<VoicemailRecord> {
  return run(async () => {
    const tx = db.transaction('voicemails', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) {
      tx.abort();
      tx.done.catch(() => {});
      throw new VoicemailError('That voicemail is no longer in the log.');
    }
    const next = edit(current);
    const problem = voicemailProblem(next);
    if (problem) {
      tx.abort();
      tx.done.catch(() => {});
      throw new VoicemailError(`This change cannot be saved: ${problem}.`);
    }
    await Promise.all([tx.store.put(next), tx.done]);
    return next;
  });
}

/** Every logged voicemail, newest first. */
export function listVoicemails(db: Db): Promise<VoicemailRecord[]> {
  return run(async () => (await db.getAllFromIndex('voicemails', 'by-left')).reverse());
}

/** Voicemails with a follow-up on or before `today` (local "YYYY-MM-DD"), earliest first. */
export function listFollowUpsBy(db: Db, today: string): Promise<VoicemailRecord[]> {
  return run(() => db.getAllFromIndex('voicemails', 'by-follow-up', IDBKeyRange.upperBound(today)));
}

/** What an import did. */
export interface ImportSummary {
  added: number;
  /** Rows already in the log (same id, or same time and number) that brought a new outcome. */
  updated: number;
  /** Rows already in the log with nothing new. */
  unchanged: number;
}

/**
 * Adds imported voicemails in ONE transaction: a row whose id (or time and number) is already
 * logged only adds outcomes it lacks. Scripts are linked by title when one matches.
 */
export function importVoicemails(
  db: Db,
  rows: readonly ImportedVoicemail[],
  scriptIds: ReadonlyMap<string, string>,
  now = Date.now(),
): Promise<ImportSummary> {
  return run(async () => {
    const tx = db.transaction('voicemails', 'readwrite');
    const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
    await allOrNothing(tx, async (write) => {
      const existing = await tx.store.getAll();
      const byId = new Map(existing.map((v) => [v.id, v]));
      const bySame = new Map(existing.map((v) => [sameKey(v), v]));
      for (const row of rows) {
        const here =
          (row.id !== undefined ? byId.get(row.id) : undefined) ?? bySame.get(sameKey(row));
        if (here) {
          const known = new Set(here.outcomes.map((o) => `${o.kind}@${o.at}`));
          const fresh = row.outcomes.filter((o) => !known.has(`${o.kind}@${o.at}`));
          if (fresh.length === 0) {
            summary.unchanged++;
            continue;
          }
          const next = {
            ...here,
            outcomes: [...here.outcomes, ...fresh].sort((a, b) => a.at - b.at),
            updatedAt: now,
          };
          byId.set(next.id, next);
          write(tx.store.put(next));
          summary.updated++;
          continue;
        }
        const scriptId = row.scriptId ?? scriptIds.get(row.scriptTitle.toLowerCase());
        const record = toRecord(
          row.id ?? crypto.randomUUID(),
          { ...row, ...(scriptId ? { scriptId } : {}) },
          [...row.outcomes].sort((a, b) => a.at - b.at),
          now,
        );
        byId.set(record.id, record);
        bySame.set(sameKey(record), record);
        write(tx.store.add(record));
        summary.added++;
      }
    });
    return summary;
  });
}

/** The same voicemail told apart without an id: the minute it was left and the number (or name). */
function sameKey(v: Pick<VoicemailRecord, 'leftAt' | 'phoneKey' | 'prospect'>): string {
  return `${Math.floor(v.leftAt / 60_000)}|${v.phoneKey || v.prospect.toLowerCase()}`;
}

/** Every script version's text keyed "scriptId@version", to show the words a voicemail used. */
export function listScriptTexts(db: Db): Promise<Map<string, string>> {
  return run(async () => {
    const versions = await db.getAll('scriptVersions');
    return new Map(versions.map((v) => [`${v.scriptId}@${v.version}`, v.text]));
  });
}
