import { chunkSize, joinChunks } from './audio';
import type { Db } from './db';
import { guarded } from './errors';
import { discardSession, finishSession, getChunks, listSessions } from './recordings';
import type { RecordingSessionRecord, TakeRecord } from './schema';

/** A take that was being recorded when the app closed, with what survived of it. */
export interface InterruptedTake {
  session: RecordingSessionRecord;
  /** Chunks stored (about one per second of audio). */
  chunks: number;
  /** Stored audio, bytes. */
  bytes: number;
  /** Recorded time as of the last stored chunk, ms. */
  lengthMs: number;
}

// A session with no chunk yet may be one another tab has only just started; only sweep it away
// once it is clearly abandoned.
const EMPTY_SESSION_GRACE_MS = 10 * 60_000;

/**
 * Sessions left behind by a take that never finished, oldest first. `isLive` says which
 * session ids are being recorded right now (in this tab or another) and must be left alone.
 * Abandoned sessions without any audio are removed: there is nothing in them to keep.
 */
export async function findInterruptedTakes(
  db: Db,
  isLive: (sessionId: string) => boolean,
  now = Date.now(),
): Promise<InterruptedTake[]> {
  const sessions = (await listSessions(db))
    .filter((s) => !isLive(s.id))
    .sort((a, b) => a.startedAt - b.startedAt);
  const found: InterruptedTake[] = [];
  for (const session of sessions) {
    const chunks = await getChunks(db, session.id);
    if (chunks.length === 0) {
      if (now - session.startedAt > EMPTY_SESSION_GRACE_MS) await discardSession(db, session.id);
      continue;
    }
    found.push({
      session,
      chunks: chunks.length,
      bytes: chunks.reduce((sum, c) => sum + chunkSize(c), 0),
      lengthMs: session.elapsedMs,
    });
  }
  return found;
}

/**
 * The interrupted take's audio: its chunks joined in recording order, typed as the recorder typed
 * its chunks (Firefox leaves MediaRecorder.mimeType empty, so the session's type may be a guess).
 * The first chunk carries the container's header (an MP4's init segment), so the join plays.
 */
export async function rebuildAudio(db: Db, session: RecordingSessionRecord): Promise<Blob> {
  const chunks = await getChunks(db, session.id);
  const first = chunks.find((c) => c.seq === 0) ?? chunks[0];
  return joinChunks(chunks, first?.type || session.mimeType);
}

/** What measuring the rebuilt audio found; `damaged` when it could not be decoded. */
export type RecoveredMeasures =
  | { damaged: false; peaks: number[]; analysis: TakeRecord['analysis']; analysisVersion: number }
  | { damaged: true };

/** The take record for a recovered session, marked `recovered`. */
export function recoveredTake(
  session: RecordingSessionRecord,
  audio: Blob,
  measured: RecoveredMeasures,
): TakeRecord {
  return {
    id: session.id,
    createdAt: session.startedAt,
    lengthMs: session.elapsedMs,
    mimeType: audio.type || session.mimeType,
    sizeBytes: audio.size,
    band: session.band,
    peaks: measured.damaged ? [] : measured.peaks,
    analysis: measured.damaged ? null : measured.analysis,
    analysisVersion: measured.damaged ? 0 : measured.analysisVersion,
    voiceProcessing: session.voiceProcessing,
    recovered: true,
    ...(measured.damaged ? { damaged: true } : {}),
    ...(session.scriptId !== undefined ? { scriptId: session.scriptId } : {}),
    ...(session.scriptVersion !== undefined ? { scriptVersion: session.scriptVersion } : {}),
  };
}

/**
 * Keeps a recovered take: the take and audio are written and the session removed in one
 * transaction, so a failure leaves the session to try again.
 */
export async function keepRecoveredTake(db: Db, take: TakeRecord, audio: Blob): Promise<void> {
  const existing = await guarded(() => db.getKey('takes', take.id));
  // Stop may have kept this take after all (closing the tab raced the save): never overwrite it.
  if (existing !== undefined) return discardSession(db, take.id);
  return finishSession(db, take.id, take, audio);
}

/** Throws away an interrupted take's session and chunks. */
export function discardInterruptedTake(db: Db, sessionId: string): Promise<void> {
  return discardSession(db, sessionId);
}
