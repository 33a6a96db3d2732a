import fc from 'fast-check';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Of, readZip, writeZip } from '../../../src/lib/storage/backup-zip';

const hasPython = spawnSync('python3', ['--version']).status === 0;
const LIMITS = { maxEntries: 10, maxEntryBytes: 2 ** 30, maxNameLength: 200 };

describe('the backup ZIP', () => {
  it('computes the same CRC-32 as zlib, in one go and in pieces', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat({ max: 300 }), (bytes, cut) => {
        const at = Math.min(cut, bytes.length);
        expect(crc32(bytes)).toBe(zlibCrc32(bytes));
        expect(crc32(bytes.subarray(at), crc32(bytes.subarray(0, at)))).toBe(zlibCrc32(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('checksums a Blob a piece at a time', async () => {
    const bytes = new Uint8Array(9 * 1024 * 1024 + 3).map((_, i) => (i * 31) & 0xff);
    expect(await crc32Of(new Blob([bytes]))).toBe(zlibCrc32(bytes));
  });

  it('reads back what it writes, entries as lazy slices with their checksums checked', async () => {
    const audio = new Blob([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3])], {
      type: 'audio/webm',
    });
    const zip = await writeZip([
      { name: 'manifest.json', data: new TextEncoder().encode('{}') },
      { name: 'audio/a.webm', data: audio },
    ]);
    const entries = await readZip(zip, LIMITS);
    expect(entries.map((e) => [e.name, e.size])).toEqual([
      ['manifest.json', 2],
      ['audio/a.webm', 7],
    ]);
    await entries[1]!.verify();
    const back = entries[1]!.blob('audio/webm');
    expect(back.type).toBe('audio/webm');
    expect(new Uint8Array(await back.arrayBuffer())).toEqual(
      new Uint8Array(await audio.arrayBuffer()),
    );
  });
});

describe('ZIP64 (backups past 4 GiB)', () => {
  const files = [
    { name: 'manifest.json', data: new TextEncoder().encode('{"a":1}') },
    { name: 'audio/b.wav', data: new Blob([new Uint8Array(5000).fill(7)]) },
  ];

  it('reads back the ZIP64 records it writes', async () => {
    const zip = await writeZip(files, () => {}, { zip64: 'always' });
    const entries = await readZip(zip, LIMITS);
    expect(entries.map((e) => [e.name, e.size])).toEqual([
      ['manifest.json', 7],
      ['audio/b.wav', 5000],
    ]);
    for (const entry of entries) await entry.verify();
    expect(new TextDecoder().decode(await entries[0]!.bytes())).toBe('{"a":1}');
  });

  // An independent reader: Python's zipfile checks every CRC and the ZIP64 end records.
  it.skipIf(!hasPython)('writes ZIP64 records that Python’s zipfile accepts', async () => {
    const zip = await writeZip(files, () => {}, { zip64: 'always' });
    const dir = mkdtempSync(path.join(tmpdir(), 'zip64-'));
    const file = path.join(dir, 'backup.zip');
    writeFileSync(file, new Uint8Array(await zip.arrayBuffer()));
    const listed = execFileSync('python3', [
      '-c',
      'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(" ".join(f"{i.filename}:{i.file_size}" for i in z.infolist()))',
      file,
    ]).toString();
    expect(listed.trim()).toBe('manifest.json:7 audio/b.wav:5000');
    rmSync(dir, { recursive: true, force: true });
  });
});
