import { ANALYSIS_VERSION } from '../analysis';
import { measureAudio, type MeasuredAudio } from '../audio/measure-take';
import type { Db } from '../storage/db';
import { keepRecoveredTake, rebuildAudio, recoveredTake } from '../storage/recovery';
import type { RecordingSessionRecord, TakeRecord } from '../storage/schema';

/**
 * Rebuilds an interrupted take from its chunks, measures it (or marks it damaged when it cannot
 * be decoded, keeping the raw bytes) and keeps it. Returns the kept take.
 */
export async function recoverTake(
  db: Db,
  session: RecordingSessionRecord,
  measure: (audio: Blob) => Promise<MeasuredAudio> = measureAudio,
): Promise<TakeRecord> {
  const audio = await rebuildAudio(db, session);
  const measured = await measure(audio).catch((): MeasuredAudio => ({
    damaged: true,
    reason: 'measuring failed',
  }));
  const take = recoveredTake(
    session,
    audio,
    measured.damaged
      ? { damaged: true }
      : {
          damaged: false,
          peaks: measured.peaks,
          analysis: measured.measures,
          analysisVersion: ANALYSIS_VERSION,
        },
  );
  await keepRecoveredTake(db, take, audio);
  return take;
}
