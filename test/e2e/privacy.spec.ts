import { expect, playAndHearItMove, recordTake, test } from './support';

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
    await recordTake(page, 4.5);

    // Come back to it later and replay it: the page reloads (through the service worker) and the
    // audio plays from a blob: URL, which the CSP's media-src must allow.
    await page.reload();
    await page.getByRole('list').getByRole('listitem').first().getByRole('button').first().click();
    await playAndHearItMove(page);

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
