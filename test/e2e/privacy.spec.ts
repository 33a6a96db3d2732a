import { expect, test } from './support';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

test.describe('privacy', () => {
  test.use({ mic: 'speech-4s.wav' });

  test('recording, analysing and replaying a take requests nothing from another origin and breaks no CSP rule', async ({
    page,
    context,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const requests: string[] = [];
    // The context sees the page's requests and its workers'.
    context.on('request', (request) => requests.push(request.url()));
    const consoleViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
    });
    await page.addInitScript(() => {
      const seen: Violation[] = [];
      (window as unknown as { __cspViolations: Violation[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push({
          directive: event.violatedDirective,
          blocked: event.blockedURI,
          source: event.sourceFile,
        }),
      );
    });

    await page.goto('/');
    await page.getByRole('button', { name: 'Record' }).click();
    const stop = page.getByRole('button', { name: 'Stop' });
    await expect(stop).toBeVisible();
    await page.waitForTimeout(4500);
    await stop.click();
    await expect(
      page.getByRole('region', { name: 'Take analysis' }).getByText('Dead air'),
    ).toBeVisible({
      timeout: 15_000,
    });

    // Come back to it later and replay it: the page reloads (through the service worker) and the
    // audio plays from a blob: URL, which the CSP's media-src must allow.
    await page.reload();
    await page.getByRole('list').getByRole('listitem').first().getByRole('button').first().click();
    const play = page.getByRole('button', { name: 'Play' });
    await expect(play).toBeEnabled();
    await play.click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect
      .poll(async () => Number(await page.getByLabel('Playback position').inputValue()), {
        timeout: 5000,
      })
      .toBeGreaterThan(0.3);

    // The other views load too (Settings reads storage figures).
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Scripts' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Storage on this device' })).toBeVisible();
    await expect(page.getByText('Used by Afterbeep')).toBeVisible();

    expect(requests.length).toBeGreaterThan(2);
    const elsewhere = requests.filter((url) => {
      const { protocol } = new URL(url);
      return protocol !== 'blob:' && protocol !== 'data:' && new URL(url).origin !== origin;
    });
    expect(elsewhere).toEqual([]);

    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations,
    );
    expect(violations).toEqual([]);
    expect(consoleViolations).toEqual([]);
  });
});
