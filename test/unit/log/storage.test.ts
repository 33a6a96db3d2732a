import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/lib/limits';
import { csvToLog, logToCsv } from '../../../src/lib/log/log-csv';
import { describeRestore, exportBackup, restoreBackup } from '../../../src/lib/storage/backup';
import { readZip } from '../../../src/lib/storage/backup-zip';
import {
  addOutcome,
  clearFollowUp,
  editVoicemail,
  importVoicemails,
  listFollowUpsBy,
  listVoicemails,
  logVoicemail,
  removeOutcome,
  type VoicemailDraft,
} from '../../../src/lib/storage/voicemails';
import { craftZip } from '../backup/craft';
import { dumpDb, freshDb, seedLibrary } from '../storage/helpers';

const DAY = 86_400_000;
const T0 = 1_764_000_000_000;

const draft = (over: Partial<VoicemailDraft> = {}): VoicemailDraft => ({
  leftAt: T0,
  prospect: '  Sam   Lee ',
  company: 'Northwind',
  phone: '(412) 555-0187',
  scriptId: 'script-a',
  scriptVersion: 3,
  scriptTitle: 'Renewal call script-a',
  note: 'asked for Tuesday',
  ...over,
});

describe('the message log in storage', () => {
  it('logs a voicemail, records outcomes in order, and lists due follow-ups', async () => {
    const db = await freshDb('log-repo');
    const a = await logVoicemail(db, draft({ followUpOn: '2025-11-26' }), T0);
    expect(a).toMatchObject({ prospect: 'Sam Lee', phoneKey: '14125550187', outcomes: [] });
    await logVoicemail(
      db,
      draft({ leftAt: T0 + DAY, prospect: 'Ana', phone: '', followUpOn: '2025-12-30' }),
    );
    await addOutcome(db, a.id, 'meeting booked', T0 + 2 * DAY);
    const withBoth = await addOutcome(db, a.id, 'called back', T0 + DAY);
    expect(withBoth.outcomes.map((o) => o.kind)).toEqual(['called back', 'meeting booked']);
    expect((await removeOutcome(db, a.id, 1)).outcomes.map((o) => o.kind)).toEqual(['called back']);

    expect((await listVoicemails(db)).map((v) => v.prospect)).toEqual(['Ana', 'Sam Lee']);
    expect((await listFollowUpsBy(db, '2025-11-30')).map((v) => v.id)).toEqual([a.id]);
    await clearFollowUp(db, a.id);
    expect(await listFollowUpsBy(db, '2025-11-30')).toEqual([]);

    const edited = await editVoicemail(db, a.id, draft({ phone: '412.555.0100' }));
    expect(edited).toMatchObject({ phoneKey: '14125550100', outcomes: [{ kind: 'called back' }] });
  });

  it('refuses a voicemail with nobody to find it by, or a bad follow-up date, and stores nothing', async () => {
    const db = await freshDb('log-refuse');
    await expect(logVoicemail(db, draft({ prospect: ' ', phone: 'n/a' }))).rejects.toThrow(
      /Give a name or a phone number/,
    );
    await expect(logVoicemail(db, draft({ followUpOn: 'Tuesday' }))).rejects.toThrow(
      /cannot be saved: field "followUpOn" must be a date YYYY-MM-DD/,
    );
    expect(await listVoicemails(db)).toEqual([]);
  });

  it('refuses a note over the limit in words, so the log never holds what a backup refuses', async () => {
    const db = await freshDb('log-limits');
    const note = 'x'.repeat(LIMITS.voicemailNoteChars + 1);
    await expect(logVoicemail(db, draft({ note }))).rejects.toThrow(
      'The note is 10,001 characters; at most 10,000 can be saved. Shorten it and save again.',
    );
    const atLimit = await logVoicemail(db, draft({ note: note.slice(1) }));
    expect((await listVoicemails(db)).map((v) => v.id)).toEqual([atLimit.id]);
    const file = await exportBackup(db);
    const fresh = await freshDb('log-limits-fresh');
    expect(await restoreBackup(fresh, file.blob)).toMatchObject({ voicemailsAdded: 1 });
  });

  it('imports a CSV twice without duplicates, adds new outcomes, and links scripts by title', async () => {
    const db = await freshDb('log-import');
    const logged = await logVoicemail(db, draft());
    const text =
      logToCsv([logged]) +
      `,2025-11-25 10:00,Ana Ruiz,Contoso,(305) 555-0101,renewal CALL script-a,,,,,,\r\n`;
    const rows = csvToLog(text);
    const scripts = new Map([['renewal call script-a', 'script-a']]);
    expect(await importVoicemails(db, rows, scripts)).toEqual({
      added: 1,
      updated: 0,
      unchanged: 1,
    });
    expect(await importVoicemails(db, rows, scripts)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 2,
    });
    const ana = (await listVoicemails(db)).find((v) => v.prospect === 'Ana Ruiz');
    expect(ana).toMatchObject({ scriptId: 'script-a', phoneKey: '13055550101' });

    // The CRM later marks Sam as called back: importing that row adds the outcome only.
    const later = csvToLog(
      logToCsv([{ ...logged, outcomes: [{ kind: 'called back', at: T0 + DAY }] }]),
    );
    expect(await importVoicemails(db, later, scripts)).toEqual({
      added: 0,
      updated: 1,
      unchanged: 0,
    });
    expect((await listVoicemails(db)).find((v) => v.id === logged.id)?.outcomes).toHaveLength(1);
  });

  it('an import with one bad row writes nothing at all', async () => {
    const db = await freshDb('log-import-bad');
    const rows = csvToLog('Date left,Name\r\n2025-11-25 10:00,Ana\r\n2025-11-25 10:05,Bo\r\n');
    rows[1]!.followUpOn = 'not a date';
    await expect(importVoicemails(db, rows, new Map())).rejects.toThrow(/followUpOn/);
    expect(await listVoicemails(db)).toEqual([]);
  });
});

describe('the message log in the backup', () => {
  it('travels in the backup and restores exactly; restoring again changes nothing', async () => {
    const source = await freshDb('log-backup-src');
    await seedLibrary(source, 2);
    const a = await logVoicemail(source, draft({ note: 'line one\n"quoted", =1+1' }));
    await addOutcome(source, a.id, 'called back', T0 + DAY);
    await logVoicemail(source, draft({ prospect: 'Ana', followUpOn: '2025-12-01' }));
    const file = await exportBackup(source);

    const fresh = await freshDb('log-backup-fresh');
    const summary = await restoreBackup(fresh, file.blob);
    expect(summary).toMatchObject({ voicemailsAdded: 2, voicemailsUpdated: 0 });
    expect(describeRestore(summary)).toBe(
      'Restored 3 takes and 2 scripts, 2 logged voicemails; settings restored.',
    );
    expect(await dumpDb(fresh)).toEqual(await dumpDb(source));
    expect(await restoreBackup(fresh, file.blob)).toMatchObject({
      voicemailsAdded: 0,
      voicemailsUpdated: 0,
    });
  });

  it('merges: the copy edited last wins, and a voicemail only here is kept', async () => {
    const source = await freshDb('log-merge-src');
    const a = await logVoicemail(source, draft(), T0);
    const file = await exportBackup(source);
    const here = await freshDb('log-merge-here');
    await restoreBackup(here, file.blob);
    await addOutcome(here, a.id, 'called back', T0 + DAY, T0 + DAY);
    const own = await logVoicemail(here, draft({ prospect: 'Only here' }));
    expect(await restoreBackup(here, file.blob)).toMatchObject({
      voicemailsAdded: 0,
      voicemailsUpdated: 0,
    });
    const after = await listVoicemails(here);
    expect(after.find((v) => v.id === a.id)?.outcomes).toHaveLength(1);
    expect(after.some((v) => v.id === own.id)).toBe(true);

    // A newer copy in the backup replaces the older one here.
    await addOutcome(source, a.id, 'meeting booked', T0 + 2 * DAY, T0 + 3 * DAY);
    const newer = await exportBackup(source);
    expect(await restoreBackup(here, newer.blob)).toMatchObject({ voicemailsUpdated: 1 });
    expect(
      (await listVoicemails(here)).find((v) => v.id === a.id)?.outcomes.map((o) => o.kind),
    ).toEqual(['meeting booked']);
  });

  it('refuses a backup with a malformed voicemail and writes nothing', async () => {
    const source = await freshDb('log-hostile-src');
    await logVoicemail(source, draft());
    const file = await exportBackup(source);
    const entries = await readZip(file.blob, {
      maxEntries: 100,
      maxEntryBytes: 2 ** 30,
      maxNameLength: 200,
    });
    const manifest = JSON.parse(new TextDecoder().decode(await entries[0]!.bytes()));
    manifest.voicemails[0].outcomes = [{ kind: 'ghosted', at: 1 }];
    const bad = craftZip([
      { name: 'manifest.json', data: new TextEncoder().encode(JSON.stringify(manifest)) },
    ]);
    const fresh = await freshDb('log-hostile-fresh');
    await expect(restoreBackup(fresh, bad)).rejects.toThrow(
      /Voicemail 1 \(id “.+”\) in the backup is invalid: field "outcomes" entry 1 field "kind" must be one of/,
    );
    expect(await listVoicemails(fresh)).toEqual([]);
  });
});
