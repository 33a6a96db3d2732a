import { ANALYSIS_VERSION, takeFlags } from '../analysis';
import type { TakeFlags } from '../analysis/types';
import { measureAudio } from '../audio/measure-take';
import { getDb, mayHoldBlobAudio, onOutdated, type Db } from '../storage/db';
import { errorMessage } from '../storage/errors';
import type { Settings, TakeRecord } from '../storage/schema';
import {
  DEFAULT_SETTINGS,
  getSettings,
  onSettingsChanged,
  settingsPatch,
  updateSettings,
} from '../storage/settings';
import {
  countTakes,
  deleteTake,
  convertLegacyAudio,
  getAudio,
  getTake,
  listStaleTakeIds,
  listTakes,
  restoreTake,
  updateTake,
  type DeletedTake,
} from '../storage/takes';
import { announcer } from './announcer.svelte';
import { takeStore } from './takes.svelte';

/** Takes loaded per page (the list draws as many rows); older ones load on request. */
export const PAGE_SIZE = 50;

/** The kept takes and settings, shared by every view. */
class Library {
  /** Ids of the loaded takes, newest first. */
  #pageIds: string[] = $state.raw([]);
  /** Loaded takes, newest first (metadata only), from the shared take store. */
  takes: TakeRecord[] = $derived(takeStore.resolve(this.#pageIds));
  /** Number of takes stored, loaded or not. */
  total = $state(0);
  settings: Settings = $state.raw(DEFAULT_SETTINGS);
  selectedId: string | null = $state(null);
  selected = $derived(this.takes.find((take) => take.id === this.selectedId) ?? null);
  loaded = $state(false);
  /** A storage problem in words, shown until dismissed. */
  error: string | null = $state(null);
  /** Another tab opened a newer Afterbeep; this one must reload. */
  outdated = $state(false);
  /** The last deleted take, kept for undo. */
  lastDeleted: DeletedTake | null = $state.raw(null);

  #db: Db | null = null;
  /** Audio of takes recorded in this tab, so a take can play while its save is still committing. */
  #freshAudio = new Map<string, Blob>();

  /** The database, opened on first use. */
  async db(): Promise<Db> {
    this.#db ??= await getDb();
    return this.#db;
  }

  #watching = false;
  #refreshed = new Set<() => void>();

  /** Calls `listener` after every re-read of the list (restore, recovery, undo); returns an unsubscribe. */
  onRefresh(listener: () => void): () => void {
    this.#refreshed.add(listener);
    return () => this.#refreshed.delete(listener);
  }

  /** Opens storage, reads settings and the first page of takes, then refreshes stale analyses. */
  async load(): Promise<void> {
    try {
      const db = await this.db();
      if (!this.#watching) {
        this.#watching = true;
        onOutdated(() => {
          this.outdated = true;
          this.#db = null;
        });
        // Another tab changed a setting: read the stored ones, the single truth.
        onSettingsChanged(() => void this.reloadSettings());
      }
      const [settings] = await Promise.all([getSettings(db), this.refresh()]);
      this.settings = settings;
      void this.reanalyseStale().catch((error: unknown) => {
        console.warn('Afterbeep: re-measuring older takes stopped', error);
      });
      // Audio saved by schema v1 as Blobs moves to bytes in the background, once, right after the
      // upgrade; reads work either way, so an interrupted move needs no retry on later starts.
      if (mayHoldBlobAudio(db)) void convertLegacyAudio(db).catch(() => undefined);
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.loaded = true;
    }
  }

  /** Re-reads the first page of takes (after a restore or recovery). */
  async refresh(): Promise<void> {
    const db = await this.db();
    const [takes, total] = await Promise.all([listTakes(db, { limit: PAGE_SIZE }), countTakes(db)]);
    this.#pageIds = takeStore.put(takes);
    this.total = total;
    for (const listener of this.#refreshed) listener();
  }

  /** Loads the next page of older takes. */
  async loadMore(): Promise<void> {
    const oldest = this.takes.at(-1);
    if (!oldest) return;
    try {
      const db = await this.db();
      const older = await listTakes(db, { limit: PAGE_SIZE, before: oldest });
      this.#pageIds = [...this.#pageIds, ...takeStore.put(older)];
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** Adds a fresh take at the top of the list; its audio is served from memory from now on. */
  add(take: TakeRecord, audio?: Blob): void {
    if (audio) {
      this.#freshAudio.set(take.id, audio);
      // Keep only the last few: they are in IndexedDB anyway once saved.
      for (const id of [...this.#freshAudio.keys()].slice(0, -3)) this.#freshAudio.delete(id);
    }
    takeStore.put([take]);
    this.#pageIds = [take.id, ...this.#pageIds.filter((id) => id !== take.id)];
    this.total += 1;
  }

  /** Takes a take off the list without touching storage (a save that failed). */
  forget(id: string): void {
    this.#drop(id);
  }

  /** Removes a take from the store and the loaded page. */
  #drop(id: string): void {
    this.#freshAudio.delete(id);
    takeStore.remove(id);
    this.#pageIds = this.#pageIds.filter((x) => x !== id);
    this.total -= 1;
    if (this.selectedId === id) this.selectedId = null;
  }

  /** Flags of a take under the current thresholds; null when it has no analysis. */
  flagsOf(take: TakeRecord): TakeFlags | null {
    return take.analysis ? takeFlags(take.analysis, this.settings.thresholds) : null;
  }

  /** Changes a take's metadata in storage and, through the take store, in every view. */
  async update(id: string, patch: Partial<Omit<TakeRecord, 'id'>>): Promise<void> {
    try {
      takeStore.put([await updateTake(await this.db(), id, patch)]);
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** A take's audio. */
  async audioOf(id: string): Promise<Blob | undefined> {
    return this.#freshAudio.get(id) ?? getAudio(await this.db(), id);
  }

  /** Deletes a take; it can be brought back with undoRemove until the next delete. */
  async remove(id: string): Promise<void> {
    try {
      const deleted = await deleteTake(await this.db(), id);
      if (!deleted) return;
      this.lastDeleted = deleted;
      this.#drop(id);
      announcer.say('Take deleted. Undo is available.');
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** Puts back the last deleted take. */
  async undoRemove(): Promise<void> {
    const deleted = this.lastDeleted;
    if (!deleted) return;
    try {
      await restoreTake(await this.db(), deleted);
      this.lastDeleted = null;
      await this.refresh();
      announcer.say('Take restored.');
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /**
   * Stores the settings fields that differ from the ones shown, and only those: another tab may
   * have changed the rest since this one read them.
   */
  async saveSettings(next: Settings): Promise<void> {
    const patch = settingsPatch(this.settings, next);
    this.settings = next;
    try {
      this.settings = await updateSettings(await this.db(), patch);
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** Re-reads the stored settings (after another tab changed them). */
  async reloadSettings(): Promise<void> {
    try {
      this.settings = await getSettings(await this.db());
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** Re-measures takes analysed by an older analysis version, one at a time, in the background. */
  async reanalyseStale(): Promise<void> {
    const db = await this.db();
    for (const id of await listStaleTakeIds(db, ANALYSIS_VERSION)) {
      const [take, audio] = await Promise.all([getTake(db, id), getAudio(db, id)]);
      if (!take || take.damaged || !audio) continue;
      const measured = await measureAudio(audio);
      const patch = measured.damaged
        ? { damaged: true, analysis: null }
        : { analysis: measured.measures, peaks: measured.peaks, analysisVersion: ANALYSIS_VERSION };
      takeStore.put([await updateTake(db, id, patch)]);
    }
  }
}

export const library = new Library();
