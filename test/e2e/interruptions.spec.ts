import { expect, shownLength, test, watchStreams } from './support';

test.describe('interruptions', () => {
  test.use({ mic: 'speech-10s.wav' });

  test('paused time does not count in the length of a take', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '8–14 s' }).click();
    await page.getByRole('button', { name: 'Record' }).click();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    let recordedMs = 0;
    let t = Date.now();
    await page.waitForTimeout(2000);
    await page.getByRole('button', { name: 'Pause' }).click();
    recordedMs += Date.now() - t;
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
    await page.waitForTimeout(2500);
    t = Date.now();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: 'Stop' }).click();
    recordedMs += Date.now() - t;
    const length = await shownLength(page);
    // Counting the 2.5 s pause would be off by 2.5 s; clicks on a busy machine take a little time.
    expect(Math.abs(length - recordedMs / 1000)).toBeLessThan(0.6);
  });

  test('a microphone that goes away mid-take stops the take and keeps it', async ({ page }) => {
    await watchStreams(page);
    await page.goto('/');
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
    await expect(page.getByRole('alert')).toContainText('microphone went away');
    const length = await shownLength(page);
    expect(length).toBeGreaterThan(2);
    expect(length).toBeLessThan(4);
    await page.reload();
    await expect(
      page.getByRole('listitem').filter({ hasText: `${length.toFixed(1)} s` }),
    ).toBeVisible();
  });

  test('a page hidden mid-take (screen locked, app switched) stops the take and keeps it', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Record' }).click();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await page.waitForTimeout(2000);
    // Headless Chromium never hides a page (bringing another tab to front keeps it 'visible'),
    // so the browser's signal for a locked screen is simulated.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(page.getByRole('alert')).toContainText('The page was hidden');
    const length = await shownLength(page);
    expect(length).toBeGreaterThan(1.5);
    expect(length).toBeLessThan(4);
  });
});
