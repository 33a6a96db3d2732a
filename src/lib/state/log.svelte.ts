import { contactsOf, suggestContacts, type Contact } from '../log/contacts';
import { csvToLog, formatDate, LogImportError, logToCsv } from '../log/log-csv';
import { isFollowUpDue } from '../log/outcomes';
import { buildIndex, search } from '../log/search';
import { callbacksByScript, callbacksOf, type ScriptCallbacks } from '../log/stats';
import type { Db } from '../storage/db';
import { errorMessage } from '../storage/errors';
import type { OutcomeKind, VoicemailRecord } from '../storage/schema';
import { listScripts } from '../storage/scripts';
import {
  addOutcome,
  clearFollowUp,
  deleteVoicemail,
  editVoicemail,
  importVoicemails,
  listFollowUpsBy,
  listScriptTexts,
  listVoicemails,
  logVoicemail,
  removeOutcome,
  VoicemailError,
  type VoicemailDraft,
} from '../storage/voicemails';
import { announcer } from './announcer.svelte';
import { library } from './library.svelte';
import { nav } from './nav.svelte';

/** What a "Log a voicemail" button knows: the script (and take) the rep just used. */
export interface LogStart {
  scriptId?: string;
  scriptVersion?: number;
  scriptTitle?: string;
  takeId?: string;
}

/**
 * The message log shared by the Log view, the scripts view and the due-today list: one copy of
 * the voicemail records, like the take store; `#put` and `#forget` are its only writes.
 */
class MessageLog {
  /** Every logged voicemail, newest first; read when the log is first needed. */
  all: VoicemailRecord[] = $state.raw([]);
  loaded = $state(false);
  /** A storage or import problem in words, shown until dismissed. */
  error: string | null = $state(null);
  /** What the last import or export did. */
  result: string | null = $state(null);
  /** The "who's calling?" query. */
  query = $state('');
  /** The form: a new voicemail (with what the button knew) or the id being edited; null when closed. */
  form: { start: LogStart } | { editId: string } | null = $state.raw(null);
  /** Local "YYYY-MM-DD" the due list is for. */
  today = $state(formatDate(Date.now()));
  /** Script text per "scriptId@version", to show the words that were left. */
  scriptTexts: ReadonlyMap<string, string> = $state.raw(new Map());
  /** Follow-ups read at start-up, before the whole log is loaded. */
  #dueAtStart: VoicemailRecord[] = $state.raw([]);

  index = $derived(buildIndex(this.all));
  results = $derived(search(this.index, this.query));
  contacts: Contact[] = $derived(contactsOf(this.all));
  /** Follow-ups due today or overdue and not yet settled, earliest first. */
  due = $derived(
    (this.loaded ? this.all : this.#dueAtStart)
      .filter((v) => isFollowUpDue(v, this.today))
      .sort((a, b) => (a.followUpOn! < b.followUpOn! ? -1 : a.followUpOn! > b.followUpOn! ? 1 : 0)),
  );
  /** The script of the newest voicemail, preselected for the next one. */
  lastScriptId = $derived(this.all.find((v) => v.scriptId)?.scriptId);
  /** Callback figures per script id (voicemails without a script are left out). */
  byScript = $derived(callbacksByScript(this.all));

  constructor() {
    // A restore may bring voicemails: read again what this tab has read so far.
    library.onRefresh(() => void (this.loaded ? this.load() : this.loadDue()));
  }

  /** Reads only the follow-ups due by today, so the app can show them as it opens. */
  async loadDue(): Promise<void> {
    try {
      this.today = formatDate(Date.now());
      this.#dueAtStart = await listFollowUpsBy(await library.db(), this.today);
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** Reads the whole log and the script texts it points at. */
  async load(): Promise<void> {
    try {
      const db = await library.db();
      const [all, texts] = await Promise.all([listVoicemails(db), listScriptTexts(db)]);
      this.all = all;
      this.scriptTexts = texts;
      this.today = formatDate(Date.now());
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.loaded = true;
    }
  }

  /** Contacts whose name or company starts with what is typed. */
  suggest(typed: string): Contact[] {
    return suggestContacts(this.contacts, typed);
  }

  /** Callback figures of one script. */
  statsOf(scriptId: string): ScriptCallbacks {
    return this.byScript.get(scriptId) ?? callbacksOf([]);
  }

  /** Opens the Log view with a new voicemail's form, the script (and take) already chosen. */
  start(start: LogStart = {}): void {
    this.form = { start };
    nav.view = 'log';
  }

  /** Saves the form: logs a new voicemail or saves an edit. Returns true when saved. */
  async save(draft: VoicemailDraft): Promise<boolean> {
    const form = this.form;
    const saved = await this.#write(
      async (db) =>
        form && 'editId' in form ? editVoicemail(db, form.editId, draft) : logVoicemail(db, draft),
      async (v, db) => {
        this.#put(v);
        // The script may have a version written since the log was read.
        if (v.scriptId && !this.scriptTexts.has(`${v.scriptId}@${v.scriptVersion}`))
          this.scriptTexts = await listScriptTexts(db);
      },
    );
    if (!saved) return false;
    this.form = null;
    announcer.say(`Logged the voicemail to ${saved.prospect || saved.phone}.`);
    return true;
  }

  /** Records an outcome with its time. */
  async addOutcome(id: string, kind: OutcomeKind, at: number): Promise<void> {
    const v = await this.#write((db) => addOutcome(db, id, kind, at), this.#put);
    if (v) announcer.say(`Recorded “${kind}” for ${v.prospect || v.phone}.`);
  }

  /** Removes a mistaken outcome. */
  async removeOutcome(id: string, index: number): Promise<void> {
    if (await this.#write((db) => removeOutcome(db, id, index), this.#put))
      announcer.say('Outcome removed.');
  }

  /** Marks a follow-up as done. */
  async followUpDone(id: string): Promise<void> {
    const v = await this.#write((db) => clearFollowUp(db, id), this.#put);
    if (v) announcer.say(`Follow-up with ${v.prospect || v.phone} done.`);
  }

  /** Deletes a voicemail from the log. */
  async remove(id: string): Promise<void> {
    const deleted = await this.#write(
      (db) => deleteVoicemail(db, id).then(() => true),
      () => this.#forget(id),
    );
    if (deleted) announcer.say('Voicemail deleted from the log.');
  }

  /** The log as a CSV file. */
  exportCsv(): File {
    const file = new File([`\uFEFF${logToCsv(this.all)}`], `afterbeep-log-${this.today}.csv`, {
      type: 'text/csv',
    });
    this.result = `Exported ${this.all.length} voicemail${this.all.length === 1 ? '' : 's'} as ${file.name}.`;
    announcer.say(this.result);
    return file;
  }

  /** Imports a CSV file; a bad file is refused whole, with the row and what to fix. */
  async importCsv(file: File): Promise<void> {
    this.result = null;
    let rows;
    try {
      rows = csvToLog(await file.text());
    } catch (error) {
      this.error = `“${file.name}” was not imported. ${error instanceof LogImportError ? error.message : 'It could not be read as text.'}`;
      announcer.say(this.error);
      return;
    }
    const summary = await this.#write(async (db) => {
      const titles = new Map((await listScripts(db)).map((s) => [s.title.toLowerCase(), s.id]));
      return importVoicemails(db, rows, titles);
    });
    if (!summary) return;
    this.result = `Imported “${file.name}”: ${summary.added} added, ${summary.updated} updated with new outcomes, ${summary.unchanged} already in the log.`;
    announcer.say(this.result);
  }

  /** Puts one changed voicemail into the loaded log, newest first, without re-reading it all. */
  #put = (voicemail: VoicemailRecord): void => {
    this.all = [...this.all.filter((v) => v.id !== voicemail.id), voicemail].sort(
      (a, b) => b.leftAt - a.leftAt,
    );
  };

  /** Drops a deleted voicemail from the loaded log. */
  #forget = (id: string): void => {
    this.all = this.all.filter((v) => v.id !== id);
  };

  /** Runs a write, then `then` (by default the whole log is read again); a failure is shown. */
  async #write<T>(
    work: (db: Db) => Promise<T>,
    then: (result: T, db: Db) => void | Promise<void> = () => this.load(),
  ): Promise<T | null> {
    try {
      this.error = null;
      const db = await library.db();
      const result = await work(db);
      await then(result, db);
      return result;
    } catch (error) {
      this.error = error instanceof VoicemailError ? error.message : errorMessage(error);
      announcer.say(this.error);
      return null;
    }
  }
}

/** The one message log. */
export const messageLog = new MessageLog();
