/**
 * The take measures (PRODUCT.md "Measures") from mono samples, in O(n):
 * 1. Condition: to 16 kHz (CIC decimator for integer ratios, Kaiser-windowed sinc otherwise),
 *    one-pole high-pass at 80 Hz, mean square per 5 ms block. A 4 kHz "vowel band" copy
 *    (about 250–1300 Hz, where F1 carries the syllable nuclei) gets its own block powers, and so
 *    does the band above 2.5 kHz (fricatives and releases) within pauses.
 * 2. Noise floor: the quietest 100 ms. Loud level: the 99th
 *    percentile of 20 ms frames (10 ms hop).
 * 3. Speech: frames over a high threshold start a stretch; it is extended while frames stay over a
 *    low threshold, refined to 5 ms, joined with low-level islands within 80 ms (stop releases)
 *    and with a phrase's unvoiced last release past a closure the room hides (within a pause),
 *    ends follow a phrase's fade while the level falls like a voice (up to 300 ms), and stretches
 *    closer than a pause (250 ms) are merged. A stretch without one voiced nucleus
 *    is dropped (clicks, breaths, noise). A pause's edges then move over the phrases' unvoiced
 *    consonants that stand over the pause's own level above 2.5 kHz (up to 300 ms).
 * 4. Syllables (after de Jong & Wempe 2009): peaks of the vowel-band intensity, smoothed over a
 *    span that follows the voice's syllable spacing, that rise 1.5 dB over the dips on both sides,
 *    lie within 25 dB of the loud level and 12 dB of the nuclei beside them, and are voiced
 *    (normalised autocorrelation >= 0.35 at a 66–400 Hz lag). The opening pace counts the nuclei
 *    in its window at the take's own syllables per nucleus.
 */
import { decimate, decimate3WithStats, type LevelStats } from './decimate';
import { ANALYSIS_RATE, resample } from './resample';
import type { Pause, TakeMeasures } from './types';

// Time grid: 5 ms blocks; VAD frames are 20 ms (4 blocks) every 10 ms (2 blocks).
const BLOCK_SEC = 0.005;
const BLOCK = ANALYSIS_RATE * BLOCK_SEC; // 80 samples at 16 kHz
/** The hop between 20 ms frames (framesDb): frame k covers blocks 2k..2k+3. */
const FRAME_HOP_SEC = 2 * BLOCK_SEC;
/** A duration (s) as a whole number of 5 ms blocks, and of frame hops. */
const blocksIn = (sec: number) => Math.round(sec / BLOCK_SEC);
const framesIn = (sec: number) => Math.round(sec / FRAME_HOP_SEC);
const VOWEL_RATE = 4000;
const VOWEL_BLOCK = VOWEL_RATE * BLOCK_SEC; // 20 samples at 4 kHz

/** Longest phrase-final fade followed under the room, s: a voice's fade is over well within it. */
const FADE_MAX_SEC = 0.3;
/** Fall per 10 ms frame that marks a fade, dB (50 dB/s, a slow phrase end): steady noise flutters less. */
const FADE_MIN_DB = 0.5;
/** Fastest fall per 10 ms frame still read as a voice fading, dB (600 dB/s); faster is a cut. */
const FADE_MAX_DB = 6;
/** A fade is followed while it carries at least the noise floor's power (+3 dB over the floor). */
const FADE_OVER_FLOOR_DB = 3;
/**
 * Lead-in before the speech found whose quietest 100 ms is the room it must rise over, s; the
 * onset is checked so only after a lead-in at least this long.
 */
const ONSET_LOOK_SEC = 0.5;
/**
 * A pause's edges against the high band (hissEdges): above hz (Hz), a consonant stands overDb (dB)
 * over the pause's own high-band level for minRun 5 ms blocks; up to closureSec (s) may lie
 * between it and the phrase: a stop's closure (up to about 0.15 s), or, where the room hides the
 * middle of a final cluster ("-kts", "-sts"), a closure with a consonant in it (0.2 s). At 0.15 s,
 * the dev pool's phrase-final releases past a hidden consonant were left to the pause in pink
 * 12 dB (55/67 longest pauses within 150 ms; 60/67 at 0.2 s, 0.25 s no better). Over the
 * tuning, seen and dev-pool takes in every room, 7 longest pauses moved: 6 nearer their labels,
 * one already 0.17 s long (talkers 15 dB) 0.11 s further.
 */
const HISS = { hz: 2500, overDb: 6, closureSec: 0.2, minRun: 3 } as const;
/** Shortest silence that counts as a pause, s (PRODUCT.md). */
export const MIN_PAUSE_SEC = 0.25;
/** Length of the opening whose pace is measured, s. */
export const OPENING_SEC = 3;
/** Syllables per English word used for the words-per-minute estimate. */
export const SYLLABLES_PER_WORD = 1.5;

/** Words per minute from a pace in syllables/s, at SYLLABLES_PER_WORD. */
export function wpmOf(syllablesPerSec: number): number {
  return (syllablesPerSec * 60) / SYLLABLES_PER_WORD;
}
/** Samples at or above this magnitude count as clipped (-0.09 dBFS). */
export const CLIP_LEVEL = 0.99;

// The quietest 100 ms: long enough to average stationary noise (1,600 samples), short enough to
// fit inside the brief silence before a quick starter's first word. A 300 ms window could not,
// and read a clean short take as too noisy.
const FLOOR_WINDOW_BLOCKS = blocksIn(0.1);
const LEVEL_EPS = 1e-10; // -100 dBFS: the floor of every level we report
/**
 * Syllable nuclei (after de Jong & Wempe 2009). A peak of the vowel-band intensity, smoothed by a
 * triangle of +-half blocks, must rise minDipDb over the dips on both sides (1.5 dB: the
 * band-limited, smoothed contour has shallower dips than Praat's full-band intensity, where de
 * Jong uses 2 dB), lie within rangeDb of the loud level, within localDb of the tops of the
 * nuclei beside it (localSec either side, s) and be voiced (voicingMinR).
 * The smoothing follows the voice's own syllable spacing: half is spacingSmooth of the median gap
 * between peaks found at smoothHalf (so 3 blocks, a 35 ms triangle, for a fast voice; up to
 * maxHalf, 55 ms, for a slow one). Checked on 90 takes of 60 voice families (scripts/
 * make-analysis-fixtures.sh devpool, the tuning and the first held-out set), a rate correction
 * fitted on top of it has a slope of about 0 and does not beat the raw count when each family is
 * left out of the fit, so the count is the raw nuclei.
 */
const NUCLEUS = {
  minDipDb: 1.5,
  rangeDb: 25,
  voicingMinR: 0.35,
  smoothHalf: 3,
  spacingSmooth: 0.12,
  maxHalf: 5,
  localSec: 0.2,
  localDb: 12,
} as const;

/**
 * Speech detector: the low ("stay") threshold sits stayFraction of the floor-to-loud range over
 * the floor, at least stayMinDb; low-level islands within islandGapSec of speech join it.
 */
const VAD = { stayMinDb: 5, stayFraction: 0.22, islandGapSec: 0.08 } as const;

/**
 * The room around the rep. The rep is near the microphone: the stretches whose 20 ms frames come
 * within coreDb of the take's loud level are the rep's own voice. Whatever is heard more than
 * marginSec away from them (lead-in, pauses, tail) is the room. Speech is not allowed to start or
 * extend at the level the room reaches (its 90th percentile, plus enterOverDb / stayOverDb), and a
 * counted syllable must rise nucleusOverDb over its typical level (median).
 * When the room's typical level (its median) is voiced and within separationDb of the rep's loud
 * level, other people are talking nearby, and dead air and pace cannot be told from theirs
 * unless every phrase of the rep's stands clear of them (CLEAR). A take
 * with no such gap is judged only when it lasts gaplessMinSec (s) or more: a speaker pauses for
 * breath within that time, so a gapless take that long had its pauses filled by someone else.
 * A shorter one gets a second look at its edges only (EDGES).
 */
const ROOM = {
  coreDb: 15,
  joinSec: 0.25,
  marginSec: 0.1,
  minSec: 0.3,
  enterOverDb: 6,
  nucleusOverDb: 10,
  stayOverDb: 2,
  separationDb: 26,
  voicedShare: 0.5,
  gaplessMinSec: 8,
} as const;

/**
 * A second look at the room, for a short take with no gap the first look could judge (flag only:
 * it never moves a measure). The room is heard only at the take's edges, outside the rep's own
 * stretch: before the first 20 ms frame within coreDb of the loud level, and after both the last
 * such frame and the end of the speech found (which holds the fade followDecay followed), keeping
 * ROOM.marginSec on both sides. The core is closer than ROOM.coreDb because in a short take other
 * people's loudest syllables reach 15 dB of the rep's loud level. An edge shorter than
 * minEdgeSec (10 pitch periods of a 100 Hz voice) is not judged, and the edges together must
 * last minSec (one syllable at 5 syllables/s), so anyone talking there gives them a voiced nucleus.
 * They flag at the first look's separation; voicedShare is stricter than the first look's because
 * an edge holds few typical frames. On 12,528 short crops of clean dev-pool, seen and tuning takes
 * (first sentence; lead-in 0.02-0.5 s, tail 0.03-0.4 s) in every room but talkers, edges judged
 * within 26 dB were at most 0.43 voiced; other people talking made them 0.8-1 voiced. The first
 * look at a take that short asks the same voicedShare: there the rep's own soft syllables in
 * the gaps of a slow voice read 0.5-0.67 voiced at 24-25 dB.
 */
const EDGES = { coreDb: 10, minEdgeSec: 0.1, minSec: 0.2, voicedShare: 0.7 } as const;

/**
 * Other people talking nearby (ROOM) withhold dead air, pauses and pace only when the rep's speech
 * cannot be told apart from them. The rep is near the microphone: a phrase rises to within
 * EDGES.coreDb of the take's loud level straight away, stays near it or over the room (below) and
 * fades from it within FADE_MAX_SEC (the longest fade followed).
 * When a phrase found starts more than riseSec (s: the dead air's own tolerance) before the rep's
 * voice reaches that level, holds a pause's length under it at the room's level, or ends later
 * than a fade after it, the room's voices were read as the rep's (or filled a pause), and the
 * flag stands. On the tuning, seen and dev-pool takes in talkers rooms, every right onset rose
 * within 0.13 s (95 % within 0.07 s) and every onset read more than 0.11 s early took 0.14 s or
 * more; ends carried on by the room fell 0.32 s or more, right ones 95 % within 0.22 s.
 * A stretch under the rep's level is a filled pause only when it sits at the room's own level:
 * most of its frames at or under the room's 90th percentile (the level the room's voices reach),
 * the rep's voice gone and the room's babble bridging the gap. One that stands over the room is
 * the rep's own soft syllables, heard apart from the room, unless it lasts longSec (two pauses):
 * a voice that stays that soft that long is one whose soft first or last words sink under the
 * room. On the tuning, seen and dev-pool takes in the three talkers rooms, the stretches in
 * takes whose onset and end were right sat from 11 dB under to 6 dB over the room's 90th
 * percentile (median frame), those over it 0.26-0.59 s long; the two voices read wrong that only
 * this check withheld held stretches at the room's level (a soft first syllable lost, 0.23 s) or
 * over it for 0.54 s (a real reader's soft last words lost, 0.6 s early). Those two voices set
 * the rule, so its margins (0.04 s on longSec) are in-sample. A pause read as speech in a phrase
 * shown this way can leave the longest pause read long (by 0.16-0.28 s on those takes).
 * A take shorter than ROOM.gaplessMinSec hears the room in a few short gaps only, so its 90th
 * percentile does not say what stands over the room: there every such stretch withholds (trusting
 * it on the one-sentence crops of tuning and dev-pool takes let three onsets or ends read wrong).
 * What this cannot see by itself: a rep's own soft last words sunk under the room (the end read
 * early); such a voice's soft stretches usually hold the flag through the middle check, and
 * soft last words heard after the end are TRAIL's.
 */
const CLEAR = { riseSec: 0.1, longSec: 2 * MIN_PAUSE_SEC } as const;

/**
 * Speech found right up to Stop, in a take whose room was heard (ROOM: apart from the rep, or a
 * take long enough to hold a breath pause) and is clearly voiced, is other people talking on past
 * the rep, whatever their level: a rep stops talking before pressing Stop, and a room that hides
 * its talkers only just under ROOM.separationDb still carries the speech on to the last frame, so
 * the end, the last pause and the pace read wrong. Speech "runs to Stop" when it ends within
 * withinSec (s: one 20 ms frame) of the take's end; voicedShare is EDGES's (a room of rumble, hiss
 * or the rep's own soft sounds in a gapless take stays under it). The room must still lie within
 * separationDb of the rep's loud level: distant talkers 12-20 dB under the rep's speech read 18-32 dB
 * there (tuning, seen and dev-pool takes), while rooms of other kinds that read as voiced (the
 * rep's own breaths and soft sounds lifted by a phone's gain, a car) lay 32 dB or more under it.
 * A short take with no gap apart from the rep (a sentence stopped 30 ms after its last word) has
 * no room heard and is not judged.
 */
const STOP = { withinSec: 0.02, voicedShare: EDGES.voicedShare, separationDb: 30 } as const;

/**
 * The rep's own soft last words, under the level speech must reach in a room of other voices
 * (ROOM.enterOverDb over the room's 90th percentile) and further than an island's gap from the
 * phrase, are left out: the speech found ends early, and the end, the last pause and the pace
 * read wrong, with nothing to say so. Other people's babble is steady in level, their syllables
 * smeared together by overlap and reverberation: it rises over its own 90th percentile only
 * briefly. So, in a room heard to be voiced (ROOM.voicedShare: rumble, hiss and silence are not
 * voices), a voiced sound that starts within a pause (MIN_PAUSE_SEC) after the speech found ends
 * and stays over the room's 90th percentile for a syllable (minSec: one syllable at
 * 5 syllables/s) means the end cannot be told from the room. On the tuning, seen and dev-pool
 * takes in the three talkers rooms, the room after a right end stayed over its 90th percentile
 * for at most 0.18 s; the one end read wrong and not flagged (a real reader's soft last words,
 * 0.57 s early at 20 dB) held it for 0.23 s. One take set the need for the cue, so its margin is
 * in-sample; where nobody else talks it was raised on no take, whole or short.
 */
const TRAIL = { minSec: EDGES.minSec } as const;

/**
 * The acoustic count is within this fraction of the script's when a take reads it through (the
 * count's own error is under about 10 %); a take that stops halfway or ad-libs falls outside and
 * keeps the acoustic count.
 */
const SCRIPT_MATCH = 0.25;

/** What the caller knows about a take beyond its samples. */
export interface MeasureOptions {
  /** Syllables in the script the rep is drilling (from its text); absent in free practice. */
  scriptSyllables?: number;
}

/** Blocks of 5 ms used internally; exported for tests that check the time grid. */
export const ANALYSIS_BLOCK_SEC = BLOCK_SEC;

interface Segment {
  start: number; // block index, inclusive
  end: number; // block index, exclusive
}

/** All measures of one take from mono samples (-1..1) at any rate; seconds, dBFS, syllables/s. */
export function measureTake(
  samples: Float32Array,
  sampleRate: number,
  options: MeasureOptions = {},
): TakeMeasures {
  if (!(sampleRate > 0)) throw new RangeError(`Invalid sample rate ${sampleRate}`);
  const lengthSec = samples.length / sampleRate;

  const stats: LevelStats = { peak: 0, clipped: 0 };
  const wide = toAnalysisRate(samples, sampleRate, stats);
  const peakDbfs = db(stats.peak * stats.peak);
  const clippingFraction = samples.length ? stats.clipped / samples.length : 0;

  const nb = Math.floor(wide.length / BLOCK);
  const blockPow = highPassBlockPower(wide, ANALYSIS_RATE, 80, BLOCK, nb);

  const vowel = decimate(wide, ANALYSIS_RATE / VOWEL_RATE);
  // Two one-pole high-passes at 250 Hz: the vowel band keeps F1/F2 and drops voicing hum and rumble.
  highPassInPlace(vowel, VOWEL_RATE, 250);
  const vowelPow = highPassBlockPower(vowel, VOWEL_RATE, 250, VOWEL_BLOCK, nb);

  const floorPow = quietestMean(blockPow, FLOOR_WINDOW_BLOCKS);
  const noiseFloorDbfs = db(floorPow);

  const empty: TakeMeasures = {
    lengthSec,
    speechOnsetSec: null,
    speechEndSec: null,
    talkTimeSec: 0,
    pauses: [],
    longestPauseSec: 0,
    syllables: 0,
    paceSyllablesPerSec: 0,
    paceWpm: 0,
    openingSyllablesPerSec: 0,
    speechRmsDbfs: db(mean(blockPow, 0, nb)),
    peakDbfs,
    noiseFloorDbfs,
    snrDb: 0,
    clippingFraction,
    talkersNearby: false,
  };
  if (nb < 8) return empty;

  const blockDb = toDb(blockPow);
  const frameDb = framesDb(blockPow);
  const loudDb = percentile(frameDb, 0.99);
  const floorDb = noiseFloorDbfs;
  const range = loudDb - floorDb;
  if (range < 6) return empty;

  // Enter speech well clear of the noise (at least 9 dB up, or 25 dB under the loud level when the
  // take is clean); extend to a low threshold so soft initial and final consonants are kept. Over
  // near-digital silence (a browser's noise suppression) both stay within 35 and 50 dB of the loud
  // level, so residue far under the voice is not counted as speech.
  let enterDb = Math.max(floorDb + Math.max(9, Math.min(0.5 * range, range - 25)), loudDb - 35);
  let stayDb = Math.max(floorDb + Math.max(VAD.stayMinDb, VAD.stayFraction * range), loudDb - 50);
  const room = roomLevels(frameDb, loudDb - ROOM.coreDb, vowel);
  if (room?.apart) {
    enterDb = Math.max(enterDb, room.p90 + ROOM.enterOverDb);
    stayDb = Math.max(stayDb, room.p90 + ROOM.stayOverDb);
  }
  // With no gap in the rep's speech, the room is read from the softest frames, which in a short
  // take are the rep's own soft sounds: only a take long enough to hold a breath pause can say
  // that someone else filled it.
  const roomHeard = room !== null && (room.apart || lengthSec >= ROOM.gaplessMinSec);
  // A short take's gaps hold few typical frames, some of them the rep's own soft syllables: its
  // room must be as clearly voiced as a short take's edges (EDGES) before it speaks for others.
  const short = lengthSec < ROOM.gaplessMinSec;
  const roomTalks =
    roomHeard &&
    loudDb - room.p50 < ROOM.separationDb &&
    room.voicedShare >= (short ? EDGES.voicedShare : ROOM.voicedShare);

  const minPauseBlocks = blocksIn(MIN_PAUSE_SEC);
  let segments = findSegments(frameDb, blockDb, enterDb, stayDb);
  segments = absorbIslands(segments, frameDb, blockDb, stayDb, blocksIn(VAD.islandGapSec), vowel);
  segments = mergeClose(segments, minPauseBlocks);
  // A stretch's end follows its voice's fade under the room; fades that close a gap to under a
  // pause join the stretches again.
  segments = mergeClose(followDecay(segments, frameDb, floorDb), minPauseBlocks);

  const voicedPeaks = findNuclei(vowelPow, vowel, segments);
  // A stretch without a single voiced nucleus is a click, a breath or noise, not speech.
  segments = segments.filter((s) => voicedPeaks.some((b) => b >= s.start && b < s.end));
  // A counted syllable must also stand out of the room: a distant talker's syllable heard inside
  // the rep's speech is not the rep's.
  const nuclei = voicedPeaks.filter(
    (b) => !room?.apart || blockDb[b]! >= room.p50 + ROOM.nucleusOverDb,
  );
  if (segments.length === 0) return empty;
  segments = mergeClose(hissEdges(segments, wide, vowel), minPauseBlocks);
  segments[0] = onsetOverLocalFloor(segments[0]!, blockPow);
  const edges = roomHeard ? null : edgesRoom(frameDb, loudDb, vowel, segments);
  const talkersNearby =
    (roomTalks &&
      !segments.every((s) => standsClear(s, frameDb, loudDb, short ? null : room.p90))) ||
    (roomHeard &&
      (talksAtStop(segments.at(-1)!, nb, loudDb, room) ||
        voiceAfterEnd(segments.at(-1)!, frameDb, vowel, room))) ||
    (edges !== null &&
      loudDb - edges.p50 < ROOM.separationDb &&
      edges.voicedShare >= EDGES.voicedShare);

  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  const speechOnsetSec = first.start * BLOCK_SEC;
  const speechEndSec = Math.min(lengthSec, last.end * BLOCK_SEC);
  const pauses: Pause[] = [];
  let talkBlocks = 0;
  let speechPow = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    talkBlocks += s.end - s.start;
    for (let b = s.start; b < s.end; b++) speechPow += blockPow[b]!;
    const next = segments[i + 1];
    if (next) pauses.push({ startSec: s.end * BLOCK_SEC, endSec: next.start * BLOCK_SEC });
  }
  speechPow /= Math.max(1, talkBlocks);
  const longestPauseSec = pauses.reduce((m, p) => Math.max(m, p.endSec - p.startSec), 0);

  const spanSec = Math.max(speechEndSec - speechOnsetSec, BLOCK_SEC);
  const acoustic = nuclei.length;
  // A take that reads the drilled script through has the script's syllables: show that count.
  const script = options.scriptSyllables ?? 0;
  const fromScript = script > 0 && Math.abs(acoustic / script - 1) <= SCRIPT_MATCH;
  const syllables = fromScript ? Math.round(script) : Math.round(acoustic);
  const paceSyllablesPerSec = syllables / spanSec;
  const openingSyllablesPerSec = openingPace(nuclei, segments, first.start, spanSec, {
    syllables,
    nuclei: acoustic,
  });

  const cleanPow = Math.max(speechPow - floorPow, LEVEL_EPS);
  return {
    lengthSec,
    speechOnsetSec,
    speechEndSec,
    talkTimeSec: talkBlocks * BLOCK_SEC,
    pauses,
    longestPauseSec,
    syllables,
    syllableSource: fromScript ? 'script' : 'acoustic',
    paceSyllablesPerSec,
    paceWpm: wpmOf(paceSyllablesPerSec),
    openingSyllablesPerSec,
    speechRmsDbfs: db(speechPow),
    peakDbfs,
    noiseFloorDbfs,
    snrDb: Math.max(0, db(cleanPow) - db(floorPow)),
    clippingFraction,
    talkersNearby,
  };
}

interface RoomLevels {
  /** 10th, 50th and 90th percentile of the room's 20 ms frames, dBFS. */
  p10: number;
  p50: number;
  p90: number;
  /** Share (0-1) of the room's typical frames (40th-60th percentile) that are voiced. */
  voicedShare: number;
  /** False when the take is speech from end to end and every frame under coreDb stood in. */
  apart: boolean;
}

/**
 * Levels of what is heard away from the rep's own voice (see ROOM). When too little is heard
 * apart from it (someone talks in every gap), every frame under the core level stands in.
 */
function roomLevels(frameDb: Float64Array, coreDb: number, vowel: Float32Array): RoomLevels | null {
  const nf = frameDb.length;
  const join = framesIn(ROOM.joinSec);
  const margin = framesIn(ROOM.marginSec);
  const near = new Uint8Array(nf);
  let lastCore = -Infinity;
  for (let k = 0; k < nf; k++) {
    if (frameDb[k]! < coreDb) continue;
    // Join cores closer than a pause, then keep a margin on both sides.
    const from = k - lastCore <= join ? lastCore : k - margin;
    for (let j = Math.max(0, from); j <= Math.min(nf - 1, k + margin); j++) near[j] = 1;
    lastCore = k;
  }
  const minFrames = ROOM.minSec / FRAME_HOP_SEC;
  let room: number[] = [];
  for (let k = 0; k < nf; k++) if (!near[k]) room.push(k);
  const apart = room.length >= minFrames;
  if (!apart) {
    room = [];
    for (let k = 0; k < nf; k++) if (frameDb[k]! < coreDb) room.push(k);
    if (room.length < minFrames) return null;
  }
  return { ...levelsOf(room, frameDb, vowel), apart };
}

/**
 * Whether the speech found runs on to Stop in a room where other people are heard (see STOP).
 * The last segment is the take's last speech (after followDecay and hissEdges); nb is the take's
 * length in blocks.
 */
function talksAtStop(last: Segment, nb: number, loudDb: number, room: RoomLevels): boolean {
  const atStop = last.end >= nb - blocksIn(STOP.withinSec);
  return atStop && loudDb - room.p50 < STOP.separationDb && room.voicedShare >= STOP.voicedShare;
}

/**
 * Whether a voiced sound that starts within a pause after the last speech found stays over the
 * room's 90th percentile for TRAIL.minSec (see TRAIL). `last` is the take's last segment (after
 * followDecay and hissEdges).
 */
function voiceAfterEnd(
  last: Segment,
  frameDb: Float64Array,
  vowel: Float32Array,
  room: RoomLevels,
): boolean {
  if (room.voicedShare < ROOM.voicedShare) return false;
  const nf = frameDb.length;
  const from = (last.end + 1) >> 1;
  const startBy = from + framesIn(MIN_PAUSE_SEC);
  const need = framesIn(TRAIL.minSec);
  let runFrom = -1;
  let loudest = -1;
  for (let k = from; k < nf; k++) {
    if (frameDb[k]! >= room.p90) {
      if (runFrom < 0) {
        if (k > startBy) break;
        runFrom = k;
        loudest = k;
      }
      if (frameDb[k]! > frameDb[loudest]!) loudest = k;
      if (k - runFrom + 1 >= need) return isVoiced(vowel, 2 * loudest + 2);
    } else {
      runFrom = -1;
    }
  }
  return false;
}

/**
 * Whether a phrase found is the rep's own voice throughout (see CLEAR): within CLEAR.riseSec after
 * its start and FADE_MAX_SEC before its end a 20 ms frame comes within EDGES.coreDb of the take's
 * loud level, and no run of frames under that level inside it lasts longer than a pause at the
 * room's level (roomP90, dBFS; null when the room's level is not known well enough, and then at
 * any level) or longer than CLEAR.longSec at any level. The segment is a phrase of the take's
 * speech, as measured.
 */
function standsClear(
  phrase: Segment,
  frameDb: Float64Array,
  loudDb: number,
  roomP90: number | null,
): boolean {
  const nf = frameDb.length;
  const near = loudDb - EDGES.coreDb;
  // Frame k covers blocks 2k..2k+3.
  const from = phrase.start >> 1;
  const rise = framesIn(CLEAR.riseSec);
  let k = from;
  while (k <= from + rise && k < nf && frameDb[k]! < near) k++;
  if (k > from + rise || k >= nf) return false;
  const to = phrase.end >> 1;
  const fall = framesIn(FADE_MAX_SEC);
  k = Math.min(nf - 1, to - 1);
  while (k >= to - fall && k > 0 && frameDb[k]! < near) k--;
  if (!(k >= to - fall && frameDb[k]! >= near)) return false;
  // A pause's length under the rep's level inside a phrase, at the room's level: a pause the
  // room's voices filled; or one too long for a voice heard apart from the room.
  const gap = framesIn(MIN_PAUSE_SEC);
  const long = framesIn(CLEAR.longSec);
  const end = Math.min(nf, to);
  let run = 0;
  let atRoom = 0;
  for (let j = from; j <= end; j++) {
    if (j < end && frameDb[j]! < near) {
      run++;
      if (roomP90 === null || frameDb[j]! <= roomP90) atRoom++;
      if (run > long) return false;
      continue;
    }
    if (run > gap && 2 * atRoom > run) return false;
    run = 0;
    atRoom = 0;
  }
  return true;
}

/**
 * The room at a short take's edges (see EDGES), or null when they are too short to judge. The
 * segments are the take's speech, after followDecay.
 */
function edgesRoom(
  frameDb: Float64Array,
  loudDb: number,
  vowel: Float32Array,
  segments: Segment[],
): Omit<RoomLevels, 'apart'> | null {
  const nf = frameDb.length;
  const coreDb = loudDb - EDGES.coreDb;
  let firstCore = -1;
  let lastCore = -1;
  for (let k = 0; k < nf; k++) {
    if (frameDb[k]! < coreDb) continue;
    if (firstCore < 0) firstCore = k;
    lastCore = k;
  }
  const margin = framesIn(ROOM.marginSec);
  // Frame k covers blocks 2k..2k+3: the first frame wholly past the speech's last block.
  const speechEnd = (segments[segments.length - 1]!.end + 1) >> 1;
  const tailFrom = Math.max(lastCore + 1, speechEnd + 1) + margin;
  const minEdge = EDGES.minEdgeSec / FRAME_HOP_SEC;
  const heard: number[] = [];
  if (firstCore - margin >= minEdge) for (let k = 0; k < firstCore - margin; k++) heard.push(k);
  if (nf - tailFrom >= minEdge) for (let k = tailFrom; k < nf; k++) heard.push(k);
  return heard.length >= EDGES.minSec / FRAME_HOP_SEC ? levelsOf(heard, frameDb, vowel) : null;
}

/**
 * A phone's automatic gain lifts the room through a long silence, so the room just before the
 * first word stands over the take's quietest 100 ms (read early on, at low gain) and the speech
 * found starts in it. The onset moves to the first 20 ms that rises VAD.stayMinDb over the
 * quietest 100 ms of the ONSET_LOOK_SEC before it.
 */
function onsetOverLocalFloor(seg: Segment, blockPow: Float64Array): Segment {
  const look = blocksIn(ONSET_LOOK_SEC);
  // A shorter lead-in holds the rep's own soft start, and a gain has no time to climb in it.
  if (seg.start < look) return seg;
  const from = seg.start - look;
  const stay = quietestMean(blockPow.subarray(from, seg.start), FLOOR_WINDOW_BLOCKS);
  const over = stay * Math.pow(10, VAD.stayMinDb / 10);
  let s = seg.start;
  while (
    s + 4 <= seg.end &&
    (blockPow[s]! + blockPow[s + 1]! + blockPow[s + 2]! + blockPow[s + 3]!) / 4 < over
  )
    s++;
  return s + 4 <= seg.end ? { start: s, end: seg.end } : seg;
}

/** Levels and voicing of the room's frames (indices into frameDb, in time order). */
function levelsOf(
  room: number[],
  frameDb: Float64Array,
  vowel: Float32Array,
): Omit<RoomLevels, 'apart'> {
  const levels = Float64Array.from(room, (k) => frameDb[k]!).sort();
  const at = (q: number): number => levels[Math.floor(q * (levels.length - 1))]!;
  // Voicing of the room's typical frames (at most 40, spread over the take): other people's
  // voices keep the middle of the room voiced; silence, hiss and rumble do not.
  const typical = room.filter((k) => frameDb[k]! >= at(0.4) && frameDb[k]! <= at(0.6));
  const step = Math.max(1, Math.floor(typical.length / 40));
  let voiced = 0;
  let tried = 0;
  for (let i = 0; i < typical.length; i += step) {
    tried++;
    if (isVoiced(vowel, 2 * typical[i]! + 2)) voiced++;
  }
  return {
    p10: at(0.1),
    p50: at(0.5),
    p90: at(0.9),
    voicedShare: tried ? voiced / tried : 0,
  };
}

/**
 * Syllables per second in the first OPENING_SEC after onset (or the whole span, when shorter), on
 * the same syllable model as the take's pace: each nucleus in the window counts for the take's own
 * syllables per nucleus (1 for the acoustic count; the script's calibration when the count comes
 * from the script), not for a correction of its own: a 3 s window holds too few nuclei to estimate
 * one, and correcting it apart from the take made opening and pace disagree about the same voice.
 */
function openingPace(
  nuclei: number[],
  segments: Segment[],
  onsetBlock: number,
  spanSec: number,
  take: { syllables: number; nuclei: number },
): number {
  const openingSec = Math.min(OPENING_SEC, spanSec);
  const windowEnd = onsetBlock + blocksIn(OPENING_SEC);
  const perNucleus = take.nuclei > 0 ? take.syllables / take.nuclei : 1;
  return (perNucleus * syllablesBefore(nuclei, segments, windowEnd)) / openingSec;
}

/**
 * Syllables before block `end`, without integer steps: each nucleus stands for the stretch from
 * halfway to the previous nucleus to halfway to the next (its segment's edges at the ends), and
 * counts by the share of that stretch before `end`.
 */
function syllablesBefore(nuclei: number[], segments: Segment[], end: number): number {
  let count = 0;
  let si = 0;
  for (let i = 0; i < nuclei.length; i++) {
    const b = nuclei[i]!;
    while (si < segments.length && segments[si]!.end <= b) si++;
    const seg = segments[si];
    if (!seg) break;
    const prev = nuclei[i - 1];
    const next = nuclei[i + 1];
    const lo = prev !== undefined && prev >= seg.start ? (prev + b) / 2 : seg.start;
    const hi = next !== undefined && next < seg.end ? (b + next) / 2 : seg.end;
    if (lo >= end) break;
    count += hi <= end ? 1 : (end - lo) / Math.max(hi - lo, 1);
  }
  return count;
}

/** The take at 16 kHz (a fresh array), with the input's peak and clipped count in `stats`. */
function toAnalysisRate(samples: Float32Array, rate: number, stats: LevelStats): Float32Array {
  if (rate === 3 * ANALYSIS_RATE) return decimate3WithStats(samples, CLIP_LEVEL, stats);
  let peak = 0;
  let clipped = 0;
  for (let i = 0; i < samples.length; i++) {
    const a = Math.abs(samples[i]!);
    if (a > peak) peak = a;
    if (a >= CLIP_LEVEL) clipped++;
  }
  stats.peak = peak;
  stats.clipped = clipped;
  if (rate === ANALYSIS_RATE) return Float32Array.from(samples);
  const ratio = rate / ANALYSIS_RATE;
  if (Number.isInteger(ratio)) return decimate(samples, ratio);
  return resample(samples, rate, ANALYSIS_RATE);
}

/** One-pole high-pass at cutoffHz in place, returning the mean square of each block (one pass). */
function highPassBlockPower(
  x: Float32Array,
  rate: number,
  cutoffHz: number,
  size: number,
  count: number,
): Float64Array {
  const rc = 1 / (2 * Math.PI * cutoffHz);
  const a = rc / (rc + 1 / rate);
  const out = new Float64Array(count);
  let prevX = 0;
  let prevY = 0;
  let acc = 0;
  let inBlock = 0;
  let b = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    prevY = a * (prevY + xi - prevX);
    prevX = xi;
    x[i] = prevY;
    acc += prevY * prevY;
    if (++inBlock === size) {
      if (b < count) out[b] = acc / size;
      b++;
      acc = 0;
      inBlock = 0;
    }
  }
  return out;
}

/**
 * Mean square of each 5 ms block in [from, to) of the analysis-rate signal above HISS.hz (two
 * second-order Butterworth high-passes, 24 dB/octave: a vowel's F1 20-30 dB louder stays under a
 * fricative). The filter starts one block early (it settles within 2 ms); input unchanged.
 */
function hissBlockPower(x: Float32Array, from: number, to: number): Float64Array {
  const w = Math.tan((Math.PI * HISS.hz) / ANALYSIS_RATE);
  const norm = 1 / (1 + Math.SQRT2 * w + w * w);
  const b0 = norm;
  const a1 = 2 * (w * w - 1) * norm;
  const a2 = (1 - Math.SQRT2 * w + w * w) * norm;
  const out = new Float64Array(Math.max(0, to - from));
  // Input, first-stage and second-stage outputs one and two samples back; the first stage's
  // outputs are the second stage's inputs, so they serve both.
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  let z1 = 0;
  let z2 = 0;
  const start = Math.max(0, from - 1) * BLOCK;
  const end = Math.min(x.length, to * BLOCK);
  for (let i = start; i < end; i++) {
    const xi = x[i]!;
    const y = b0 * (xi - 2 * x1 + x2) - a1 * y1 - a2 * y2;
    const z = b0 * (y - 2 * y1 + y2) - a1 * z1 - a2 * z2;
    x2 = x1;
    x1 = xi;
    y2 = y1;
    y1 = y;
    z2 = z1;
    z1 = z;
    const k = Math.floor(i / BLOCK) - from;
    if (k >= 0) out[k]! += (z * z) / BLOCK;
  }
  return out;
}

/** One-pole high-pass (6 dB/octave) at cutoffHz, in place. */
function highPassInPlace(x: Float32Array, rate: number, cutoffHz: number): void {
  const rc = 1 / (2 * Math.PI * cutoffHz);
  const a = rc / (rc + 1 / rate);
  let prevX = 0;
  let prevY = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    prevY = a * (prevY + xi - prevX);
    prevX = xi;
    x[i] = prevY;
  }
}

function quietestMean(pow: Float64Array, window: number): number {
  const n = pow.length;
  if (n === 0) return LEVEL_EPS;
  const w = Math.min(window, n);
  let sum = 0;
  for (let i = 0; i < w; i++) sum += pow[i]!;
  let best = sum;
  for (let i = w; i < n; i++) {
    sum += pow[i]! - pow[i - w]!;
    if (sum < best) best = sum;
  }
  return Math.max(best / w, LEVEL_EPS);
}

function framesDb(blockPow: Float64Array): Float64Array {
  const nf = blockPow.length >= 4 ? ((blockPow.length - 4) >> 1) + 1 : 0;
  const out = new Float64Array(nf);
  for (let k = 0; k < nf; k++) {
    const b = 2 * k;
    out[k] = db((blockPow[b]! + blockPow[b + 1]! + blockPow[b + 2]! + blockPow[b + 3]!) / 4);
  }
  return out;
}

function findSegments(
  frameDb: Float64Array,
  blockDb: Float64Array,
  enterDb: number,
  stayDb: number,
): Segment[] {
  const segments: Segment[] = [];
  const nf = frameDb.length;
  const nb = blockDb.length;
  let k = 0;
  let lowerBlock = 0;
  while (k < nf) {
    if (frameDb[k]! < enterDb) {
      k++;
      continue;
    }
    let s = k;
    while (s > 0 && frameDb[s - 1]! >= stayDb && 2 * (s - 1) >= lowerBlock) s--;
    let e = k;
    while (e + 1 < nf && frameDb[e + 1]! >= stayDb) e++;
    // Refine both edges to 5 ms blocks.
    let start = 2 * s;
    while (start > lowerBlock && blockDb[start - 1]! >= stayDb) start--;
    while (start < 2 * s + 3 && blockDb[start]! < stayDb) start++;
    let end = Math.min(2 * e + 3, nb - 1);
    while (end + 1 < nb && blockDb[end + 1]! >= stayDb) end++;
    while (end > 2 * e && blockDb[end]! < stayDb) end--;
    segments.push({ start, end: end + 1 });
    lowerBlock = end + 1;
    k = Math.max(e + 1, (end + 1) >> 1);
  }
  return segments;
}

/**
 * Stretches over the low threshold that never reach the high one (a final stop's release, a soft
 * onset after a closure) belong to the speech when they lie closer to it than a pause; chains of
 * them count too. Everything else stays out.
 * A phrase's last consonants (the closure and release of "-ts", "-kt", "-st") can lie 20-25 dB
 * under its loud level; a room that hides the middle of that chain leaves its last release
 * further than islandGapSec from the stretch, and the pause after the phrase read up to 0.25 s
 * long. So, between two stretches only, an island also joins the stretch before it (a release) when
 * it is closer to it than a pause (a shorter silence is no pause), ends within FADE_MAX_SEC of the
 * stretch's own end (the longest a phrase's end is followed, as in followDecay), still leaves a
 * pause before the next stretch (else it is that stretch's soft onset), and is unvoiced at its
 * loudest block: a release or a fricative is, another person's syllable is not.
 */
function absorbIslands(
  segments: Segment[],
  frameDb: Float64Array,
  blockDb: Float64Array,
  stayDb: number,
  maxGap: number,
  vowel: Float32Array,
): Segment[] {
  const nb = blockDb.length;
  const pauseBlocks = blocksIn(MIN_PAUSE_SEC);
  const fadeBlocks = blocksIn(FADE_MAX_SEC);
  const items: { seg: Segment; kept: boolean; stretch: boolean }[] = segments.map((seg) => ({
    seg,
    kept: true,
    stretch: true,
  }));
  let si = 0;
  for (let k = 0; k < frameDb.length; k++) {
    if (frameDb[k]! < stayDb) continue;
    let e = k;
    while (e + 1 < frameDb.length && frameDb[e + 1]! >= stayDb) e++;
    let start = 2 * k;
    while (start < 2 * k + 3 && blockDb[start]! < stayDb) start++;
    let end = Math.min(2 * e + 3, nb - 1);
    while (end > 2 * e && blockDb[end]! < stayDb) end--;
    while (si < segments.length && segments[si]!.end <= start) si++;
    const overlaps = si < segments.length && segments[si]!.start < end + 1;
    if (!overlaps && end >= start)
      items.push({ seg: { start, end: end + 1 }, kept: false, stretch: false });
    k = e;
  }
  if (items.length === segments.length) return segments;
  items.sort((p, q) => p.seg.start - q.seg.start);
  // A phrase's last release, heard past a closure the room hides (see above).
  const isRelease = (i: number, stretchEnd: number): boolean => {
    const prev = items[i - 1]!;
    const { start, end } = items[i]!.seg;
    if (start - prev.seg.end >= pauseBlocks || end - stretchEnd > fadeBlocks) return false;
    let next = i + 1;
    while (next < items.length && !items[next]!.stretch) next++;
    if (next === items.length || items[next]!.seg.start - end < pauseBlocks) return false;
    let loudest = start;
    for (let b = start; b < end; b++) if (blockDb[b]! > blockDb[loudest]!) loudest = b;
    return !isVoiced(vowel, loudest);
  };
  for (let pass = 0; pass < 2; pass++) {
    let stretchEnd = -Infinity;
    for (let i = 1; i < items.length; i++) {
      const prev = items[i - 1]!;
      const cur = items[i]!;
      if (prev.stretch) stretchEnd = prev.seg.end;
      if (!prev.kept || cur.kept) continue;
      if (cur.seg.start - prev.seg.end < maxGap || isRelease(i, stretchEnd)) cur.kept = true;
    }
    for (let i = items.length - 2; i >= 0; i--) {
      const next = items[i + 1]!;
      const cur = items[i]!;
      if (next.kept && !cur.kept && next.seg.start - cur.seg.end < maxGap) cur.kept = true;
    }
  }
  return items.filter((x) => x.kept).map((x) => x.seg);
}

/**
 * A voice fades out at the end of a phrase (final lengthening, falling intensity) while a word
 * starts abruptly, so a room loud enough to hide the fade's tail cuts the phrase early and the
 * pause after it reads long. Each stretch's end follows the fade from the first frame wholly past
 * it: on while every next 10 ms frame falls like a voice (isFade) and still carries the floor's
 * power, for at most FADE_MAX_SEC and never into the next stretch. Steady noise does not keep
 * falling, and an abrupt end (a cut, a tone) falls faster than a fade.
 */
function followDecay(segments: Segment[], frameDb: Float64Array, floorDb: number): Segment[] {
  const nf = frameDb.length;
  const maxBlocks = blocksIn(FADE_MAX_SEC);
  return segments.map((s, i) => {
    const limit = Math.min(segments[i + 1]?.start ?? Infinity, s.end + maxBlocks);
    // Frame k covers blocks 2k..2k+3: start at the first frame wholly past the end, so the frames
    // that straddle an abrupt end (and fall only because they do) do not count as a fade.
    const first = (s.end + 1) >> 1;
    let k = first;
    while (
      k + 1 < nf &&
      isFade(frameDb[k]! - frameDb[k + 1]!) &&
      frameDb[k + 1]! >= floorDb + FADE_OVER_FLOOR_DB &&
      2 * k + 4 <= limit
    )
      k++;
    return k > first ? { start: s.start, end: Math.min(2 * k + 2, limit) } : s;
  });
}

/**
 * A phrase's weak last consonant (s, f, t, th releases) and the next phrase's soft first one sink
 * under the room in the broadband level, so the pause between them read 0.15-0.3 s long; above
 * HISS.hz a voice's vowels are quiet and so are most rooms, and the consonant stands clear. Each
 * pause's edges move over the high band's unvoiced runs (15 ms smoothing) that stand HISS.overDb
 * over the pause's own typical high-band level (its median: the quietest stretch can be a gate's
 * digital silence), across closures up to HISS.closureSec, for at most FADE_MAX_SEC from each
 * edge. A voiced run is a vowel or someone else talking, and stops the edge. Segments come out as
 * they went in, one per phrase; the caller merges those now closer than a pause.
 */
function hissEdges(segments: Segment[], wide: Float32Array, vowel: Float32Array): Segment[] {
  const out = segments.map((s) => ({ ...s }));
  const maxBlocks = blocksIn(FADE_MAX_SEC);
  const closure = blocksIn(HISS.closureSec);
  const over = Math.pow(10, HISS.overDb / 10);
  for (let i = 0; i + 1 < out.length; i++) {
    const cur = out[i]!;
    const next = out[i + 1]!;
    const from = segments[i]!.end;
    const to = next.start;
    if (to <= from) continue;
    // The high band is needed only in pauses (and a block either side, for the smoothing).
    const lo = Math.max(0, from - 1);
    const band = hissBlockPower(wide, lo, to + 1);
    const nb = band.length;
    const level = (b: number): number => {
      const k = b - lo;
      return (band[Math.max(0, k - 1)]! + band[k]! + band[Math.min(nb - 1, k + 1)]!) / 3;
    };
    const gap = Float64Array.from({ length: to - from }, (_, k) => level(from + k)).sort();
    const thr = over * gap[gap.length >> 1]!;
    // Walk out from the edge, run by run: a run over thr of minRun blocks or more whose loudest
    // block is unvoiced is a consonant, and the edge moves past it; a closure of up to `closure`
    // blocks may lie before the next one.
    const walk = (edge: number, step: 1 | -1, limit: number): number => {
      let last = edge;
      let runFrom = -1;
      let loudest = -1;
      for (let k = 0; ; k++) {
        const b = step > 0 ? edge + k : edge - 1 - k;
        const inGap = k < maxBlocks && edge + step * k !== limit;
        if (inGap && level(b) >= thr) {
          if (runFrom < 0) runFrom = b;
          if (loudest < 0 || level(b) > level(loudest)) loudest = b;
          continue;
        }
        if (runFrom >= 0) {
          // Still over thr this far from the phrase: longer than a consonant (a breath, the room).
          if (k === maxBlocks) return edge;
          if (Math.abs(b - runFrom) >= HISS.minRun) {
            if (isVoiced(vowel, loudest)) return last;
            last = step > 0 ? b : b + 1;
          }
          runFrom = -1;
          loudest = -1;
        }
        if (!inGap || Math.abs(b - last) > closure) return last;
      }
    };
    const e = walk(from, 1, to);
    const s = walk(to, -1, e);
    cur.end = e;
    next.start = s;
  }
  return out;
}

/** A voice fades at FADE_MIN_DB to FADE_MAX_DB per 10 ms frame; a faster fall is a cut or a filter's ring. */
function isFade(fallDb: number): boolean {
  return fallDb >= FADE_MIN_DB && fallDb <= FADE_MAX_DB;
}

function mergeClose(segments: Segment[], minGap: number): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out[out.length - 1];
    if (prev && s.start - prev.end < minGap) prev.end = Math.max(prev.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Block indices of voiced syllable nuclei inside the speech segments, in time order. */
function findNuclei(vowelPow: Float64Array, vowel: Float32Array, segments: Segment[]): number[] {
  const floorDb = db(quietestMean(vowelPow, FLOOR_WINDOW_BLOCKS));
  let half: number = NUCLEUS.smoothHalf;
  let smooth = smoothDb(vowelPow, half);
  let peaks = pickPeaks(smooth, segments, floorDb);
  // The smoothing follows the voice's own syllable spacing: a slow voice's drawn-out vowels
  // ripple with pitch and formant movement that a fast voice has no time for.
  const gaps: number[] = [];
  for (const p of peaks) for (let i = 1; i < p.length; i++) gaps.push(p[i]! - p[i - 1]!);
  if (gaps.length >= 4) {
    gaps.sort((x, y) => x - y);
    const median = gaps[gaps.length >> 1]!;
    const want = Math.min(
      NUCLEUS.maxHalf,
      Math.max(half, Math.round(NUCLEUS.spacingSmooth * median)),
    );
    if (want !== half) {
      half = want;
      smooth = smoothDb(vowelPow, half);
      peaks = pickPeaks(smooth, segments, floorDb);
    }
  }
  const near = blocksIn(NUCLEUS.localSec);
  const nuclei: number[] = [];
  for (const accepted of peaks) {
    for (let i = 0; i < accepted.length; i++) {
      const b = accepted[i]!;
      // A nucleus stands within localDb of its neighbours' tops: a much weaker peak right beside
      // a vowel is a consonant's release or the vowel's own echo, not a syllable of its own.
      let top = smooth[b]!;
      for (const o of [accepted[i - 1], accepted[i + 1]]) {
        if (o !== undefined && Math.abs(o - b) <= near) top = Math.max(top, smooth[o]!);
      }
      if (top - smooth[b]! > NUCLEUS.localDb) continue;
      if (isVoiced(vowel, b)) nuclei.push(b);
    }
  }
  return nuclei;
}

/** Vowel-band level in dB, smoothed by a triangle of +-half blocks. */
function smoothDb(pow: Float64Array, half: number): Float64Array {
  const nb = pow.length;
  const out = new Float64Array(nb);
  for (let b = 0; b < nb; b++) {
    let acc = 0;
    let wsum = 0;
    for (let i = -half; i <= half; i++) {
      const j = b + i;
      if (j < 0 || j >= nb) continue;
      const w = half + 1 - Math.abs(i);
      acc += w * pow[j]!;
      wsum += w;
    }
    out[b] = db(acc / wsum);
  }
  return out;
}

/**
 * Peaks of the smoothed level in each segment that rise minDipDb over the dips on both sides and
 * lie within rangeDb of the take's loud level (and 4 dB over the band's floor).
 */
function pickPeaks(smooth: Float64Array, segments: Segment[], floorDb: number): number[][] {
  const nb = smooth.length;
  const minDb = Math.max(percentile(smooth, 0.99) - NUCLEUS.rangeDb, floorDb + 4);
  const peaks: number[][] = [];
  for (const seg of segments) {
    let kept = -1; // block of the last accepted peak in this segment
    let dip = Infinity; // lowest level since the last accepted peak
    const accepted: number[] = [];
    for (let b = seg.start; b < seg.end; b++) {
      const v = smooth[b]!;
      if (v < dip) dip = v;
      const isPeak = b > 0 && b + 1 < nb && v > smooth[b - 1]! && v >= smooth[b + 1]!;
      if (!isPeak || v < minDb) continue;
      if (kept < 0) {
        kept = b;
        accepted.push(b);
        dip = v;
        continue;
      }
      const keptDb = smooth[kept]!;
      if (v - dip >= NUCLEUS.minDipDb && keptDb - dip >= NUCLEUS.minDipDb) {
        kept = b;
        accepted.push(b);
        dip = v;
      } else if (v > keptDb) {
        // Same hump, higher top: move the nucleus there.
        accepted[accepted.length - 1] = b;
        kept = b;
        dip = v;
      }
    }
    peaks.push(accepted);
  }
  return peaks;
}

/** Normalised autocorrelation at a pitch lag (66–400 Hz) over 30 ms around a block of the 4 kHz signal. */
function isVoiced(x: Float32Array, block: number): boolean {
  const minLag = 10;
  const maxLag = 60;
  const len = 120;
  const centre = block * VOWEL_BLOCK + VOWEL_BLOCK / 2;
  const start = Math.max(0, Math.min(centre - ((len + maxLag) >> 1), x.length - len - maxLag));
  if (start < 0) return false;
  let e0 = 0;
  for (let i = 0; i < len; i++) e0 += x[start + i]! * x[start + i]!;
  if (e0 <= 0) return false;
  let eLag = 0;
  for (let i = minLag; i < minLag + len; i++) eLag += x[start + i]! * x[start + i]!;
  let best = 0;
  for (let lag = minLag; lag <= maxLag; lag++) {
    let c = 0;
    for (let i = 0; i < len; i++) c += x[start + i]! * x[start + i + lag]!;
    const r = c / Math.sqrt(e0 * eLag + 1e-30);
    if (r > best) best = r;
    // Slide the lagged window's energy by one sample.
    const out = x[start + lag]!;
    const inn = x[start + lag + len]!;
    eLag += inn * inn - out * out;
  }
  return best >= NUCLEUS.voicingMinR;
}

function mean(pow: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += pow[i]!;
  return to > from ? s / (to - from) : 0;
}

function percentile(values: Float64Array, q: number): number {
  if (values.length === 0) return -100;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
}

function toDb(pow: Float64Array): Float64Array {
  const out = new Float64Array(pow.length);
  for (let i = 0; i < pow.length; i++) out[i] = db(pow[i]!);
  return out;
}

/** Power (mean square) to dBFS, floored at -100. */
function db(pow: number): number {
  return 10 * Math.log10(Math.max(pow, LEVEL_EPS));
}
