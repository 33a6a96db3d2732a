import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openMore, test } from './support';

/** Runs axe-core on the page as it is and fails with the rule ids and targets of any violation. */
async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const found = results.violations.map(
    (v) =>
      `${screen}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found).toEqual([]);
}

for (const width of [360, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ mic: 'speech-4s.wav', viewportWidth: width });

    test('every screen passes axe-core and nothing scrolls sideways', async ({ page }) => {
      // Six axe scans and a recorded take: longer than the default on a busy 2-core machine.
      test.setTimeout(120_000);
      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'Takes (0)' })).toBeVisible();
      await expectNoViolations(page, 'practice, empty');

      await page.getByRole('button', { name: '8–14 s' }).click();
      await page.getByRole('button', { name: 'Record' }).click();
      await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
      await page.waitForTimeout(1500);
      await expectNoViolations(page, 'practice, recording');
      await page.waitForTimeout(1500);
      await page.getByRole('button', { name: 'Stop' }).click();
      await expect(page.getByRole('region', { name: 'Your take' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled();
      await expectNoViolations(page, 'practice, take');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);

      // Shortcuts live in the menu; the ? key opens the sheet anywhere.
      if (width > 600) {
        await page.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      } else await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectNoViolations(page, 'shortcuts');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Scripts' }).click();
      await expectNoViolations(page, 'scripts');
      await page.getByRole('button', { name: 'New script' }).click();
      await expectNoViolations(page, 'script editor');

      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
      await expectNoViolations(page, 'settings');
      const settingsOverflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(settingsOverflow).toBeLessThanOrEqual(0);

      // The narrowest phones (320 px): no view scrolls sideways.
      await page.setViewportSize({ width: 320, height: 640 });
      for (const view of ['Practice', 'Scripts', 'Settings']) {
        await page.getByRole('button', { name: view, exact: true }).click();
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(sideways, `${view} at 320 px`).toBeLessThanOrEqual(0);
      }
    });
  });
}

test.describe('keyboard only', () => {
  test.use({ mic: 'speech-4s.wav' });

  test('record, stop, replay and delete a take without a mouse; the band crossing is announced', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Takes (0)' })).toBeVisible();
    // Tab to the 8–14 s preset and choose a custom 2–5 s band with the keyboard (3 s in the band,
    // so a busy machine still sees the "In the band" announcement before it moves on).
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    const custom = page.getByRole('button', { name: /^Custom/ });
    await custom.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Custom 2–5 s' })).toBeVisible();

    // Space from the page body records and stops.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    const status = page.getByRole('status').filter({ hasText: /In the band|Past the band/ });
    await expect(status).toContainText('In the band', { timeout: 6000 });
    await expect(status).toContainText('Past the band', { timeout: 10_000 });
    await page.keyboard.press('Space');
    await expect(page.getByRole('region', { name: 'Your take' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Take kept' })).toContainText('long');

    // Tab to Play and press it; the focused element always shows a focus ring.
    const play = page.getByRole('button', { name: 'Play' });
    await expect(play).toBeEnabled();
    for (let i = 0; i < 40 && !(await play.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el && el !== document.body ? getComputedStyle(el).outlineStyle : 'none-needed';
      });
      expect(outline).not.toBe('none');
    }
    await expect(play).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

    await openMore(page);
    const remove = page.getByRole('button', { name: 'Delete take' });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Your takes appear here')).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listitem').filter({ hasText: 'long' })).toHaveCount(1);
  });
});
