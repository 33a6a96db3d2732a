import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyzeTake,
  DEFAULT_THRESHOLDS,
  measureTake,
  takeFlags,
} from '../../../src/lib/analysis/index';
import { mixToMono, parseWav } from '../../../src/lib/analysis/wav';
import { addHiss, addNoise, addRumble, addSyllables, addTone } from './signals';

const RATE = 48000;
const take = (sec: number, rate = RATE): Float32Array => new Float32Array(Math.round(sec * rate));

/**
 * Measures two four-syllable phrases, the first from 0.5 s and the next from `nextSec`, with a
 * hiss 12 dB under a room's rumble over `hissSec`; `end1` is where the first phrase ends.
 */
function phrasesInRumble(hissSec: [number, number], nextSec: number) {
  const x = take(4);
  const end1 = addSyllables(x, RATE, 0.5, 5, 4);
  addHiss(x, RATE, -52, ...hissSec);
  addSyllables(x, RATE, nextSec, 5, 4);
  addRumble(x, -40);
  addNoise(x, -80);
  return { m: measureTake(x, RATE), end1 };
}

describe('speech bounds and pauses from synthesized takes', () => {
  it('finds onset, end and the pause between two tone bursts', () => {
    const x = take(4);
    addTone(x, RATE, 220, 0.3, 0.5, 1.5);
    addTone(x, RATE, 220, 0.3, 2.0, 3.0);
    addNoise(x, -70);
    const m = measureTake(x, RATE);
    expect(m.speechOnsetSec).toBeCloseTo(0.5, 1);
    expect(Math.abs(m.speechOnsetSec! - 0.5)).toBeLessThan(0.015);
    expect(Math.abs(m.speechEndSec! - 3.0)).toBeLessThan(0.015);
    expect(m.pauses).toHaveLength(1);
    expect(Math.abs(m.pauses[0]!.startSec - 1.5)).toBeLessThan(0.015);
    expect(Math.abs(m.pauses[0]!.endSec - 2.0)).toBeLessThan(0.015);
    expect(Math.abs(m.longestPauseSec - 0.5)).toBeLessThan(0.03);
    expect(Math.abs(m.talkTimeSec - 2.0)).toBeLessThan(0.03);
    expect(m.lengthSec).toBe(4);
  });

  it('keeps a phrase-final fade under steady noise, so the pause after it is not read long', () => {
    // A 220 Hz phrase that fades out over its last 400 ms (100 dB/s, a slow phrase end), 0.5 s of
    // silence, then an abrupt second phrase; white noise 26.5 dB under the phrase hides the fade's
    // tail, which meets the noise's level at 1.365 s and goes on under it to 1.5 s.
    const x = take(4);
    const from = Math.round(0.5 * RATE);
    const fadeFrom = Math.round(1.1 * RATE);
    const to = Math.round(1.5 * RATE);
    for (let i = from; i < to; i++) {
      const fadeDb = i < fadeFrom ? 0 : (-100 * (i - fadeFrom)) / RATE;
      x[i] = 0.3 * Math.pow(10, fadeDb / 20) * Math.sin((2 * Math.PI * 220 * i) / RATE);
    }
    addTone(x, RATE, 220, 0.3, 2.0, 3.0);
    addNoise(x, -40);
    const m = measureTake(x, RATE);
    expect(m.pauses).toHaveLength(1);
    expect(m.pauses[0]!.startSec, 'the fade is followed under the noise').toBeGreaterThan(1.39);
    expect(m.pauses[0]!.startSec, 'the noise after it is not speech').toBeLessThanOrEqual(1.5);
    expect(Math.abs(m.pauses[0]!.endSec - 2.0)).toBeLessThan(0.015);
  });

  it("counts a phrase's weak last consonant under a rumble as the phrase's, not the pause's", () => {
    // Syllables to 1.66 s, then an "s" to 1.85 s 12 dB under a room's rumble (hidden in the
    // broadband level, clear of the room above 2.5 kHz); the next phrase starts at 2.4 s.
    const { m } = phrasesInRumble([1.6, 1.85], 2.4);
    expect(m.pauses).toHaveLength(1);
    expect(m.pauses[0]!.startSec, 'the pause starts after the "s"').toBeGreaterThan(1.8);
    expect(m.pauses[0]!.startSec).toBeLessThan(1.9);
    expect(Math.abs(m.pauses[0]!.endSec - 2.4)).toBeLessThan(0.05);
  });

  it("keeps a phrase's last release past a closure with a hidden consonant in it", () => {
    // The first phrase's syllables end at 1.66 s; its last release, a 60 ms "t" 12 dB under the
    // rumble, comes 0.18 s later (a closure around a consonant the room hides), so the pause
    // starts after it. The same burst 0.3 s after the phrase is too far to be its release.
    const near = phrasesInRumble([1.84, 1.9], 2.4);
    expect(near.m.pauses).toHaveLength(1);
    expect(near.m.pauses[0]!.startSec, 'the pause starts after the release').toBeGreaterThan(1.85);
    expect(near.m.pauses[0]!.startSec).toBeLessThan(1.95);
    const far = phrasesInRumble([1.96, 2.02], 2.4);
    expect(far.m.pauses[0]!.startSec, 'a sound that far is not the release').toBeLessThan(far.end1);
  });

  it('does not take a breath before the next phrase for its first consonant', () => {
    // The same room; 350 ms of breath-like hiss ends as the next phrase starts at 2.6 s: longer
    // than a consonant, so the pause still runs to the phrase.
    const { m, end1 } = phrasesInRumble([2.25, 2.6], 2.6);
    expect(m.pauses).toHaveLength(1);
    expect(m.pauses[0]!.startSec).toBeLessThan(end1);
    expect(Math.abs(m.pauses[0]!.endSec - 2.6)).toBeLessThan(0.05);
  });

  it('does not call a 200 ms gap a pause (pauses are 250 ms or more)', () => {
    const x = take(3);
    addTone(x, RATE, 220, 0.3, 0.5, 1.2);
    addTone(x, RATE, 220, 0.3, 1.4, 2.2);
    addNoise(x, -70);
    const m = measureTake(x, RATE);
    expect(m.pauses).toEqual([]);
    expect(m.longestPauseSec).toBe(0);
  });

  it('counts syllables and measures pace and opening pace on a syllable train', () => {
    const x = take(9);
    // 1.4 s of dead air, 12 syllables at 4/s, a 0.8 s pause, 10 syllables at 4/s.
    const end1 = addSyllables(x, RATE, 1.4, 12, 4);
    const start2 = end1 + 0.8;
    const end2 = addSyllables(x, RATE, start2, 10, 4);
    addNoise(x, -65);
    const a = analyzeTake(x, RATE);
    expect(Math.abs(a.speechOnsetSec! - 1.4)).toBeLessThan(0.05);
    expect(Math.abs(a.speechEndSec! - end2)).toBeLessThan(0.05);
    expect(Math.abs(a.syllables - 22)).toBeLessThanOrEqual(1);
    expect(Math.abs(a.longestPauseSec - 0.8)).toBeLessThan(0.1);
    const span = end2 - 1.4;
    expect(a.paceSyllablesPerSec).toBeCloseTo(22 / span, 0);
    expect(a.paceWpm).toBeCloseTo((a.paceSyllablesPerSec * 60) / 1.5, 5);
    expect(Math.abs(a.openingSyllablesPerSec - 4)).toBeLessThan(0.5);
    expect(a.flags.slowStart).toBe(true);
    expect(a.flags.slowStartReasons).toEqual([
      { kind: 'deadAir', value: a.speechOnsetSec, limit: 1 },
    ]);
  });

  it('flags a slow opening pace with its number', () => {
    const x = take(7);
    addSyllables(x, RATE, 0.3, 12, 1.8);
    addNoise(x, -65);
    const a = analyzeTake(x, RATE);
    expect(a.flags.slowStart).toBe(true);
    expect(a.flags.slowStartReasons).toEqual([
      { kind: 'openingPace', value: a.openingSyllablesPerSec, limit: 2.5 },
    ]);
    expect(a.openingSyllablesPerSec).toBeGreaterThan(1);
    expect(a.openingSyllablesPerSec).toBeLessThan(2.5);
    // The same take passes with a lower threshold the rep chose in settings.
    const relaxed = takeFlags(a, { ...DEFAULT_THRESHOLDS, slowStartOpeningPace: 1.2 });
    expect(relaxed.slowStart).toBe(false);
  });

  it('ignores the click of the record button and a breath-like noise burst before speech', () => {
    const x = take(4);
    // A click at 0.1 s and 200 ms of hiss at 0.4 s: loud, but neither is voiced.
    for (let i = 0; i < 48; i++) x[Math.round(0.1 * RATE) + i] = i % 2 ? -0.8 : 0.8;
    const hiss = new Float32Array(Math.round(0.2 * RATE));
    addNoise(hiss, -30, 9);
    x.set(hiss, Math.round(0.4 * RATE));
    addSyllables(x, RATE, 1.2, 8, 4);
    addNoise(x, -70);
    const m = measureTake(x, RATE);
    expect(Math.abs(m.speechOnsetSec! - 1.2)).toBeLessThan(0.05);
  });

  it('does not stretch speech into faint residue over digital silence (noise suppression)', () => {
    const x = take(4);
    const end = addSyllables(x, RATE, 1.0, 10, 4, 0.3);
    // Hiss about 35 dB under the voice, 150 ms before and after the speech, over digital silence:
    // far over the (absent) floor, yet nothing a listener would call speech.
    const hiss = addNoise(new Float32Array(Math.round(0.1 * RATE)), -48, 4);
    x.set(hiss, Math.round(0.85 * RATE) - hiss.length);
    x.set(hiss, Math.round((end + 0.15) * RATE));
    const m = measureTake(x, RATE);
    expect(Math.abs(m.speechOnsetSec! - 1.0)).toBeLessThan(0.03);
    expect(Math.abs(m.speechEndSec! - end)).toBeLessThan(0.03);
  });

  it('gives the same answers at 16, 44.1 and 48 kHz', () => {
    const results = [16000, 44100, 48000].map((rate) => {
      const x = take(5, rate);
      addSyllables(x, rate, 0.7, 14, 4.5);
      addNoise(x, -65);
      return measureTake(x, rate);
    });
    for (const m of results) {
      expect(Math.abs(m.speechOnsetSec! - results[0]!.speechOnsetSec!)).toBeLessThan(0.011);
      expect(Math.abs(m.speechEndSec! - results[0]!.speechEndSec!)).toBeLessThan(0.011);
      expect(m.syllables).toBe(results[0]!.syllables);
    }
  });
});

describe('level, clipping and noise', () => {
  it('flags a clipped sine and not a clean one', () => {
    const clipped = take(3);
    addSyllables(clipped, RATE, 0.3, 8, 4, 3);
    for (let i = 0; i < clipped.length; i++) clipped[i] = Math.max(-1, Math.min(1, clipped[i]!));
    const a = analyzeTake(clipped, RATE);
    expect(a.clippingFraction).toBeGreaterThan(0.01);
    expect(a.flags.clipping).toBe(true);
    expect(a.peakDbfs).toBeCloseTo(0, 1);

    const clean = take(3);
    addSyllables(clean, RATE, 0.3, 8, 4, 0.5);
    expect(analyzeTake(clean, RATE).flags.clipping).toBe(false);
  });

  it('flags a take 30 dB down as too quiet and measures the drop', () => {
    const loud = take(4);
    addSyllables(loud, RATE, 0.4, 12, 4, 0.4);
    const quiet = loud.map((v) => v * Math.pow(10, -30 / 20));
    addNoise(loud, -80, 3);
    addNoise(quiet, -80, 3);
    const a = analyzeTake(loud, RATE);
    const b = analyzeTake(quiet, RATE);
    expect(a.flags.tooQuiet).toBe(false);
    expect(b.flags.tooQuiet).toBe(true);
    expect(a.speechRmsDbfs - b.speechRmsDbfs).toBeGreaterThan(29);
    expect(a.speechRmsDbfs - b.speechRmsDbfs).toBeLessThan(31);
    expect(b.speechOnsetSec).not.toBeNull();
  });

  it('reports no speech for noise only and for digital silence', () => {
    const noise = addNoise(take(3), -40, 7);
    const a = analyzeTake(noise, RATE);
    expect(a.flags.noSpeech).toBe(true);
    expect(a.speechOnsetSec).toBeNull();
    expect(a.flags.slowStart).toBe(false);
    // White noise at 48 kHz: about a third of its power lies in the 16 kHz analysis band (-4.8 dB).
    expect(a.noiseFloorDbfs).toBeGreaterThan(-50);
    expect(a.noiseFloorDbfs).toBeLessThan(-43);
    const silent = analyzeTake(take(2), RATE);
    expect(silent.flags.noSpeech).toBe(true);
    expect(silent.peakDbfs).toBe(-100);
    expect(analyzeTake(new Float32Array(0), RATE).flags.noSpeech).toBe(true);
  });

  it('says too noisy when speech is barely over the noise, and measures the SNR', () => {
    const x = take(5);
    addSyllables(x, RATE, 0.5, 16, 4, 0.1);
    const clean = analyzeTake(addNoise(Float32Array.from(x), -60, 5), RATE);
    const noisy = analyzeTake(addNoise(Float32Array.from(x), -32, 5), RATE);
    expect(clean.flags.tooNoisy).toBe(false);
    expect(clean.snrDb).toBeGreaterThan(30);
    expect(noisy.snrDb).toBeLessThan(12);
    expect(noisy.flags.noSpeech || noisy.flags.tooNoisy).toBe(true);
  });
});

describe('a quick starter on a short take', () => {
  it('is not called too noisy when only 0.2 s of silence comes before the first word', () => {
    const wav = parseWav(new Uint8Array(readFileSync('test/fixtures/mic/speech-4s.wav')));
    const clean = mixToMono(wav);
    // The take begins 80 ms into the fixture's 0.3 s lead silence and lasts 3.2 s: all speech
    // but for ~0.2 s at the start, as when the recorder starts late and the rep starts at once.
    const from = Math.round(0.08 * wav.sampleRate);
    const samples = clean.slice(from, from + Math.round(3.2 * wav.sampleRate));
    const a = analyzeTake(samples, wav.sampleRate);
    expect(a.flags.tooNoisy).toBe(false);
    expect(a.snrDb).toBeGreaterThan(30);
    expect(a.speechOnsetSec).toBeGreaterThan(0.15);
    expect(a.speechOnsetSec).toBeLessThan(0.3);
  });
});
