import { DEFAULT_THRESHOLDS, type FlagThresholds } from '../analysis/types';
import { DEFAULT_BAND, validateBand } from '../band';
import { SETTING_RANGES } from '../limits';
import type { Db } from './db';
import { guarded, StorageError } from './errors';
import type { Settings } from './schema';

const KEY = 'settings';
/** The BroadcastChannel on which every tab hears that the settings changed. */
const CHANNEL = 'afterbeep-settings';

export const DEFAULT_SETTINGS: Settings = {
  band: DEFAULT_BAND,
  thresholds: DEFAULT_THRESHOLDS,
  voiceProcessing: false,
  smoothStreak: 3,
  prompterScroll: false,
  prompterFade: false,
};

/** A change to some settings; thresholds change one by one too. */
export type SettingsPatch = Partial<Omit<Settings, 'thresholds'>> & {
  thresholds?: Partial<FlagThresholds>;
};

/** The stored settings merged over the defaults (so new settings get their default). */
export async function getSettings(db: Db): Promise<Settings> {
  const stored = await guarded(() => db.get('settings', KEY));
  return withDefaults(stored);
}

function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    thresholds: { ...DEFAULT_SETTINGS.thresholds, ...stored?.thresholds },
  };
}

/** Why a patch cannot be stored (a value outside what Settings offers), or null. */
function problemWith(patch: SettingsPatch): string | null {
  if (patch.band) {
    const problem = validateBand(patch.band);
    if (problem) return problem;
  }
  const ranged: [string, number | undefined, readonly [number, number]][] = [
    [
      'The dead air for a slow start',
      patch.thresholds?.slowStartDeadAirSec,
      SETTING_RANGES.slowStartDeadAirSec,
    ],
    [
      'The opening pace for a slow start',
      patch.thresholds?.slowStartOpeningPace,
      SETTING_RANGES.slowStartOpeningPace,
    ],
    ['The streak that makes a script smooth', patch.smoothStreak, SETTING_RANGES.smoothStreak],
  ];
  for (const [label, value, [lo, hi]] of ranged)
    if (value !== undefined && !(value >= lo && value <= hi))
      return `${label} must be between ${lo} and ${hi}.`;
  return null;
}

/**
 * Changes only the fields in `patch`, reading and writing the stored record in one transaction,
 * so a tab holding an older copy never puts back fields another tab changed. Other tabs hear
 * about it (onSettingsChanged). Returns the settings as now stored.
 */
export async function updateSettings(db: Db, patch: SettingsPatch): Promise<Settings> {
  const next = await guarded(async () => {
    const problem = problemWith(patch);
    if (problem) throw new StorageError('invalid', problem);
    const tx = db.transaction('settings', 'readwrite');
    const current = withDefaults(await tx.store.get(KEY));
    const next: Settings = {
      ...current,
      ...patch,
      thresholds: { ...current.thresholds, ...patch.thresholds },
    };
    await Promise.all([tx.store.put(next, KEY), tx.done]);
    return next;
  });
  announce();
  return next;
}

/** The fields (and thresholds) that differ between two copies of the settings. */
export function settingsPatch(from: Settings, to: Settings): SettingsPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(to) as (keyof Settings)[])
    if (key !== 'thresholds' && JSON.stringify(from[key]) !== JSON.stringify(to[key]))
      patch[key] = to[key];
  const thresholds: Partial<FlagThresholds> = {};
  for (const key of Object.keys(to.thresholds) as (keyof FlagThresholds)[])
    if (from.thresholds[key] !== to.thresholds[key]) thresholds[key] = to.thresholds[key];
  if (Object.keys(thresholds).length > 0) patch.thresholds = thresholds;
  return patch as SettingsPatch;
}

let sender: BroadcastChannel | null = null;

function announce(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  sender ??= new BroadcastChannel(CHANNEL);
  sender.postMessage('changed');
}

/** Calls `listener` when any tab (this one included) changes the settings; returns an unsubscribe. */
export function onSettingsChanged(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  // A channel of its own: a BroadcastChannel never hears its own messages.
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
