import { describe, expect, it } from 'vitest';
import { describeRestore, exportBackup, restoreBackup } from '../../../src/lib/storage/backup';
import type { Db } from '../../../src/lib/storage/db';
import {
  createScript,
  getScript,
  listScriptVersions,
  renameScript,
  updateScript,
} from '../../../src/lib/storage/scripts';
import { getTake, saveTake, updateTake } from '../../../src/lib/storage/takes';
import { freshDb, makeTake } from '../storage/helpers';

/** Exports `from` and restores the file into `into`; returns the summary in words. */
async function carry(from: Db, into: Db): Promise<string> {
  const file = await exportBackup(from);
  return describeRestore(await restoreBackup(into, file.blob));
}

describe('merging a backup into a library that moved on (issue 14 C)', () => {
  it('two devices never roll each other back: newer text kept, rename taken, editing still works', async () => {
    const a = await freshDb('merge-a');
    const b = await freshDb('merge-b');
    const script = await createScript(a, { title: 'Freight intro', text: 'Draft one.' });
    await carry(a, b);
    await updateScript(a, script.id, { text: 'Draft two.' });
    await updateScript(a, script.id, { text: 'Draft three.' });
    await renameScript(b, script.id, 'Freight intro (Dana)');

    const said = await carry(b, a);

    const merged = await getScript(a, script.id);
    expect(merged).toMatchObject({
      title: 'Freight intro (Dana)',
      text: 'Draft three.',
      version: 3,
    });
    expect(said).toBe(
      'Restored 0 takes and 0 scripts, updated 1 script. Script “Freight intro”: kept your newer text; took the title from the backup.',
    );
    // Before the fix the next edit collided with an existing version number ("Saving failed").
    const edited = await updateScript(a, script.id, { text: 'Draft four.' });
    expect(edited.version).toBe(4);
    expect((await listScriptVersions(a, script.id)).map((v) => v.text)).toEqual([
      'Draft one.',
      'Draft two.',
      'Draft three.',
      'Draft four.',
    ]);
  });

  it('a rename on a device whose clock runs an hour behind still wins over the older title', async () => {
    const a = await freshDb('merge-clock-a');
    const b = await freshDb('merge-clock-b');
    const script = await createScript(a, { title: 'Referral', text: 'Hi Priya.' });
    await carry(a, b);
    await updateScript(b, script.id, { title: 'Referral from Priya' }, Date.now() - 3_600_000);
    await carry(b, a);
    expect((await getScript(a, script.id))?.title).toBe('Referral from Priya');
  });

  it('text edited on both devices: versions are unioned by text, the newest is current, numbers never collide', async () => {
    const a = await freshDb('merge-both-a');
    const b = await freshDb('merge-both-b');
    const script = await createScript(a, { title: 'Renewal', text: 'v1' });
    await carry(a, b);
    await updateScript(a, script.id, { text: 'a2' });
    await updateScript(b, script.id, { text: 'b2' });
    // A take recorded on B against B's version 2 must still point at the words it used.
    const { take, audio } = makeTake(1, 'webm', { scriptId: script.id, scriptVersion: 2 });
    await saveTake(b, take, audio);

    expect(await carry(b, a)).toMatch(
      /Script “Renewal”: added 1 version from the backup; took the newer text from the backup \(now version 3\)\./,
    );
    expect(await getScript(a, script.id)).toMatchObject({ text: 'b2', version: 3 });
    const restored = await getTake(a, take.id);
    expect(restored?.scriptVersion).toBe(3);
    const versions = await listScriptVersions(a, script.id);
    expect(versions.find((v) => v.version === restored?.scriptVersion)?.text).toBe('b2');

    await updateScript(a, script.id, { text: 'a4' });
    await carry(a, b);
    expect(await getScript(b, script.id)).toMatchObject({ text: 'a4' });
    const textsB = (await listScriptVersions(b, script.id)).map((v) => v.text).sort();
    expect(textsB).toEqual(['a2', 'a4', 'b2', 'v1']);
    // The same backup again changes nothing.
    expect(await carry(a, b)).toBe(
      'Restored 0 takes and 0 scripts; skipped 1 take and 1 script already here.',
    );
  });

  it('a take’s name and note merge field by field: each side’s later edit wins', async () => {
    const a = await freshDb('merge-take-a');
    const b = await freshDb('merge-take-b');
    const { take, audio } = makeTake(2);
    await saveTake(a, take, audio);
    await carry(a, b);
    await updateTake(a, take.id, { note: 'Slow first line' });
    await updateTake(b, take.id, { name: 'Warmer opening' });
    expect(await carry(b, a)).toBe(
      'Restored 0 takes and 0 scripts, updated 1 take. Take “Warmer opening”: took the name from the backup.',
    );
    expect(await getTake(a, take.id)).toMatchObject({
      name: 'Warmer opening',
      note: 'Slow first line',
    });
  });
});
