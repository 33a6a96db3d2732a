import type { DBSchema } from 'idb';
import type { TakeMeasures, FlagThresholds } from '../analysis/types';
import type { TargetBand } from '../band';
import type { Hlc } from './hlc';

/** A kept take's metadata: everything the list and waveform need without loading audio. */
export interface TakeRecord {
  id: string;
  /** ms since the epoch. */
  createdAt: number;
  /** Length in ms from our own clock (Chromium's WebM carries no duration), paused time excluded. */
  lengthMs: number;
  /** The container and codec the browser actually recorded, e.g. "audio/webm;codecs=opus". */
  mimeType: string;
  sizeBytes: number;
  /** The target band in force when the take was recorded. */
  band: TargetBand;
  /** Waveform peaks, absolute sample maxima 0–1 spread evenly over the take. */
  peaks: number[];
  /** Measures from the analysis, null until analysed or when the audio could not be decoded. */
  analysis: TakeMeasures | null;
  /** ANALYSIS_VERSION that produced `analysis`; 0 when never analysed. */
  analysisVersion: number;
  /** Set when the audio could not be decoded; the raw bytes are kept for export. */
  damaged?: boolean;
  /** Browser voice processing (echo cancellation, noise suppression, auto gain) was on. */
  voiceProcessing: boolean;
  scriptId?: string;
  /** The version of the script's text the take was recorded against. */
  scriptVersion?: number;
  name?: string;
  note?: string;
  /** The rep's answer to "Would I return this call?". */
  wouldReturn?: 'yes' | 'not yet';
  starred?: boolean;
  /** Rebuilt from chunks after the app was closed mid-take. */
  recovered?: boolean;
  /** When each field the rep edits was last set (hlc.ts); a restore keeps the later one per field. */
  clocks?: Partial<Record<TakeEditableField, Hlc>>;
}

/** Take fields the rep edits after recording; they merge field by field on restore. */
export type TakeEditableField = 'name' | 'note' | 'wouldReturn' | 'starred';

/**
 * A take's audio, kept apart so listing takes never loads it. Stored as bytes plus type, not as a
 * Blob: WebKit's private and automation sessions refuse Blobs in IndexedDB.
 */
export interface AudioRecord {
  takeId: string;
  /** The container and codec as recorded, e.g. "audio/mp4". */
  type: string;
  /** Audio size, bytes. */
  size: number;
  /** The audio, when stored in one piece (saved without a recording session, or restored). */
  bytes?: ArrayBuffer;
  /**
   * When `bytes` is absent: the audio is the take's recording chunks, seq 0 to chunks − 1 under
   * recordingId = takeId, promoted in place at Stop so saving never needs a second full copy.
   */
  chunks?: number;
  /** Schema v1 kept a Blob; convertLegacyAudio (takes.ts) turns it into `bytes` after opening. */
  blob?: Blob;
}

export interface ScriptRecord {
  id: string;
  title: string;
  /** Current text; equal to the text of `version` in scriptVersions. */
  text: string;
  /** Optional prospect and company notes. */
  notes: string;
  /** A band for this script; null uses the app's band. */
  band: TargetBand | null;
  archived: boolean;
  createdAt: number;
  updatedAt: number;
  /** Current version number, from 1. */
  version: number;
  bestTakeId?: string;
  /** When each field was last set (hlc.ts); a restore keeps the later one per field. */
  clocks?: Partial<Record<ScriptMergedField, Hlc>>;
}

/** Script fields that merge field by field on restore (the text merges as version history). */
export type ScriptMergedField = 'title' | 'notes' | 'band' | 'archived' | 'bestTakeId';

export interface ScriptVersionRecord {
  scriptId: string;
  version: number;
  text: string;
  createdAt: number;
  /** When this text was written (hlc.ts); the newest version's text is the script's text. */
  clock?: Hlc;
}

/** A take being recorded: its chunks are written as they arrive so a crash loses little. */
export interface RecordingSessionRecord {
  id: string;
  startedAt: number;
  mimeType: string;
  band: TargetBand;
  voiceProcessing: boolean;
  scriptId?: string;
  scriptVersion?: number;
  /** Recorded ms (paused time excluded) as of the last chunk written. */
  elapsedMs: number;
}

/** About one second of encoded audio as the recorder handed it over. */
export interface ChunkRecord {
  recordingId: string;
  seq: number;
  /** The chunk's type as the recorder reported it (Firefox leaves MediaRecorder.mimeType empty). */
  type: string;
  bytes?: ArrayBuffer;
  /** Schema v1 kept a Blob; convertLegacyAudio (takes.ts) turns it into `bytes` after opening. */
  blob?: Blob;
}

/** The rep's settings; one record. */
export interface Settings {
  band: TargetBand;
  thresholds: FlagThresholds;
  /** Browser echo cancellation, noise suppression and auto gain. Off by default: it distorts the measures. */
  voiceProcessing: boolean;
  /** Clean takes in a row that make a script smooth. */
  smoothStreak: number;
  prompterScroll: boolean;
  prompterFade: boolean;
}

/** What came of a voicemail left, in the rep's words. */
export type OutcomeKind =
  'called back' | 'replied by email' | 'meeting booked' | 'no response' | 'wrong number';

/** One outcome of a voicemail with when it happened. */
export interface OutcomeEntry {
  kind: OutcomeKind;
  /** ms since the epoch. */
  at: number;
}

/** A voicemail the rep actually left on a real call (the message log). */
export interface VoicemailRecord {
  id: string;
  /** When the voicemail was left, ms since the epoch. */
  leftAt: number;
  /** The prospect's name as the rep wrote it. */
  prospect: string;
  company: string;
  /** The number as the rep wrote it; matching uses phoneKey. */
  phone: string;
  /** The number's digits with country code ("14125550187"), "" when none; see lib/log/phone.ts. */
  phoneKey: string;
  scriptId?: string;
  scriptVersion?: number;
  /** The script's title when the voicemail was left (kept when the script is renamed or deleted). */
  scriptTitle: string;
  /** The take used as the model, if any. */
  takeId?: string;
  /** Local date "YYYY-MM-DD" to follow up on, if any. */
  followUpOn?: string;
  note: string;
  /** Outcomes in the order they happened. */
  outcomes: OutcomeEntry[];
  /** ms since the epoch of the last edit: the newer copy wins when a backup is merged. */
  updatedAt: number;
}

/** The single truth for stores, keys and indexes. */
export interface AfterbeepDB extends DBSchema {
  takes: {
    key: string;
    value: TakeRecord;
    indexes: { 'by-created': number; 'by-script': [string, number]; 'by-analysis-version': number };
  };
  audio: { key: string; value: AudioRecord };
  scripts: { key: string; value: ScriptRecord; indexes: { 'by-updated': number } };
  scriptVersions: { key: [string, number]; value: ScriptVersionRecord };
  recordings: { key: string; value: RecordingSessionRecord };
  chunks: { key: [string, number]; value: ChunkRecord };
  settings: { key: string; value: Settings };
  voicemails: {
    key: string;
    value: VoicemailRecord;
    indexes: { 'by-left': number; 'by-follow-up': string };
  };
}

export const DB_NAME = 'afterbeep';
/** Bump with a new `if (oldVersion < N)` step in migrations.ts; never edit a past step. */
export const DB_VERSION = 3;
