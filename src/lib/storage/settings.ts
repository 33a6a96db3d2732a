import { DEFAULT_THRESHOLDS } from '../analysis/types';
import { DEFAULT_BAND } from '../band';
import type { Db } from './db';
import { guarded } from './errors';
import type { Settings } from './schema';

const KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  band: DEFAULT_BAND,
  thresholds: DEFAULT_THRESHOLDS,
  voiceProcessing: false,
  smoothStreak: 3,
  prompterScroll: false,
  prompterFade: false,
};

/** The stored settings merged over the defaults (so new settings get their default). */
export async function getSettings(db: Db): Promise<Settings> {
  const stored = await guarded(() => db.get('settings', KEY));
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    thresholds: { ...DEFAULT_SETTINGS.thresholds, ...stored?.thresholds },
  };
}

/** Stores the settings. */
export function saveSettings(db: Db, settings: Settings): Promise<void> {
  return guarded(async () => {
    await db.put('settings', settings, KEY);
  });
}
