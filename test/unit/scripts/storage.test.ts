import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/lib/storage/db';
import {
  archiveScript,
  createScript,
  deleteScript,
  duplicateScript,
  getScript,
  listScripts,
  listScriptVersions,
  renameScript,
  updateScript,
} from '../../../src/lib/storage/scripts';
import { getTake, listScriptTakes, saveTake, getAudio } from '../../../src/lib/storage/takes';
import { take } from '../drills/takes';

let db: Db;
let n = 0;

beforeEach(async () => {
  db = await openDatabase(`scripts-test-${++n}`);
});
afterEach(() => db.close());

describe('script library storage', () => {
  it('creates a script at version 1 with its text in the history', async () => {
    const s = await createScript(db, {
      title: '  Freight  intro ',
      text: 'Dana, quick question.',
      band: { minSec: 8, maxSec: 14 },
    });
    expect(s).toMatchObject({
      title: 'Freight intro',
      version: 1,
      archived: false,
      notes: '',
      band: { minSec: 8, maxSec: 14 },
    });
    expect(await listScriptVersions(db, s.id)).toMatchObject([
      { version: 1, text: 'Dana, quick question.' },
    ]);
    expect((await createScript(db, { title: '   ' })).title).toBe('Untitled script');
  });

  it('adds a version only when the text actually changes', async () => {
    const s = await createScript(db, { title: 'A', text: 'one' }, 1000);
    const renamed = await renameScript(db, s.id, 'B');
    expect(renamed).toMatchObject({ title: 'B', version: 1 });
    const same = await updateScript(db, s.id, { text: 'one', notes: 'met at expo' });
    expect(same).toMatchObject({ version: 1, notes: 'met at expo' });
    const edited = await updateScript(db, s.id, { text: 'two' }, 2000);
    expect(edited).toMatchObject({ version: 2, text: 'two', updatedAt: 2000 });
    await updateScript(db, s.id, { text: 'three' });
    const versions = await listScriptVersions(db, s.id);
    expect(versions.map((v) => [v.version, v.text])).toEqual([
      [1, 'one'],
      [2, 'two'],
      [3, 'three'],
    ]);
    expect((await getScript(db, s.id))?.version).toBe(3);
  });

  it('keeps takes pointing at the version they were recorded against', async () => {
    const s = await createScript(db, { title: 'A', text: 'one' });
    const t = take(s.id, { version: 1 });
    await saveTake(db, t, new Blob(['x']));
    await updateScript(db, s.id, { text: 'two' });
    expect((await getTake(db, t.id))?.scriptVersion).toBe(1);
    const versions = await listScriptVersions(db, s.id);
    expect(versions.find((v) => v.version === 1)?.text).toBe('one');
  });

  it('duplicates the current text, notes and band as a new script without takes', async () => {
    const s = await createScript(db, {
      title: 'A',
      text: 'one',
      notes: 'n',
      band: { minSec: 8, maxSec: 14 },
    });
    await updateScript(db, s.id, { text: 'two' });
    await saveTake(db, take(s.id), new Blob(['x']));
    const copy = await duplicateScript(db, s.id);
    expect(copy).toMatchObject({
      title: 'A (copy)',
      text: 'two',
      notes: 'n',
      version: 1,
      band: { minSec: 8, maxSec: 14 },
    });
    expect(copy.id).not.toBe(s.id);
    expect(await listScriptTakes(db, copy.id)).toEqual([]);
    expect(await listScriptVersions(db, copy.id)).toHaveLength(1);
  });

  it('archives and restores without touching text or takes', async () => {
    const s = await createScript(db, { title: 'A', text: 'one' });
    await saveTake(db, take(s.id), new Blob(['x']));
    expect((await archiveScript(db, s.id)).archived).toBe(true);
    expect((await listScripts(db)).find((x) => x.id === s.id)?.archived).toBe(true);
    expect(await listScriptTakes(db, s.id)).toHaveLength(1);
    expect((await archiveScript(db, s.id, false)).archived).toBe(false);
  });

  it('deletes a script and its history but keeps its takes and audio, unlinked', async () => {
    const s = await createScript(db, { title: 'A', text: 'one' });
    const other = await createScript(db, { title: 'B', text: 'x' });
    await updateScript(db, s.id, { text: 'two' });
    const t1 = take(s.id, { version: 1 });
    const t2 = take(s.id, { version: 2 });
    const t3 = take(other.id);
    for (const t of [t1, t2, t3]) await saveTake(db, t, new Blob([t.id]));
    expect(await deleteScript(db, s.id)).toBe(2);
    expect(await getScript(db, s.id)).toBeUndefined();
    expect(await listScriptVersions(db, s.id)).toEqual([]);
    const kept = await getTake(db, t1.id);
    expect(kept).toBeDefined();
    expect(kept?.scriptId).toBeUndefined();
    expect(kept?.scriptVersion).toBeUndefined();
    expect(await (await getAudio(db, t2.id))?.text()).toBe(t2.id);
    expect((await getTake(db, t3.id))?.scriptId).toBe(other.id);
    expect((await listScripts(db)).map((x) => x.title)).toEqual(['B']);
  });

  it('lists scripts most recently edited first', async () => {
    const a = await createScript(db, { title: 'A' }, 1000);
    await createScript(db, { title: 'B' }, 2000);
    await updateScript(db, a.id, { notes: 'x' }, 3000);
    expect((await listScripts(db)).map((s) => s.title)).toEqual(['A', 'B']);
  });

  it('says clearly when a script to edit is gone', async () => {
    await expect(updateScript(db, 'nope', { text: 'x' })).rejects.toThrow(/no longer exists/);
    await expect(duplicateScript(db, 'nope')).rejects.toThrow(/no longer exists/);
  });
});
