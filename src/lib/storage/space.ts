import type { Db } from './db';
import { guarded } from './errors';

/** What a take that does not fit needs, and what deleting the oldest takes would free. */
export interface SpaceNeeded {
  /** Bytes the take needs. */
  neededBytes: number;
  /** Bytes the browser says are still free for this site, or null when it does not say. */
  freeBytes: number | null;
  /** The fewest oldest takes whose audio together is at least neededBytes (all, if none is). */
  oldest: { count: number; bytes: number };
}

/** Reads what a take of `neededBytes` would need and what the oldest takes would free. */
export async function spaceNeeded(db: Db, neededBytes: number): Promise<SpaceNeeded> {
  const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => null);
  const freeBytes =
    estimate?.quota !== undefined && estimate.usage !== undefined
      ? Math.max(0, estimate.quota - estimate.usage)
      : null;
  const oldest = { count: 0, bytes: 0 };
  await guarded(async () => {
    // Oldest first, stopping once enough would be freed: never reads more takes than needed.
    let cursor = await db.transaction('takes').store.index('by-created').openCursor();
    while (cursor && oldest.bytes < neededBytes) {
      oldest.count++;
      oldest.bytes += cursor.value.sizeBytes;
      cursor = await cursor.continue();
    }
  });
  return { neededBytes, freeBytes, oldest };
}

/** "0.4 MB" for bytes (one decimal, at least 0.1 MB so a small take never reads as 0). */
export function megabytes(bytes: number): string {
  return `${Math.max(0.1, bytes / 1_000_000).toFixed(1)} MB`;
}

/** The space problem in words: what the take needs and what could be freed. */
export function describeSpaceNeeded({ neededBytes, freeBytes, oldest }: SpaceNeeded): string {
  const free = freeBytes === null ? '' : ` (about ${megabytes(freeBytes)} is free)`;
  const freed =
    oldest.count === 0
      ? 'There are no older takes to delete: free space on the device, or download this take.'
      : `Deleting your ${oldest.count === 1 ? 'oldest take' : `${oldest.count} oldest takes`} would free ${megabytes(oldest.bytes)}; export a backup first if you want to keep ${oldest.count === 1 ? 'it' : 'them'}. Or download this take.`;
  return `This take needs about ${megabytes(neededBytes)}${free}. ${freed}`;
}
