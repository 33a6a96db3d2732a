import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/lib/storage/db';
import { NotFoundError, StorageError } from '../../../src/lib/storage/errors';
import type { TakeRecord } from '../../../src/lib/storage/schema';
import { getSettings, updateSettings } from '../../../src/lib/storage/settings';
import {
  countTakes,
  deleteTake,
  getAudio,
  listStaleTakeIds,
  listTakes,
  restoreTake,
  saveTake,
  updateTake,
} from '../../../src/lib/storage/takes';

let db: Db;
let n = 0;
async function freshDb() {
  db = await openDatabase(`takes-test-${n++}`);
  return db;
}
afterEach(() => db?.close());

function take(id: string, createdAt: number, lengthMs = 24_000): TakeRecord {
  return {
    id,
    createdAt,
    lengthMs,
    mimeType: 'audio/webm;codecs=opus',
    sizeBytes: 3,
    band: { minSec: 20, maxSec: 30 },
    peaks: [0.1, 0.5, 0.2],
    analysis: null,
    analysisVersion: 0,
    voiceProcessing: false,
  };
}
const audio = (text: string) => new Blob([text], { type: 'audio/webm' });

describe('takes storage', () => {
  it('keeps metadata and audio together and lists newest first', async () => {
    await freshDb();
    await saveTake(db, take('a', 1000), audio('aaa'));
    await saveTake(db, take('b', 3000), audio('bbb'));
    await saveTake(db, take('c', 2000), audio('ccc'));
    expect((await listTakes(db)).map((t) => t.id)).toEqual(['b', 'c', 'a']);
    expect(await countTakes(db)).toBe(3);
    expect(await (await getAudio(db, 'c'))?.text()).toBe('ccc');
  });

  it('pages back in time', async () => {
    await freshDb();
    for (let i = 0; i < 5; i++) await saveTake(db, take(`t${i}`, i * 10), audio('x'));
    const first = await listTakes(db, { limit: 2 });
    expect(first.map((t) => t.id)).toEqual(['t4', 't3']);
    const next = await listTakes(db, { limit: 2, before: first.at(-1)! });
    expect(next.map((t) => t.id)).toEqual(['t2', 't1']);
  });

  it('returns whole pages at the edges: one take, more than there are, and all', async () => {
    await freshDb();
    for (let i = 0; i < 4; i++) await saveTake(db, take(`t${i}`, i * 10), audio('x'));
    expect((await listTakes(db, { limit: 1 })).map((t) => t.id)).toEqual(['t3']);
    expect((await listTakes(db, { limit: 9 })).map((t) => t.id)).toEqual(['t3', 't2', 't1', 't0']);
    expect((await listTakes(db)).map((t) => t.id)).toEqual(['t3', 't2', 't1', 't0']);
    expect(await listTakes(db, { limit: 2, before: { createdAt: 0, id: 't0' } })).toEqual([]);
    expect(
      (await listTakes(db, { limit: 9, before: { createdAt: 20, id: 't2' } })).map((t) => t.id),
    ).toEqual(['t1', 't0']);
  });

  it('a failed write leaves earlier takes intact and writes nothing of the new one', async () => {
    await freshDb();
    await saveTake(db, take('kept', 1000), audio('kept audio'));
    // A value IndexedDB cannot clone makes the put throw inside the transaction.
    const broken = { ...take('broken', 2000), peaks: [() => 1] } as unknown as TakeRecord;
    await expect(saveTake(db, broken, audio('lost'))).rejects.toBeInstanceOf(StorageError);
    expect((await listTakes(db)).map((t) => t.id)).toEqual(['kept']);
    expect(await getAudio(db, 'broken')).toBeUndefined();
    expect(await (await getAudio(db, 'kept'))?.text()).toBe('kept audio');
  });

  it('deletes a take with its audio and can put it back exactly', async () => {
    await freshDb();
    await saveTake(db, take('a', 1000), audio('aaa'));
    const deleted = await deleteTake(db, 'a');
    expect(await countTakes(db)).toBe(0);
    expect(await getAudio(db, 'a')).toBeUndefined();
    await restoreTake(db, deleted!);
    expect((await listTakes(db))[0]).toEqual(take('a', 1000));
    expect(await (await getAudio(db, 'a'))?.text()).toBe('aaa');
  });

  it('updates metadata without touching audio', async () => {
    await freshDb();
    await saveTake(db, take('a', 1000), audio('aaa'));
    const next = await updateTake(db, 'a', { note: 'good opener', starred: true });
    expect(next.note).toBe('good opener');
    expect((await listTakes(db))[0]?.starred).toBe(true);
    await expect(updateTake(db, 'missing', { note: 'x' })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('settings storage', () => {
  it('starts at the defaults (20–30 s band, voice processing off) and remembers changes', async () => {
    await freshDb();
    const defaults = await getSettings(db);
    expect(defaults.band).toEqual({ minSec: 20, maxSec: 30 });
    expect(defaults.voiceProcessing).toBe(false);
    expect(defaults.thresholds).toEqual({ slowStartDeadAirSec: 1, slowStartOpeningPace: 2.5 });
    await updateSettings(db, { band: { minSec: 8, maxSec: 14 } });
    expect((await getSettings(db)).band).toEqual({ minSec: 8, maxSec: 14 });
  });
});

describe('re-analysis', () => {
  it('finds takes measured by another analysis version, and only those', async () => {
    await freshDb();
    await saveTake(db, { ...take('never', 1000), analysisVersion: 0 }, audio('a'));
    await saveTake(db, { ...take('old', 2000), analysisVersion: 1 }, audio('b'));
    await saveTake(db, { ...take('current', 3000), analysisVersion: 2 }, audio('c'));
    await saveTake(db, { ...take('future', 4000), analysisVersion: 3 }, audio('d'));
    expect((await listStaleTakeIds(db, 2)).sort()).toEqual(['future', 'never', 'old']);
  });
});
