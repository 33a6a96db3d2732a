import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/lib/limits';
import { exportBackup, restoreBackup } from '../../../src/lib/storage/backup';
import { StorageError } from '../../../src/lib/storage/errors';
import { createScript, updateScript } from '../../../src/lib/storage/scripts';
import { updateSettings } from '../../../src/lib/storage/settings';
import { saveTake, updateTake } from '../../../src/lib/storage/takes';
import { dumpDb, freshDb, makeTake } from '../storage/helpers';

describe('one set of limits where data enters (issue 14 A)', () => {
  it('refuses a script longer than a restore accepts, saying so, and stores nothing', async () => {
    const db = await freshDb('limits-script');
    const tooLong = 'a'.repeat(LIMITS.scriptTextChars + 1);
    const error = await createScript(db, { title: 'Long', text: tooLong }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem).toBe('invalid');
    expect((error as Error).message).toBe(
      'The script text is 100,001 characters; at most 100,000 can be saved. Shorten it and save again.',
    );
    expect(await db.count('scripts')).toBe(0);

    const script = await createScript(db, { title: 'Short', text: 'Hi.' });
    const before = await dumpDb(db);
    await expect(
      updateScript(db, script.id, { notes: 'n'.repeat(LIMITS.scriptNotesChars + 1) }),
    ).rejects.toThrow(/The script notes is 100,001 characters/);
    await expect(
      updateScript(db, script.id, { band: { minSec: 500, maxSec: 0 } }),
    ).rejects.toBeInstanceOf(StorageError);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses a take note longer than a restore accepts', async () => {
    const db = await freshDb('limits-take');
    const { take, audio } = makeTake(1);
    await saveTake(db, take, audio);
    await expect(
      updateTake(db, take.id, { note: 'x'.repeat(LIMITS.takeNoteChars + 1) }),
    ).rejects.toThrow(/The take note is 10,001 characters/);
    expect((await db.get('takes', take.id))?.note).toBe(take.note);
  });

  it('a library filled to every limit exports and restores to the same contents', async () => {
    const db = await freshDb('limits-full');
    const script = await createScript(db, {
      title: 'T'.repeat(LIMITS.scriptTitleChars),
      text: 'w'.repeat(LIMITS.scriptTextChars),
      notes: 'n'.repeat(LIMITS.scriptNotesChars),
      band: { minSec: LIMITS.bandMinSec, maxSec: LIMITS.bandMaxSec },
    });
    await updateScript(db, script.id, { text: 'v'.repeat(LIMITS.scriptTextChars) });
    const { take, audio } = makeTake(3, 'wav', { scriptId: script.id, scriptVersion: 2 });
    await saveTake(db, take, audio);
    await updateTake(db, take.id, {
      name: 'N'.repeat(LIMITS.takeNameChars),
      note: 'o'.repeat(LIMITS.takeNoteChars),
    });
    const file = await exportBackup(db);
    const fresh = await freshDb('limits-full-restored');
    await restoreBackup(fresh, file.blob);
    expect(await dumpDb(fresh)).toEqual(await dumpDb(db));
  });
});

/** One thing a rep can do through the app's own storage functions. */
const action = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    title: fc.string({ maxLength: 40 }),
    text: fc.string({ maxLength: 200, unit: 'binary' }),
    notes: fc.string({ maxLength: 40, unit: 'grapheme' }),
    band: fc.option(
      fc
        .tuple(fc.integer({ min: 1, max: 599 }), fc.integer({ min: 1, max: 600 }))
        .filter(([lo, hi]) => hi > lo)
        .map(([minSec, maxSec]) => ({ minSec, maxSec })),
    ),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    which: fc.nat(),
    text: fc.string({ maxLength: 200, unit: 'binary' }),
    title: fc.option(fc.string({ maxLength: 40 })),
    archived: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('take' as const),
    n: fc.nat({ max: 500 }),
    name: fc.option(fc.string({ maxLength: 30, unit: 'binary' }), { nil: undefined }),
    note: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
    starred: fc.option(fc.boolean(), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('settings' as const),
    streak: fc.integer({ min: 1, max: 10 }),
    fade: fc.boolean(),
  }),
);

describe('any library the app can build (issue 14 A, property)', () => {
  it('exports and restores to the same contents', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (actions) => {
        const db = await freshDb('prop-library');
        const scripts: string[] = [];
        for (const a of actions) {
          if (a.kind === 'create') {
            const { id } = await createScript(db, a);
            scripts.push(id);
          } else if (a.kind === 'edit' && scripts.length > 0) {
            const id = scripts[a.which % scripts.length]!;
            await updateScript(db, id, {
              text: a.text,
              archived: a.archived,
              ...(a.title === null ? {} : { title: a.title }),
            });
          } else if (a.kind === 'take') {
            const { take, audio } = makeTake(a.n);
            if (await db.get('takes', take.id)) continue;
            await saveTake(db, take, audio);
            await updateTake(db, take.id, { name: a.name, note: a.note, starred: a.starred });
          } else if (a.kind === 'settings') {
            await updateSettings(db, { smoothStreak: a.streak, prompterFade: a.fade });
          }
        }
        const file = await exportBackup(db);
        const fresh = await freshDb('prop-library-restored');
        await restoreBackup(fresh, file.blob);
        expect(await dumpDb(fresh)).toEqual(await dumpDb(db));
      }),
      { numRuns: 25 },
    );
  });
});
