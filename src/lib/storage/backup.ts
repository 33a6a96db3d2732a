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
  type ManifestAudio,
  type RestoreSummary,
  type ValidBackup,
} from './backup-format';
import { allOrNothing } from './all-or-nothing';
import { audioBlob, audioRecord, readAudio } from './audio';
import { validateBackup } from './backup-validate';
import { BackupError, writeZip, type ZipInput } from './backup-zip';
import type { Db } from './db';
import { guarded } from './errors';
import { DB_VERSION, type AudioRecord, type Settings } from './schema';

export { BackupError } from './backup-zip';
export { describeRestore, type RestoreSummary } from './backup-format';

/** Where an export or restore is: a fraction 0–1 of its work. */
export type ProgressListener = (fraction: number) => void;

/** A finished export: the file and what went into it. */
export interface BackupFile {
  blob: Blob;
  fileName: string;
  takes: number;
  scripts: number;
  /** Takes left out because their audio was missing from storage. */
  takesWithoutAudio: number;
}

// The settings live under one fixed key (see settings.ts).
const SETTINGS_KEY = 'settings';

/** "afterbeep-backup-2026-11-22.zip" for a date. */
export function backupFileName(date: Date): string {
  return `afterbeep-backup-${date.toISOString().slice(0, 10)}.zip`;
}

/**
 * Exports every take (with its audio), script, script version and the settings as one ZIP.
 * Progress runs 0–1 over the audio bytes packed.
 */
export async function exportBackup(
  db: Db,
  onProgress: ProgressListener = () => {},
  now = new Date(),
): Promise<BackupFile> {
  const { takes, audio, scripts, scriptVersions, settings } = await guarded(async () => {
    const tx = db.transaction(
      ['takes', 'audio', 'scripts', 'scriptVersions', 'settings'],
      'readonly',
    );
    const [takes, audio, scripts, scriptVersions, settings] = await Promise.all([
      tx.objectStore('takes').getAll(),
      tx.objectStore('audio').getAll(),
      tx.objectStore('scripts').getAll(),
      tx.objectStore('scriptVersions').getAll(),
      tx.objectStore('settings').get(SETTINGS_KEY),
      tx.done,
    ]);
    return { takes, audio, scripts, scriptVersions, settings: settings ?? null };
  });
  onProgress(0);
  const records = new Map(audio.map((a) => [a.takeId, a]));
  const kept = takes.filter((t) => records.has(t.id)).sort((a, b) => a.createdAt - b.createdAt);
  const listed: ManifestAudio[] = [];
  const files: ZipInput[] = [];
  for (const take of kept) {
    const blob = await blobOf(db, records.get(take.id)!);
    const kind = await audioKind(blob, take.damaged === true);
    const path = audioPath(take.id, kind);
    listed.push({ takeId: take.id, path, bytes: blob.size, kind, type: blob.type });
    files.push({ name: path, data: blob });
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: DB_VERSION,
    exportedAt: now.getTime(),
    takes: kept,
    audio: listed,
    scripts,
    scriptVersions,
    settings: settings as Settings | null,
  };
  const json = new TextEncoder().encode(JSON.stringify(manifest));
  const blob = await writeZip([{ name: MANIFEST_NAME, data: json }, ...files], (done, total) =>
    onProgress(total === 0 ? 1 : done / total),
  );
  onProgress(1);
  return {
    blob,
    fileName: backupFileName(now),
    takes: kept.length,
    scripts: scripts.length,
    takesWithoutAudio: takes.length - kept.length,
  };
}

/** A take's audio; audio promoted from its recording chunks is read with them. */
async function blobOf(db: Db, record: AudioRecord): Promise<Blob> {
  if (record.bytes !== undefined || record.blob !== undefined) return audioBlob(record);
  return (await readAudio(db, record.takeId)) ?? new Blob([], { type: record.type });
}

/** The container of a take's audio; a damaged take or unrecognised bytes travel as raw bytes. */
async function audioKind(blob: Blob, damaged: boolean): Promise<AudioKind> {
  if (damaged) return 'raw';
  const head = new Uint8Array(await blob.slice(0, 12).arrayBuffer());
  return sniffAudio(head) ?? 'raw';
}

/**
 * Restores a backup file: validates all of it first (throwing a BackupError naming the problem,
 * with nothing written), then merges it in ONE transaction. Records already here are kept as
 * they are, so restoring the same backup twice changes nothing.
 */
export async function restoreBackup(db: Db, file: Blob | Uint8Array): Promise<RestoreSummary> {
  const size = file instanceof Uint8Array ? file.length : file.size;
  if (size > LIMITS.maxFileBytes)
    throw new BackupError(
      `The file is too large (${Math.round(size / 1024 / 1024)} MB) to be an Afterbeep backup.`,
    );
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
  const backup = validateBackup(bytes);
  // Audio is stored as bytes, read here because a transaction cannot wait for a Blob.
  const audio = new Map<string, AudioRecord>();
  for (const [takeId, blob] of backup.audio)
    audio.set(takeId, audioRecord(takeId, await blob.arrayBuffer(), blob.type));
  return writeBackup(db, backup.manifest, audio);
}

function writeBackup(
  db: Db,
  manifest: ValidBackup['manifest'],
  audio: Map<string, AudioRecord>,
): Promise<RestoreSummary> {
  return guarded(async () => {
    const tx = db.transaction(
      ['takes', 'audio', 'scripts', 'scriptVersions', 'settings'],
      'readwrite',
    );
    const takes = tx.objectStore('takes');
    const scripts = tx.objectStore('scripts');
    const versions = tx.objectStore('scriptVersions');
    const settings = tx.objectStore('settings');
    const summary: RestoreSummary = {
      takesAdded: 0,
      takesSkipped: 0,
      scriptsAdded: 0,
      scriptsUpdated: 0,
      scriptsSkipped: 0,
      scriptVersionsAdded: 0,
      settingsRestored: false,
    };
    await allOrNothing(tx, async (write) => {
      // Only IndexedDB requests are awaited in here, so the transaction stays alive.
      const [takeKeys, scriptsHere, versionKeys, settingsKey] = await Promise.all([
        Promise.all(manifest.takes.map((t) => takes.getKey(t.id))),
        Promise.all(manifest.scripts.map((s) => scripts.get(s.id))),
        Promise.all(manifest.scriptVersions.map((v) => versions.getKey([v.scriptId, v.version]))),
        settings.getKey(SETTINGS_KEY),
      ]);
      manifest.takes.forEach((take, i) => {
        if (takeKeys[i] !== undefined) return void summary.takesSkipped++;
        write(takes.put(take));
        write(tx.objectStore('audio').put(audio.get(take.id)!));
        summary.takesAdded++;
      });
      manifest.scripts.forEach((script, i) => {
        const here = scriptsHere[i];
        if (here && here.updatedAt >= script.updatedAt) return void summary.scriptsSkipped++;
        write(scripts.put(script));
        if (here) summary.scriptsUpdated++;
        else summary.scriptsAdded++;
      });
      manifest.scriptVersions.forEach((version, i) => {
        if (versionKeys[i] !== undefined) return;
        write(versions.put(version));
        summary.scriptVersionsAdded++;
      });
      // The rep's current settings on this device win; a backup only fills in a fresh browser.
      if (manifest.settings && settingsKey === undefined) {
        write(settings.put(manifest.settings, SETTINGS_KEY));
        summary.settingsRestored = true;
      }
    });
    return summary;
  });
}

/** A damaged take's stored bytes as a downloadable file, or undefined if it has no audio. */
export async function exportRawAudio(
  db: Db,
  takeId: string,
): Promise<{ blob: Blob; fileName: string } | undefined> {
  const [take, blob] = await Promise.all([
    guarded(() => db.get('takes', takeId)),
    readAudio(db, takeId),
  ]);
  if (!blob) return undefined;
  const head = new Uint8Array(await blob.slice(0, 12).arrayBuffer());
  const kind = sniffAudio(head) ?? kindOfMime(take?.mimeType ?? '') ?? 'raw';
  const date = new Date(take?.createdAt ?? Date.now())
    .toISOString()
    .slice(0, 19)
    .replace(/[:T]/g, '-');
  const ext = audioPath('x', kind).split('.').pop()!;
  return { blob, fileName: `afterbeep-take-${date}.${ext}` };
}
