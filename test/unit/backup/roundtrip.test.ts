import { describe, expect, it } from 'vitest';
import {
  describeRestore,
  exportBackup,
  exportRawAudio,
  restoreBackup,
} from '../../../src/lib/storage/backup';
import { readZip } from '../../../src/lib/storage/backup-zip';
import { dumpDb, freshDb, makeScript, makeTake, seedLibrary } from '../storage/helpers';
import { audioRecord } from '../../../src/lib/storage/audio';

const LIMITS = { maxEntries: 1000, maxEntryBytes: 2 ** 30, maxNameLength: 200 };

describe('backup and restore', () => {
  it('restores into an empty browser exactly what was exported, audio byte for byte', async () => {
    const original = await freshDb('rt-original');
    await seedLibrary(original, 8);
    const progress: number[] = [];
    const file = await exportBackup(original, (f) => progress.push(f));
    expect(file.fileName).toMatch(/^afterbeep-backup-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(file.takes).toBe(9);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const fresh = await freshDb('rt-fresh');
    const summary = await restoreBackup(fresh, file.blob);
    expect(summary).toMatchObject({
      takesAdded: 9,
      takesSkipped: 0,
      scriptsAdded: 2,
      scriptVersionsAdded: 4,
      settingsRestored: true,
    });
    expect(describeRestore(summary)).toBe('Restored 9 takes and 2 scripts; settings restored.');
    expect(await dumpDb(fresh)).toEqual(await dumpDb(original));
  });

  it('changes nothing when the same backup is restored again', async () => {
    const db = await freshDb('rt-twice');
    await seedLibrary(db, 5);
    const file = await exportBackup(db);
    const before = await dumpDb(db);
    const summary = await restoreBackup(db, file.blob);
    expect(summary).toMatchObject({
      takesAdded: 0,
      takesSkipped: 6,
      scriptsAdded: 0,
      scriptsSkipped: 2,
      scriptVersionsAdded: 0,
    });
    expect(describeRestore(summary)).toBe(
      'Restored 0 takes and 0 scripts; skipped 6 takes and 2 scripts already here.',
    );
    expect(await dumpDb(db)).toEqual(before);
  });

  it('merges into a browser with its own takes: keeps them, adds the rest, never duplicates', async () => {
    const source = await freshDb('rt-merge-source');
    await seedLibrary(source, 4);
    const file = await exportBackup(source);

    const device = await freshDb('rt-merge-device');
    const own = makeTake(99);
    const shared = makeTake(0, 'webm', { note: 'edited on this device' });
    const newerScript = makeScript('script-a', 4, 1_800_000_000_000);
    const tx = device.transaction(['takes', 'audio', 'scripts', 'scriptVersions'], 'readwrite');
    await Promise.all([
      tx.objectStore('takes').put(own.take),
      tx.objectStore('audio').put(audioRecord(own.take.id, own.bytes.buffer, own.take.mimeType)),
      tx.objectStore('takes').put(shared.take),
      tx
        .objectStore('audio')
        .put(audioRecord(shared.take.id, shared.bytes.buffer, shared.take.mimeType)),
      tx.objectStore('scripts').put(newerScript.script),
      ...newerScript.versions.map((v) => tx.objectStore('scriptVersions').put(v)),
      tx.done,
    ]);

    const summary = await restoreBackup(device, file.blob);
    expect(summary).toMatchObject({
      takesAdded: 4,
      takesSkipped: 1,
      scriptsAdded: 1,
      scriptsSkipped: 1,
      settingsRestored: true,
    });
    expect(await device.count('takes')).toBe(6);
    expect((await device.get('takes', 'take-0000'))?.note).toBe('edited on this device');
    expect((await device.get('scripts', 'script-a'))?.version).toBe(4);
  });

  it('brings an older copy of a script up to date, keeping this device’s own versions as history', async () => {
    const source = await freshDb('rt-script-source');
    const newer = makeScript('script-a', 3, 1_800_000_000_000);
    await source.put('scripts', newer.script);
    for (const v of newer.versions) await source.put('scriptVersions', v);
    const file = await exportBackup(source);

    const device = await freshDb('rt-script-device');
    const older = makeScript('script-a', 1, 1_700_000_000_000);
    await device.put('scripts', older.script);
    await device.put('scriptVersions', { ...older.versions[0]!, text: 'my first draft' });
    const summary = await restoreBackup(device, file.blob);
    // Versions merge by their text: the backup's three drafts are new here, so all three are added
    // after this device's own version 1, and the newest text becomes current.
    expect(summary).toMatchObject({ scriptsUpdated: 1, scriptVersionsAdded: 3 });
    expect(await device.get('scripts', 'script-a')).toEqual({
      ...newer.script,
      version: 4,
      createdAt: older.script.createdAt,
    });
    // The version already here is the rep's own history: it is not overwritten.
    expect((await device.get('scriptVersions', ['script-a', 1]))?.text).toBe('my first draft');
    expect((await device.get('scriptVersions', ['script-a', 4]))?.text).toBe(newer.script.text);
  });

  it('writes a ZIP any unzip tool can list: manifest.json and audio/<takeId>.<ext>', async () => {
    const db = await freshDb('rt-layout');
    await seedLibrary(db, 4);
    const file = await exportBackup(db);
    const names = (await readZip(file.blob, LIMITS)).map((e) => e.name);
    expect(names).toEqual([
      'manifest.json',
      'audio/take-0000.webm',
      'audio/take-0001.m4a',
      'audio/take-0002.ogg',
      'audio/take-0003.wav',
      'audio/take-damaged.bin',
    ]);
  });

  it('exports an empty library as a backup that restores to nothing', async () => {
    const empty = await freshDb('rt-empty');
    const file = await exportBackup(empty);
    const other = await freshDb('rt-empty-target');
    const summary = await restoreBackup(other, file.blob);
    expect(describeRestore(summary)).toBe('Restored 0 takes and 0 scripts.');
  });

  it('hands out a damaged take’s raw bytes unchanged, named as a take', async () => {
    const db = await freshDb('rt-raw');
    await seedLibrary(db, 1);
    const raw = await exportRawAudio(db, 'take-damaged');
    expect(raw?.fileName).toMatch(/^afterbeep-take-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.webm$/);
    expect(await raw?.blob.text()).toBe('not audio at all');
    expect(await exportRawAudio(db, 'no-such-take')).toBeUndefined();
  });
});
