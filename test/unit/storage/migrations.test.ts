import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { onOutdated, openDatabase } from '../../../src/lib/storage/db';
import { DB_VERSION } from '../../../src/lib/storage/schema';
import { convertLegacyAudio, getAudio } from '../../../src/lib/storage/takes';
import { dumpDb } from './helpers';
import { PAST_VERSIONS, createAt } from './past-versions';

let n = 0;
const name = (label: string) => `migrate-${label}-${n++}`;

/** Store names, key paths and indexes of a database: its shape, without the data. */
async function shapeOf(dbName: string) {
  const db = await openDB(dbName);
  const stores = [...db.objectStoreNames].sort().map((store) => {
    const s = db.transaction(store).objectStore(store);
    return {
      store,
      keyPath: s.keyPath,
      indexes: [...s.indexNames].sort().map((i) => ({ i, keyPath: s.index(i).keyPath })),
    };
  });
  db.close();
  return stores;
}

describe('schema migrations', () => {
  it('the newest past version is the current schema version', () => {
    expect(PAST_VERSIONS.at(-1)?.version).toBe(DB_VERSION);
  });

  it('creates the full current schema in a browser that never had Afterbeep (v0)', async () => {
    const fresh = name('v0');
    (await openDatabase(fresh)).close();
    const viaSteps = name('steps');
    await createAt(viaSteps, PAST_VERSIONS.at(-1)!);
    expect(await shapeOf(fresh)).toEqual(await shapeOf(viaSteps));
  });

  it.each(PAST_VERSIONS.map((p) => [p.version, p] as const))(
    'opens a populated v%i database with the current code and every record reads back',
    async (_version, past) => {
      const dbName = name(`v${past.version}`);
      await createAt(dbName, past);
      const raw = await openDB(dbName);
      const before = await dumpDb(raw as never);
      raw.close();

      const db = await openDatabase(dbName);
      expect(db.version).toBe(DB_VERSION);
      // Nothing lost or altered by the upgrade (later versions may only add fields)…
      const after = await dumpDb(db);
      for (const [store, records] of Object.entries(before))
        expect(after[store]).toEqual(
          expect.arrayContaining(
            (records as { key: unknown; value: unknown }[]).map(({ key, value }) =>
              expect.objectContaining({
                key,
                value: value && typeof value === 'object' ? expect.objectContaining(value) : value,
              }),
            ),
          ),
        );
      // …and it reads correctly through the repositories the app uses.
      await past.readsBack(db);
      db.close();
    },
  );

  it.each(PAST_VERSIONS.map((p) => [p.version, p] as const))(
    'moves v%i audio to bytes plus type after opening, byte for byte, and it still reads back',
    async (_version, past) => {
      const dbName = name(`bytes-v${past.version}`);
      await createAt(dbName, past);
      const db = await openDatabase(dbName);
      const audioBefore = await Promise.all(
        (await db.getAllKeys('audio')).map(async (id) => (await getAudio(db, id))!),
      );
      await convertLegacyAudio(db);
      for (const store of ['audio', 'chunks'] as const)
        for (const record of await db.getAll(store)) {
          expect(record.blob).toBeUndefined();
          expect(typeof record.type).toBe('string');
        }
      const audioAfter = await Promise.all(
        (await db.getAllKeys('audio')).map(async (id) => (await getAudio(db, id))!),
      );
      expect(audioAfter.map((b) => b.type)).toEqual(audioBefore.map((b) => b.type));
      for (const [i, blob] of audioAfter.entries())
        expect(await blob.arrayBuffer()).toEqual(await audioBefore[i]!.arrayBuffer());
      await past.readsBack(db);
      expect(await convertLegacyAudio(db)).toBe(0); // nothing left to do the second time
      db.close();
    },
  );

  it('a tab on the old version steps aside and is told to reload instead of blocking the upgrade', async () => {
    const dbName = name('outdated');
    const old = await openDatabase(dbName);
    let told = 0;
    const stop = onOutdated(() => told++);
    // A newer Afterbeep in another tab opens the next version.
    const newer = await openDB(dbName, DB_VERSION + 1, {
      blocked: () => expect.fail('the old tab blocked the upgrade'),
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(told).toBe(1);
    stop();
    newer.close();
    void old;
  });
});
