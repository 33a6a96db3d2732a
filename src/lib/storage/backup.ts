import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_NAME,
  audioPath,
  kindOfMime,
  sniffAudio,
  type AudioKind,
  type BackupManifest,
  type ManifestAudio,
  type RestoreSummary,
} from './backup-format';
import { allOrNothing } from './all-or-nothing';
import { validateBackup } from './backup-validate';
import { crc32Of, writeZip, type ZipInput } from './backup-zip';
import type { Db } from './db';
import { guarded, toStorageError } from './errors';
import { mergeScript } from './merge';
import { DB_VERSION, type ScriptVersionRecord, type Settings, type TakeRecord } from './schema';
import { addTakes, getAudio, type TakeWithAudio } from './takes';

export { BackupError } from './backup-zip';
export { LIMITS } from '../limits';
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
 * Audio is read one take at a time (through getAudio) and only checksummed in pieces; the ZIP
 * references each take's Blob rather than copying it. Progress runs 0–1 over the audio bytes.
 */
export async function exportBackup(
  db: Db,
  onProgress: ProgressListener = () => {},
  now = new Date(),
): Promise<BackupFile> {
  const { takes, scripts, scriptVersions, settings, voicemails } = await guarded(async () => {
    const tx = db.transaction(
      ['takes', 'scripts', 'scriptVersions', 'settings', 'voicemails'],
      'readonly',
    );
    const [takes, scripts, scriptVersions, settings, voicemails] = await Promise.all([
      tx.objectStore('takes').getAll(),
      tx.objectStore('scripts').getAll(),
      tx.objectStore('scriptVersions').getAll(),
      tx.objectStore('settings').get(SETTINGS_KEY),
      tx.objectStore('voicemails').getAll(),
      tx.done,
    ]);
    return { takes, scripts, scriptVersions, settings: settings ?? null, voicemails };
  });
  onProgress(0);
  takes.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const expected = takes.reduce((sum, t) => sum + t.sizeBytes, 0);
  const kept: TakeRecord[] = [];
  const listed: ManifestAudio[] = [];
  const files: ZipInput[] = [];
  let done = 0;
  for (const take of takes) {
    const blob = await getAudio(db, take.id);
    if (!blob) continue;
    const kind = await audioKind(blob, take.damaged === true);
    const path = audioPath(take.id, kind);
    kept.push(take);
    listed.push({ takeId: take.id, path, bytes: blob.size, kind, type: blob.type });
    files.push({ name: path, data: blob, crc: await crc32Of(blob) });
    done += blob.size;
    onProgress(Math.min(0.99, expected === 0 ? 0 : done / expected));
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
    voicemails,
  };
  const json = new TextEncoder().encode(JSON.stringify(manifest));
  const blob = await writeZip([{ name: MANIFEST_NAME, data: json }, ...files]);
  onProgress(1);
  return {
    blob,
    fileName: backupFileName(now),
    takes: kept.length,
    scripts: scripts.length,
    takesWithoutAudio: takes.length - kept.length,
  };
}

/** About the size an export of this library will have, bytes: audio plus a generous manifest. */
export async function estimateBackupBytes(db: Db): Promise<number> {
  const takes = await guarded(() => db.getAll('takes'));
  // Per take: its record, ZIP headers and about 24 bytes of JSON per waveform peak.
  return takes.reduce((sum, t) => sum + t.sizeBytes + 2_000 + 24 * t.peaks.length, 0);
}

/** The container of a take's audio; a damaged take or unrecognised bytes travel as raw bytes. */
async function audioKind(blob: Blob, damaged: boolean): Promise<AudioKind> {
  if (damaged) return 'raw';
  const head = new Uint8Array(await blob.slice(0, 12).arrayBuffer());
  return sniffAudio(head) ?? 'raw';
}

/** A restore that stopped part way (storage filled up): what got in, and what to do. */
export class PartialRestoreError extends Error {
  constructor(
    readonly summary: RestoreSummary,
    readonly total: number,
    cause: unknown,
  ) {
    super(
      `Restored ${summary.takesAdded + summary.takesSkipped} of ${total} takes, then storage refused more: ${toStorageError(cause).message} Free some space and restore the same file again; what is already here is kept and skipped.`,
      { cause },
    );
    this.name = 'PartialRestoreError';
  }
}

// Takes are written in batches so memory stays small however large the backup is.
const BATCH_TAKES = 50;
const BATCH_BYTES = 32 * 1024 * 1024;

/**
 * Restores a backup file: validates all of it first, reading it in pieces (throwing a
 * BackupError naming the problem, with nothing written), then merges it in. Scripts, their
 * versions and the settings go in one transaction; takes follow in batches, each take together
 * with its audio. Takes already here keep their audio and merge their rep-edited fields, so
 * restoring the same backup twice changes nothing.
 */
export async function restoreBackup(
  db: Db,
  file: Blob | Uint8Array,
  onProgress: ProgressListener = () => {},
): Promise<RestoreSummary> {
  const { manifest, audio } = await validateBackup(file);
  const summary = emptySummary();
  const versionMaps = await writeRecords(db, manifest, summary);
  const takes = manifest.takes.map((take) => remapVersion(take, versionMaps));
  let batch: TakeWithAudio[] = [];
  let batchBytes = 0;
  let done = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await addTakes(db, batch).catch((error: unknown) => {
      throw new PartialRestoreError(summary, takes.length, error);
    });
    summary.takesAdded += result.added;
    summary.takesSkipped += result.unchanged;
    summary.takesUpdated += result.merged.length;
    for (const { take, notes } of result.merged)
      summary.merges.push({ what: `Take “${take.name ?? take.id}”`, notes });
    done += batch.length;
    onProgress(done / takes.length);
    batch = [];
    batchBytes = 0;
  };
  for (const take of takes) {
    const blob = audio.get(take.id)!;
    if (batch.length >= BATCH_TAKES || batchBytes + blob.size > BATCH_BYTES) await flush();
    batch.push({ take, audio: blob });
    batchBytes += blob.size;
  }
  await flush();
  onProgress(1);
  return summary;
}

function emptySummary(): RestoreSummary {
  return {
    takesAdded: 0,
    takesSkipped: 0,
    takesUpdated: 0,
    scriptsAdded: 0,
    scriptsUpdated: 0,
    scriptsSkipped: 0,
    scriptVersionsAdded: 0,
    settingsRestored: false,
    voicemailsAdded: 0,
    voicemailsUpdated: 0,
    merges: [],
  };
}

/** A take from the backup pointing at the number its script version has here. */
function remapVersion(take: TakeRecord, maps: Map<string, Map<number, number>>): TakeRecord {
  if (take.scriptId === undefined || take.scriptVersion === undefined) return take;
  const local = maps.get(take.scriptId)?.get(take.scriptVersion);
  return local === undefined || local === take.scriptVersion
    ? take
    : { ...take, scriptVersion: local };
}

/**
 * Merges the backup's scripts (with their version history), logged voicemails and settings in
 * one transaction.
 * Returns, per script, the backup's version numbers mapped to the numbers here.
 */
function writeRecords(
  db: Db,
  manifest: BackupManifest,
  summary: RestoreSummary,
): Promise<Map<string, Map<number, number>>> {
  return guarded(async () => {
    const tx = db.transaction(['scripts', 'scriptVersions', 'settings', 'voicemails'], 'readwrite');
    const scripts = tx.objectStore('scripts');
    const voicemails = tx.objectStore('voicemails');
    const loggedList = manifest.voicemails ?? [];
    const versions = tx.objectStore('scriptVersions');
    const settings = tx.objectStore('settings');
    const versionMaps = new Map<string, Map<number, number>>();
    const incomingVersions = new Map<string, ScriptVersionRecord[]>();
    for (const version of manifest.scriptVersions) {
      const list = incomingVersions.get(version.scriptId) ?? [];
      list.push(version);
      incomingVersions.set(version.scriptId, list);
    }
    await allOrNothing(tx, async (write) => {
      // Only IndexedDB requests are awaited in here, so the transaction stays alive.
      const range = (id: string) => IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
      const [scriptsHere, versionsHere, settingsKey, loggedHere] = await Promise.all([
        Promise.all(manifest.scripts.map((s) => scripts.get(s.id))),
        Promise.all(manifest.scripts.map((s) => versions.getAll(range(s.id)))),
        settings.getKey(SETTINGS_KEY),
        Promise.all(loggedList.map((v) => voicemails.get(v.id))),
      ]);
      manifest.scripts.forEach((script, i) => {
        const here = scriptsHere[i];
        const merge = mergeScript(here && { script: here, versions: versionsHere[i]! }, {
          script,
          versions: incomingVersions.get(script.id) ?? [],
        });
        versionMaps.set(script.id, merge.versionMap);
        if (merge.script) write(scripts.put(merge.script));
        for (const version of merge.added) write(versions.put(version));
        summary.scriptVersionsAdded += merge.added.length;
        if (!here) summary.scriptsAdded++;
        else if (merge.script || merge.added.length > 0) {
          summary.scriptsUpdated++;
          summary.merges.push({ what: `Script “${here.title}”`, notes: merge.notes });
        } else summary.scriptsSkipped++;
      });
      // A logged voicemail has no per-field clocks: the whole record edited last (updatedAt) wins,
      // and on a tie the copy here stays.
      loggedList.forEach((voicemail, i) => {
        const here = loggedHere[i];
        if (here && here.updatedAt >= voicemail.updatedAt) return;
        write(voicemails.put(voicemail));
        if (here) summary.voicemailsUpdated++;
        else summary.voicemailsAdded++;
      });
      // The rep's current settings on this device win; a backup only fills in a fresh browser.
      if (manifest.settings && settingsKey === undefined) {
        write(settings.put(manifest.settings, SETTINGS_KEY));
        summary.settingsRestored = true;
      }
    });
    return versionMaps;
  });
}

/** A damaged take's stored bytes as a downloadable file, or undefined if it has no audio. */
export async function exportRawAudio(
  db: Db,
  takeId: string,
): Promise<{ blob: Blob; fileName: string } | undefined> {
  const [take, blob] = await Promise.all([
    guarded(() => db.get('takes', takeId)),
    getAudio(db, takeId),
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
