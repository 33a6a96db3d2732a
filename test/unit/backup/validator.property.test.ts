import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BackupError, exportBackup, restoreBackup } from '../../../src/lib/storage/backup';
import { validateBackup } from '../../../src/lib/storage/backup-validate';
import { readZip } from '../../../src/lib/storage/backup-zip';
import type { Db } from '../../../src/lib/storage/db';
import { dumpDb, freshDb, makeTake, seedLibrary } from '../storage/helpers';
import { craftZip } from './craft';
import { audioRecord } from '../../../src/lib/storage/audio';

let valid: Uint8Array;
let target: Db;

beforeAll(async () => {
  const source = await freshDb('prop-source');
  await seedLibrary(source, 3);
  valid = new Uint8Array(await (await exportBackup(source)).blob.arrayBuffer());
  const limits = { maxEntries: 100, maxEntryBytes: 2 ** 30, maxNameLength: 200 };
  validEntries = await Promise.all(
    (await readZip(valid, limits)).map(async (e) => ({ name: e.name, data: await e.bytes() })),
  );
  target = await freshDb('prop-target');
  const { take, bytes } = makeTake(77);
  await target.put('takes', take);
  await target.put('audio', audioRecord(take.id, bytes.buffer, take.mimeType));
});

/** A random change to the raw bytes of the file. */
const byteMutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    value: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ maxLength: 64 }),
  }),
);

type Mutation = typeof byteMutation extends fc.Arbitrary<infer T> ? T : never;

function applyBytes(file: Uint8Array, mutations: Mutation[]): Uint8Array {
  let out = file.slice();
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'flip') out[at] = m.value;
    else if (m.kind === 'truncate') out = out.slice(0, at);
    else out = new Uint8Array([...out.slice(0, at), ...m.bytes, ...out.slice(at)]);
  }
  return out;
}

const FIELDS = [
  'id',
  'createdAt',
  'lengthMs',
  'mimeType',
  'sizeBytes',
  'band',
  'peaks',
  'analysis',
  'damaged',
  'scriptId',
  'scriptVersion',
  'wouldReturn',
  'path',
  'bytes',
  'kind',
  'version',
  'text',
  'title',
  'updatedAt',
  'type',
  'takeId',
  'smoothStreak',
  'thresholds',
];
const LISTS = ['takes', 'audio', 'scripts', 'scriptVersions'] as const;

/** A random change to one field of one record in the manifest, repacked into a well-formed ZIP. */
const manifestMutation = fc.record({
  list: fc.constantFrom(...LISTS, 'settings' as const, 'top' as const),
  index: fc.nat(),
  field: fc.oneof(
    fc.constantFrom(...FIELDS, 'format', 'formatVersion', 'schemaVersion'),
    fc.string({ maxLength: 12 }),
  ),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
});

type ManifestMutation = typeof manifestMutation extends fc.Arbitrary<infer T> ? T : never;

let validEntries: { name: string; data: Uint8Array }[];

function applyManifest(m: ManifestMutation): Uint8Array {
  const entries = validEntries.map((e) => ({ name: e.name, data: e.data.slice() }));
  const manifest = JSON.parse(new TextDecoder().decode(entries[0]!.data)) as Record<
    string,
    unknown
  >;
  let record: Record<string, unknown> | undefined;
  if (m.list === 'top') record = manifest;
  else if (m.list === 'settings') record = manifest.settings as Record<string, unknown>;
  else {
    const list = manifest[m.list] as Record<string, unknown>[];
    record = list[m.index % list.length];
  }
  if (record) {
    if (m.value === undefined) delete record[m.field];
    else record[m.field] = m.value;
  }
  entries[0]!.data = new TextEncoder().encode(JSON.stringify(manifest));
  return craftZip(entries);
}

/** Restores `file` into the target: it either works or fails with a BackupError and writes nothing. */
async function restoreOrRefuse(file: Uint8Array): Promise<void> {
  const before = await dumpDb(target);
  try {
    await restoreBackup(target, file);
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    expect(await dumpDb(target)).toEqual(before);
  }
}

describe('the backup validator under random damage', () => {
  // Generous timeouts: hundreds of restores on a busy 2-core machine; no timing is asserted.
  it(
    'random byte damage never throws anything but a BackupError, and a refused file writes nothing',
    { timeout: 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(byteMutation, { minLength: 1, maxLength: 4 }),
          async (mutations) => {
            await restoreOrRefuse(applyBytes(valid, mutations));
          },
        ),
        { numRuns: 150 },
      );
    },
  );

  it(
    'random changes to manifest records are validated, never crash, and a refused file writes nothing',
    { timeout: 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(manifestMutation, async (mutation) => {
          await restoreOrRefuse(applyManifest(mutation));
        }),
        { numRuns: 200 },
      );
    },
  );

  it('arbitrary bytes are refused with a BackupError', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        await expect(validateBackup(bytes)).rejects.toThrow(BackupError);
      }),
      { numRuns: 300 },
    );
  });
});
