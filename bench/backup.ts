/**
 * Times a full backup export and a restore of 500 takes (each ~4 KB of fake-but-valid WebM
 * bytes, with peaks and measures) plus 20 scripts, in Node with fake-indexeddb.
 *   npx tsx bench/backup.ts [takes] [runs]
 * Prints the median of `runs` runs (default 5) for export, restore into an empty database and
 * re-import of the same file (everything skipped).
 */
import 'fake-indexeddb/auto';
import { exportBackup, restoreBackup } from '../src/lib/storage/backup';
import { openDatabase, type Db } from '../src/lib/storage/db';
import type { TakeRecord } from '../src/lib/storage/schema';
import { audioRecord } from '../src/lib/storage/audio';
import { median } from './median';

const TAKES = Number(process.argv[2] ?? 500);
const RUNS = Number(process.argv[3] ?? 5);
const AUDIO_BYTES = 4096;

function audio(seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(AUDIO_BYTES);
  bytes.set([0x1a, 0x45, 0xdf, 0xa3]);
  let x = seed + 1;
  for (let i = 4; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return bytes;
}

function take(i: number): TakeRecord {
  return {
    id: `bench-${i}`,
    createdAt: 1_700_000_000_000 + i * 60_000,
    lengthMs: 20_000 + (i % 100) * 100,
    mimeType: 'audio/webm;codecs=opus',
    sizeBytes: AUDIO_BYTES,
    band: { minSec: 20, maxSec: 30 },
    peaks: Array.from({ length: 800 }, (_, k) => Math.abs(Math.sin(i + k / 10))),
    analysis: {
      lengthSec: 24,
      speechOnsetSec: 0.4,
      speechEndSec: 23,
      talkTimeSec: 20,
      pauses: [{ startSec: 5, endSec: 5.6 }],
      longestPauseSec: 0.6,
      syllables: 90,
      paceSyllablesPerSec: 4.1,
      paceWpm: 150,
      openingSyllablesPerSec: 3.8,
      speechRmsDbfs: -21,
      peakDbfs: -4,
      noiseFloorDbfs: -62,
      snrDb: 41,
      clippingFraction: 0,
    },
    analysisVersion: 1,
    voiceProcessing: false,
    scriptId: `script-${i % 20}`,
    scriptVersion: 1,
  };
}

async function seed(db: Db): Promise<void> {
  const tx = db.transaction(['takes', 'audio', 'scripts', 'scriptVersions'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  for (let i = 0; i < TAKES; i++) {
    writes.push(tx.objectStore('takes').put(take(i)));
    writes.push(
      tx
        .objectStore('audio')
        .put(audioRecord(`bench-${i}`, audio(i).buffer, 'audio/webm;codecs=opus')),
    );
  }
  for (let s = 0; s < 20; s++) {
    const text = `Hi, this is Sam from Northwind about renewal ${s}.`;
    writes.push(
      tx.objectStore('scripts').put({
        id: `script-${s}`,
        title: `Script ${s}`,
        text,
        notes: '',
        band: null,
        archived: false,
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_000,
        version: 1,
      }),
      tx
        .objectStore('scriptVersions')
        .put({ scriptId: `script-${s}`, version: 1, text, createdAt: 1_700_000_000_000 }),
    );
  }
  await Promise.all([...writes, tx.done]);
}

const times = { export: [] as number[], restore: [] as number[], reimport: [] as number[] };
let size = 0;

for (let run = 0; run < RUNS; run++) {
  const source = await openDatabase(`bench-source-${run}`);
  await seed(source);
  let t = performance.now();
  const file = await exportBackup(source);
  times.export.push(performance.now() - t);
  size = file.blob.size;

  const target = await openDatabase(`bench-target-${run}`);
  t = performance.now();
  const summary = await restoreBackup(target, file.blob);
  times.restore.push(performance.now() - t);
  if (summary.takesAdded !== TAKES)
    throw new Error(`restored ${summary.takesAdded} of ${TAKES} takes`);

  t = performance.now();
  const again = await restoreBackup(target, file.blob);
  times.reimport.push(performance.now() - t);
  if (again.takesAdded !== 0) throw new Error('re-import added takes');
  source.close();
  target.close();
}

console.log(
  `${TAKES} takes, ${(size / 1024 / 1024).toFixed(2)} MB backup, median of ${RUNS} runs (fake-indexeddb, Node ${process.version}):`,
);
for (const [name, list] of Object.entries(times))
  console.log(`  ${name.padEnd(9)} ${median(list).toFixed(0)} ms`);
