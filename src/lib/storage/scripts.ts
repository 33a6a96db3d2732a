import type { TargetBand } from '../band';
import type { Db } from './db';
import { guarded, NotFoundError } from './errors';
import type { ScriptRecord, ScriptVersionRecord } from './schema';

/** What a rep can write when creating or editing a script. */
export interface ScriptDraft {
  title: string;
  text: string;
  notes: string;
  band: TargetBand | null;
}

/** A title for storage: trimmed, never empty. */
function cleanTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ') || 'Untitled script';
}

/** Creates a script with version 1 of its text; returns the stored record. */
export function createScript(
  db: Db,
  draft: Partial<ScriptDraft>,
  now = Date.now(),
): Promise<ScriptRecord> {
  const script: ScriptRecord = {
    id: crypto.randomUUID(),
    title: cleanTitle(draft.title ?? ''),
    text: draft.text ?? '',
    notes: draft.notes ?? '',
    band: draft.band ?? null,
    archived: false,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  return guarded(async () => {
    const tx = db.transaction(['scripts', 'scriptVersions'], 'readwrite');
    await Promise.all([
      tx.objectStore('scripts').add(script),
      tx
        .objectStore('scriptVersions')
        .add({ scriptId: script.id, version: 1, text: script.text, createdAt: now }),
      tx.done,
    ]);
    return script;
  });
}

/**
 * Applies an edit. When the text actually changes a new version row is written in the same
 * transaction, so takes recorded against the old text still point at the words they used.
 */
export function updateScript(
  db: Db,
  id: string,
  patch: Partial<ScriptDraft & { archived: boolean }>,
  now = Date.now(),
): Promise<ScriptRecord> {
  return guarded(async () => {
    const tx = db.transaction(['scripts', 'scriptVersions'], 'readwrite');
    const scripts = tx.objectStore('scripts');
    const current = await scripts.get(id);
    if (!current) throw new NotFoundError('script', id);
    const textChanged = patch.text !== undefined && patch.text !== current.text;
    const next: ScriptRecord = {
      ...current,
      ...patch,
      title: patch.title === undefined ? current.title : cleanTitle(patch.title),
      version: textChanged ? current.version + 1 : current.version,
      updatedAt: now,
    };
    const writes: Promise<unknown>[] = [scripts.put(next)];
    if (textChanged) {
      writes.push(
        tx
          .objectStore('scriptVersions')
          .add({ scriptId: id, version: next.version, text: next.text, createdAt: now }),
      );
    }
    await Promise.all([...writes, tx.done]);
    return next;
  });
}

/** Renames a script (the text and its version stay). */
export function renameScript(db: Db, id: string, title: string): Promise<ScriptRecord> {
  return updateScript(db, id, { title });
}

/** Archives (or restores) a script: hidden from the library, its takes and history kept. */
export function archiveScript(db: Db, id: string, archived = true): Promise<ScriptRecord> {
  return updateScript(db, id, { archived });
}

/** A copy of a script's current text, notes and band as a new script at version 1; no takes. */
export async function duplicateScript(db: Db, id: string, now = Date.now()): Promise<ScriptRecord> {
  const source = await guarded(() => db.get('scripts', id));
  if (!source) throw new NotFoundError('script', id);
  return createScript(db, { ...source, title: `${source.title} (copy)` }, now);
}

/**
 * Deletes a script and its version history. Its takes are kept, unlinked (scriptId and
 * scriptVersion removed), so no recording is ever lost by deleting a script. Returns how many
 * takes were unlinked.
 */
export function deleteScript(db: Db, id: string): Promise<number> {
  return guarded(async () => {
    const tx = db.transaction(['scripts', 'scriptVersions', 'takes'], 'readwrite');
    const takes = tx.objectStore('takes');
    const linked = await takes
      .index('by-script')
      .getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
    const writes: Promise<unknown>[] = linked.map((take) => {
      const { scriptId: _s, scriptVersion: _v, ...unlinked } = take;
      return takes.put(unlinked);
    });
    writes.push(
      tx.objectStore('scripts').delete(id),
      tx.objectStore('scriptVersions').delete(IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
    );
    await Promise.all([...writes, tx.done]);
    return linked.length;
  });
}

/** All scripts, most recently edited first (archived ones included; filter in the view). */
export function listScripts(db: Db): Promise<ScriptRecord[]> {
  return guarded(async () => (await db.getAllFromIndex('scripts', 'by-updated')).reverse());
}

/** One script, or undefined. */
export function getScript(db: Db, id: string): Promise<ScriptRecord | undefined> {
  return guarded(() => db.get('scripts', id));
}

/** A script's text versions, oldest first. */
export function listScriptVersions(db: Db, id: string): Promise<ScriptVersionRecord[]> {
  return guarded(() =>
    db.getAll('scriptVersions', IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
  );
}
