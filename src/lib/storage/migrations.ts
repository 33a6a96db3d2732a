import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { AfterbeepDB } from './schema';

type UpgradeTx = IDBPTransaction<AfterbeepDB, StoreNames<AfterbeepDB>[], 'versionchange'>;

/**
 * Ordered, append-only schema steps. Each `if (oldVersion < N)` runs once, in order, from any
 * past version. Never edit a step that has shipped; add the next one.
 */
export function migrate(db: IDBPDatabase<AfterbeepDB>, oldVersion: number, _tx: UpgradeTx): void {
  if (oldVersion < 1) {
    const takes = db.createObjectStore('takes', { keyPath: 'id' });
    takes.createIndex('by-created', 'createdAt');
    takes.createIndex('by-script', ['scriptId', 'createdAt']);
    takes.createIndex('by-analysis-version', 'analysisVersion');
    db.createObjectStore('audio', { keyPath: 'takeId' });
    const scripts = db.createObjectStore('scripts', { keyPath: 'id' });
    scripts.createIndex('by-updated', 'updatedAt');
    db.createObjectStore('scriptVersions', { keyPath: ['scriptId', 'version'] });
    db.createObjectStore('recordings', { keyPath: 'id' });
    db.createObjectStore('chunks', { keyPath: ['recordingId', 'seq'] });
    db.createObjectStore('settings');
  }
  if (oldVersion < 3) {
    // The message log: voicemails actually left. Step 2 (audio layout) is independent of it.
    const voicemails = db.createObjectStore('voicemails', { keyPath: 'id' });
    voicemails.createIndex('by-left', 'leftAt');
    voicemails.createIndex('by-follow-up', 'followUpOn');
  }
}
