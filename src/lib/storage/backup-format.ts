import { LIMITS } from '../limits';
import type {
  ScriptRecord,
  ScriptVersionRecord,
  Settings,
  TakeRecord,
  VoicemailRecord,
} from './schema';

/** The backup file layout: a ZIP with manifest.json and one audio/<takeId>.<ext> per take. */
export const BACKUP_FORMAT = 'afterbeep-backup';
/** Bumped only when the manifest changes shape; restore refuses versions it does not know. */
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';

/** Files in a backup: one per take plus the manifest. */
export const MAX_ENTRIES = LIMITS.maxRecords + 1;
/** Longest file name inside a backup, characters ("audio/<id>.<ext>" needs about 110). */
export const MAX_NAME_LENGTH = 200;

/** The container found in an audio file's first bytes; 'raw' is a damaged take's unverified bytes. */
export type AudioKind = 'webm' | 'mp4' | 'ogg' | 'wav' | 'raw';

const EXTENSIONS: Record<AudioKind, string> = {
  webm: 'webm',
  mp4: 'm4a',
  ogg: 'ogg',
  wav: 'wav',
  raw: 'bin',
};

/** The path of a take's audio inside the backup. */
export function audioPath(takeId: string, kind: AudioKind): string {
  return `audio/${takeId}.${EXTENSIONS[kind]}`;
}

/** The audio container recognised from magic bytes, or null when the bytes are not audio we know. */
export function sniffAudio(bytes: Uint8Array): Exclude<AudioKind, 'raw'> | null {
  const at = (offset: number, text: string) =>
    bytes.length >= offset + text.length &&
    [...text].every((ch, i) => bytes[offset + i] === ch.charCodeAt(0));
  if (
    bytes.length >= 4 &&
    bytes[0] === 0x1a &&
    bytes[1] === 0x45 &&
    bytes[2] === 0xdf &&
    bytes[3] === 0xa3
  )
    return 'webm';
  if (at(4, 'ftyp')) return 'mp4';
  if (at(0, 'OggS')) return 'ogg';
  if (at(0, 'RIFF') && at(8, 'WAVE')) return 'wav';
  return null;
}

/** The container a MIME type names ("audio/webm;codecs=opus" → webm), or null if unknown. */
export function kindOfMime(mimeType: string): Exclude<AudioKind, 'raw'> | null {
  const base = mimeType.split(';')[0]!.trim().toLowerCase();
  if (base === 'audio/webm' || base === 'video/webm') return 'webm';
  if (
    base === 'audio/mp4' ||
    base === 'video/mp4' ||
    base === 'audio/x-m4a' ||
    base === 'audio/aac'
  )
    return 'mp4';
  if (base === 'audio/ogg' || base === 'application/ogg') return 'ogg';
  if (
    base === 'audio/wav' ||
    base === 'audio/x-wav' ||
    base === 'audio/wave' ||
    base === 'audio/vnd.wave'
  )
    return 'wav';
  return null;
}

/** One take's audio as listed in the manifest. */
export interface ManifestAudio {
  takeId: string;
  path: string;
  /** Size in bytes; must equal the ZIP entry's size. */
  bytes: number;
  kind: AudioKind;
  /** The stored Blob's type (usually the take's MIME type), so a restore is exact. */
  type: string;
}

/** manifest.json: every record of the library plus where each take's audio is. */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The database schema version of the exporting app. */
  schemaVersion: number;
  /** ms since the epoch. */
  exportedAt: number;
  takes: TakeRecord[];
  audio: ManifestAudio[];
  scripts: ScriptRecord[];
  scriptVersions: ScriptVersionRecord[];
  settings: Settings | null;
  /** The message log; absent in backups made before schema 3. */
  voicemails?: VoicemailRecord[];
}

/** A backup that passed every check, ready to be written in one transaction. */
export interface ValidBackup {
  manifest: BackupManifest;
  /** Audio per take id, as Blobs typed with the take's MIME type. */
  audio: Map<string, Blob>;
}

/** What a restore did, for the summary shown to the rep. */
export interface RestoreSummary {
  takesAdded: number;
  /** Takes already here, identical or newer here. */
  takesSkipped: number;
  /** Takes already here whose name, note, answer or star the backup held a later edit of. */
  takesUpdated: number;
  scriptsAdded: number;
  /** Scripts already here that the backup added versions or later edits to. */
  scriptsUpdated: number;
  scriptsSkipped: number;
  scriptVersionsAdded: number;
  settingsRestored: boolean;
  /** Logged voicemails new to this device, and ones the backup held a later edit of. */
  voicemailsAdded: number;
  voicemailsUpdated: number;
  /** Per record merged with the copy here: what the merge did, in words. */
  merges: { what: string; notes: string[] }[];
}

/** "Restored 12 takes and 3 scripts; skipped 5 takes and 1 script already here. Script “Intro”: kept your newer text." */
export function describeRestore(s: RestoreSummary): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  // Takes and scripts are counted apart: "8 already here" would add apples to pears.
  const skipped = [
    s.takesSkipped > 0 ? plural(s.takesSkipped, 'take') : '',
    s.scriptsSkipped > 0 ? plural(s.scriptsSkipped, 'script') : '',
  ].filter(Boolean);
  let text = `Restored ${plural(s.takesAdded, 'take')} and ${plural(s.scriptsAdded, 'script')}`;
  const updated = [
    s.scriptsUpdated > 0 ? plural(s.scriptsUpdated, 'script') : '',
    s.takesUpdated > 0 ? plural(s.takesUpdated, 'take') : '',
  ].filter(Boolean);
  if (updated.length > 0) text += `, updated ${updated.join(' and ')}`;
  const logged = s.voicemailsAdded + s.voicemailsUpdated;
  if (logged > 0) text += `, ${plural(logged, 'logged voicemail')}`;
  if (skipped.length > 0) text += `; skipped ${skipped.join(' and ')} already here`;
  if (s.settingsRestored) text += '; settings restored';
  const merges = s.merges
    .filter((m) => m.notes.length > 0)
    .map((m) => ` ${m.what}: ${m.notes.join('; ')}.`);
  return `${text}.${merges.join('')}`;
}
