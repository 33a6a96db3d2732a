/**
 * The shape of every stored record, checked field by field: one check for what storage writes and
 * what a backup may bring in. Small and free of the ZIP reader, so the app's first load can use it.
 */
import { validateBand, type TargetBand } from '../band';
import { isValidId, LIMITS, SETTING_RANGES } from '../limits';
import { HLC_PATTERN, stampMs } from './hlc';
import type {
  ScriptRecord,
  ScriptVersionRecord,
  Settings,
  OutcomeEntry,
  TakeRecord,
  VoicemailRecord,
} from './schema';

/** A field check: returns a problem in words, or null when the value is fine. */
export type Check = (value: unknown) => string | null;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const num: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? null : 'must be a number');
const nonNegative: Check = (v) => num(v) ?? ((v as number) >= 0 ? null : 'must not be negative');
export const whole =
  (min: number): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min
      ? null
      : `must be a whole number of at least ${min}`;
const bool: Check = (v) => (typeof v === 'boolean' ? null : 'must be true or false');
export const text =
  (max: number): Check =>
  (v) =>
    typeof v !== 'string'
      ? 'must be text'
      : v.length > max
        ? `is longer than ${max} characters`
        : null;
export const oneOf =
  (...allowed: string[]): Check =>
  (v) =>
    allowed.includes(v as string)
      ? null
      : `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`;
export const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined ? null : check(v);
const nullable =
  (check: Check): Check =>
  (v) =>
    v === null ? null : check(v);
const arrayOf =
  (check: Check, max: number): Check =>
  (v) => {
    if (!Array.isArray(v)) return 'must be a list';
    if (v.length > max) return `has more than ${max} entries`;
    for (let i = 0; i < v.length; i++) {
      const problem = check(v[i]);
      if (problem) return `entry ${i + 1} ${problem}`;
    }
    return null;
  };
export const shape =
  (fields: Record<string, Check>): Check =>
  (v) => {
    if (!isObject(v)) return 'must be an object';
    for (const [key, check] of Object.entries(fields)) {
      const problem = check(v[key]);
      if (problem) return `field "${key}" ${problem}`;
    }
    return null;
  };

const between =
  (min: number, max: number, unit: string): Check =>
  (v) =>
    num(v) ??
    ((v as number) >= min && (v as number) <= max ? null : `must be ${min}–${max} ${unit}`);
export const time: Check = (v) =>
  num(v) ??
  ((v as number) >= LIMITS.earliestTimeMs && (v as number) <= LIMITS.latestTimeMs
    ? null
    : 'must be a time between the years 2000 and 2100');
export const recordId: Check = (v) =>
  isValidId(v) ? null : 'must be an id of 1–100 letters, digits, - or _ (and not a reserved word)';
const scriptVersion: Check = (v) =>
  whole(1)(v) ??
  ((v as number) <= LIMITS.maxScriptVersion ? null : `must be at most ${LIMITS.maxScriptVersion}`);
const stamp: Check = (v) =>
  typeof v === 'string' && HLC_PATTERN.test(v) && stampMs(v) <= LIMITS.latestTimeMs
    ? null
    : 'must be a clock stamp';
const band: Check = (v) => {
  const problem = shape({ minSec: num, maxSec: num })(v);
  if (problem) return problem;
  const wrong = validateBand(v as TargetBand);
  return wrong ? `is not a band the app accepts (${wrong})` : null;
};
const clocks = <K extends string>(fields: readonly K[]): Check =>
  optional(shape(Object.fromEntries(fields.map((f) => [f, optional(stamp)]))));
const pause = shape({ startSec: nonNegative, endSec: nonNegative });
const measures = shape({
  lengthSec: nonNegative,
  speechOnsetSec: nullable(nonNegative),
  speechEndSec: nullable(nonNegative),
  talkTimeSec: nonNegative,
  pauses: arrayOf(pause, 10_000),
  longestPauseSec: nonNegative,
  syllables: nonNegative,
  paceSyllablesPerSec: nonNegative,
  paceWpm: nonNegative,
  openingSyllablesPerSec: nonNegative,
  speechRmsDbfs: num,
  peakDbfs: num,
  noiseFloorDbfs: num,
  snrDb: num,
  clippingFraction: nonNegative,
});

/** A check for every field of a record type: adding a field to the type without one fails to compile. */
export type Schema<T> = { [K in keyof Required<T>]: Check };

// Fields not listed here are kept as they are: a newer app may have added them, and a restore
// must never drop what the rep had.
export const TAKE: Schema<TakeRecord> = {
  id: recordId,
  createdAt: time,
  lengthMs: nonNegative,
  mimeType: text(200),
  sizeBytes: whole(0),
  band,
  peaks: arrayOf(nonNegative, LIMITS.maxPeaks),
  analysis: nullable(measures),
  analysisVersion: whole(0),
  damaged: optional(bool),
  voiceProcessing: bool,
  scriptId: optional(recordId),
  scriptVersion: optional(scriptVersion),
  name: optional(text(LIMITS.takeNameChars)),
  note: optional(text(LIMITS.takeNoteChars)),
  wouldReturn: optional(oneOf('yes', 'not yet')),
  starred: optional(bool),
  recovered: optional(bool),
  clocks: clocks(['name', 'note', 'wouldReturn', 'starred']),
};
export const SCRIPT: Schema<ScriptRecord> = {
  id: recordId,
  title: text(LIMITS.scriptTitleChars),
  text: text(LIMITS.scriptTextChars),
  notes: text(LIMITS.scriptNotesChars),
  band: nullable(band),
  archived: bool,
  createdAt: time,
  updatedAt: time,
  version: scriptVersion,
  bestTakeId: optional(recordId),
  clocks: clocks(['title', 'notes', 'band', 'archived', 'bestTakeId']),
};
export const SCRIPT_VERSION: Schema<ScriptVersionRecord> = {
  scriptId: recordId,
  version: scriptVersion,
  text: text(LIMITS.scriptTextChars),
  createdAt: time,
  clock: optional(stamp),
};
export const SETTINGS: Schema<Settings> = {
  band,
  thresholds: shape({
    slowStartDeadAirSec: between(...SETTING_RANGES.slowStartDeadAirSec, 's'),
    slowStartOpeningPace: between(...SETTING_RANGES.slowStartOpeningPace, 'syllables/s'),
  }),
  voiceProcessing: bool,
  smoothStreak: (v) => whole(1)(v) ?? between(...SETTING_RANGES.smoothStreak, 'takes')(v),
  prompterScroll: bool,
  prompterFade: bool,
};
const followUpDate: Check = (v) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'must be a date YYYY-MM-DD';
const OUTCOME: Schema<OutcomeEntry> = {
  kind: oneOf('called back', 'replied by email', 'meeting booked', 'no response', 'wrong number'),
  at: time,
};
// The message log (schema 3). Backups made before it have no "voicemails" list.
export const VOICEMAIL: Schema<VoicemailRecord> = {
  id: recordId,
  leftAt: time,
  prospect: text(LIMITS.voicemailNameChars),
  company: text(LIMITS.voicemailNameChars),
  phone: text(LIMITS.voicemailPhoneChars),
  phoneKey: (v) =>
    text(LIMITS.voicemailPhoneChars)(v) ?? (/^\d*$/.test(v as string) ? null : 'must be digits'),
  scriptId: optional(recordId),
  scriptVersion: optional(scriptVersion),
  scriptTitle: text(LIMITS.voicemailNameChars),
  takeId: optional(recordId),
  followUpOn: optional(followUpDate),
  note: text(LIMITS.voicemailNoteChars),
  outcomes: arrayOf(shape(OUTCOME), LIMITS.voicemailOutcomes),
  updatedAt: time,
};

/** What is wrong with a voicemail record in words, or null: the one check for storage and backup. */
export function voicemailProblem(record: unknown): string | null {
  return shape(VOICEMAIL)(record);
}
