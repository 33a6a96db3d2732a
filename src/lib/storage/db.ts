import { openDB, type IDBPDatabase } from 'idb';
import { migrate } from './migrations';
import { DB_NAME, DB_VERSION, type AfterbeepDB } from './schema';
import { guarded } from './errors';

export type Db = IDBPDatabase<AfterbeepDB>;

/** Called when another tab opens a newer version: this tab's connection is closed. */
export type OutdatedListener = () => void;

const outdatedListeners = new Set<OutdatedListener>();
let shared: Promise<Db> | null = null;
/** Databases this page upgraded from schema v1, whose audio may still be Blobs. */
const upgradedFromBlobs = new Set<string>();

/**
 * True when this page upgraded `db` from schema v1, so convertLegacyAudio has work to do; any
 * other start skips it rather than reading every stored take's audio.
 */
export function mayHoldBlobAudio(db: Db): boolean {
  return upgradedFromBlobs.has(db.name);
}

/** Opens (once) the app's database, running any pending migrations. */
export function getDb(name = DB_NAME): Promise<Db> {
  if (name !== DB_NAME) return openDatabase(name);
  shared ??= openDatabase(name).catch((error: unknown) => {
    shared = null;
    throw error;
  });
  return shared;
}

/** Opens a database by name at the current version; tests use their own names. */
export function openDatabase(name: string, version = DB_VERSION): Promise<Db> {
  return guarded(() =>
    openDB<AfterbeepDB>(name, version, {
      upgrade: (db, oldVersion, _newVersion, tx) => {
        if (oldVersion >= 1 && oldVersion < 2) upgradedFromBlobs.add(name);
        migrate(db, oldVersion, tx);
      },
      blocking: (_current, _next, event) => {
        // A newer version in another tab is waiting on us: step aside and tell the rep to reload.
        (event.target as IDBDatabase).close();
        shared = null;
        for (const listener of outdatedListeners) listener();
      },
      terminated: () => {
        shared = null;
      },
    }),
  );
}

/** Subscribes to "a newer Afterbeep opened in another tab"; returns an unsubscribe. */
export function onOutdated(listener: OutdatedListener): () => void {
  outdatedListeners.add(listener);
  return () => outdatedListeners.delete(listener);
}
