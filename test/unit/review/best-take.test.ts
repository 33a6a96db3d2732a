import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../../src/lib/storage/db';
import type { TakeRecord } from '../../../src/lib/storage/schema';
import { createScript, getScript } from '../../../src/lib/storage/scripts';
import { getTake, saveTake } from '../../../src/lib/storage/takes';
import { library } from '../../../src/lib/state/library.svelte';
import { review } from '../../../src/lib/state/review.svelte';
import { NO_FILTER } from '../../../src/lib/review/filter';

function take(id: string, createdAt: number, patch: Partial<TakeRecord> = {}): TakeRecord {
  return {
    id,
    createdAt,
    lengthMs: 24_000,
    mimeType: 'audio/webm;codecs=opus',
    sizeBytes: 10,
    band: { minSec: 20, maxSec: 30 },
    peaks: [0.1, 0.2],
    analysis: null,
    analysisVersion: 0,
    voiceProcessing: false,
    ...patch,
  };
}

beforeEach(async () => {
  // The library keeps its connection, so each test empties the stores rather than the database.
  const db = await getDb();
  await Promise.all([db.clear('takes'), db.clear('audio'), db.clear('scripts')]);
  await library.refresh();
  review.filter = NO_FILTER;
});

describe('best take', () => {
  it('keeps one best take per script, on the takes alone, and survives a reload', async () => {
    const db = await getDb();
    const script = await createScript(db, { title: 'Intro call', text: 'Hi' });
    const audio = new Blob([new Uint8Array(4)]);
    await saveTake(db, take('t1', 1, { scriptId: script.id, scriptVersion: 1 }), audio);
    await saveTake(db, take('t2', 2, { scriptId: script.id, scriptVersion: 1 }), audio);
    await saveTake(db, take('free', 3, { starred: true }), audio);
    await library.refresh();
    const scriptBefore = await getScript(db, script.id);

    await review.toggleBest(library.takes.find((t) => t.id === 't1')!);
    await review.toggleBest(library.takes.find((t) => t.id === 't2')!);

    expect((await getTake(db, 't1'))?.starred).toBe(false);
    expect((await getTake(db, 't2'))?.starred).toBe(true);
    // Starring is not a script edit: the script keeps its place in the library.
    expect(await getScript(db, script.id)).toEqual(scriptBefore);
    // A take without a script keeps its own star.
    expect((await getTake(db, 'free'))?.starred).toBe(true);

    // The script's take list puts the best one first.
    await review.setFilter({ ...NO_FILTER, script: script.id });
    expect(review.matches.map((t) => t.id)).toEqual(['t2', 't1']);

    await review.toggleBest(library.takes.find((t) => t.id === 't2')!);
    expect((await getTake(db, 't2'))?.starred).toBe(false);
    expect(await getScript(db, script.id)).toEqual(scriptBefore);
  });

  it('filters beyond the loaded page by scanning older takes in storage', async () => {
    const db = await getDb();
    const audio = new Blob([new Uint8Array(4)]);
    for (let i = 0; i < 130; i++) {
      await saveTake(db, take(`t${i}`, i, i % 40 === 0 ? { starred: true } : {}), audio);
    }
    await library.refresh();
    expect(library.takes.length).toBeLessThan(130);
    await review.setFilter({ ...NO_FILTER, starredOnly: true });
    expect(review.matches.map((t) => t.id)).toEqual(['t120', 't80', 't40', 't0']);
  });
});
