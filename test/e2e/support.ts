import {
  test as base,
  expect,
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Debian's Chromium by default; set CHROMIUM_PATH to use another Chromium or Chrome. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const MIC_DIR = path.resolve('test/fixtures/mic');

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-fake-device-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
];

export interface LaunchOptions {
  /** WAV file in test/fixtures/mic (or an absolute path) played as the microphone. */
  mic?: string | null;
  /** 'granted' accepts the microphone prompt; 'denied' refuses it. */
  micPermission?: 'granted' | 'denied';
}

/** Launches Debian's Chromium with a fake microphone fed from a WAV. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}. Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
  }
  const args = [...BASE_ARGS];
  if ((options.micPermission ?? 'granted') === 'granted')
    args.push('--use-fake-ui-for-media-stream');
  if (options.mic) {
    const file = path.isAbsolute(options.mic) ? options.mic : path.join(MIC_DIR, options.mic);
    if (!existsSync(file)) throw new Error(`Missing mic fixture ${file}: run npm run fixtures`);
    args.push(`--use-file-for-fake-audio-capture=${file}%noloop`);
  }
  return chromium.launch({ executablePath: chromiumPath, args, headless: true });
}

interface Fixtures {
  mic: string | null;
  micPermission: 'granted' | 'denied';
  /** Width of the viewport in CSS px (height follows). */
  viewportWidth: number;
}

/**
 * `test` with a fresh Chromium per test, fed by the `mic` WAV (test.use({ mic: 'x.wav' })).
 * The built-in `browser` is worker-wide; the fake microphone file is a launch flag, so each test
 * launches its own.
 */
export const test = base.extend<Fixtures & { ownBrowser: Browser }>({
  mic: [null, { option: true }],
  micPermission: ['granted', { option: true }],
  viewportWidth: [1280, { option: true }],
  ownBrowser: async ({ mic, micPermission }, use) => {
    const browser = await launchChromium({ mic, micPermission });
    await use(browser);
    await browser.close();
  },
  context: async ({ ownBrowser, baseURL, viewportWidth, micPermission }, use) => {
    const context: BrowserContext = await ownBrowser.newContext({
      baseURL,
      viewport: { width: viewportWidth, height: viewportWidth < 600 ? 740 : 900 },
    });
    if (micPermission === 'denied') {
      const cdp = await ownBrowser.newBrowserCDPSession();
      await cdp.send('Browser.setPermission', {
        permission: { name: 'microphone' },
        setting: 'denied',
      });
    }
    await use(context);
    await context.close();
  },
});

export { expect };

/** Keeps every stream the page opens on window.__streams, so a test can act on its tracks. */
export async function watchStreams(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const open: MediaStream[] = [];
    (window as unknown as { __streams: MediaStream[] }).__streams = open;
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      open.push(stream);
      return stream;
    };
  });
}

/**
 * Keeps every text the page's live status regions announce on window.__announced, in order, so a
 * test can check an announcement that a later one replaced (a busy machine may look late).
 */
export async function watchAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { __announced: string[] }).__announced = heard;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="status"]')) {
        const text = el.textContent?.trim();
        if (text && !heard.includes(text)) heard.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** Every text announced so far (see watchAnnouncements), joined by " | ". */
export function announced(page: Page): Promise<string> {
  return page.evaluate(() =>
    (window as unknown as { __announced: string[] }).__announced.join(' | '),
  );
}

/** The length in seconds the "Your take" panel shows for the take just kept. */
export async function shownLength(page: Page): Promise<number> {
  const panel = page.getByRole('region', { name: 'Your take' });
  await expect(panel).toBeVisible();
  return Number((await panel.locator('.verdict strong').innerText()).replace(' s', ''));
}

/** Records a take of about `seconds` with the Record button and waits until it is measured. */
export async function recordTake(page: Page, seconds: number): Promise<void> {
  await page.getByRole('button', { name: 'Record' }).click();
  const stop = page.getByRole('button', { name: 'Stop' });
  await expect(stop).toBeVisible();
  await page.waitForTimeout(seconds * 1000);
  await stop.click();
  await expect(
    page.getByRole('region', { name: 'Take analysis' }).getByText('Dead air').first(),
  ).toBeVisible({ timeout: 15_000 });
  // Record is enabled again once the take is saved, so a reload right after cannot lose it.
  await expect(page.getByRole('button', { name: 'Record' })).toBeEnabled({ timeout: 15_000 });
}

/** Presses Play on the take shown and waits until playback has moved past 0.3 s. */
export async function playAndHearItMove(page: Page): Promise<void> {
  const play = page.getByRole('button', { name: 'Play' });
  await expect(play).toBeEnabled();
  await play.click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect
    .poll(async () => Number(await page.getByLabel('Playback position').inputValue()), {
      timeout: 5000,
    })
    .toBeGreaterThan(0.3);
}

/** Opens the shown take's "More" section (name, note, downloads, delete) unless it is open. */
export async function openMore(page: Page): Promise<void> {
  const more = page.locator('details.more');
  await expect(more).toBeVisible();
  if (!(await more.evaluate((d) => (d as HTMLDetailsElement).open)))
    await more.locator('summary').click();
  await expect(page.getByRole('button', { name: 'Delete take' })).toBeVisible();
}
