/**
 * A 2 GiB library exported to a backup file and restored from it, with peak memory and time.
 *   npx tsx bench/backup-large.ts [libraryMiB=2048] [takeMiB=2]
 * Node with fake-indexeddb. The takes' audio are slices of one generated file on disk (Node's
 * disk-backed Blobs, which fake-indexeddb stores by reference, as a browser keeps audio on disk),
 * so the figures are the backup code's own working memory, not the library's size. The backup is
 * written to a file and restored from that file (fs.openAsBlob), as a browser reads a picked File.
 * Not part of `npm test` or `npm run bench` (it writes 4 GiB to the temp folder and takes minutes).
 */
import 'fake-indexeddb/auto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { openAsBlob } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { exportBackup, restoreBackup } from '../src/lib/storage/backup';
import { openDatabase } from '../src/lib/storage/db';
import type { TakeRecord } from '../src/lib/storage/schema';
import { getAudio, saveTake } from '../src/lib/storage/takes';

const MiB = 1024 * 1024;
const LIBRARY_MIB = Number(process.argv[2] ?? 2048);
const TAKE_MIB = Number(process.argv[3] ?? 2);
const TAKES = Math.floor(LIBRARY_MIB / TAKE_MIB);
const TAKE_BYTES = TAKE_MIB * MiB;

/** Samples RSS and heap every 20 ms; `peak()` returns the highest seen since `reset()`. */
function memoryWatch() {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed + m.arrayBuffers);
  };
  const timer = setInterval(sample, 20);
  return {
    reset: () => {
      rss = 0;
      heap = 0;
      sample();
    },
    peak: () => (sample(), { rss, heap }),
    stop: () => clearInterval(timer),
  };
}

const mib = (bytes: number) => `${(bytes / MiB).toFixed(0)} MiB`;

const dir = await mkdtemp(path.join(tmpdir(), 'afterbeep-bench-'));
const watch = memoryWatch();
try {
  // One file holds every take's audio: each slice starts with WebM's magic bytes.
  const audioPath = path.join(dir, 'audio.bin');
  const handle = await open(audioPath, 'w');
  const piece = new Uint8Array(TAKE_BYTES);
  let x = 12345;
  for (let i = 0; i < piece.length; i++) piece[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  piece.set([0x1a, 0x45, 0xdf, 0xa3]);
  for (let i = 0; i < TAKES; i++) {
    piece[4] = i & 0xff;
    await handle.write(piece);
  }
  await handle.close();
  const audio = await openAsBlob(audioPath, { type: 'audio/webm;codecs=opus' });

  const source = await openDatabase('bench-large-source');
  for (let i = 0; i < TAKES; i++) {
    const take: TakeRecord = {
      id: `take-${i}`,
      createdAt: 1_750_000_000_000 + i * 60_000,
      lengthMs: 60_000,
      mimeType: 'audio/webm;codecs=opus',
      sizeBytes: TAKE_BYTES,
      band: { minSec: 20, maxSec: 30 },
      peaks: Array.from({ length: 800 }, (_, k) => Math.abs(Math.sin(i + k / 10))),
      analysis: null,
      analysisVersion: 0,
      voiceProcessing: false,
    };
    const blob = audio.slice(i * TAKE_BYTES, (i + 1) * TAKE_BYTES, 'audio/webm;codecs=opus');
    await saveTake(source, take, blob);
  }
  global.gc?.();
  const base = process.memoryUsage();
  console.log(
    `${TAKES} takes of ${TAKE_MIB} MiB = ${mib(TAKES * TAKE_BYTES)} of audio (fake-indexeddb, Node ${process.version}); before export: RSS ${mib(base.rss)}, heap+buffers ${mib(base.heapUsed + base.arrayBuffers)}`,
  );

  watch.reset();
  let t = performance.now();
  const file = await exportBackup(source);
  const backupPath = path.join(dir, file.fileName);
  const out = createWriteStream(backupPath);
  for await (const chunk of file.blob.stream()) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  const exportMs = performance.now() - t;
  const exportPeak = watch.peak();
  const size = (await stat(backupPath)).size;
  console.log(
    `export to file: ${(exportMs / 1000).toFixed(1)} s, ${mib(size)} file; peak RSS ${mib(exportPeak.rss)}, peak heap+buffers ${mib(exportPeak.heap)}`,
  );

  global.gc?.();
  const target = await openDatabase('bench-large-target');
  const picked = await openAsBlob(backupPath, { type: 'application/zip' });
  watch.reset();
  t = performance.now();
  const summary = await restoreBackup(target, picked);
  const restoreMs = performance.now() - t;
  const restorePeak = watch.peak();
  if (summary.takesAdded !== TAKES)
    throw new Error(`restored ${summary.takesAdded} of ${TAKES} takes`);
  const last = await getAudio(target, `take-${TAKES - 1}`);
  if (last?.size !== TAKE_BYTES) throw new Error('the last take’s audio did not come back');
  console.log(
    `restore from file: ${(restoreMs / 1000).toFixed(1)} s, ${summary.takesAdded} takes; peak RSS ${mib(restorePeak.rss)}, peak heap+buffers ${mib(restorePeak.heap)}`,
  );
} finally {
  watch.stop();
  await rm(dir, { recursive: true, force: true });
}
