/**
 * The message log as a CSV a CRM can import, and a CSV (ours or a CRM's) read back into
 * voicemails. Every row is checked before anything is written; a bad row refuses the whole file
 * with its row number. Pure: no DOM.
 */
import { isValidId } from '../limits';
import type { OutcomeKind, VoicemailRecord } from '../storage/schema';
import { CsvError, parseCsv, writeCsv } from './csv';
import { firstCallbackAt, isOutcomeKind, latestOutcome } from './outcomes';
import { phoneKey } from './phone';

/** The columns written, in order (names CRMs map without help). */
export const CSV_COLUMNS = [
  'Id',
  'Date left',
  'Name',
  'Company',
  'Phone',
  'Script',
  'Script version',
  'Follow-up date',
  'Outcome',
  'Outcome date',
  'Called back date',
  'Note',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** Other header names accepted on import (lowercase), e.g. from a CRM's export. */
const ALIASES: Record<string, Column> = {
  date: 'Date left',
  'call date': 'Date left',
  'activity date': 'Date left',
  'left at': 'Date left',
  contact: 'Name',
  'contact name': 'Name',
  'full name': 'Name',
  prospect: 'Name',
  'company name': 'Company',
  account: 'Company',
  'account name': 'Company',
  'phone number': 'Phone',
  number: 'Phone',
  notes: 'Note',
  description: 'Note',
  'follow up': 'Follow-up date',
  'follow-up': 'Follow-up date',
  'call outcome': 'Outcome',
  disposition: 'Outcome',
};

/** Most rows one import takes. */
export const MAX_ROWS = 50_000;
/** Longest text kept in one field. */
const MAX_FIELD = 10_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-30 14:05" in local time, the form CRMs and spreadsheets read as a date and time. */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Local "YYYY-MM-DD" of a time. */
export function formatDate(ms: number): string {
  return formatDateTime(ms).slice(0, 10);
}

/**
 * ms since the epoch of a local "YYYY-MM-DD", "YYYY-MM-DD HH:MM[:SS]" or ISO 8601 text, or null
 * when the text is not one of those or names a day that does not exist.
 */
export function parseDateTime(text: string): number | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(t)) {
    const ms = Date.parse(t);
    return Number.isFinite(ms) ? ms : null;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(
    Number,
  ) as number[];
  const date = new Date(y!, mo! - 1, d!, h!, mi!, s!);
  if (date.getMonth() !== mo! - 1 || date.getDate() !== d! || h! > 23 || mi! > 59 || s! > 59)
    return null;
  return date.getTime();
}

/** The log as CSV text, oldest voicemail first; one row per voicemail with its latest outcome. */
export function logToCsv(voicemails: readonly VoicemailRecord[]): string {
  const rows = [...voicemails]
    .sort((a, b) => a.leftAt - b.leftAt)
    .map((v) => {
      const latest = latestOutcome(v);
      const callback = firstCallbackAt(v);
      const cells: Record<Column, string> = {
        Id: v.id,
        'Date left': formatDateTime(v.leftAt),
        Name: v.prospect,
        Company: v.company,
        Phone: v.phone,
        Script: v.scriptTitle,
        'Script version': v.scriptVersion === undefined ? '' : String(v.scriptVersion),
        'Follow-up date': v.followUpOn ?? '',
        Outcome: latest?.kind ?? '',
        'Outcome date': latest ? formatDateTime(latest.at) : '',
        'Called back date':
          callback !== null && callback !== latest?.at ? formatDateTime(callback) : '',
        Note: v.note,
      };
      return CSV_COLUMNS.map((c) => cells[c]);
    });
  return writeCsv([[...CSV_COLUMNS], ...rows]);
}

/** A voicemail read from a CSV row, before it has an id of ours or a script link. */
export type ImportedVoicemail = Omit<VoicemailRecord, 'id' | 'updatedAt'> & {
  /** The Id column when it holds one of our ids (so importing twice adds nothing). */
  id?: string;
};

/** A CSV that cannot be imported: what is wrong and where, in words. */
export class LogImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogImportError';
  }
}

/** Reads a CSV of voicemails; throws a LogImportError naming the first problem (nothing is kept). */
export function csvToLog(text: string): ImportedVoicemail[] {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError)
      throw new LogImportError(`The file is not valid CSV: ${error.message}`);
    throw error;
  }
  const header = rows.shift();
  if (!header) throw new LogImportError('The file is empty: it has no header row.');
  const column = new Map<Column, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    const known = CSV_COLUMNS.find((c) => c.toLowerCase() === key) ?? ALIASES[key];
    if (known && !column.has(known)) column.set(known, i);
  });
  if (!column.has('Date left'))
    throw new LogImportError(
      'The file has no “Date left” (or “Date”) column, so the voicemails have no date.',
    );
  if (!column.has('Name') && !column.has('Phone'))
    throw new LogImportError(
      'The file has neither a “Name” nor a “Phone” column, so nobody could be found by it.',
    );
  if (rows.length > MAX_ROWS)
    throw new LogImportError(
      `The file has ${rows.length} rows; up to ${MAX_ROWS} can be imported at once.`,
    );
  return rows.map((row, r) => readRow(row, r + 2, column));
}

function readRow(row: string[], rowNumber: number, column: Map<Column, number>): ImportedVoicemail {
  const problem = (what: string) =>
    new LogImportError(
      `Row ${rowNumber}: ${what} Fix that row (or delete it) and import again; nothing was imported.`,
    );
  const get = (c: Column): string => {
    const i = column.get(c);
    const value = i === undefined ? '' : (row[i] ?? '');
    if (value.length > MAX_FIELD)
      throw problem(`the “${c}” field is longer than ${MAX_FIELD} characters.`);
    return value;
  };
  const date = (c: Column, required: boolean): number | null => {
    const value = get(c).trim();
    if (value === '' && !required) return null;
    const ms = parseDateTime(value);
    if (ms === null)
      throw problem(
        `“${c}” is “${value.slice(0, 40)}”, which is not a date like 2026-11-30 14:05.`,
      );
    return ms;
  };
  const leftAt = date('Date left', true)!;
  const prospect = get('Name').trim();
  const phone = get('Phone').trim();
  if (prospect === '' && phoneKey(phone) === '')
    throw problem('it has neither a name nor a phone number.');
  const versionText = get('Script version').trim();
  const scriptVersion = versionText === '' ? undefined : Number(versionText);
  if (scriptVersion !== undefined && !(Number.isInteger(scriptVersion) && scriptVersion >= 1))
    throw problem(`“Script version” is “${versionText.slice(0, 20)}”, not a whole number from 1.`);
  const followUp = date('Follow-up date', false);
  const outcomeText = get('Outcome').trim().toLowerCase();
  const outcomes: { kind: OutcomeKind; at: number }[] = [];
  if (outcomeText !== '') {
    if (!isOutcomeKind(outcomeText))
      throw problem(
        `“Outcome” is “${outcomeText.slice(0, 40)}”; use called back, replied by email, meeting booked, no response or wrong number.`,
      );
    outcomes.push({ kind: outcomeText, at: date('Outcome date', false) ?? leftAt });
  }
  const calledBack = date('Called back date', false);
  if (calledBack !== null) outcomes.unshift({ kind: 'called back', at: calledBack });
  const idText = get('Id').trim();
  return {
    ...(isValidId(idText) ? { id: idText } : {}),
    leftAt,
    prospect,
    company: get('Company').trim(),
    phone,
    phoneKey: phoneKey(phone),
    scriptTitle: get('Script').trim(),
    ...(scriptVersion !== undefined ? { scriptVersion } : {}),
    ...(followUp !== null ? { followUpOn: formatDate(followUp) } : {}),
    note: get('Note'),
    outcomes,
  };
}
