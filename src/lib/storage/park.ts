import { openDB } from 'idb';
import { bytesOf } from './audio';
import type { Db } from './db';
import { guarded } from './errors';
import { DB_NAME, type AfterbeepDB, type RecordingSessionRecord } from './schema';

/**
 * Keeps a finished take that this tab can no longer save because another tab upgraded the
 * database: opens the database at whatever version it now has (no upgrade), and stores the whole
 * take as an interrupted recording (its session row plus one chunk holding all the audio), so the
 * reloaded app offers it back as an interrupted take. Resolves false when the newer database no
 * longer has the stores this version knows, in which case nothing is written.
 */
export async function parkForNextVersion(
  session: RecordingSessionRecord,
  audio: Blob,
  name = DB_NAME,
): Promise<boolean> {
  const db = (await guarded(() =>
    openDB<AfterbeepDB>(name, undefined, {
      // Yet another upgrade while parking: step aside at once, the write is one transaction.
      blocking: (_current, _next, event) => (event.target as IDBDatabase).close(),
    }),
  )) as Db;
  try {
    const stores = db.objectStoreNames;
    if (!stores.contains('recordings') || !stores.contains('chunks')) return false;
    // Bytes, read before the transaction opens (a Blob read is not an IndexedDB request).
    const bytes = await bytesOf(audio);
    await guarded(async () => {
      const tx = db.transaction(['recordings', 'chunks'], 'readwrite');
      const chunks = tx.objectStore('chunks');
      await Promise.all([
        tx.objectStore('recordings').put(session),
        chunks.delete(IDBKeyRange.bound([session.id, -Infinity], [session.id, Infinity])),
        chunks.put({ recordingId: session.id, seq: 0, type: audio.type, bytes }),
        tx.done,
      ]);
    });
    return true;
  } finally {
    db.close();
  }
}
