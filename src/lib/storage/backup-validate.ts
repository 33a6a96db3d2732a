import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  LIMITS,
  MANIFEST_NAME,
  audioPath,
  kindOfMime,
  sniffAudio,
  type AudioKind,
  type BackupManifest,
  type ValidBackup,
} from './backup-format';
import { BackupError, readZip, type ZipEntry } from './backup-zip';
import { DB_VERSION } from './schema';

/** A field check: returns a problem in words, or null when the value is fine. */
type Check = (value: unknown) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const num: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? null : 'must be a number');
const nonNegative: Check = (v) => num(v) ?? ((v as number) >= 0 ? null : 'must not be negative');
const whole =
  (min: number): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min
      ? null
      : `must be a whole number of at least ${min}`;
const bool: Check = (v) => (typeof v === 'boolean' ? null : 'must be true or false');
const text =
  (max: number = LIMITS.maxTextLength): Check =>
  (v) =>
    typeof v !== 'string'
      ? 'must be text'
      : v.length > max
        ? `is longer than ${max} characters`
        : null;
const id: Check = (v) =>
  typeof v === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(v)
    ? null
    : 'must be an id of letters, digits, - or _';
const oneOf =
  (...allowed: string[]): Check =>
  (v) =>
    allowed.includes(v as string)
      ? null
      : `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`;
const optional =
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
const shape =
  (fields: Record<string, Check>): Check =>
  (v) => {
    if (!isObject(v)) return 'must be an object';
    for (const [key, check] of Object.entries(fields)) {
      const problem = check(v[key]);
      if (problem) return `field "${key}" ${problem}`;
    }
    return null;
  };

const band = shape({ minSec: nonNegative, maxSec: nonNegative });
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

// Fields not listed here are kept as they are: a newer app may have added them, and a restore
// must never drop what the rep had.
const TAKE: Record<string, Check> = {
  id,
  createdAt: nonNegative,
  lengthMs: nonNegative,
  mimeType: text(200),
  sizeBytes: whole(0),
  band,
  peaks: arrayOf(nonNegative, LIMITS.maxPeaks),
  analysis: nullable(measures),
  analysisVersion: whole(0),
  damaged: optional(bool),
  voiceProcessing: bool,
  scriptId: optional(text(200)),
  scriptVersion: optional(whole(1)),
  name: optional(text(1000)),
  note: optional(text()),
  wouldReturn: optional(oneOf('yes', 'not yet')),
  starred: optional(bool),
  recovered: optional(bool),
};
const SCRIPT: Record<string, Check> = {
  id: text(200),
  title: text(1000),
  text: text(),
  notes: text(),
  band: nullable(band),
  archived: bool,
  createdAt: nonNegative,
  updatedAt: nonNegative,
  version: whole(1),
  bestTakeId: optional(text(200)),
};
const SCRIPT_VERSION: Record<string, Check> = {
  scriptId: text(200),
  version: whole(1),
  text: text(),
  createdAt: nonNegative,
};
const SETTINGS: Record<string, Check> = {
  band,
  thresholds: shape({ slowStartDeadAirSec: nonNegative, slowStartOpeningPace: nonNegative }),
  voiceProcessing: bool,
  smoothStreak: whole(1),
  prompterScroll: bool,
  prompterFade: bool,
};
const followUpDate: Check = (v) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'must be a date YYYY-MM-DD';
const outcome = shape({
  kind: oneOf('called back', 'replied by email', 'meeting booked', 'no response', 'wrong number'),
  at: nonNegative,
});
// The message log (schema 3). Backups made before it have no "voicemails" list.
const VOICEMAIL: Record<string, Check> = {
  id,
  leftAt: nonNegative,
  prospect: text(1000),
  company: text(1000),
  phone: text(200),
  phoneKey: (v) => text(200)(v) ?? (/^\d*$/.test(v as string) ? null : 'must be digits'),
  scriptId: optional(text(200)),
  scriptVersion: optional(whole(1)),
  scriptTitle: text(1000),
  takeId: optional(text(200)),
  followUpOn: optional(followUpDate),
  note: text(),
  outcomes: arrayOf(outcome, 100),
  updatedAt: nonNegative,
};

/** What is wrong with a voicemail record in words, or null: the one check for storage and backup. */
export function voicemailProblem(record: unknown): string | null {
  return shape(VOICEMAIL)(record);
}

const AUDIO: Record<string, Check> = {
  takeId: id,
  path: text(LIMITS.maxNameLength),
  bytes: whole(0),
  kind: oneOf('webm', 'mp4', 'ogg', 'wav', 'raw'),
  type: text(200),
};

function checkList(
  manifest: Record<string, unknown>,
  key: string,
  label: string,
  fields: Record<string, Check>,
): void {
  const list = manifest[key];
  if (!Array.isArray(list))
    throw new BackupError(`The backup’s manifest has no list of ${label}s.`);
  if (list.length > LIMITS.maxEntries)
    throw new BackupError(`The backup lists more than ${LIMITS.maxEntries} ${label}s.`);
  list.forEach((record, i) => {
    const problem = shape(fields)(record);
    if (problem) {
      const name =
        isObject(record) && typeof record.id === 'string'
          ? ` (id “${record.id.slice(0, 100)}”)`
          : '';
      throw new BackupError(
        `${capital(label)} ${i + 1}${name} in the backup is invalid: ${problem}.`,
      );
    }
  });
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function unique<T>(items: T[], key: (item: T) => string, label: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) throw new BackupError(`The backup lists ${label} “${k}” twice.`);
    seen.add(k);
  }
}

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** The first reserved field name anywhere in parsed JSON, or null. */
function reservedKey(root: unknown): string | null {
  // A walk rather than a JSON.parse reviver: the reviver made validating peaks four times slower.
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (RESERVED.has(key)) return key;
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return null;
}

/** Parses manifest.json, refusing prototype tricks and anything that is not our format. */
export function parseManifest(bytes: Uint8Array): BackupManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BackupError('The backup’s manifest.json is not valid JSON; the file is damaged.');
  }
  const reserved = reservedKey(raw);
  if (reserved)
    throw new BackupError(`The backup’s manifest uses the reserved field name “${reserved}”.`);
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT)
    throw new BackupError('This ZIP is not an Afterbeep backup (its manifest does not say so).');
  if (raw.formatVersion !== BACKUP_FORMAT_VERSION) {
    const v = raw.formatVersion;
    throw new BackupError(
      typeof v === 'number' && v > BACKUP_FORMAT_VERSION
        ? `This backup was made by a newer Afterbeep (backup format ${v}); update Afterbeep, then restore it.`
        : `This backup’s format version (${JSON.stringify(v)?.slice(0, 40)}) is not one Afterbeep knows.`,
    );
  }
  const schema = raw.schemaVersion;
  if (!Number.isInteger(schema) || (schema as number) < 1)
    throw new BackupError('The backup’s manifest has no valid schema version.');
  if ((schema as number) > DB_VERSION)
    throw new BackupError(
      `This backup comes from a newer Afterbeep (schema ${String(schema)}); update Afterbeep, then restore it.`,
    );
  if (nonNegative(raw.exportedAt))
    throw new BackupError('The backup’s manifest has no valid export time.');
  checkList(raw, 'takes', 'take', TAKE);
  checkList(raw, 'audio', 'audio entry', AUDIO);
  checkList(raw, 'scripts', 'script', SCRIPT);
  checkList(raw, 'scriptVersions', 'script version', SCRIPT_VERSION);
  if (raw.voicemails !== undefined) checkList(raw, 'voicemails', 'voicemail', VOICEMAIL);
  if (raw.settings !== null) {
    const problem = shape(SETTINGS)(raw.settings);
    if (problem) throw new BackupError(`The settings in the backup are invalid: ${problem}.`);
  }
  const manifest = raw as unknown as BackupManifest;
  unique(manifest.takes, (t) => t.id, 'take');
  unique(manifest.audio, (a) => a.takeId, 'audio for take');
  unique(manifest.scripts, (s) => s.id, 'script');
  unique(manifest.voicemails ?? [], (v) => v.id, 'voicemail');
  unique(manifest.scriptVersions, (v) => `${v.scriptId} version ${v.version}`, 'script');
  return manifest;
}

/**
 * Checks a whole backup file and returns its records and audio, or throws a BackupError naming
 * the first problem. Nothing is written here, so a bad file can never touch stored data.
 */
export function validateBackup(file: Uint8Array): ValidBackup {
  if (file.length > LIMITS.maxFileBytes)
    throw new BackupError(
      `The file is ${mb(file.length)}; backups up to ${mb(LIMITS.maxFileBytes)} can be restored.`,
    );
  const entries = readZip(file, {
    maxEntries: LIMITS.maxEntries,
    maxEntryBytes: LIMITS.maxAudioBytes,
    maxNameLength: LIMITS.maxNameLength,
  });
  const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name, e]));
  const manifestEntry = byName.get(MANIFEST_NAME);
  if (!manifestEntry)
    throw new BackupError('The ZIP has no manifest.json, so it is not an Afterbeep backup.');
  if (manifestEntry.size > LIMITS.maxManifestBytes)
    throw new BackupError(
      `The backup’s manifest is ${mb(manifestEntry.size)}, larger than any real library.`,
    );
  const manifest = parseManifest(manifestEntry.bytes());

  const takes = new Map(manifest.takes.map((t) => [t.id, t]));
  const audio = new Map<string, Blob>();
  const used = new Set<string>([MANIFEST_NAME]);
  for (const listed of manifest.audio) {
    const take = takes.get(listed.takeId);
    if (!take)
      throw new BackupError(
        `The backup has audio for a take it does not list (“${listed.takeId}”).`,
      );
    if (listed.path !== audioPath(take.id, listed.kind))
      throw new BackupError(
        `The audio path “${listed.path.slice(0, 80)}” does not match its take.`,
      );
    if (listed.kind === 'raw' && take.damaged !== true)
      throw new BackupError(`Take “${take.id}” has unchecked audio but is not marked damaged.`);
    const entry = byName.get(listed.path);
    if (!entry)
      throw new BackupError(
        `The audio of take “${take.id}” (${listed.path}) is missing from the backup.`,
      );
    if (entry.size !== listed.bytes)
      throw new BackupError(
        `The audio of take “${take.id}” should be ${listed.bytes} bytes but is ${entry.size}.`,
      );
    const bytes = entry.bytes();
    if (listed.kind !== 'raw') checkAudio(take.id, take.mimeType, listed.kind, bytes);
    audio.set(take.id, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: listed.type }));
    used.add(listed.path);
  }
  for (const take of manifest.takes)
    if (!audio.has(take.id))
      throw new BackupError(`Take “${take.id}” has no audio listed in the backup.`);
  for (const entry of entries)
    if (!used.has(entry.name))
      throw new BackupError(
        `The backup contains “${entry.name.slice(0, 80)}”, which is not part of an Afterbeep backup.`,
      );
  return { manifest, audio };
}

function checkAudio(takeId: string, mimeType: string, kind: AudioKind, bytes: Uint8Array): void {
  const found = sniffAudio(bytes);
  if (found === null)
    throw new BackupError(
      `The audio of take “${takeId}” is not audio (no WebM, MP4, Ogg or WAV header).`,
    );
  if (found !== kind)
    throw new BackupError(
      `The audio of take “${takeId}” is ${found}, but the backup says ${kind}.`,
    );
  const named = kindOfMime(mimeType);
  if (named !== null && named !== found)
    throw new BackupError(
      `The audio of take “${takeId}” is ${found}, but the take says ${mimeType}.`,
    );
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
