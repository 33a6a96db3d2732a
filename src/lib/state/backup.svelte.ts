import { formatBytes } from '../format';
import { LIMITS } from '../limits';
import {
  BackupError,
  PartialRestoreError,
  describeRestore,
  estimateBackupBytes,
  exportBackup,
  restoreBackup,
} from '../storage/backup';
import { toStorageError } from '../storage/errors';
import { announcer } from './announcer.svelte';
import { library } from './library.svelte';
import { download } from '../download';

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Backup export and restore for the Settings panel. */
class Backup {
  busy: 'export' | 'restore' | null = $state(null);
  /** Export progress, 0–1. */
  progress = $state(0);
  /** What the last export or restore did, in words. */
  result: string | null = $state(null);
  /** Why the last export or restore failed, with what to do. */
  error: string | null = $state(null);
  /** A large export waits for the rep to confirm: why, in words. */
  warning: string | null = $state(null);

  /**
   * Exports every take, script and the settings as one ZIP file and downloads it. A backup larger
   * than LIMITS.warnExportBytes is only made after the rep confirms (`confirmed`).
   */
  async export(confirmed = false): Promise<void> {
    if (this.busy) return;
    this.start('export');
    try {
      const db = await library.db();
      const estimate = await estimateBackupBytes(db);
      if (estimate > LIMITS.warnExportBytes && !confirmed) {
        this.warning = `This backup will be about ${formatBytes(estimate)}. A phone, or a browser with little free space, may not have room to restore it: check the free space on the device you will restore it to.`;
        return;
      }
      const file = await exportBackup(db, (fraction) => (this.progress = fraction));
      download(file.blob, file.fileName);
      const left =
        file.takesWithoutAudio > 0
          ? ` ${file.takesWithoutAudio} takes had no audio stored and were left out.`
          : '';
      this.result = `Backup saved as ${file.fileName}: ${count(file.takes, 'take')} and ${count(file.scripts, 'script')}, ${formatBytes(file.blob.size)}.${left}`;
    } catch (error) {
      this.error = `The backup could not be made. ${toStorageError(error).message}`;
    } finally {
      this.finish();
    }
  }

  /** Checks a backup file completely, then merges it in; a bad file changes nothing. */
  async restore(file: File): Promise<void> {
    if (this.busy) return;
    this.start('restore');
    try {
      const summary = await restoreBackup(
        await library.db(),
        file,
        (fraction) => (this.progress = fraction),
      );
      this.result = describeRestore(summary);
      // Restored settings must reach the app too; otherwise only the list needs re-reading.
      await (summary.settingsRestored ? library.load() : library.refresh());
    } catch (error) {
      if (error instanceof PartialRestoreError) await library.refresh();
      this.error =
        error instanceof PartialRestoreError
          ? `“${file.name}” was only partly restored. ${error.message}`
          : error instanceof BackupError
            ? `“${file.name}” was not restored: ${error.message} Nothing was changed.`
            : `“${file.name}” was not restored, and nothing was changed. ${toStorageError(error).message}`;
    } finally {
      this.finish();
    }
  }

  private start(kind: 'export' | 'restore'): void {
    this.busy = kind;
    this.progress = 0;
    this.result = null;
    this.error = null;
    this.warning = null;
  }

  /** Drops a pending large-export warning without exporting. */
  dismissWarning(): void {
    this.warning = null;
    announcer.say('Export cancelled.');
  }

  private finish(): void {
    this.busy = null;
    announcer.say(this.error ?? this.warning ?? this.result ?? '');
  }
}

export const backup = new Backup();
