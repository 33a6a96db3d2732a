import { expect, test } from './support';

// Issue 14 F: tab A picks 8–14 s; an older tab B ticks another setting; the band must stay 8–14 s.
test('a setting changed in one tab is not undone by another tab, and both tabs show it', async ({
  context,
}) => {
  const tabB = await context.newPage();
  await tabB.goto('/');
  await tabB.getByRole('button', { name: 'Settings', exact: true }).click();
  const voice = tabB.getByLabel(/Use the browser’s voice processing/);
  await expect(voice).not.toBeChecked();

  const tabA = await context.newPage();
  await tabA.goto('/');
  await tabA.getByRole('button', { name: '8–14 s' }).click();
  await expect(tabA.getByRole('button', { name: '8–14 s' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Tab B opened before the change and is not reloaded.
  await voice.check();
  await tabB.getByRole('button', { name: 'Practice', exact: true }).click();
  await expect(tabB.getByRole('button', { name: '8–14 s' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await tabA.reload();
  await expect(tabA.getByRole('button', { name: '8–14 s' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await tabA.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(tabA.getByLabel(/Use the browser’s voice processing/)).toBeChecked();
});
