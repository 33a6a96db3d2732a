import { download } from '../download';
import { extensionFor } from '../audio/mime';
import { formatSeconds } from '../format';
import { exportFileName } from '../review/export-name';
import { errorMessage, toStorageError } from '../storage/errors';
import { rebuildAudio } from '../storage/recovery';
import { describeSpaceNeeded, spaceNeeded } from '../storage/space';
import {
  discardInterruptedTake,
  findInterruptedTakes,
  type InterruptedTake,
} from '../storage/recovery';
import { announcer } from './announcer.svelte';
import { library } from './library.svelte';
import { practice } from './practice.svelte';
import { recoverTake } from '../recovery/recover';
import { liveSessionIds } from '../recovery/session-lock';

/** Takes interrupted by a closed tab, crash or reload, offered back to the rep at startup. */
class Recovery {
  /** Interrupted takes waiting for Keep or Discard, oldest first. */
  found: InterruptedTake[] = $state.raw([]);
  /** The session being kept or discarded. */
  busyId: string | null = $state(null);
  /** A failure in words, with what to do. */
  error: string | null = $state(null);

  /** Looks for interrupted takes, leaving alone any take being recorded in this or another tab. */
  async scan(): Promise<void> {
    try {
      const db = await library.db();
      const live = await liveSessionIds();
      const found = await findInterruptedTakes(
        db,
        (id) => live.has(id) || id === practice.sessionId,
      );
      this.found = found;
      if (found.length > 0)
        announcer.say(
          found.length === 1
            ? `A take was interrupted before it was saved: ${formatSeconds(found[0]!.lengthMs)} can be recovered.`
            : `${found.length} takes were interrupted before they were saved and can be recovered.`,
        );
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** Rebuilds, measures and keeps an interrupted take, then shows it in the list. */
  async keep(sessionId: string): Promise<void> {
    const item = this.found.find((f) => f.session.id === sessionId);
    if (!item || this.busyId) return;
    this.busyId = sessionId;
    this.error = null;
    try {
      const take = await recoverTake(await library.db(), item.session);
      this.found = this.found.filter((f) => f.session.id !== sessionId);
      await library.refresh();
      library.selectedId = take.id;
      announcer.say(
        take.damaged
          ? `Recovered take kept (${formatSeconds(take.lengthMs)}), but its audio is damaged; you can export the raw bytes.`
          : `Recovered take kept: ${formatSeconds(take.lengthMs)}.`,
      );
    } catch (error) {
      this.error = errorMessage(error);
      if (toStorageError(error).problem === 'quota') {
        // Say what the take needs and what deleting the oldest takes would free (issue 14 E).
        const space = await spaceNeeded(await library.db(), item.bytes).catch(() => null);
        if (space) this.error = `${this.error} ${describeSpaceNeeded(space)}`;
      }
      announcer.say(this.error);
    } finally {
      this.busyId = null;
    }
  }

  /** Downloads an interrupted take's surviving audio as recorded, without keeping it. */
  async download(sessionId: string): Promise<void> {
    const item = this.found.find((f) => f.session.id === sessionId);
    if (!item) return;
    try {
      const audio = await rebuildAudio(await library.db(), item.session);
      const name = exportFileName({
        title: 'recovered',
        createdAt: item.session.startedAt,
        lengthSec: item.lengthMs / 1000,
        extension: extensionFor(audio.type),
      });
      download(audio, name);
      announcer.say(`Downloading ${name}.`);
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** Deletes an interrupted take for good. */
  async discard(sessionId: string): Promise<void> {
    if (this.busyId) return;
    this.busyId = sessionId;
    this.error = null;
    try {
      await discardInterruptedTake(await library.db(), sessionId);
      this.found = this.found.filter((f) => f.session.id !== sessionId);
      announcer.say('Interrupted take discarded.');
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.busyId = null;
    }
  }
}

export const recovery = new Recovery();
