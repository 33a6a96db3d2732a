import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/lib/limits';
import { estimateBackupBytes, exportBackup, restoreBackup } from '../../../src/lib/storage/backup';
import { saveTake } from '../../../src/lib/storage/takes';
import { dumpDb, fakeAudio, freshDb, makeTake, seedLibrary } from '../storage/helpers';

/** A picked file that records the size of every piece read and refuses to be read whole. */
function watchedFile(blob: Blob) {
  const reads: number[] = [];
  const file = {
    size: blob.size,
    type: blob.type,
    slice(start = 0, end = blob.size, type?: string) {
      // Audio handed to storage is sliced with its type and never read here; untyped slices
      // are the pieces the restore reads.
      if (type === undefined) reads.push(end - start);
      return blob.slice(start, end, type);
    },
    arrayBuffer() {
      throw new Error('The whole file was read into memory.');
    },
    stream() {
      throw new Error('The whole file was streamed at once.');
    },
  } as unknown as Blob;
  return { file, reads };
}

describe('large backups (issue 14 B)', () => {
  it('restore reads the file in pieces of at most 4 MiB, never whole, and restores it exactly', async () => {
    const source = await freshDb('stream-source');
    await seedLibrary(source, 6);
    const { take } = makeTake(40, 'wav');
    const big = fakeAudio('wav', 9 * 1024 * 1024, 7);
    await saveTake(
      source,
      { ...take, sizeBytes: big.length },
      new Blob([big], { type: 'audio/wav' }),
    );
    const exported = await exportBackup(source);
    const { file, reads } = watchedFile(exported.blob);
    const target = await freshDb('stream-target');
    await restoreBackup(target, file);
    expect(await dumpDb(target)).toEqual(await dumpDb(source));
    expect(exported.blob.size).toBeGreaterThan(9 * 1024 * 1024);
    expect(reads.length).toBeGreaterThan(3);
    expect(Math.max(...reads)).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('accepts backups far past the old 1 GiB limit (up to 16 GiB)', () => {
    expect(LIMITS.maxBackupBytes).toBe(16 * 1024 ** 3);
  });

  it('estimates an export’s size before making it, for the large-backup warning', async () => {
    const db = await freshDb('stream-estimate');
    await seedLibrary(db, 6);
    const estimate = await estimateBackupBytes(db);
    const made = await exportBackup(db);
    expect(estimate).toBeGreaterThanOrEqual(made.blob.size * 0.9);
    expect(estimate).toBeLessThan(made.blob.size * 3);
  });
});
