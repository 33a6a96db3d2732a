import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Driver } from './drivers';
import { PRERENDERED_ATTR } from '../../src/lib/ui/first-view';
import { PAGE_HOOKS } from './page-hooks';

/** Real speech for the microphone: 4 s of a voice, then a second of silence. */
const MIC = readFileSync(path.resolve('test/fixtures/mic/speech-4s.wav')).toString('base64');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns a truthy value (or `timeoutMs` passes, then throws `what`). */
export async function until<T>(
  what: string,
  check: () => Promise<T>,
  timeoutMs = 20_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    await sleep(200);
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** The app as a user drives it in one engine, with the test hooks installed after each load. */
export class App {
  constructor(readonly driver: Driver) {}

  /** Loads `url` (or reloads) and waits until the app is ready to record. */
  async open(url?: string): Promise<void> {
    if (url) await this.driver.goto(url);
    else await this.driver.reload();
    await until(
      'the app to start',
      // The live app, not index.html's pre-rendered picture of it.
      () =>
        this.driver.run<boolean>(
          `document.querySelector('h2#takes-heading') !== null && document.querySelector('[${PRERENDERED_ATTR}]') === null`,
        ),
      30_000,
    );
    await this.driver.run(PAGE_HOOKS);
    await this.driver.run(`__eng.setMic(${JSON.stringify(MIC)})`);
  }

  /** What the page says (its visible text), to explain a failed wait. */
  async snapshot(): Promise<string> {
    return this.driver
      .run<string>(`document.body.innerText.replace(/\\s+/g, ' ').slice(0, 1500)`)
      .catch((error: unknown) => `(page unreadable: ${String(error)})`);
  }

  /** Like until(), but a timeout also reports what the page showed. */
  async until<T>(
    what: string,
    check: () => Promise<T>,
    timeoutMs = 20_000,
  ): Promise<NonNullable<T>> {
    try {
      return await until(what, check, timeoutMs);
    } catch (error) {
      throw new Error(`${(error as Error).message}\nThe page showed: ${await this.snapshot()}`, {
        cause: error,
      });
    }
  }

  /** Clicks the visible element matching `css` whose accessible name matches `name` (a regex). */
  async click(css: string, name: string): Promise<void> {
    await this.until(`${css} "${name}"`, () =>
      this.driver.run<boolean>(`__eng.mark(${JSON.stringify(css)}, ${JSON.stringify(name)})`),
    );
    await this.driver.click('[data-eng="1"]');
  }

  /** Clicks the last visible element matching `css`. */
  async clickLast(css: string): Promise<void> {
    await this.until(`the last ${css}`, () =>
      this.driver.run<boolean>(`__eng.markLast(${JSON.stringify(css)})`),
    );
    await this.driver.click('[data-eng="1"]');
  }

  /** Types `value` into the field labelled `label` (a regex). */
  async fill(label: string, value: string): Promise<void> {
    await this.until(`the field "${label}"`, () =>
      this.driver.run<boolean>(`__eng.fill(${JSON.stringify(label)}, ${JSON.stringify(value)})`),
    );
  }

  /** How many logged voicemails "Who's calling?" finds for `query` (once the log has loaded). */
  async voicemailsMatching(query: string): Promise<number> {
    await this.click('button', '^Log$');
    await this.fill('^Who’s calling\\?', query);
    const summary = await this.waitFor('#lookup-summary', '(\\d+ voicemails? match|No voicemail)');
    return Number(/^(\d+)/.exec(summary)?.[1] ?? 0);
  }

  /** Accessible names of every element matching `css`. */
  texts(css: string): Promise<string[]> {
    return this.driver.run<string[]>(`__eng.texts(${JSON.stringify(css)})`);
  }

  /** Waits until an element matching `css` has a name matching `name`; returns that name. */
  async waitFor(css: string, name: string, timeoutMs = 20_000): Promise<string> {
    const re = new RegExp(name);
    return this.until(
      `${css} "${name}"`,
      async () => (await this.texts(css)).find((t) => re.test(t)),
      timeoutMs,
    );
  }

  /** Records for about `ms` and waits until the take is measured; returns its shown length, s. */
  async recordTake(ms: number): Promise<number> {
    await this.click('button', '^Record$');
    await this.waitFor('button', '^Stop$');
    await sleep(ms);
    await this.click('button', '^Stop$');
    // Measured: the verdict shows (with the measures, or "Too noisy to measure" when the
    // engine's audio under a starved CPU was too noisy to trust).
    await this.waitFor('section[aria-label="Take analysis"] .verdict strong', '\\d s$', 30_000);
    // Saving commits after the take is shown; a reload before that is a crash to recover from.
    await this.until(
      'the take to be saved',
      async () => !(await this.snapshot()).includes('Saving…'),
    );
    const [shown] = await this.texts('section[aria-label="Take analysis"] .verdict strong');
    return Number(shown?.replace(' s', ''));
  }

  /** Takes listed, as their list entries' names. */
  takesListed(): Promise<string[]> {
    return this.texts('.take-list li');
  }

  /** Presses Play on the selected take and waits until its playback position passes 0.3 s. */
  async playAndHearItMove(): Promise<void> {
    const position = async () =>
      Number(
        await this.driver.run<string>(
          `document.querySelector('[aria-label="Playback position"]').value`,
        ),
      );
    await this.click('button', '^Play$');
    // WebKitGTK's media pipeline sometimes ignores a press made while it is still loading the
    // file; a rep would press again, so the test does too (once), before calling it broken.
    const moved = await until('playback to move', async () => (await position()) > 0.3, 10_000)
      .then(() => true)
      .catch(() => false);
    if (!moved) {
      await this.click('button', '^(Play|Pause)$');
      await this.until('playback to move', async () => (await position()) > 0.3);
    }
    await this.click('button', '^Pause$').catch(() => undefined);
  }
}

/** Seconds between two moments, for checking a shown length against the time a take ran. */
export const secondsSince = (start: number) => (Date.now() - start) / 1000;

export { expect, sleep };
