import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/lib/storage/db';
import { StorageError } from '../../../src/lib/storage/errors';
import {
  getSettings,
  onSettingsChanged,
  settingsPatch,
  updateSettings,
} from '../../../src/lib/storage/settings';
import '../storage/helpers';

/** Two tabs: two connections to one database, as two browser tabs of the app have. */
async function twoTabs(label: string) {
  const name = `${label}-${Math.random().toString(36).slice(2)}`;
  return [await openDatabase(name), await openDatabase(name)] as const;
}

describe('settings across tabs (issue 14 F)', () => {
  it('an older tab ticking another setting does not put back the band a newer tab chose', async () => {
    const [tabA, tabB] = await twoTabs('settings-tabs');
    // Tab B read the settings when it opened, before tab A changed anything.
    const shownInB = await getSettings(tabB);
    await updateSettings(tabA, { band: { minSec: 8, maxSec: 14 } });
    // Tab B's settings view builds its change from its (now stale) copy, as the UI does.
    await updateSettings(tabB, settingsPatch(shownInB, { ...shownInB, prompterFade: true }));
    const stored = await getSettings(tabA);
    expect(stored.band).toEqual({ minSec: 8, maxSec: 14 });
    expect(stored.prompterFade).toBe(true);
  });

  it('thresholds change one by one too', async () => {
    const [tabA, tabB] = await twoTabs('settings-thresholds');
    const shownInB = await getSettings(tabB);
    await updateSettings(tabA, { thresholds: { slowStartDeadAirSec: 2 } });
    await updateSettings(
      tabB,
      settingsPatch(shownInB, {
        ...shownInB,
        thresholds: { ...shownInB.thresholds, slowStartOpeningPace: 3 },
      }),
    );
    expect((await getSettings(tabA)).thresholds).toEqual({
      slowStartDeadAirSec: 2,
      slowStartOpeningPace: 3,
    });
  });

  it('other tabs hear that the settings changed and read the new band', async () => {
    const [tabA, tabB] = await twoTabs('settings-heard');
    const heard = new Promise<void>((resolve) => {
      const stop = onSettingsChanged(() => {
        stop();
        resolve();
      });
    });
    await updateSettings(tabA, { band: { minSec: 8, maxSec: 14 } });
    await heard;
    expect((await getSettings(tabB)).band).toEqual({ minSec: 8, maxSec: 14 });
  });

  it('refuses a band or streak the Settings view would not offer, changing nothing', async () => {
    const [tab] = await twoTabs('settings-invalid');
    await expect(updateSettings(tab, { band: { minSec: 500, maxSec: 0 } })).rejects.toBeInstanceOf(
      StorageError,
    );
    await expect(updateSettings(tab, { smoothStreak: 500 })).rejects.toThrow(/between 1 and 10/);
    expect(await tab.get('settings', 'settings')).toBeUndefined();
  });
});
