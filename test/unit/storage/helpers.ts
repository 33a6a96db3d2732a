import 'fake-indexeddb/auto';
import { audioRecord } from '../../../src/lib/storage/audio';
import { openDatabase, type Db } from '../../../src/lib/storage/db';
import type {
  ScriptRecord,
  ScriptVersionRecord,
  Settings,
  TakeRecord,
} from '../../../src/lib/storage/schema';
import { DEFAULT_SETTINGS } from '../../../src/lib/storage/settings';

const STORES = [
  'takes',
  'audio',
  'scripts',
  'scriptVersions',
  'recordings',
  'chunks',
  'settings',
  'voicemails',
] as const;

let counter = 0;
/** A fresh, empty database at the current version, with a name no other test uses. */
export function freshDb(label = 'test'): Promise<Db> {
  counter += 1;
  return openDatabase(`${label}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Every store's keys and values, with Blobs and bytes turned into hex, for deep comparison. */
export async function dumpDb(db: Db): Promise<Record<string, unknown>> {
  const dump: Record<string, unknown> = {};
  for (const store of STORES) {
    // An older schema (before an upgrade) lacks the newer stores.
    if (!db.objectStoreNames.contains(store)) continue;
    const [keys, values] = await Promise.all([db.getAllKeys(store), db.getAll(store)]);
    dump[store] = await Promise.all(
      values.map(async (value, i) => ({ key: keys[i], value: await plain(value) })),
    );
  }
  return dump;
}

async function plain(value: unknown): Promise<unknown> {
  if (value instanceof Blob)
    return { blobType: value.type, hex: Buffer.from(await value.arrayBuffer()).toString('hex') };
  if (value instanceof ArrayBuffer) return { hex: Buffer.from(value).toString('hex') };
  if (Array.isArray(value)) return Promise.all(value.map(plain));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await plain(v);
    return out;
  }
  return value;
}

/** Magic bytes of each container we accept as audio. */
export const MAGIC: Record<'webm' | 'mp4' | 'ogg' | 'wav', number[]> = {
  webm: [0x1a, 0x45, 0xdf, 0xa3],
  mp4: [0, 0, 0, 0x20, ...ascii('ftypisom')],
  ogg: ascii('OggS'),
  wav: [...ascii('RIFF'), 0x24, 0, 0, 0, ...ascii('WAVE')],
};

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** Deterministic fake-but-valid audio bytes: the container's magic then a seeded pattern. */
export function fakeAudio(
  kind: keyof typeof MAGIC,
  bytes: number,
  seed = 1,
): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes);
  const magic = MAGIC[kind];
  let x = seed * 2654435761;
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = i < magic.length ? magic[i]! : x >>> 24;
  }
  return out;
}

const MIME = {
  webm: 'audio/webm;codecs=opus',
  mp4: 'audio/mp4',
  ogg: 'audio/ogg;codecs=opus',
  wav: 'audio/wav',
};

/** A complete take record (every optional field filled on odd i) with its audio. */
export function makeTake(
  i: number,
  kind: keyof typeof MAGIC = 'webm',
  overrides: Partial<TakeRecord> = {},
): { take: TakeRecord; audio: Blob; bytes: Uint8Array<ArrayBuffer> } {
  const bytes = fakeAudio(kind, 2000 + i * 37, i + 1);
  const take: TakeRecord = {
    id: `take-${String(i).padStart(4, '0')}`,
    createdAt: 1_700_000_000_000 + i * 60_000,
    lengthMs: 12_000 + i * 100,
    mimeType: MIME[kind],
    sizeBytes: bytes.length,
    band: { minSec: 20, maxSec: 30 },
    peaks: [0, 0.25, 0.5, 1, 0.125],
    analysis:
      i % 2 === 0
        ? null
        : {
            lengthSec: 12 + i / 10,
            speechOnsetSec: 0.5,
            speechEndSec: 11,
            talkTimeSec: 9.5,
            pauses: [{ startSec: 3, endSec: 3.5 }],
            longestPauseSec: 0.5,
            syllables: 40,
            paceSyllablesPerSec: 4.2,
            paceWpm: 150,
            openingSyllablesPerSec: 3.9,
            speechRmsDbfs: -20,
            peakDbfs: -3,
            noiseFloorDbfs: -60,
            snrDb: 40,
            clippingFraction: 0,
          },
    analysisVersion: i % 2,
    voiceProcessing: false,
    ...(i % 2 === 1
      ? {
          scriptId: 'script-a',
          scriptVersion: 1,
          name: `Take ${i}`,
          note: 'Opened with the question',
          wouldReturn: 'yes',
          starred: true,
        }
      : {}),
    ...overrides,
  };
  return { take, audio: new Blob([bytes], { type: take.mimeType }), bytes };
}

/** A script with `versions` versions. */
export function makeScript(
  id: string,
  versions: number,
  updatedAt = 1_700_000_500_000,
): {
  script: ScriptRecord;
  versions: ScriptVersionRecord[];
} {
  const all = Array.from({ length: versions }, (_, v) => ({
    scriptId: id,
    version: v + 1,
    text: `Hi Sam, quick question about your renewal (draft ${v + 1}).`,
    createdAt: updatedAt - (versions - v) * 1000,
  }));
  return {
    script: {
      id,
      title: `Renewal call ${id}`,
      text: all[all.length - 1]!.text,
      notes: 'Sam Lee, Northwind',
      band: id.endsWith('b') ? { minSec: 8, maxSec: 14 } : null,
      archived: false,
      createdAt: updatedAt - 100_000,
      updatedAt,
      version: versions,
    },
    versions: all,
  };
}

/** Settings different from the defaults, so a restore that copies them is visible. */
export const CUSTOM_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  band: { minSec: 8, maxSec: 14 },
  smoothStreak: 5,
  prompterScroll: true,
};

/** Fills a database with takes of every container, a damaged take, scripts and settings. */
export async function seedLibrary(db: Db, takes = 6): Promise<void> {
  const kinds = ['webm', 'mp4', 'ogg', 'wav'] as const;
  const tx = db.transaction(
    ['takes', 'audio', 'scripts', 'scriptVersions', 'settings'],
    'readwrite',
  );
  const writes: Promise<unknown>[] = [];
  for (let i = 0; i < takes; i++) {
    const { take, bytes } = makeTake(i, kinds[i % kinds.length]);
    writes.push(
      tx.objectStore('takes').put(take),
      tx.objectStore('audio').put(audioRecord(take.id, bytes.buffer, take.mimeType)),
    );
  }
  const damaged = makeTake(takes, 'webm', { id: 'take-damaged', damaged: true, peaks: [] });
  writes.push(
    tx.objectStore('takes').put(damaged.take),
    tx
      .objectStore('audio')
      .put(
        audioRecord(
          'take-damaged',
          new TextEncoder().encode('not audio at all').buffer as ArrayBuffer,
          'audio/webm',
        ),
      ),
  );
  for (const [id, n] of [
    ['script-a', 3],
    ['script-b', 1],
  ] as const) {
    const { script, versions } = makeScript(id, n);
    writes.push(tx.objectStore('scripts').put(script));
    for (const v of versions) writes.push(tx.objectStore('scriptVersions').put(v));
  }
  writes.push(tx.objectStore('settings').put(CUSTOM_SETTINGS, 'settings'));
  await Promise.all([...writes, tx.done]);
}
