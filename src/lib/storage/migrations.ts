import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { AfterbeepDB } from './schema';

type UpgradeTx = IDBPTransaction<AfterbeepDB, StoreNames<AfterbeepDB>[], 'versionchange'>;

/**
 * Ordered, append-only schema steps. Each `if (oldVersion < N)` runs once, in order, from any
 * past version. Never edit a step that has shipped; add the next one.
 */
export function migrate(db: IDBPDatabase<AfterbeepDB>, oldVersion: number, tx: UpgradeTx): void {
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
  if (oldVersion < 2) {
    // Audio moves from a Blob to bytes plus type (WebKit's private and automation sessions refuse
    // Blobs). Reading a Blob is not an IndexedDB request, so the upgrade cannot wait for it: this
    // step records each Blob's type and size, and convertLegacyAudio moves the bytes after opening.
    // Old tabs are told to reload by the version change, so none reads the new shape.
    void typeLegacyAudio(tx).catch(() => {
      try {
        tx.abort(); // Half an upgrade never commits; the open fails and says so.
      } catch {
        // Already finished.
      }
    });
  }
  if (oldVersion < 3) {
    // The message log: voicemails actually left. Step 2 (audio layout) is independent of it.
    const voicemails = db.createObjectStore('voicemails', { keyPath: 'id' });
    voicemails.createIndex('by-left', 'leftAt');
    voicemails.createIndex('by-follow-up', 'followUpOn');
  }
}

async function typeLegacyAudio(tx: UpgradeTx): Promise<void> {
  for (let c = await tx.objectStore('audio').openCursor(); c; c = await c.continue())
    if (c.value.blob)
      await c.update({ ...c.value, type: c.value.blob.type, size: c.value.blob.size });
  for (let c = await tx.objectStore('chunks').openCursor(); c; c = await c.continue())
    if (c.value.blob) await c.update({ ...c.value, type: c.value.blob.type });
}
