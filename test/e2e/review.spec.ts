import type { Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { parseWav } from '../../src/lib/analysis/wav';
import { expect, openMore, recordTake, test } from './support';

/** Records one take of about `seconds` and waits until it is measured. */
/**
 * Where a compare lane puts the speech onset, in CSS px: the waveform's left edge plus dead air
 * at the waveform's own scale (its width over the length its label states).
 */
async function onsetX(dialog: Locator, index: number, deadAirSec: number) {
  const wave = dialog.getByRole('img', { name: /^Waveform of/ }).nth(index);
  const label = (await wave.getAttribute('aria-label')) ?? '';
  const lengthSec = Number(/, ([\d.]+) s,/.exec(label)?.[1]);
  const box = await wave.boundingBox();
  if (!box || !lengthSec) throw new Error(`lane ${index} not drawn`);
  return box.x + (deadAirSec / lengthSec) * box.width;
}

test.describe('self-review', () => {
  test.use({ mic: 'speech-4s.wav' });

  test('name, compare, blind-test, star and export takes', async ({ page }) => {
    // Three takes, a reload, axe, compare, blind test and two exports: a long walk on a busy machine.
    test.setTimeout(120_000);
    // The second take should start speaking later, like a rep who hesitates after the beep: when
    // asked, the microphone is fed through a 1.5 s delay line before the app gets it.
    await page.addInitScript(() => {
      const w = window as unknown as { __micDelaySec?: number };
      const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        const mic = await original(constraints);
        if (!w.__micDelaySec) return mic;
        const context = new AudioContext({ sampleRate: 48000 });
        const delay = new DelayNode(context, { maxDelayTime: 3, delayTime: w.__micDelaySec });
        const out = context.createMediaStreamDestination();
        context.createMediaStreamSource(mic).connect(delay).connect(out);
        const track = out.stream.getAudioTracks()[0]!;
        const stop = track.stop.bind(track);
        track.stop = () => {
          stop();
          mic.getTracks().forEach((t) => t.stop());
          void context.close();
        };
        return out.stream;
      };
    });
    await page.goto('/');
    await recordTake(page, 4.5);
    // The rep names the first take and answers the self-check; both survive a reload.
    await openMore(page);
    await page.getByLabel('Take name').fill('warm opener');
    await page.getByLabel('Take name').press('Tab');
    await page.getByRole('radio', { name: 'Yes' }).check();
    await expect(page.getByRole('listitem').filter({ hasText: 'warm opener' })).toBeVisible();

    await page.evaluate(
      () => ((window as unknown as { __micDelaySec: number }).__micDelaySec = 1.5),
    );
    await recordTake(page, 6.5);
    await page.reload();
    const list = page.getByRole('list').filter({ has: page.getByRole('checkbox') });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await list.getByRole('button', { name: /warm opener/ }).click();
    await openMore(page);
    await expect(page.getByLabel('Take name')).toHaveValue('warm opener');
    await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
    const reviewScan = await new AxeBuilder({ page })
      .include('[aria-label="Review this take"]')
      .include('.take-list')
      .analyze();
    expect(reviewScan.violations.map((v) => v.id)).toEqual([]);

    // Compare: both waveforms lined up at speech onset, measures side by side.
    await page.getByRole('checkbox', { name: 'Compare warm opener' }).check();
    await list.getByRole('checkbox').nth(0).check();
    await page.getByRole('button', { name: 'Compare 2 takes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare two takes' });
    await expect(dialog).toBeVisible();
    const table = dialog.getByRole('table');
    const cells = async (measure: string) =>
      (
        await table
          .getByRole('row', { name: new RegExp(`^${measure}`) })
          .getByRole('cell')
          .allInnerTexts()
      ).map((t) => Number.parseFloat(t));
    await expect(table.getByRole('columnheader', { name: 'warm opener' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Take 2' })).toBeVisible();
    const [lengthA = 0] = await cells('length');
    const [deadAirA = 0, deadAirB = 0] = await cells('dead air');
    expect(deadAirB - deadAirA).toBeGreaterThan(1);
    // The difference is highlighted with its sign, and less dead air is called better in words.
    const deadAirRow = table.getByRole('row', { name: /^dead air/ });
    await expect(deadAirRow.getByRole('cell').last()).toHaveText(/^\+1\.\d s$/);
    await expect(deadAirRow.getByRole('cell').first()).toContainText('better');
    await expect(dialog.getByRole('button', { name: 'Play warm opener' })).toBeEnabled();
    const dialogScan = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(dialogScan.violations.map((v) => v.id)).toEqual([]);
    // Both onsets sit at the same x though the dead air differs by over 1 s (≈ 190 px here); the
    // tolerance covers the one-decimal rounding of the numbers read back from the screen.
    const apart = Math.abs(
      (await onsetX(dialog, 0, deadAirA)) - (await onsetX(dialog, 1, deadAirB)),
    );
    expect(apart).toBeLessThan(20);

    // Blind: A and B without names, a pick, then the reveal.
    await dialog.getByRole('button', { name: 'Blind test' }).click();
    const blind = page.getByRole('dialog', { name: 'Blind comparison' });
    await expect(blind.getByText('warm opener')).toHaveCount(0);
    await blind.getByRole('button', { name: 'Play A' }).click();
    await expect(blind.getByRole('button', { name: 'Stop A' })).toBeVisible();
    await blind.getByRole('button', { name: 'I would return B' }).click();
    const reveal = blind.getByRole('status');
    await expect(reveal).toContainText(/You picked B: (warm opener|Take 2)/);
    await expect(reveal.getByRole('listitem')).toHaveText([
      /^A was (warm opener|Take 2)/,
      /^B was (warm opener|Take 2)/,
    ]);
    const pickedName = (await reveal.getByRole('listitem').nth(1).innerText()).replace(
      /^B was /,
      '',
    );
    await blind.getByRole('button', { name: `Make ${pickedName} the best take` }).click();
    await blind.getByRole('button', { name: 'Close' }).click();
    await expect(blind).toBeHidden();

    // Star: the picked take is the best; only one take is; the filter finds it.
    await page.getByLabel('Best takes only').check();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByRole('listitem')).toContainText('Best take');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(2);

    // Phone-line preview is a mode of the player: it plays, and says so.
    await list.getByRole('button', { name: /warm opener/ }).click();
    const phoneLine = page.getByRole('button', { name: 'Phone line' });
    await phoneLine.click();
    await expect(phoneLine).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(page.getByText('Playing as on a phone voicemail')).toBeVisible();
    await expect
      .poll(async () => Number(await page.getByLabel('Playback position').inputValue()))
      .toBeGreaterThan(0.3);
    await page.getByRole('button', { name: 'Pause' }).click();
    await openMore(page);

    // Export as WAV: a named file that decodes to the take's length.
    const shownSec = lengthA;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download WAV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^afterbeep-warm-opener-\d{4}-\d{2}-\d{2}-\d{4}-\d+s\.wav$/,
    );
    const bytes = new Uint8Array(await readFile(await download.path()));
    const wav = parseWav(bytes);
    expect(wav.channels).toHaveLength(1);
    const seconds = (wav.channels[0]?.length ?? 0) / wav.sampleRate;
    // The shown length is the clock from the recorder's start to Stop; the recorder flushes its
    // last audio a moment later (0.2 s measured on a loaded 2-core machine).
    expect(Math.abs(seconds - shownSec)).toBeLessThan(0.3);
    expect(download.suggestedFilename()).toContain(`-${Math.round(seconds)}s.wav`);
    // …and Chromium itself decodes it.
    const decodedSec = await page.evaluate(async (data) => {
      const context = new OfflineAudioContext(1, 1, 48000);
      const buffer = await context.decodeAudioData(new Uint8Array(data).buffer);
      return buffer.duration;
    }, Array.from(bytes));
    expect(Math.abs(decodedSec - seconds)).toBeLessThan(0.01);
  });
});
