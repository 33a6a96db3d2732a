/**
 * The one set of limits for everything a rep can store. The editors cap their fields with these,
 * storage refuses anything beyond them, and a restore checks the same numbers, so Afterbeep never
 * writes a library it would refuse to read back. Each is at least what any earlier version let a
 * rep type, so older backups keep restoring. README "Limits" lists them for users.
 */
export const LIMITS = {
  /** Script title, characters. */
  scriptTitleChars: 200,
  /** Script text, characters (about 15,000 words: far beyond any voicemail). */
  scriptTextChars: 100_000,
  /** Script notes (prospect and company), characters. */
  scriptNotesChars: 100_000,
  /** Take name, characters. */
  takeNameChars: 200,
  /** Take note, characters. */
  takeNoteChars: 10_000,
  /** Highest script version number: a new version per save, so far beyond any real history. */
  maxScriptVersion: 1_000_000,
  /** Target band: shortest allowed lower end and longest allowed upper end, seconds. */
  bandMinSec: 1,
  bandMaxSec: 600,
  /** Earliest and latest time a record may carry, ms since the epoch (2000-01-01 to 2100-01-01). */
  earliestTimeMs: Date.UTC(2000, 0, 1),
  latestTimeMs: Date.UTC(2100, 0, 1),
  /** Largest single take's audio, bytes (about an hour of uncompressed 48 kHz mono WAV). */
  maxAudioBytes: 400 * 1024 * 1024,
  /** Waveform peaks per take. */
  maxPeaks: 20_000,
  /** Logged voicemail: prospect name, company, and the script title as left, characters. */
  voicemailNameChars: 1000,
  /** Logged voicemail: the phone number as written, characters. */
  voicemailPhoneChars: 200,
  /** Logged voicemail: note, characters. */
  voicemailNoteChars: 10_000,
  /** Outcomes recorded for one voicemail. */
  voicemailOutcomes: 100,
  /** Takes, scripts, script versions or logged voicemails in one library. */
  maxRecords: 60_000,
  /** Largest backup file restored, bytes (16 GiB; restore streams, so this is a sanity bound). */
  maxBackupBytes: 16 * 1024 ** 3,
  /** Largest backup manifest (every record but the audio), bytes. */
  maxManifestBytes: 256 * 1024 * 1024,
  /** Exports larger than this get a warning first: a phone may not have room to restore them. */
  warnExportBytes: 1024 ** 3,
} as const;

/** Ranges the Settings view offers, [lowest, highest]; a restore accepts the same. */
export const SETTING_RANGES = {
  /** Dead air that flags a slow start, s. */
  slowStartDeadAirSec: [0.2, 5],
  /** Opening pace below which a start is slow, syllables/s. */
  slowStartOpeningPace: [1, 6],
  /** Clean takes in a row that make a script smooth. */
  smoothStreak: [1, 10],
} as const satisfies Record<string, readonly [number, number]>;

/** Ids the app uses as route words, never as a record's id. */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  'new',
  '__proto__',
  'constructor',
  'prototype',
]);

/** True for an id the app could have made: 1–100 letters, digits, - or _, and not reserved. */
export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(id) && !RESERVED_IDS.has(id);
}

/** A stored text field that is over its limit, with what to do, or null when all fit. */
export function overLimit(fields: Record<string, [string | undefined, number]>): string | null {
  for (const [label, [value, max]] of Object.entries(fields))
    if (value !== undefined && value.length > max)
      return `The ${label} is ${value.length.toLocaleString('en')} characters; at most ${max.toLocaleString('en')} can be saved. Shorten it and save again.`;
  return null;
}
