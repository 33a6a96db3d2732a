import { expect, shownLength, test, watchStreams } from './support';

test.describe('interruptions', () => {
  test.use({ mic: 'speech-10s.wav' });

  test('paused time does not count in the length of a take', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '8–14 s' }).click();
    const beforeRecord = Date.now();
    await page.getByRole('button', { name: 'Record' }).click();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await page.waitForTimeout(2000);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
    await page.waitForTimeout(2500);
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: 'Stop' }).click();
    const wallSec = (Date.now() - beforeRecord) / 1000;
    const length = await shownLength(page);
    // At least the 3.5 s waited while recording; at most the whole time minus the 2.5 s paused
    // (counting the pause would add 2.5 s). One-sided bounds: a busy machine only adds wall time.
    expect(length).toBeGreaterThan(3.5 - 0.3);
    expect(length).toBeLessThan(wallSec - 2.5 + 0.3);
  });

  test('a microphone that goes away mid-take stops the take and keeps it', async ({ page }) => {
    await watchStreams(page);
    await page.goto('/');
    const beforeRecord = Date.now();
    await page.getByRole('button', { name: 'Record' }).click();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await page.waitForTimeout(2500);
    // What the browser does when a USB microphone is unplugged: the track fires 'ended'.
    await page.evaluate(() => {
      const track = (
        window as unknown as { __streams: MediaStream[] }
      ).__streams[0]!.getAudioTracks()[0]!;
      track.stop();
      track.dispatchEvent(new Event('ended'));
    });
    const wallSec = (Date.now() - beforeRecord) / 1000;
    await expect(page.getByRole('alert')).toContainText('microphone went away');
    // Kept up to the unplug: at least the 2.5 s recorded before it, never past it.
    const length = await shownLength(page);
    expect(length).toBeGreaterThan(2.5 - 0.3);
    expect(length).toBeLessThan(wallSec + 0.3);
    await page.reload();
    await expect(
      page.getByRole('listitem').filter({ hasText: `${length.toFixed(1)} s` }),
    ).toBeVisible();
  });

  test('a page hidden mid-take (screen locked, app switched) stops the take and keeps it', async ({
    page,
  }) => {
    await page.goto('/');
    const beforeRecord = Date.now();
    await page.getByRole('button', { name: 'Record' }).click();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await page.waitForTimeout(2000);
    // Headless Chromium never hides a page (bringing another tab to front keeps it 'visible'),
    // so the browser's signal for a locked screen is simulated.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const wallSec = (Date.now() - beforeRecord) / 1000;
    await expect(page.getByRole('alert')).toContainText('The page was hidden');
    const length = await shownLength(page);
    expect(length).toBeGreaterThan(2 - 0.3);
    expect(length).toBeLessThan(wallSec + 0.3);
  });
});
