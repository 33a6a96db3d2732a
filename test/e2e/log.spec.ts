import AxeBuilder from '@axe-core/playwright';
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support';

const SCRIPT = [
  'Dana, quick question about your freight invoices.',
  "It's Sam, 412 555 0134. Call me back at 412 555 0134.",
].join('\n');

/** Today as the date input wants it, in the browser's local time. */
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });

const callbacksRow = (page: Page, title: string) =>
  page
    .getByRole('region', { name: 'Callbacks by script' })
    .getByRole('row', { name: new RegExp(title) });

async function logBasic(
  page: Page,
  fields: { name: string; company?: string; phone?: string; note?: string },
) {
  await page.getByRole('button', { name: 'Log', exact: true }).click();
  await page.getByRole('button', { name: 'Log a voicemail' }).click();
  const form = page.getByRole('form', { name: 'Log a voicemail you left' });
  await form.getByLabel('Name').fill(fields.name);
  if (fields.company) await form.getByLabel('Company').fill(fields.company);
  if (fields.phone) await form.getByLabel('Phone').fill(fields.phone);
  if (fields.note) await form.getByLabel('Note').fill(fields.note);
  await form.getByRole('button', { name: 'Save to log' }).click();
  await expect(form).toBeHidden();
}

test.describe('the message log', () => {
  test.use({ mic: 'speech-4s.wav' });

  test('log a voicemail from a drilled script, find it by a partial number, record a callback, see the rate change', async ({
    page,
  }) => {
    // A take, a reload and several views: about a minute alone, over three on a crowded 2-core machine.
    test.setTimeout(480_000);
    await page.goto('/');
    await page.getByRole('button', { name: 'Scripts' }).click();
    await page.getByRole('button', { name: 'New script' }).click();
    await page.getByLabel('Title').fill('Freight intro');
    await page.getByLabel('Script', { exact: true }).fill(SCRIPT);
    await page.getByRole('button', { name: 'Save script' }).click();
    await page
      .getByRole('article', { name: 'Freight intro' })
      .getByRole('button', { name: 'Drill this script' })
      .click();
    await expect(page.getByRole('heading', { name: 'Drilling: Freight intro' })).toBeVisible();

    // One take of the drill, then one tap from the take to the log form.
    await page.getByRole('heading', { name: 'Drilling: Freight intro' }).click();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await page.waitForTimeout(4000);
    await page.keyboard.press('Space');
    // The take's downloads and the log button sit under its "More" disclosure.
    await page.getByText('More: name, note, downloads, delete').click();
    await page.getByRole('button', { name: 'Log as voicemail left' }).click();

    const form = page.getByRole('form', { name: 'Log a voicemail you left' });
    await expect(form.getByLabel('Script')).toHaveValue(/.+/);
    await expect(form.getByLabel('Script').locator('option:checked')).toHaveText('Freight intro');
    await expect(form.getByText('The take you just reviewed is kept')).toBeVisible();
    await form.getByLabel('Name').fill('Sam Lee');
    await form.getByLabel('Company').fill('Northwind');
    await form.getByLabel('Phone').fill('+1 412 555 0187');
    await form.getByLabel('Follow up on').fill(await today(page));
    await form.getByRole('button', { name: 'Save to log' }).click();
    await expect(form).toBeHidden();

    // The script's callback figures: one voicemail, no callback yet, too few to compare.
    await page.getByRole('button', { name: 'Scripts' }).click();
    const row = callbacksRow(page, 'Freight intro');
    await expect(row.getByRole('cell').nth(0)).toHaveText('1');
    await expect(row.getByRole('cell').nth(1)).toHaveText('0');
    await expect(row.getByRole('cell').nth(2)).toContainText('0 % (95 % interval 0–79 %)');
    await expect(row.getByRole('cell').nth(2)).toContainText('Too few to compare: 1 of the 20');

    // The follow-up due today is shown when the app opens.
    await page.reload();
    const due = page.getByRole('region', { name: /Follow-ups due today \(1\)/ });
    await expect(due).toContainText('Sam Lee, Northwind');

    // Who's calling? The number written another way, and only part of it.
    await page.getByRole('button', { name: 'Log', exact: true }).click();
    await page.getByLabel('Who’s calling?').fill('(412) 555-01');
    await expect(page.getByText('1 voicemail matches.')).toBeVisible();
    const hit = page
      .getByRole('list', { name: 'Matching voicemails' })
      .getByRole('article', { name: 'Sam Lee, Northwind' });
    await hit.getByText('Script left').click();
    await expect(hit).toContainText('Dana, quick question about your freight invoices.');
    await page.getByLabel('Who’s calling?').fill('305 555');
    await expect(page.getByText('No voicemail in the log matches.')).toBeVisible();
    await page.getByLabel('Who’s calling?').fill('4125550187');
    await expect(hit).toBeVisible();

    const scan = await new AxeBuilder({ page }).include('.log').analyze();
    expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // They called back: record it, and the script's rate changes.
    await hit.getByRole('button', { name: 'Record outcome' }).click();
    await hit
      .getByRole('group', { name: 'Record an outcome for Sam Lee' })
      .getByLabel('Outcome')
      .selectOption('called back');
    await hit.getByRole('button', { name: 'Save outcome' }).click();
    await expect(hit.getByRole('list', { name: 'Outcomes' })).toContainText('called back');
    await page.getByRole('button', { name: 'Scripts' }).click();
    await expect(row.getByRole('cell').nth(1)).toHaveText('1');
    await expect(row.getByRole('cell').nth(2)).toContainText('100 % (95 % interval 21–100 %)');
    await expect(row.getByRole('cell').nth(3)).not.toHaveText('—');

    // A settled voicemail no longer shows as due.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Record' })).toBeVisible();
    await expect(page.getByRole('region', { name: /Follow-ups due today/ })).toBeHidden();
  });
});

test.describe('the message log travels', () => {
  // Two browsers each; slow on a busy machine.
  test.describe.configure({ timeout: 300_000 });
  const TRICKY = {
    name: 'Dee O’Brien, "DJ"',
    company: "=cmd|' /C calc'!A0",
    phone: '+44 20 7946 0958',
    note: 'Said: "call after 3, not before"\nSecond line, with a comma',
  };

  test('CSV export then import round trips tricky fields and escapes formulas', async ({
    page,
    ownBrowser,
    baseURL,
  }, testInfo) => {
    await page.goto('/');
    await logBasic(page, TRICKY);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^afterbeep-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvPath = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(csvPath);
    const text = await readFile(csvPath, 'utf8');
    // The company would run as a formula in a spreadsheet: it is escaped; the phone's + too.
    expect(text).toContain(`,'=cmd|' /C calc'!A0,`);
    expect(text).toContain(`'+44 20 7946 0958`);
    expect(text).toContain('"Said: ""call after 3, not before""\nSecond line, with a comma"');

    const fresh = await ownBrowser.newContext({ baseURL });
    const other = await fresh.newPage();
    await other.goto('/');
    await other.getByRole('button', { name: 'Log', exact: true }).click();
    await other.getByLabel('CSV file to import').setInputFiles(csvPath);
    await expect(
      other
        .getByRole('region', { name: 'CSV for your CRM' })
        .getByText(/Imported “afterbeep-log-.*\.csv”: 1 added, 0 updated/),
    ).toBeVisible();
    const item = other.getByRole('article', { name: `${TRICKY.name}, ${TRICKY.company}` });
    await expect(item).toContainText(TRICKY.phone);
    await expect(item.locator('.note')).toHaveText(TRICKY.note);
    await other.getByLabel('Who’s calling?').fill('020 7946 0958');
    await expect(other.getByText('1 voicemail matches.')).toBeVisible();

    // The same file again adds nothing; a broken file is refused with the row and changes nothing.
    await other.getByLabel('CSV file to import').setInputFiles(csvPath);
    await expect(
      other
        .getByRole('region', { name: 'CSV for your CRM' })
        .getByText(/0 added, 0 updated with new outcomes, 1 already in the log/),
    ).toBeVisible();
    const broken = testInfo.outputPath('broken.csv');
    await writeFile(broken, 'Date left,Name\r\nlast Tuesday,Ana\r\n');
    await other.getByLabel('CSV file to import').setInputFiles(broken);
    await expect(other.getByRole('alert')).toContainText(
      '“broken.csv” was not imported. Row 2: “Date left” is “last Tuesday”',
    );
    await other.getByLabel('Who’s calling?').fill('');
    await expect(
      other.getByRole('list', { name: 'Latest voicemails' }).getByRole('article'),
    ).toHaveCount(1);
    await fresh.close();
  });

  test('a backup with the log restores in a fresh browser', async ({
    page,
    ownBrowser,
    baseURL,
  }, testInfo) => {
    await page.goto('/');
    await logBasic(page, { name: 'Ana Ruiz', company: 'Contoso', phone: '(305) 555-0101' });
    await page.getByRole('button', { name: 'Settings' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export backup' }).click();
    const download = await downloading;
    const backupPath = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(backupPath);

    const fresh = await ownBrowser.newContext({ baseURL });
    const other = await fresh.newPage();
    await other.goto('/');
    await other.getByRole('button', { name: 'Settings' }).click();
    await other.getByLabel('Backup file to restore').setInputFiles(backupPath);
    await expect(
      other
        .getByRole('region', { name: 'Backup and restore' })
        .getByText('Restored 0 takes and 0 scripts, 1 logged voicemail.'),
    ).toBeVisible();
    await other.getByRole('button', { name: 'Log', exact: true }).click();
    await other.getByLabel('Who’s calling?').fill('305.555.0101');
    await expect(other.getByRole('article', { name: 'Ana Ruiz, Contoso' })).toBeVisible();
    await fresh.close();
  });
});

test.describe('comparing scripts', () => {
  test.describe.configure({ timeout: 300_000 });

  test('a CRM history imported against two scripts compares their callback rates honestly', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Scripts' }).click();
    for (const title of ['Question opener', 'Referral opener']) {
      await page.getByRole('button', { name: 'New script' }).click();
      await page.getByLabel('Title').fill(title);
      await page.getByLabel('Script', { exact: true }).fill(`${title}: call me at 412 555 0134.`);
      await page.getByRole('button', { name: 'Save script' }).click();
      await expect(page.getByRole('article', { name: title })).toBeVisible();
    }
    // 30 voicemails per script: 15 returned for the question opener, 3 for the referral one.
    const rows = ['Date,Contact Name,Phone Number,Script,Disposition'];
    for (let i = 0; i < 60; i++) {
      const script = i < 30 ? 'Question opener' : 'Referral opener';
      const returned = i < 30 ? i < 15 : i < 33;
      const day = String(1 + (i % 28)).padStart(2, '0');
      rows.push(
        `2026-10-${day} 09:${String(i).padStart(2, '0')},Prospect ${i},(412) 555-${String(1000 + i)},${script},${returned ? 'Called back' : 'No response'}`,
      );
    }
    const csv = testInfo.outputPath('crm.csv');
    await writeFile(csv, rows.join('\r\n'));
    await page.getByRole('button', { name: 'Log', exact: true }).click();
    await page.getByLabel('CSV file to import').setInputFiles(csv);
    await expect(
      page.getByRole('region', { name: 'CSV for your CRM' }).getByText(/60 added/),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Scripts' }).click();
    await expect(callbacksRow(page, 'Question opener').getByRole('cell').nth(2)).toContainText(
      '50 % (95 % interval 33–67 %)',
    );
    await expect(callbacksRow(page, 'Referral opener').getByRole('cell').nth(2)).toContainText(
      '10 % (95 % interval 3–26 %)',
    );
    const compare = page.getByRole('group', { name: 'Compare two scripts' });
    await compare.getByLabel('First script').selectOption({ label: 'Referral opener' });
    await compare.getByLabel('Second script').selectOption({ label: 'Question opener' });
    await expect(compare).toContainText(
      '“Question opener” gets called back more than “Referral opener”: 40 points higher',
    );
  });
});
