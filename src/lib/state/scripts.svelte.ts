import { takeFlags } from '../analysis';
import { judgeTakes, type TakeVerdict } from '../drills/clean';
import { scriptProgress, type ScriptProgress } from '../drills/progress';
import { measuredPace } from '../scripts/read-time';
import { errorMessage } from '../storage/errors';
import type { ScriptRecord, ScriptVersionRecord, TakeRecord } from '../storage/schema';
import {
  archiveScript,
  createScript,
  deleteScript,
  duplicateScript,
  getScript,
  listScripts,
  listScriptVersions,
  updateScript,
  type ScriptDraft,
} from '../storage/scripts';
import { listScriptTakes } from '../storage/takes';
import { announcer } from './announcer.svelte';
import { library } from './library.svelte';
import { nav } from './nav.svelte';
import { takeStore } from './takes.svelte';
import { practice } from './practice.svelte';

/** The script library, its drill progress, and the script being edited; shared by components. */
class Scripts {
  /** Every script, most recently edited first (archived included). */
  all: ScriptRecord[] = $state.raw([]);
  loaded = $state(false);
  /** A storage problem in words, shown until dismissed. */
  error: string | null = $state(null);
  /** The script open in the editor; 'new' for a blank one. */
  editingId: string | 'new' | null = $state(null);
  showArchived = $state(false);
  /** Ids of script takes read from storage, so takes older than the loaded page still count. */
  #storedIds: string[] = $state.raw([]);

  /** Scripts shown in the library: archived ones only when asked for. */
  visible = $derived(this.all.filter((s) => this.showArchived || !s.archived));
  /** The rep's own pace: mean pace of their analysed takes (syllables/s), null before any. */
  pace = $derived(
    measuredPace(
      library.takes.flatMap((t) =>
        t.analysis?.speechOnsetSec != null ? [t.analysis.paceSyllablesPerSec] : [],
      ),
    ),
  );

  /** Every script by title, for pickers (the filter). */
  byTitle = $derived([...this.all].sort((x, y) => x.title.localeCompare(y.title)));

  /** Reads the script list only (not their takes), for the filter's picker. */
  async loadList(): Promise<void> {
    try {
      this.all = await listScripts(await library.db());
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** A script by id, read from storage when the list does not hold it; undefined when it is gone. */
  async fetch(id: string): Promise<ScriptRecord | undefined> {
    try {
      return this.get(id) ?? (await getScript(await library.db(), id));
    } catch {
      return undefined;
    }
  }

  /** Loads the scripts and their takes from storage. */
  async load(): Promise<void> {
    try {
      const db = await library.db();
      this.all = await listScripts(db);
      const stored = await Promise.all(this.all.map((s) => listScriptTakes(db, s.id)));
      this.#storedIds = takeStore.put(stored.flat());
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.loaded = true;
    }
  }

  /** One script by id. */
  get(id: string): ScriptRecord | undefined {
    return this.all.find((s) => s.id === id);
  }

  /**
   * A script's takes, oldest first: its takes read from storage plus the loaded page (which
   * follows new takes), all from the take store, so edits and deletes show at once.
   */
  takesOf(id: string): TakeRecord[] {
    const seen: Record<string, true> = {};
    return [...takeStore.resolve(this.#storedIds), ...library.takes]
      .filter((t) => t.scriptId === id && !seen[t.id] && (seen[t.id] = true))
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  /** A script's takes judged for drills under the rep's thresholds, oldest first. */
  verdictsOf(id: string): TakeVerdict[] {
    const thresholds = library.settings.thresholds;
    return judgeTakes(this.takesOf(id), (t) =>
      t.analysis ? takeFlags(t.analysis, thresholds) : null,
    );
  }

  /** A script's drill progress for the rep's smoothStreak setting. */
  progressOf(id: string): ScriptProgress {
    return scriptProgress(
      this.verdictsOf(id),
      library.settings.smoothStreak,
      this.get(id)?.version,
    );
  }

  /** Saves the script in the editor (creating it when new); returns it, or null on failure. */
  async save(id: string | 'new', draft: ScriptDraft): Promise<ScriptRecord | null> {
    return this.#write(async (db) => {
      const saved =
        id === 'new' ? await createScript(db, draft) : await updateScript(db, id, draft);
      if (practice.script?.scriptId === saved.id && !practice.busy) this.#useForPractice(saved);
      announcer.say(`Saved “${saved.title}”, version ${saved.version}.`);
      return saved;
    });
  }

  /** Duplicates a script; the copy starts with no takes. */
  async duplicate(id: string): Promise<ScriptRecord | null> {
    return this.#write(async (db) => {
      const copy = await duplicateScript(db, id);
      announcer.say(`Made “${copy.title}”.`);
      return copy;
    });
  }

  /** Archives or restores a script. */
  async archive(id: string, archived: boolean): Promise<void> {
    await this.#write(async (db) => {
      const s = await archiveScript(db, id, archived);
      announcer.say(archived ? `Archived “${s.title}”.` : `Restored “${s.title}”.`);
      return s;
    });
  }

  /** Deletes a script and its history; its takes stay in the take list, no longer linked. */
  async remove(id: string): Promise<void> {
    const title = this.get(id)?.title ?? 'the script';
    await this.#write(async (db) => {
      const unlinked = await deleteScript(db, id);
      if (practice.script?.scriptId === id) practice.setScript(null);
      await library.refresh();
      announcer.say(
        `Deleted “${title}”. Its ${unlinked} take${unlinked === 1 ? ' is' : 's are'} kept in your take list.`,
      );
      return null;
    });
  }

  /** The text versions of a script, oldest first. */
  async versions(id: string): Promise<ScriptVersionRecord[]> {
    try {
      return await listScriptVersions(await library.db(), id);
    } catch (error) {
      this.error = errorMessage(error);
      return [];
    }
  }

  /** Starts a drill: the practice view records takes against this script's current text. */
  drill(id: string): void {
    const script = this.get(id);
    if (!script || practice.busy) return;
    this.#useForPractice(script);
    nav.view = 'practice';
    announcer.say(`Drilling “${script.title}”. Press Space to record.`);
  }

  #useForPractice(script: ScriptRecord): void {
    const { id: scriptId, version, title, text, band } = script;
    practice.setScript({ scriptId, version, title, text, band });
  }

  async #write<T>(
    work: (db: Awaited<ReturnType<typeof library.db>>) => Promise<T>,
  ): Promise<T | null> {
    try {
      this.error = null;
      const result = await work(await library.db());
      await this.load();
      return result;
    } catch (error) {
      this.error = errorMessage(error);
      announcer.say(this.error);
      return null;
    }
  }
}

export const scripts = new Scripts();
