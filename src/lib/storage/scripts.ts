import { validateBand, type TargetBand } from '../band';
import { LIMITS, overLimit } from '../limits';
import type { Db } from './db';
import { guarded, NotFoundError, StorageError } from './errors';
import { tick } from './hlc';
import type { ScriptMergedField, ScriptRecord, ScriptVersionRecord } from './schema';

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

/** Refuses (before any write) a draft that a restore would refuse to read back. */
function checkDraft(draft: Partial<ScriptDraft>): void {
  const problem =
    overLimit({
      'script title': [draft.title, LIMITS.scriptTitleChars],
      'script text': [draft.text, LIMITS.scriptTextChars],
      'script notes': [draft.notes, LIMITS.scriptNotesChars],
    }) ?? (draft.band ? validateBand(draft.band) : null);
  if (problem) throw new StorageError('invalid', problem);
}

const MERGED_FIELDS: readonly ScriptMergedField[] = [
  'title',
  'notes',
  'band',
  'archived',
  'bestTakeId',
];

/** Creates a script with version 1 of its text; returns the stored record. */
export function createScript(
  db: Db,
  draft: Partial<ScriptDraft>,
  now = Date.now(),
): Promise<ScriptRecord> {
  const stamp = tick(now);
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
    clocks: Object.fromEntries(MERGED_FIELDS.map((field) => [field, stamp])),
  };
  return guarded(async () => {
    checkDraft(draft);
    const tx = db.transaction(['scripts', 'scriptVersions'], 'readwrite');
    await Promise.all([
      tx.objectStore('scripts').add(script),
      tx
        .objectStore('scriptVersions')
        .add({ scriptId: script.id, version: 1, text: script.text, createdAt: now, clock: stamp }),
      tx.done,
    ]);
    return script;
  });
}

/**
 * Applies an edit. When the text actually changes a new version row is written in the same
 * transaction, so takes recorded against the old text still point at the words they used. The
 * new version's number is one past the highest stored (a merge may have added versions after
 * the current one), so it never collides. Each changed field gets a new clock stamp.
 */
export function updateScript(
  db: Db,
  id: string,
  patch: Partial<ScriptDraft & { archived: boolean }>,
  now = Date.now(),
): Promise<ScriptRecord> {
  return guarded(async () => {
    checkDraft(patch);
    const tx = db.transaction(['scripts', 'scriptVersions'], 'readwrite');
    const scripts = tx.objectStore('scripts');
    const versions = tx.objectStore('scriptVersions');
    const [current, highest] = await Promise.all([
      scripts.get(id),
      versions.openKeyCursor(IDBKeyRange.bound([id, -Infinity], [id, Infinity]), 'prev'),
    ]);
    if (!current) throw new NotFoundError('script', id);
    // The current text's stamp too: a merged-in version may carry a stamp from a clock ahead.
    const currentVersion = await versions.get([id, current.version]);
    const textChanged = patch.text !== undefined && patch.text !== current.text;
    const nextVersion = Math.max(current.version, highest?.key[1] ?? 0) + 1;
    if (textChanged && nextVersion > LIMITS.maxScriptVersion)
      throw new StorageError(
        'invalid',
        `This script has ${LIMITS.maxScriptVersion.toLocaleString('en')} versions, the most Afterbeep keeps. Duplicate it and edit the copy.`,
      );
    const stamp = tick(now, currentVersion?.clock, ...Object.values(current.clocks ?? {}));
    const title = patch.title === undefined ? current.title : cleanTitle(patch.title);
    const next: ScriptRecord = {
      ...current,
      ...patch,
      title,
      version: textChanged ? nextVersion : current.version,
      updatedAt: now,
      clocks: { ...current.clocks },
    };
    for (const field of MERGED_FIELDS)
      if (field in patch && !sameValue(next[field], current[field])) next.clocks![field] = stamp;
    const writes: Promise<unknown>[] = [scripts.put(next)];
    if (textChanged) {
      writes.push(
        versions.add({
          scriptId: id,
          version: next.version,
          text: next.text,
          createdAt: now,
          clock: stamp,
        }),
      );
    }
    await Promise.all([...writes, tx.done]);
    return next;
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
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
  const title = `${source.title} (copy)`.slice(0, LIMITS.scriptTitleChars);
  return createScript(db, { ...source, title }, now);
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
