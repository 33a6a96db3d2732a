import { takeFlags } from '../../../src/lib/analysis';
import { DEFAULT_THRESHOLDS, type TakeMeasures } from '../../../src/lib/analysis/types';
import type { TakeRecord } from '../../../src/lib/storage/schema';

/** What a test says about a take; everything else is a plausible clean take. */
export interface TakeSpec {
  lengthSec?: number;
  deadAirSec?: number;
  pace?: number;
  opening?: number;
  rmsDbfs?: number;
  clipping?: number;
  version?: number;
  analysed?: boolean;
}

let clock = Date.UTC(2026, 10, 20, 9, 0, 0);

/** A take of `scriptId` recorded one minute after the previous one. */
export function take(scriptId: string, spec: TakeSpec = {}): TakeRecord {
  const lengthSec = spec.lengthSec ?? 25;
  const onset = spec.deadAirSec ?? 0.4;
  const pace = spec.pace ?? 4.5;
  const measures: TakeMeasures = {
    lengthSec,
    speechOnsetSec: onset,
    speechEndSec: lengthSec - 0.5,
    talkTimeSec: lengthSec - onset - 1,
    pauses: [],
    longestPauseSec: 0,
    syllables: Math.round(pace * (lengthSec - onset - 0.5)),
    paceSyllablesPerSec: pace,
    paceWpm: Math.round((pace * 60) / 1.5),
    openingSyllablesPerSec: spec.opening ?? pace,
    speechRmsDbfs: spec.rmsDbfs ?? -20,
    peakDbfs: -3,
    noiseFloorDbfs: -60,
    snrDb: 40,
    clippingFraction: spec.clipping ?? 0,
  };
  clock += 60_000;
  const analysed = spec.analysed ?? true;
  return {
    id: crypto.randomUUID(),
    createdAt: clock,
    lengthMs: lengthSec * 1000,
    mimeType: 'audio/webm;codecs=opus',
    sizeBytes: 1000,
    band: { minSec: 20, maxSec: 30 },
    peaks: [],
    analysis: analysed ? measures : null,
    analysisVersion: analysed ? 1 : 0,
    voiceProcessing: false,
    scriptId,
    scriptVersion: spec.version ?? 1,
  };
}

/** The real flags under the default thresholds. */
export const flagsOf = (t: TakeRecord) =>
  t.analysis ? takeFlags(t.analysis, DEFAULT_THRESHOLDS) : null;
