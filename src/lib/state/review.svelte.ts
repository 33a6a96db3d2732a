import { blindRound, revealPick, type BlindRound } from '../review/compare';
import {
  bestFirst,
  filterTakes,
  isFilterEmpty,
  NO_FILTER,
  type TakeFilter,
} from '../review/filter';
import { errorMessage } from '../storage/errors';
import type { TakeRecord } from '../storage/schema';
import { listScriptTakes, listTakes } from '../storage/takes';
import { announcer } from './announcer.svelte';
import { library } from './library.svelte';
import { takeStore } from './takes.svelte';

/** Takes read per step while scanning storage for a filter. */
const SCAN_PAGE = 250;
/** Rows drawn at first, and added by "Show more", so the list stays light with thousands of takes. */
export const ROWS_STEP = 50;

/** A blind comparison in progress: the rep listens to A and B and picks one before the reveal. */
export interface BlindState {
  round: BlindRound;
  pick: 'A' | 'B' | null;
}

/** Filters, the compare selection and blind comparisons over the kept takes. */
class Review {
  filter: TakeFilter = $state.raw(NO_FILTER);
  /** Ids of takes older than the loaded page that match the filter, found by scanning storage. */
  #olderIds: string[] = $state.raw([]);
  /** Storage is being scanned for matching takes. */
  scanning = $state(false);
  /** How many rows of the list are drawn. */
  rows = $state(ROWS_STEP);
  /** The takes picked for comparison, at most two, in the order picked. */
  compareIds: string[] = $state.raw([]);
  /** Ids of the two takes being compared, when the compare view is open. */
  #comparingIds: [string, string] | null = $state.raw(null);
  /** The two takes being compared (null once either is deleted). */
  comparing: [TakeRecord, TakeRecord] | null = $derived.by(() => {
    const [a, b] = takeStore.resolve(this.#comparingIds ?? []);
    return a && b ? [a, b] : null;
  });
  blind: BlindState | null = $state.raw(null);
  #scan = 0;

  constructor() {
    // Takes restored, recovered or undeleted may be older than the loaded page: look again.
    library.onRefresh(() => {
      if (!isFilterEmpty(this.filter)) void this.rescan(false);
    });
  }

  /** The takes that pass the filter, newest first: loaded ones (fresh) plus older matches. */
  matches: TakeRecord[] = $derived.by(() => {
    if (isFilterEmpty(this.filter)) return library.takes;
    const loaded = filterTakes(library.takes, this.filter, library.settings.thresholds);
    const oldest = library.takes.at(-1)?.createdAt ?? Infinity;
    const older = takeStore.resolve(this.#olderIds).filter((take) => take.createdAt < oldest);
    const all = [...loaded, ...filterTakes(older, this.filter, library.settings.thresholds)];
    // A script's best take is listed first.
    return this.filter.script && this.filter.script !== 'none'
      ? bestFirst(all, all.find((t) => t.starred)?.id)
      : all;
  });

  /** Applies a filter; when it is set, older takes beyond the loaded page are scanned too. */
  async setFilter(filter: TakeFilter): Promise<void> {
    this.filter = filter;
    this.rows = ROWS_STEP;
    await this.rescan();
  }

  /** Re-reads matching takes older than the loaded page (after a change elsewhere). */
  async rescan(announce = true): Promise<void> {
    const scan = ++this.#scan;
    this.#olderIds = [];
    if (isFilterEmpty(this.filter) || library.takes.length >= library.total) {
      this.scanning = false;
      if (announce) this.#announceCount();
      return;
    }
    this.scanning = true;
    try {
      const db = await library.db();
      const found: TakeRecord[] = [];
      let before = library.takes.at(-1);
      for (;;) {
        const page = await listTakes(db, { limit: SCAN_PAGE, before });
        if (scan !== this.#scan) return;
        found.push(...filterTakes(page, this.filter, library.settings.thresholds));
        if (page.length < SCAN_PAGE) break;
        before = page.at(-1);
      }
      this.#olderIds = takeStore.put(found);
    } catch (error) {
      library.error = errorMessage(error);
    } finally {
      if (scan === this.#scan) this.scanning = false;
    }
    if (announce) this.#announceCount();
  }

  #announceCount(): void {
    if (isFilterEmpty(this.filter)) announcer.say('Showing all takes.');
    else
      announcer.say(
        `${this.matches.length} ${this.matches.length === 1 ? 'take matches' : 'takes match'}.`,
      );
  }

  /** Draws the next rows of the list. */
  showMore(): void {
    this.rows += ROWS_STEP;
  }

  /** Changes a take's metadata; every view holding it follows through the take store. */
  async update(id: string, patch: Partial<Omit<TakeRecord, 'id'>>): Promise<void> {
    await library.update(id, patch);
  }

  /**
   * Stars a take as the best, or unstars it. A script keeps one best take (TakeRecord.starred is
   * its only home): starring one unstars the others of the same script.
   */
  async toggleBest(take: TakeRecord): Promise<void> {
    const starring = !take.starred;
    if (starring && take.scriptId) {
      try {
        const others = await listScriptTakes(await library.db(), take.scriptId);
        for (const other of others)
          if (other.starred && other.id !== take.id)
            await this.update(other.id, { starred: false });
      } catch (error) {
        library.error = errorMessage(error);
      }
    }
    await this.update(take.id, { starred: starring });
    announcer.say(starring ? 'Marked as the best take.' : 'No longer the best take.');
  }

  /** Adds or removes a take from the compare selection; a third pick replaces the oldest. */
  toggleCompare(id: string): void {
    if (this.compareIds.includes(id)) this.compareIds = this.compareIds.filter((x) => x !== id);
    else this.compareIds = [...this.compareIds, id].slice(-2);
  }

  /** Opens the compare view for the two picked takes. */
  openCompare(): void {
    const picked = this.compareIds.map(
      (id) => this.matches.find((t) => t.id === id) ?? library.takes.find((t) => t.id === id),
    );
    const [a, b] = picked;
    if (!a || !b) return;
    this.#comparingIds = [a.id, b.id];
    this.blind = null;
  }

  /** Closes the compare view. */
  closeCompare(): void {
    this.#comparingIds = null;
    this.blind = null;
  }

  /** Starts a blind round over the compared takes. */
  startBlind(): void {
    if (!this.comparing) return;
    this.blind = { round: blindRound(this.comparing[0].id, this.comparing[1].id), pick: null };
    announcer.say('Blind comparison: listen to A and B, then pick the one you would return.');
  }

  /** Records the rep's pick and reveals which take it was. */
  pickBlind(pick: 'A' | 'B'): void {
    if (!this.blind) return;
    this.blind = { ...this.blind, pick };
    const id = revealPick(this.blind.round, pick);
    announcer.say(`You picked ${pick}: ${this.labelOf(id)}.`);
  }

  /** The name a take goes by in review: its own name, else "Take 1"/"Take 2" in the comparison. */
  labelOf(id: string): string {
    const index = this.comparing?.findIndex((t) => t.id === id) ?? -1;
    const take = this.comparing?.[index];
    return take?.name || `Take ${index + 1}`;
  }
}

export const review = new Review();
