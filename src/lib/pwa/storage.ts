/** What the browser says about Afterbeep's storage. Null fields: the browser does not tell. */
export interface StorageReport {
  /** Bytes used by this site (IndexedDB, caches, …), as estimated by the browser. */
  usageBytes: number | null;
  /** Bytes this site may use in total, as estimated by the browser. */
  quotaBytes: number | null;
  /** True: the browser will not clear this site's data on its own. */
  persisted: boolean | null;
}

/** Reads usage, quota and persistence; never throws. */
export async function readStorage(): Promise<StorageReport> {
  const storage = navigator.storage as StorageManager | undefined;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => null) : null,
    storage?.persisted ? storage.persisted().catch(() => null) : null,
  ]);
  return {
    usageBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
    persisted,
  };
}

/**
 * Asks the browser to keep this site's data (Chromium decides silently, Firefox asks the user).
 * Returns true when granted, false when refused, null when the browser has no such request.
 */
export async function requestPersistence(): Promise<boolean | null> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist) return null;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}

const ASKED_KEY = 'afterbeep.persistence-asked';

/**
 * After the first saved take, asks once (ever) for persistent storage, so Firefox's question comes
 * when it makes sense and not again after a "no". Returns the request's result, or null when it
 * was not asked.
 */
export async function requestPersistenceOnce(): Promise<boolean | null> {
  try {
    if (localStorage.getItem(ASKED_KEY)) return null;
    localStorage.setItem(ASKED_KEY, String(Date.now()));
  } catch {
    // No localStorage (some private modes): asking each session is the lesser evil.
  }
  if (await navigator.storage?.persisted?.().catch(() => false)) return true;
  return requestPersistence();
}
