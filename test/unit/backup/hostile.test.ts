import { beforeAll, describe, expect, it } from 'vitest';
import { BackupError, exportBackup, restoreBackup } from '../../../src/lib/storage/backup';
import { readZip } from '../../../src/lib/storage/backup-zip';
import type { BackupManifest } from '../../../src/lib/storage/backup-format';
import type { Db } from '../../../src/lib/storage/db';
import { dumpDb, fakeAudio, freshDb, makeTake, seedLibrary } from '../storage/helpers';
import { craftZip, type CraftEntry } from './craft';
import { audioRecord } from '../../../src/lib/storage/audio';

const LIMITS = { maxEntries: 100_000, maxEntryBytes: 2 ** 32, maxNameLength: 10_000 };

let valid: Uint8Array;
let target: Db;

beforeAll(async () => {
  const source = await freshDb('hostile-source');
  await seedLibrary(source, 4);
  const file = await exportBackup(source);
  valid = new Uint8Array(await file.blob.arrayBuffer());
  validList = await Promise.all(
    (await readZip(valid, LIMITS)).map(async (e) => ({ name: e.name, data: await e.bytes() })),
  );
  // The device being restored into already holds other takes: they must survive every bad file.
  target = await freshDb('hostile-target');
  for (let i = 50; i < 53; i++) {
    const { take, bytes } = makeTake(i);
    const tx = target.transaction(['takes', 'audio'], 'readwrite');
    await Promise.all([
      tx.objectStore('takes').put(take),
      tx.objectStore('audio').put(audioRecord(take.id, bytes.buffer, take.mimeType)),
      tx.done,
    ]);
  }
});

let validList: CraftEntry[];

/** The valid backup's entries, for repacking with a change. */
function validEntries(): { manifest: BackupManifest; entries: CraftEntry[] } {
  const entries = validList.map((e) => ({ ...e, data: e.data.slice() }));
  const manifest = JSON.parse(new TextDecoder().decode(entries[0]!.data)) as BackupManifest;
  return { manifest, entries: entries.slice(1) };
}

/** The valid backup with its manifest and audio entries changed by `change`. */
function tampered(change: (manifest: BackupManifest, entries: CraftEntry[]) => void): Uint8Array {
  const { manifest, entries } = validEntries();
  change(manifest, entries);
  return craftZip([
    { name: 'manifest.json', data: new TextEncoder().encode(JSON.stringify(manifest)) },
    ...entries,
  ]);
}

function withManifestText(text: string): Uint8Array {
  const { entries } = validEntries();
  return craftZip([{ name: 'manifest.json', data: new TextEncoder().encode(text) }, ...entries]);
}

const audioOf = (entries: CraftEntry[], kind: string) =>
  entries.find((e) => e.name.endsWith(`.${kind}`))!;

const HOSTILE: [string, () => Uint8Array, RegExp][] = [
  ['an empty file', () => new Uint8Array(0), /not a ZIP/],
  [
    'a truncated backup (first half only)',
    () => valid.slice(0, Math.floor(valid.length / 2)),
    /truncated/,
  ],
  ['a backup missing its last byte', () => valid.slice(0, valid.length - 1), /truncated/],
  [
    'a PNG image',
    () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(100)]),
    /not a ZIP/,
  ],
  ['a WAV recording renamed .zip', () => fakeAudio('wav', 5000), /not a ZIP/],
  ['plain text', () => new TextEncoder().encode('takes: 12\nscripts: 3\n'), /not a ZIP/],
  [
    'manifest.json that is not JSON',
    () => withManifestText('{"format": "afterbeep-backup", "takes": ['),
    /not valid JSON/,
  ],
  [
    'manifest.json that is not UTF-8',
    () => craftZip([{ name: 'manifest.json', data: new Uint8Array([0xff, 0xfe, 0x7b]) }]),
    /not valid JSON/,
  ],
  [
    'a ZIP without manifest.json',
    () => craftZip([{ name: 'readme.txt', data: new TextEncoder().encode('hi') }]),
    /no manifest\.json/,
  ],
  [
    'a manifest of another app',
    () => withManifestText('{"format":"other-app","formatVersion":1}'),
    /not an Afterbeep backup/,
  ],
  [
    'a backup format from the future',
    () => tampered((m) => void (m.formatVersion = 2)),
    /newer Afterbeep \(backup format 2\)/,
  ],
  [
    'an unknown old format version',
    () => tampered((m) => void (m.formatVersion = 0)),
    /format version \(0\)/,
  ],
  [
    'a schema version from the future',
    () => tampered((m) => void (m.schemaVersion = 99)),
    /newer Afterbeep \(schema 99\)/,
  ],
  [
    'a missing schema version',
    () => tampered((m) => void delete (m as Partial<BackupManifest>).schemaVersion),
    /no valid schema version/,
  ],
  [
    'the same take twice',
    () => tampered((m) => void m.takes.push({ ...m.takes[0]! })),
    /take “take-0000” twice/,
  ],
  [
    'the same script twice',
    () => tampered((m) => void m.scripts.push({ ...m.scripts[0]! })),
    /script “script-a” twice/,
  ],
  [
    'the same ZIP entry twice',
    () => tampered((_m, e) => void e.push({ ...e[0]! })),
    /contains “audio\/.*” twice/,
  ],
  [
    'a take length given as text',
    () =>
      tampered((m) => void ((m.takes[0] as unknown as Record<string, unknown>).lengthMs = '12')),
    /Take 1 \(id “take-0000”\).*"lengthMs" must be a number/,
  ],
  [
    'a take without an id',
    () => tampered((m) => void delete (m.takes[1] as Partial<(typeof m.takes)[0]>).id),
    /Take 2 .*"id" must be an id/,
  ],
  [
    'a take id with a path in it',
    () => tampered((m) => void (m.takes[0]!.id = '../../etc')),
    /"id" must be an id/,
  ],
  [
    'peaks that are not numbers',
    () =>
      tampered((m) => void ((m.takes[0] as unknown as { peaks: unknown[] }).peaks = [0.1, 'loud'])),
    /"peaks" entry 2 must be a number/,
  ],
  [
    'a negative audio size',
    () => tampered((m) => void (m.takes[0]!.sizeBytes = -5)),
    /"sizeBytes" must be a whole number/,
  ],
  [
    'an analysis missing a measure',
    () =>
      tampered(
        (m) =>
          void delete (
            m.takes[1]!.analysis as Partial<NonNullable<(typeof m.takes)[0]['analysis']>>
          ).paceWpm,
      ),
    /"analysis" field "paceWpm" must be a number/,
  ],
  [
    'a bad "would I return this call?" answer',
    () =>
      tampered(
        (m) => void ((m.takes[1] as unknown as Record<string, unknown>).wouldReturn = 'maybe'),
      ),
    /"wouldReturn" must be one of/,
  ],
  [
    'a script version below 1',
    () => tampered((m) => void (m.scriptVersions[0]!.version = 0)),
    /Script version 1 .*"version" must be a whole number of at least 1/,
  ],
  [
    'settings with a text streak',
    () =>
      tampered(
        (m) => void ((m.settings as unknown as Record<string, unknown>).smoothStreak = 'three'),
      ),
    /settings .*"smoothStreak"/,
  ],
  [
    'a __proto__ field',
    () => withManifestText('{"format":"afterbeep-backup","__proto__":{"polluted":true}}'),
    /reserved field name “__proto__”/,
  ],
  [
    'a ZIP bomb (1 GB of zeros deflated to 1 MB)',
    () =>
      craftZip([
        { name: 'manifest.json', data: new Uint8Array(1) },
        {
          name: 'audio/bomb.webm',
          data: new Uint8Array(64 * 1024 * 1024),
          method: 8,
          declaredSize: 1024 * 1024 * 1024,
        },
      ]),
    /compressed/,
  ],
  [
    'an overlapping-entries bomb',
    () =>
      tampered(
        (_m, e) => void e.push({ name: 'audio/copy.webm', data: e[0]!.data, sameDataAs: 1 }),
      ),
    /overlaps|belong to no file/,
  ],
  [
    'an entry declaring 4 GB',
    () => tampered((_m, e) => void (e[0]!.declaredSize = 0xffffffff)),
    /declares 4294967295 bytes/,
  ],
  [
    'an entry longer than the file',
    () => {
      const b = valid.slice();
      const { entries } = validEntries();
      const at = findCentral(b, entries[0]!.name);
      new DataView(b.buffer).setUint32(at + 20, 3_000_000, true);
      new DataView(b.buffer).setUint32(at + 24, 3_000_000, true);
      return b;
    },
    /ends before them/,
  ],
  [
    'a backup with another file joined in front',
    () => new Uint8Array([...fakeAudio('wav', 3000), ...valid]),
    /file table is cut off|belong to no file/,
  ],
  ['two backups joined together', () => new Uint8Array([...valid, ...valid]), /belong to no file/],
  ['an encrypted entry', () => tampered((_m, e) => void (e[0]!.flags = 0x0801)), /encrypted/],
  [
    'a "../" path',
    () => tampered((_m, e) => void e.push({ name: '../../.bashrc', data: new Uint8Array(4) })),
    /unsafe name/,
  ],
  [
    'an absolute path',
    () => tampered((_m, e) => void e.push({ name: '/etc/passwd', data: new Uint8Array(4) })),
    /unsafe name/,
  ],
  [
    'a Windows drive path',
    () => tampered((_m, e) => void e.push({ name: 'C:/Windows/x.webm', data: new Uint8Array(4) })),
    /unsafe name/,
  ],
  [
    'a backslash path',
    () => tampered((_m, e) => void e.push({ name: 'audio\\..\\x.webm', data: new Uint8Array(4) })),
    /unsafe name/,
  ],
  [
    'an audio path leading out of audio/',
    () => tampered((m) => void (m.audio[0]!.path = 'audio/../take-0000.webm')),
    /unsafe name|does not match/,
  ],
  [
    'text bytes as WebM audio',
    () =>
      tampered((_m, e) => {
        const webm = audioOf(e, 'webm');
        webm.data = new TextEncoder()
          .encode('<script>alert(1)</script>'.repeat(200))
          .slice(0, webm.data.length);
      }),
    /is not audio/,
  ],
  [
    'Ogg bytes labelled WebM',
    () =>
      tampered((_m, e) => {
        const webm = audioOf(e, 'webm');
        webm.data = fakeAudio('ogg', webm.data.length);
      }),
    /is ogg, but the backup says webm/,
  ],
  [
    'audio whose size differs from the manifest',
    () => tampered((m) => void (m.audio[0]!.bytes += 1)),
    /should be \d+ bytes but is \d+/,
  ],
  [
    'audio that was altered (checksum)',
    () => {
      const b = valid.slice();
      const at = dataStart(b, validEntries().entries[0]!.name) + 100;
      b[at] = (b[at]! + 1) & 0xff;
      return b;
    },
    /“audio\/take-0000\.webm” is damaged \(its checksum does not match\)/,
  ],
  [
    'a take whose audio is missing',
    () => tampered((_m, e) => void e.splice(0, 1)),
    /is missing from the backup/,
  ],
  [
    'audio for a take the manifest does not list',
    () => tampered((m) => void m.takes.splice(0, 1)),
    /audio for a take it does not list/,
  ],
  [
    'a take with no audio entry in the manifest',
    () => tampered((m) => void m.audio.splice(0, 1)),
    /has no audio listed|not part of an Afterbeep backup/,
  ],
  [
    'an extra unknown file',
    () =>
      tampered(
        (_m, e) =>
          void e.push({ name: 'audio/notes.txt', data: new TextEncoder().encode('hello') }),
      ),
    /“audio\/notes\.txt”, which is not part of an Afterbeep backup/,
  ],
  [
    'unchecked raw bytes on an undamaged take',
    () =>
      tampered((m, e) => {
        const a = m.audio[0]!;
        const entry = e.find((x) => x.name === a.path)!;
        a.kind = 'raw';
        a.path = `audio/${a.takeId}.bin`;
        entry.name = a.path;
      }),
    /unchecked audio but is not marked damaged/,
  ],
  // Issue 14 G: values the old validator let through that then broke the app.
  [
    'a script version of 2^53',
    () =>
      tampered((m) => {
        m.scripts[0]!.version = 2 ** 53;
        m.scriptVersions[0]!.version = 2 ** 53;
      }),
    /"version" must be at most 1000000/,
  ],
  [
    'an empty script id',
    () =>
      tampered((m) => {
        for (const v of m.scriptVersions) if (v.scriptId === m.scripts[0]!.id) v.scriptId = '';
        m.scripts[0]!.id = '';
      }),
    /Script 1 .*"id" must be an id/,
  ],
  [
    'a script id "new" (the editor’s word for a new script)',
    () =>
      tampered((m) => {
        for (const v of m.scriptVersions) if (v.scriptId === m.scripts[0]!.id) v.scriptId = 'new';
        m.scripts[0]!.id = 'new';
      }),
    /"id" must be an id .*reserved/,
  ],
  [
    'a band of 500–0 s',
    () => tampered((m) => void (m.takes[0]!.band = { minSec: 500, maxSec: 0 })),
    /"band" is not a band the app accepts/,
  ],
  [
    'a createdAt of 1e300',
    () => tampered((m) => void (m.takes[0]!.createdAt = 1e300)),
    /"createdAt" must be a time between the years 2000 and 2100/,
  ],
  [
    'settings with a streak of 500',
    () => tampered((m) => void (m.settings!.smoothStreak = 500)),
    /"smoothStreak" must be 1–10 takes/,
  ],
  [
    'a script version nothing lists',
    () => tampered((m) => void (m.scriptVersions[0]!.scriptId = 'script-gone')),
    /version 1 of a script it does not list/,
  ],
  [
    'a script at a version the backup does not hold',
    () => tampered((m) => void (m.scripts[0]!.version = 7)),
    /at version 7, but the backup does not hold that version/,
  ],
  [
    '38 stray bytes in the ZIP’s file table',
    () => strayInFileTable(valid, 38),
    /belong to no file/,
  ],
  [
    'a comment on a file in the file table',
    () => withCentralComment(valid, 'hidden'),
    /belong to no file/,
  ],
];

/** The file with `count` bytes added at the end of its file table (and the table's size grown). */
function strayInFileTable(file: Uint8Array, count: number): Uint8Array {
  const end = file.length - 22;
  const view = new DataView(file.buffer, file.byteOffset);
  const tableSize = view.getUint32(end + 12, true);
  const tableAt = view.getUint32(end + 16, true);
  const at = tableAt + tableSize;
  const out = new Uint8Array([
    ...file.slice(0, at),
    ...new Uint8Array(count).fill(0x41),
    ...file.slice(at),
  ]);
  new DataView(out.buffer).setUint32(out.length - 22 + 12, tableSize + count, true);
  return out;
}

/** The file with a comment on its first file-table record (the table's size grown to match). */
function withCentralComment(file: Uint8Array, comment: string): Uint8Array {
  const text = new TextEncoder().encode(comment);
  const view = new DataView(file.buffer, file.byteOffset);
  const end = file.length - 22;
  const tableAt = view.getUint32(end + 16, true);
  const record = tableAt + 46 + view.getUint16(tableAt + 28, true);
  const out = new Uint8Array([...file.slice(0, record), ...text, ...file.slice(record)]);
  const outView = new DataView(out.buffer);
  outView.setUint16(tableAt + 32, text.length, true);
  outView.setUint32(out.length - 22 + 12, view.getUint32(end + 12, true) + text.length, true);
  return out;
}

function findCentral(bytes: Uint8Array, name: string): number {
  const enc = new TextEncoder().encode(name);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  for (let at = bytes.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    if (enc.every((c, i) => bytes[at + 46 + i] === c)) return at;
  }
  throw new Error('no such entry');
}

function dataStart(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const local = view.getUint32(findCentral(bytes, name) + 42, true);
  return local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
}

describe('restoring a hostile backup file', () => {
  it('accepts the untouched backup the tampered ones come from', async () => {
    const db = await freshDb('hostile-control');
    const summary = await restoreBackup(db, valid);
    expect(summary.takesAdded).toBe(5);
  });

  it.each(HOSTILE)(
    'rejects %s with a message and leaves stored data untouched',
    async (_label, make, message) => {
      const before = await dumpDb(target);
      const error = await restoreBackup(target, new Blob([make() as Uint8Array<ArrayBuffer>])).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(message);
      expect(await dumpDb(target)).toEqual(before);
    },
  );

  it('refuses a file over 16 GB before reading any of it', async () => {
    const before = await dumpDb(target);
    // Node cannot hold a Blob over 4 GB; a file that throws on any read proves none happens.
    const huge = {
      size: 16 * 1024 ** 3 + 1,
      slice: () => {
        throw new Error('read');
      },
    } as unknown as Blob;
    await expect(restoreBackup(target, huge)).rejects.toThrow(
      /too large .* to be an Afterbeep backup/,
    );
    expect(await dumpDb(target)).toEqual(before);
  });
});
