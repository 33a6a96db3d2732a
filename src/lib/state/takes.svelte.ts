import { SvelteMap } from 'svelte/reactivity';
import type { TakeRecord } from '../storage/schema';

/**
 * Every take record this tab has read, by id: the one copy the views share. Views keep ids (the
 * loaded page, filter matches, the compared pair, a script's takes) and derive records from here,
 * so an edit, star or delete shows everywhere at once. Writes go through `put` and `remove` only.
 */
class TakeStore {
  // Reactive per id: a view re-derives only when one of the records it resolves changes.
  #byId = new SvelteMap<string, TakeRecord>();

  /** The record with this id, or undefined when it was never read or is deleted. */
  get(id: string): TakeRecord | undefined {
    return this.#byId.get(id);
  }

  /** The records for these ids, in the same order; ids without a record are skipped. */
  resolve(ids: readonly string[]): TakeRecord[] {
    return ids.flatMap((id) => {
      const take = this.#byId.get(id);
      return take ? [take] : [];
    });
  }

  /** Adds or replaces records (as read from or written to storage); returns their ids. */
  put(records: readonly TakeRecord[]): string[] {
    for (const take of records) this.#byId.set(take.id, take);
    return records.map((take) => take.id);
  }

  /** Forgets a record (deleted, or a save that failed). */
  remove(id: string): void {
    this.#byId.delete(id);
  }
}

/** The shared take records. */
export const takeStore = new TakeStore();
