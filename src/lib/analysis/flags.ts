import type { FlagThresholds, SlowStartReason, TakeFlags, TakeMeasures } from './types';

/**
 * Speech RMS under this is "too quiet", dBFS. A phone or laptop mic with the browser's automatic
 * gain puts conversational speech around -20 to -28 dBFS; -35 dBFS is 10 dB under the quiet end of
 * that, where a listener has to turn the message up and soft consonants sink into the line noise.
 */
export const TOO_QUIET_DBFS = -35;
/**
 * More than this fraction of samples at full scale is "clipping" (0.05 %: about 15 ms in a 30 s
 * take). A clean take normalised to 0 dBFS touches full scale on a handful of samples only.
 */
export const CLIPPING_FRACTION = 0.0005;
/**
 * Speech less than this many dB over the background is "too noisy": the app says so instead of
 * showing numbers. Chosen from the run-time noisy variants in `npm run accuracy` (every fixture
 * voice with white and pink noise at 6–20 dB): onset errors over 100 ms appeared only under 13 dB
 * measured SNR and speech-end errors over 250 ms mostly under 14 dB.
 */
export const TOO_NOISY_SNR_DB = 14;

/** The flags for a take's measures under the rep's thresholds; pure and cheap. */
export function takeFlags(m: TakeMeasures, t: FlagThresholds): TakeFlags {
  const noSpeech = m.speechOnsetSec === null;
  // Takes measured before analysis version 3 have no talkersNearby field.
  const talkersNearby = !noSpeech && m.talkersNearby === true;
  const tooNoisy = !noSpeech && m.snrDb < TOO_NOISY_SNR_DB;
  const tooQuiet = !noSpeech && m.speechRmsDbfs < TOO_QUIET_DBFS;
  const clipping = m.clippingFraction > CLIPPING_FRACTION;
  const slowStartReasons: SlowStartReason[] = [];
  // Neither reason is judged when the numbers behind it cannot be trusted.
  if (!noSpeech && !tooNoisy && !talkersNearby) {
    const deadAir = m.speechOnsetSec ?? 0;
    if (deadAir > t.slowStartDeadAirSec) {
      slowStartReasons.push({ kind: 'deadAir', value: deadAir, limit: t.slowStartDeadAirSec });
    }
    if (m.openingSyllablesPerSec < t.slowStartOpeningPace) {
      slowStartReasons.push({
        kind: 'openingPace',
        value: m.openingSyllablesPerSec,
        limit: t.slowStartOpeningPace,
      });
    }
  }
  return {
    slowStart: slowStartReasons.length > 0,
    slowStartReasons,
    tooQuiet,
    clipping,
    tooNoisy,
    talkersNearby,
    noSpeech,
  };
}
