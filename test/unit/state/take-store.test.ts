import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_FILTER } from '../../../src/lib/review/filter';
import { library } from '../../../src/lib/state/library.svelte';
import { review } from '../../../src/lib/state/review.svelte';
import { scripts } from '../../../src/lib/state/scripts.svelte';
import { takeStore } from '../../../src/lib/state/takes.svelte';
import { getDb } from '../../../src/lib/storage/db';
import { createScript } from '../../../src/lib/storage/scripts';
import { getTake, saveTake } from '../../../src/lib/storage/takes';
import { makeTake } from '../storage/helpers';

/** Take i of the helpers, linked to a script or not, at a time of our choosing. */
function take(i: number, createdAt: number, scriptId?: string) {
  const { take, audio } = makeTake(i, 'webm', { createdAt, starred: false });
  delete take.scriptId;
  delete take.scriptVersion;
  if (scriptId) Object.assign(take, { scriptId, scriptVersion: 1 });
  return { take, audio };
}

beforeEach(async () => {
  // The state classes share one connection, so each test empties the stores, not the database.
  const db = await getDb();
  await Promise.all([
    db.clear('takes'),
    db.clear('audio'),
    db.clear('scripts'),
    db.clear('scriptVersions'),
  ]);
  review.closeCompare();
  review.compareIds = [];
  await review.setFilter(NO_FILTER);
  await library.refresh();
});

describe('the take store: one record per take, every view derived from it', () => {
  it('put replaces by id and resolve keeps the order asked for, skipping unknown ids', () => {
    const a = take(1, 1000).take;
    const b = take(2, 2000).take;
    expect(takeStore.put([a, b])).toEqual([a.id, b.id]);
    takeStore.put([{ ...a, note: 'edited' }]);
    expect(takeStore.resolve([b.id, 'nope', a.id]).map((t) => [t.id, t.note])).toEqual([
      [b.id, b.note],
      [a.id, 'edited'],
    ]);
    takeStore.remove(a.id);
    expect(takeStore.get(a.id)).toBeUndefined();
  });

  it('a note changed once shows in the list, the filter matches, the comparison and the script', async () => {
    const db = await getDb();
    const script = await createScript(db, { title: 'Intro', text: 'Hi' });
    const older = take(1, 1000, script.id);
    const newer = take(2, 2000, script.id);
    for (const t of [older, newer]) await saveTake(db, t.take, t.audio);
    await library.refresh();
    await scripts.load();
    await review.setFilter({ ...NO_FILTER, script: script.id });
    review.toggleCompare(older.take.id);
    review.toggleCompare(newer.take.id);
    review.openCompare();

    await review.update(older.take.id, { note: 'better opener' });

    const noteOf = (list: readonly { id: string; note?: string }[] | null) =>
      list?.find((t) => t.id === older.take.id)?.note;
    expect(noteOf(library.takes)).toBe('better opener');
    expect(noteOf(review.matches)).toBe('better opener');
    expect(noteOf(review.comparing)).toBe('better opener');
    expect(noteOf(scripts.takesOf(script.id))).toBe('better opener');
    expect((await getTake(db, older.take.id))?.note).toBe('better opener');
  });

  it('a deleted take leaves every view at once, and undo brings it back', async () => {
    const db = await getDb();
    const script = await createScript(db, { title: 'Intro', text: 'Hi' });
    const a = take(1, 1000, script.id);
    const b = take(2, 2000, script.id);
    for (const t of [a, b]) await saveTake(db, t.take, t.audio);
    await library.refresh();
    await scripts.load();
    review.toggleCompare(a.take.id);
    review.toggleCompare(b.take.id);
    review.openCompare();
    expect(review.comparing).not.toBeNull();

    await library.remove(a.take.id);

    expect(library.takes.map((t) => t.id)).toEqual([b.take.id]);
    expect(scripts.takesOf(script.id).map((t) => t.id)).toEqual([b.take.id]);
    expect(review.comparing).toBeNull();
    expect(library.total).toBe(1);

    await library.undoRemove();
    expect(library.takes.map((t) => t.id)).toEqual([b.take.id, a.take.id]);
    expect(scripts.takesOf(script.id).map((t) => t.id)).toEqual([a.take.id, b.take.id]);
  });

  it('a script counts its takes older than the loaded page, read from storage', async () => {
    const db = await getDb();
    const script = await createScript(db, { title: 'Intro', text: 'Hi' });
    const first = take(0, 10, script.id);
    await saveTake(db, first.take, first.audio);
    for (let i = 1; i <= 60; i++) {
      const t = take(i, 100 + i);
      await saveTake(db, t.take, t.audio);
    }
    await library.refresh();
    await scripts.load();
    expect(library.takes.some((t) => t.scriptId === script.id)).toBe(false);
    expect(scripts.takesOf(script.id).map((t) => t.createdAt)).toEqual([10]);
  });

  it('a filtered take older than the loaded page comes back with undo, without any UI effect', async () => {
    const db = await getDb();
    const old = take(0, 10);
    old.take.starred = true;
    await saveTake(db, old.take, old.audio);
    for (let i = 1; i <= 60; i++) {
      const t = take(i, 100 + i);
      await saveTake(db, t.take, t.audio);
    }
    await library.refresh();
    await review.setFilter({ ...NO_FILTER, starredOnly: true });
    expect(review.matches.map((t) => t.id)).toEqual([old.take.id]);

    await library.remove(old.take.id);
    expect(review.matches).toEqual([]);
    await library.undoRemove();
    await vi.waitFor(() => expect(review.matches.map((t) => t.id)).toEqual([old.take.id]));
  });
});
