import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFormula, parseCsv, writeCsv } from '../../../src/lib/log/csv';
import { csvToLog, formatDateTime, LogImportError, logToCsv } from '../../../src/lib/log/log-csv';
import { phoneKey } from '../../../src/lib/log/phone';
import type { OutcomeKind, VoicemailRecord } from '../../../src/lib/storage/schema';

/** Text heavy in the characters that break CSV and spreadsheets. */
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom(',', '"', '\r', '\n', "'", '=', '+', '-', '@', '\t', ' ', 'é', '😀'),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 30,
});

describe('CSV (RFC 4180)', () => {
  it('reads back exactly what it wrote, for any text (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 6 })
          .chain((width) =>
            fc.array(fc.array(tricky, { minLength: width, maxLength: width }), { maxLength: 8 }),
          ),
        (rows) => {
          expect(parseCsv(writeCsv(rows))).toEqual(rows);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('escapes cells a spreadsheet would run as a formula', () => {
    const text = writeCsv([
      ['=HYPERLINK("http://x","y")', '+1 412 555 0187', '-2', '@SUM(A1)', 'plain', "'quoted"],
    ]);
    expect(text).toBe(
      `"'=HYPERLINK(""http://x"",""y"")",'+1 412 555 0187,'-2,'@SUM(A1),plain,''quoted\r\n`,
    );
    for (const cell of text.trimEnd().split(','))
      expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
    expect(escapeFormula('\tx')).toBe("'\tx");
  });

  it('reads a CRM file: BOM, LF rows, blank lines and an apostrophe before plain text kept', () => {
    expect(parseCsv('\uFEFFName,Note\n\'Reilly,"two\nlines"\n\nAna,')).toEqual([
      ['Name', 'Note'],
      ["'Reilly", 'two\nlines'],
      ['Ana', ''],
    ]);
  });

  it('says where a broken file goes wrong', () => {
    expect(() => parseCsv('a,b\n"open,x\n')).toThrow(/starts on line 2 is never closed/);
    expect(() => parseCsv('a,b\n"x"y,z\n')).toThrow(/Line 2 has text right after a closing quote/);
  });
});

const minute = fc
  .integer({ min: 1_500_000_000, max: 2_000_000_000 })
  .map((s) => Math.floor(s / 60) * 60_000);
const name = tricky.map((s) => s.trim().replace(/\s+/g, ' ')).filter((s) => s !== '');
const voicemailArb = fc
  .record({
    leftAt: minute,
    prospect: name,
    company: tricky.map((s) => s.trim().replace(/\s+/g, ' ')),
    phone: fc.constantFrom('(412) 555-0187', '+44 20 7946 0958', '', '=1+1', '412.555.0100'),
    scriptTitle: tricky.map((s) => s.trim()),
    scriptVersion: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
    followUpOn: fc.option(fc.constantFrom('2026-12-01', '2027-01-31'), { nil: undefined }),
    note: tricky,
    outcome: fc.option(
      fc.constantFrom<OutcomeKind>(
        'called back',
        'meeting booked',
        'no response',
        'wrong number',
        'replied by email',
      ),
      { nil: undefined },
    ),
  })
  .map(({ outcome, scriptVersion, followUpOn, ...v }): VoicemailRecord => ({
    id: `id-${v.leftAt}`,
    ...v,
    phoneKey: phoneKey(v.phone),
    ...(scriptVersion ? { scriptVersion } : {}),
    ...(followUpOn ? { followUpOn } : {}),
    outcomes: outcome ? [{ kind: outcome, at: v.leftAt + 3_600_000 }] : [],
    updatedAt: 0,
  }));

describe('the log as CSV', () => {
  it('round trips every voicemail’s fields through export and import (property)', () => {
    fc.assert(
      fc.property(fc.array(voicemailArb, { maxLength: 10 }), (voicemails) => {
        const back = csvToLog(logToCsv(voicemails));
        const sorted = [...voicemails].sort((a, b) => a.leftAt - b.leftAt);
        expect(back).toEqual(sorted.map(({ updatedAt: _u, ...v }) => v));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the first callback when a later outcome follows it', () => {
    const v: VoicemailRecord = {
      id: 'a',
      leftAt: 0,
      prospect: 'Sam',
      company: '',
      phone: '',
      phoneKey: '',
      scriptTitle: '',
      note: '',
      outcomes: [
        { kind: 'called back', at: 86_400_000 },
        { kind: 'meeting booked', at: 2 * 86_400_000 },
      ],
      updatedAt: 0,
    };
    const text = logToCsv([v]);
    expect(text.split('\r\n')[0]).toBe(
      'Id,Date left,Name,Company,Phone,Script,Script version,Follow-up date,Outcome,Outcome date,Called back date,Note',
    );
    expect(csvToLog(text)[0]!.outcomes).toEqual(v.outcomes);
  });

  it('imports a CRM export with its own column names', () => {
    const rows = csvToLog(
      'Contact Name,Company Name,Phone Number,Date,Disposition\r\nAna Ruiz,Contoso,(305) 555-0101,2026-11-02 09:30,No response\r\n',
    );
    expect(rows).toEqual([
      {
        leftAt: new Date(2026, 10, 2, 9, 30).getTime(),
        prospect: 'Ana Ruiz',
        company: 'Contoso',
        phone: '(305) 555-0101',
        phoneKey: '13055550101',
        scriptTitle: '',
        note: '',
        outcomes: [{ kind: 'no response', at: new Date(2026, 10, 2, 9, 30).getTime() }],
      },
    ]);
    expect(formatDateTime(rows[0]!.leftAt)).toBe('2026-11-02 09:30');
  });

  it('refuses a bad file naming the row and what to do', () => {
    const head = 'Date left,Name,Phone,Outcome\r\n';
    expect(() =>
      csvToLog(head + '2026-11-02 09:30,Sam,,called back\r\nyesterday,Ana,,\r\n'),
    ).toThrow(
      /Row 3: “Date left” is “yesterday”, which is not a date like 2026-11-30 14:05\. Fix that row/,
    );
    expect(() => csvToLog(head + '2026-02-30,Sam,,\r\n')).toThrow(
      /Row 2: “Date left” is “2026-02-30”/,
    );
    expect(() => csvToLog(head + '2026-11-02,Sam,,maybe\r\n')).toThrow(
      /“Outcome” is “maybe”; use called back/,
    );
    expect(() => csvToLog(head + '2026-11-02,,,\r\n')).toThrow(/neither a name nor a phone number/);
    expect(() => csvToLog('Name,Phone\r\nSam,1\r\n')).toThrow(LogImportError);
    expect(() => csvToLog('')).toThrow(/empty/);
  });
});
