import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { startPulseAudio } from './pulse';

/** The three engines a rep's browser runs on. */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** What the shared scenario needs from a browser, whichever protocol drives it. */
export interface Driver {
  readonly engine: Engine;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Evaluates a JavaScript expression in the page (a promise is awaited) and returns its value. */
  run<T>(expression: string): Promise<T>;
  /** A real WebDriver click on the element matching `css`. */
  click(css: string): Promise<void>;
  close(): Promise<void>;
}

/** Debian's Chromium by default; CHROMIUM_PATH points elsewhere. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Debian's Firefox ESR by default; FIREFOX_PATH points elsewhere. */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Debian's WebKitGTK driver and MiniBrowser by default. */
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function need(file: string, pkg: string): void {
  if (!existsSync(file))
    throw new Error(`Missing ${file}: install it with apt-get install ${pkg} (or bash .ci/run).`);
}

/** Chromium over the DevTools protocol (puppeteer-core), the engine of Chrome and Edge. */
export async function launchChromium(): Promise<Driver> {
  need(chromiumPath, 'chromium');
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--autoplay-policy=no-user-gesture-required',
      '--use-fake-ui-for-media-stream',
      // Chromium refuses to run its sandbox as root (CI containers); Playwright does the same.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return {
    engine: 'chromium',
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    run: (expression) => page.evaluate(expression) as never,
    click: (css) => page.click(css),
    close: () => browser.close().catch(() => undefined),
  };
}

/** Firefox ESR over WebDriver BiDi (puppeteer-core), with a PulseAudio null sink for Web Audio. */
export async function launchFirefox(): Promise<Driver> {
  need(firefoxPath, 'firefox-esr');
  const pulse = startPulseAudio();
  try {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      env: { ...process.env, ...pulse.env },
      extraPrefsFirefox: {
        'media.navigator.permission.disabled': true,
        'media.autoplay.default': 0,
        'media.autoplay.block-webaudio': false,
        'browser.download.folderList': 2,
      },
    });
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    return {
      engine: 'firefox',
      goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
      reload: async () => void (await page.reload({ waitUntil: 'load' })),
      run: (expression) => page.evaluate(expression) as never,
      click: (css) => page.click(css),
      close: async () => {
        await browser.close().catch(() => undefined);
        pulse.stop();
      },
    };
  } catch (error) {
    pulse.stop();
    throw error;
  }
}

/** WebKitGTK's MiniBrowser over classic WebDriver (webdriverio); needs an X display (xvfb-run). */
export async function launchWebKit(port: number): Promise<Driver> {
  need(webkitDriverPath, 'webkit2gtk-driver');
  need(miniBrowserPath, 'webkit2gtk-driver');
  if (!process.env.DISPLAY)
    throw new Error('WebKitGTK needs an X display: run the WebKit suite under xvfb-run -a.');
  const driver: ChildProcess = spawn(webkitDriverPath, [`--port=${port}`], { stdio: 'ignore' });
  const stopDriver = () => void driver.kill('SIGTERM');
  try {
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      connectionRetryCount: 3,
      connectionRetryTimeout: 60_000,
      capabilities: {
        // No browserName: WebKitWebDriver names MiniBrowser after its --version and matches nothing else.
        'webkitgtk:browserOptions': {
          binary: miniBrowserPath,
          args: [
            '--automation',
            '--enable-media-stream=true',
            // No --enable-mock-capture-devices: the test microphone (page-hooks.ts) is the only
            // one, so a page that reaches the real getUserMedia fails instead of recording the
            // mock device's bip-bop tone.
            '--enable-webaudio=true',
            '--autoplay-policy=allow',
          ],
        },
      } as WebdriverIO.Capabilities,
    });
    return {
      engine: 'webkit',
      goto: (url) => browser.url(url) as Promise<never>,
      reload: () => browser.refresh() as Promise<never>,
      run: (expression) => browser.execute(`return (${expression});`) as Promise<never>,
      click: async (css) => {
        await (await browser.$(css)).click();
      },
      close: async () => {
        await browser.deleteSession().catch(() => undefined);
        stopDriver();
      },
    };
  } catch (error) {
    stopDriver();
    throw error;
  }
}
