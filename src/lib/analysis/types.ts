/** A silence of at least 250 ms between speech onset and speech end, in seconds from the start. */
export interface Pause {
  startSec: number;
  endSec: number;
}

/**
 * Everything measured from one take (PRODUCT.md "Measures"). Seconds, dBFS, syllables/s.
 * Stored with the take so lists and charts never re-analyse.
 */
export interface TakeMeasures {
  /** Seconds from the start of the recording to its end. */
  lengthSec: number;
  /** Dead air: seconds before the first speech; null when no speech was found. */
  speechOnsetSec: number | null;
  /** Seconds at the end of the last speech; null when no speech was found. */
  speechEndSec: number | null;
  /** Seconds of speech between onset and end. */
  talkTimeSec: number;
  pauses: Pause[];
  /** Longest pause in seconds, 0 when there is none. */
  longestPauseSec: number;
  /** Syllable count over the whole take. */
  syllables: number;
  /**
   * Where the count comes from: 'script' when the take read the drilled script through (its known
   * count), 'acoustic' when estimated from the sound. Absent on takes stored before version 3.
   */
  syllableSource?: 'script' | 'acoustic';
  /** Syllables per second between speech onset and speech end. */
  paceSyllablesPerSec: number;
  /** Estimated words per minute from the syllable pace. */
  paceWpm: number;
  /** Syllables per second in the first 3 s after speech onset. */
  openingSyllablesPerSec: number;
  /** RMS level of the speech frames, dBFS. */
  speechRmsDbfs: number;
  /** Sample peak, dBFS. */
  peakDbfs: number;
  /** Level of the quietest stretch, dBFS. */
  noiseFloorDbfs: number;
  /** Speech level over noise floor, dB. */
  snrDb: number;
  /** Fraction (0–1) of samples at or near full scale. */
  clippingFraction: number;
  /**
   * Other people are heard talking close to the rep's own level, so the rep's speech cannot be
   * told apart from the room: dead air, pauses and pace are not trustworthy. Absent on takes
   * stored before analysis version 3 (read as false).
   */
  talkersNearby?: boolean;
}

/** Thresholds a rep can change in settings. */
export interface FlagThresholds {
  /** Dead air above this many seconds is a slow start (default 1.0). */
  slowStartDeadAirSec: number;
  /** Opening pace below this many syllables/s is a slow start (default 2.5). */
  slowStartOpeningPace: number;
}

export const DEFAULT_THRESHOLDS: FlagThresholds = {
  slowStartDeadAirSec: 1.0,
  slowStartOpeningPace: 2.5,
};

/**
 * Why a take is a slow start, as data: the measure, its value and the rep's threshold it crossed.
 * deadAir: seconds; openingPace: syllables/s. Worded only by src/lib/verdicts.
 */
export type SlowStartReason =
  | { kind: 'deadAir'; value: number; limit: number }
  | { kind: 'openingPace'; value: number; limit: number };

/** Flags raised on a take; the numbers behind them are the take's own measures. */
export interface TakeFlags {
  slowStart: boolean;
  /** Each reason with its number and threshold, dead air first. */
  slowStartReasons: SlowStartReason[];
  tooQuiet: boolean;
  clipping: boolean;
  tooNoisy: boolean;
  /**
   * Other people talking nearby: the rep's voice cannot be told apart from the room, so dead air
   * and pace are not judged (no slow-start reasons) rather than shown wrongly.
   */
  talkersNearby: boolean;
  /** No speech was found at all. */
  noSpeech: boolean;
}

/** Measures plus flags: the CLI's JSON shape without `file`. */
export interface TakeAnalysis extends TakeMeasures {
  flags: TakeFlags;
}
