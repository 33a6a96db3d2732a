import { LIMITS } from '../limits';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_NAME,
  MAX_ENTRIES,
  MAX_NAME_LENGTH,
  audioPath,
  kindOfMime,
  sniffAudio,
  type AudioKind,
  type BackupManifest,
  type ManifestAudio,
  type ValidBackup,
} from './backup-format';
import { BackupError, readZip, type ZipEntry } from './backup-zip';
import {
  isObject,
  oneOf,
  recordId,
  SCRIPT,
  SCRIPT_VERSION,
  SETTINGS,
  shape,
  TAKE,
  text,
  time,
  VOICEMAIL,
  whole,
  type Check,
  type Schema,
} from './record-checks';
import {
  DB_VERSION,
  type ScriptRecord,
  type ScriptVersionRecord,
  type TakeRecord,
  type VoicemailRecord,
} from './schema';

const AUDIO: Schema<ManifestAudio> = {
  takeId: recordId,
  path: text(MAX_NAME_LENGTH),
  bytes: whole(0),
  kind: oneOf('webm', 'mp4', 'ogg', 'wav', 'raw'),
  type: text(200),
};

/** One list of records in the manifest: its key, its words, its schema and what makes it unique. */
interface RecordList<T> {
  key: keyof BackupManifest & string;
  label: string;
  schema: Schema<T>;
  identity: (record: T) => string;
  /** How a repeated record is named in "lists … twice". */
  duplicate: string;
  /** True for a list that backups made before its record type existed do not have. */
  optional?: boolean;
}

const list = <T>(l: RecordList<T>): RecordList<never> => l as unknown as RecordList<never>;

/** Every list of records a backup holds: a new record type is one more line here. */
const RECORD_LISTS: readonly RecordList<never>[] = [
  list<TakeRecord>({
    key: 'takes',
    label: 'take',
    schema: TAKE,
    identity: (t) => t.id,
    duplicate: 'take',
  }),
  list<ManifestAudio>({
    key: 'audio',
    label: 'audio entry',
    schema: AUDIO,
    identity: (a) => a.takeId,
    duplicate: 'audio for take',
  }),
  list<ScriptRecord>({
    key: 'scripts',
    label: 'script',
    schema: SCRIPT,
    identity: (s) => s.id,
    duplicate: 'script',
  }),
  list<ScriptVersionRecord>({
    key: 'scriptVersions',
    label: 'script version',
    schema: SCRIPT_VERSION,
    identity: (v) => `${v.scriptId} version ${v.version}`,
    duplicate: 'script',
  }),
  list<VoicemailRecord>({
    key: 'voicemails',
    label: 'voicemail',
    schema: VOICEMAIL,
    identity: (v) => v.id,
    duplicate: 'voicemail',
    optional: true,
  }),
];

function checkList(
  manifest: Record<string, unknown>,
  key: string,
  label: string,
  fields: Record<string, Check>,
): void {
  const list = manifest[key];
  if (!Array.isArray(list))
    throw new BackupError(`The backup’s manifest has no list of ${label}s.`);
  if (list.length > LIMITS.maxRecords)
    throw new BackupError(`The backup lists more than ${LIMITS.maxRecords} ${label}s.`);
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
  if (time(raw.exportedAt))
    throw new BackupError('The backup’s manifest has no valid export time.');
  for (const list of RECORD_LISTS) {
    if (list.optional && raw[list.key] === undefined) continue;
    checkList(raw, list.key, list.label, list.schema);
    unique(raw[list.key] as never[], list.identity, list.duplicate);
  }
  if (raw.settings !== null) {
    const problem = shape(SETTINGS)(raw.settings);
    if (problem) throw new BackupError(`The settings in the backup are invalid: ${problem}.`);
  }
  const manifest = raw as unknown as BackupManifest;
  const scriptIds = new Set(manifest.scripts.map((s) => s.id));
  for (const version of manifest.scriptVersions)
    if (!scriptIds.has(version.scriptId))
      throw new BackupError(
        `The backup has version ${version.version} of a script it does not list (“${version.scriptId}”).`,
      );
  for (const script of manifest.scripts)
    if (
      !manifest.scriptVersions.some((v) => v.scriptId === script.id && v.version === script.version)
    )
      throw new BackupError(
        `Script “${script.id}” is at version ${script.version}, but the backup does not hold that version.`,
      );
  return manifest;
}

/**
 * Checks a whole backup file and returns its records and audio, or throws a BackupError naming
 * the first problem. Nothing is written here, so a bad file can never touch stored data. The file
 * is read in pieces (its file table, the manifest, then each audio entry's checksum), never whole;
 * the audio comes back as lazy slices of the file.
 */
export async function validateBackup(file: Blob | Uint8Array): Promise<ValidBackup> {
  const size = file instanceof Uint8Array ? file.length : file.size;
  if (size > LIMITS.maxBackupBytes)
    throw new BackupError(
      `The file is too large (${mb(size)}) to be an Afterbeep backup; backups up to ${mb(LIMITS.maxBackupBytes)} can be restored.`,
    );
  const entries = await readZip(file, {
    maxEntries: MAX_ENTRIES,
    maxEntryBytes: Math.max(LIMITS.maxAudioBytes, LIMITS.maxManifestBytes),
    maxNameLength: MAX_NAME_LENGTH,
  });
  const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name, e]));
  const manifestEntry = byName.get(MANIFEST_NAME);
  if (!manifestEntry)
    throw new BackupError('The ZIP has no manifest.json, so it is not an Afterbeep backup.');
  if (manifestEntry.size > LIMITS.maxManifestBytes)
    throw new BackupError(
      `The backup’s manifest is ${mb(manifestEntry.size)}, larger than any real library.`,
    );
  const manifest = parseManifest(await manifestEntry.bytes());

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
    if (entry.size > LIMITS.maxAudioBytes)
      throw new BackupError(
        `The audio of take “${take.id}” is ${mb(entry.size)}, more than the ${mb(LIMITS.maxAudioBytes)} a take can have.`,
      );
    if (listed.kind !== 'raw')
      checkAudio(take.id, take.mimeType, listed.kind, await entry.head(12));
    await entry.verify();
    audio.set(take.id, entry.blob(listed.type));
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
  return bytes >= 1024 ** 3
    ? `${(bytes / 1024 ** 3).toFixed(1)} GB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
