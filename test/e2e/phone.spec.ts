import type { Locator, Page } from '@playwright/test';
import { contrast } from '../../src/lib/ui/contrast';
import { expect, recordTake, test } from './support';

/** A phone a rep holds in one hand: 360 × 640 CSS px. */
const PHONE = { width: 360, height: 640 };

const SCRIPT = [
  'Dana, quick question about your freight invoices.',
  'Priya suggested I call: we cut billing errors by 18 percent for her team last quarter.',
  'If that is worth ten minutes, I can walk you through what changed and what it cost.',
  'I will send a short note with the numbers so you have them in front of you.',
  "It's Sam at Northwind, 555-0134. Again, Sam, 555-0134. Talk soon.",
].join('\n');

/** The verdict line (length, Short / In band / Long) of the take panel that is open. */
function verdictOf(page: Page, panel: 'Your take' | 'Selected take'): Locator {
  return page.getByRole('region', { name: panel }).locator('.verdict');
}

async function scrollToBottom(page: Page) {
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }));
  await expect
    .poll(() => page.evaluate(() => window.scrollY + window.innerHeight))
    .toBeGreaterThan(PHONE.height + 100);
}

test.describe('a phone in one hand (360 × 640)', () => {
  test.use({ mic: 'speech-10s.wav', viewportWidth: PHONE.width });
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize(PHONE);
  });

  test('after Stop the verdict is in view, even when scrolled down to the list; a tapped take opens in view', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await page.getByRole('button', { name: '8–14 s' }).click();
    await recordTake(page, 2);
    await expect(verdictOf(page, 'Your take')).toBeInViewport();
    await recordTake(page, 2);
    await expect(page.getByRole('listitem')).toHaveCount(2);

    // Start a take, scroll down to the list while it records, then Stop from the pinned bar.
    await page.getByRole('button', { name: 'Record' }).click();
    const stop = page.getByRole('button', { name: 'Stop' });
    await expect(stop).toBeVisible();
    await scrollToBottom(page);
    await expect(stop).toBeInViewport();
    await page.waitForTimeout(1500);
    await stop.click();
    await expect(verdictOf(page, 'Your take')).toBeInViewport();
    await expect(page.getByRole('region', { name: 'Your take' })).toBeFocused();

    // Tap the oldest take far down the list: its details open where the thumb is.
    await scrollToBottom(page);
    await page.getByRole('listitem').last().getByRole('button').first().click();
    const selected = verdictOf(page, 'Selected take');
    await expect(selected).toBeInViewport();
    await expect(page.getByRole('region', { name: 'Selected take' })).toBeFocused();
    // …and tapping it again after scrolling away brings it back.
    await scrollToBottom(page);
    await expect(selected).not.toBeInViewport();
    await page.getByRole('listitem').last().getByRole('button').first().click();
    await expect(selected).toBeInViewport();
  });

  test('starring and renaming a playing take keep it playing', async ({ page }) => {
    await page.goto('/');
    await recordTake(page, 9);
    await page.locator('details.more summary').click();
    const name = page.getByLabel('Take name');
    await name.fill('warm opener');
    const play = page.getByRole('button', { name: 'Play' });
    await play.click();
    const pause = page.getByRole('button', { name: 'Pause' });
    await expect(pause).toBeVisible();
    const position = page.getByLabel('Playback position');
    await expect.poll(async () => Number(await position.inputValue())).toBeGreaterThan(0.3);

    // Renaming (the name is saved when the field is left) does not stop or rewind playback.
    await name.press('Tab');
    await expect(page.getByRole('listitem').filter({ hasText: 'warm opener' })).toBeVisible();
    await expect(pause).toBeVisible();
    const afterName = Number(await position.inputValue());
    expect(afterName).toBeGreaterThan(0.3);

    // Starring it does not either.
    const star = page.getByRole('button', { name: 'Best take', exact: true });
    await star.click();
    await expect(star).toHaveAttribute('aria-pressed', 'true');
    await expect(pause).toBeVisible();
    const afterStar = Number(await position.inputValue());
    expect(afterStar).toBeGreaterThanOrEqual(afterName);
  });

  test('the phone line is a mode of the player: one sound at a time, and it shows it is playing', async ({
    page,
  }) => {
    await page.goto('/');
    await recordTake(page, 9);
    const phoneLine = page.getByRole('button', { name: 'Phone line' });
    await phoneLine.click();
    await expect(phoneLine).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Plays as on a phone voicemail')).toBeVisible();
    // The same Play button plays the phone-line version, and the player shows it is playing.
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByText('Playing as on a phone voicemail')).toBeVisible({
      timeout: 20_000,
    });
    const pause = page.getByRole('button', { name: 'Pause' });
    await expect(pause).toHaveCount(1);
    const position = page.getByLabel('Playback position');
    await expect.poll(async () => Number(await position.inputValue())).toBeGreaterThan(0.3);
    // Only the phone line sounds: the recorded version's media element is not playing.
    const mediaPlaying = await page.evaluate(() =>
      [...document.querySelectorAll('audio, video')].some((m) => !(m as HTMLMediaElement).paused),
    );
    expect(mediaPlaying).toBe(false);
    await pause.click();
    await expect(page.getByText('Plays as on a phone voicemail')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('during a drill the clock, Stop and the first words of the script are in view', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Scripts' }).click();
    await page.getByRole('button', { name: 'New script' }).click();
    await page.getByLabel('Title').fill('Freight intro');
    await page.getByLabel('Script', { exact: true }).fill(SCRIPT);
    await page.getByRole('button', { name: 'Save script' }).click();
    const card = page.getByRole('article', { name: 'Freight intro' });
    await card.getByRole('button', { name: 'Drill this script' }).click();
    await expect(page.getByRole('heading', { name: 'Drilling: Freight intro' })).toBeVisible();

    await page.getByRole('button', { name: 'Record' }).click();
    const stop = page.getByRole('button', { name: 'Stop', exact: true });
    await expect(stop).toBeVisible();
    await page.waitForTimeout(1200);
    await expect(stop).toBeInViewport();
    await expect(page.getByText('Dana, quick question', { exact: false }).first()).toBeInViewport();
    const barClock = page.locator('.bar-clock .time');
    await expect(barClock).toBeInViewport();
    await expect(barClock).toHaveText(/^0:0[1-9]\.\d$/);
    // Nothing needed scrolling: the page is still at its top.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Pausing says so, and the clock stands still.
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.locator('.bar-clock')).toContainText('Paused');
    const still = await barClock.innerText();
    await page.waitForTimeout(600);
    await expect(barClock).toHaveText(still);
    await page.getByRole('button', { name: 'Resume' }).click();
    await stop.click();
    await expect(verdictOf(page, 'Your take')).toBeInViewport();

    // Drill mode is kept across a reload.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Drilling: Freight intro' })).toBeVisible();
  });

  test('the first view is on screen before the code runs, and the live app draws it in the same place', async ({
    page,
  }) => {
    const parts = ['.record', '.clock .time', '.take-list .empty'];
    const boxes = () =>
      page.evaluate(
        (selectors) =>
          selectors.map((s) => {
            const r = document.querySelector(s)?.getBoundingClientRect();
            return r ? [r.x, r.y, r.width, r.height].map(Math.round) : null;
          }),
        parts,
      );

    // A slow phone before the app's code arrives: the page shows the record control, the clock
    // and the empty list, but as a picture that nothing can press or read out yet.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('/');
    const picture = page.locator('#app[data-prerendered]');
    await expect(picture).toBeVisible();
    await expect(picture.locator('.record')).toHaveText('Record');
    await expect(picture.locator('.clock .time')).toHaveText('0:00.0');
    await expect(picture).toHaveAttribute('inert');
    await expect(page.getByRole('button', { name: 'Record' })).toHaveCount(0);
    // The takes are not read yet: the list's one line is true either way (a returning rep has
    // some, and is never told "no takes"), so it is painted at once.
    await expect(picture.getByText('Your takes appear here')).toBeVisible();
    await expect(picture.getByText('No takes')).toHaveCount(0);
    const drawn = await boxes();
    expect(drawn.every(Boolean)).toBe(true);

    // With the code: the live app adopts the picture's own elements (the Record button the page
    // painted is the one that works), in the same boxes. The parts the first view does not show
    // (here the shortcuts sheet) join a frame later and move nothing.
    await page.unroute('**/assets/*.js');
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const painted = document.querySelector('#app[data-prerendered] .record');
        if (!painted) return;
        (window as unknown as { painted: Element }).painted = painted;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await expect(page.getByRole('button', { name: 'Record' })).toBeVisible();
    await expect(page.locator('[data-prerendered]')).toHaveCount(0);
    await expect(page.locator('#app')).not.toHaveAttribute('inert');
    await expect(page.locator('.record')).toHaveCount(1);
    expect(
      await page.evaluate(
        () =>
          document.querySelector('.record') ===
          (window as unknown as { painted?: Element }).painted,
      ),
    ).toBe(true);
    await expect(page.locator('dialog[aria-labelledby="shortcuts-heading"]')).toBeAttached();
    await expect(page.getByRole('heading', { name: 'Takes (0)' })).toBeVisible();
    await expect(page.getByText('Your takes appear here')).toBeVisible();
    expect(await boxes()).toEqual(drawn);
  });
});

test.describe('marks have 3:1 contrast as the browser draws them', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`waveform and chart colours in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      const tokens = await page.evaluate(() => {
        const style = getComputedStyle(document.documentElement);
        const names = [
          '--wave',
          '--wave-progress',
          '--mark-onset',
          '--mark-pause-edge',
          '--surface-2',
          '--chart-line',
          '--clean',
          '--out-of-band',
          '--needs-work',
          '--surface',
        ];
        return Object.fromEntries(names.map((n) => [n, style.getPropertyValue(n).trim()]));
      });
      for (const mark of ['--wave', '--wave-progress', '--mark-onset', '--mark-pause-edge'])
        expect(contrast(tokens[mark]!, tokens['--surface-2']!), mark).toBeGreaterThanOrEqual(3);
      for (const mark of ['--chart-line', '--clean', '--out-of-band', '--needs-work'])
        expect(contrast(tokens[mark]!, tokens['--surface']!), mark).toBeGreaterThanOrEqual(3);
    });
  }
});
