/** Synthetic test signals: deterministic noise, tones and speech-like syllable trains. */

/** A seeded PRNG (mulberry32) returning 0..1. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** White noise at an RMS level in dBFS, added in place. */
export function addNoise(x: Float32Array, dbfs: number, seed = 1): Float32Array {
  const r = rng(seed);
  const amp = Math.pow(10, dbfs / 20) * Math.sqrt(3); // uniform noise: rms = amp / sqrt(3)
  for (let i = 0; i < x.length; i++) x[i]! += (2 * r() - 1) * amp;
  return x;
}

/** A sine of `freq` Hz at `amp` from `fromSec` to `toSec`, added in place. */
export function addTone(
  x: Float32Array,
  rate: number,
  freq: number,
  amp: number,
  fromSec: number,
  toSec: number,
): void {
  const a = Math.round(fromSec * rate);
  const b = Math.min(x.length, Math.round(toSec * rate));
  for (let i = a; i < b; i++) x[i]! += amp * Math.sin((2 * Math.PI * freq * i) / rate);
}

/**
 * Adds `count` vowel-like syllables starting at `fromSec`: a 140 Hz harmonic complex under a
 * raised-cosine envelope of `sylSec`, one every 1/`perSec` s. Returns the end time in s.
 */
export function addSyllables(
  x: Float32Array,
  rate: number,
  fromSec: number,
  count: number,
  perSec: number,
  amp = 0.3,
  sylSec = 0.16,
): number {
  const period = 1 / perSec;
  for (let s = 0; s < count; s++) {
    const t0 = fromSec + s * period;
    const a = Math.round(t0 * rate);
    const n = Math.round(sylSec * rate);
    for (let i = 0; i < n && a + i < x.length; i++) {
      const env = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n);
      const t = (a + i) / rate;
      let v = 0;
      for (let k = 1; k <= 12; k++) v += Math.sin(2 * Math.PI * 140 * k * t) / k;
      x[a + i]! += amp * env * v * 0.5;
    }
  }
  return fromSec + (count - 1) * period + sylSec;
}

/** Level of a signal's RMS in dBFS. */
export function rmsDb(x: Float32Array, from = 0, to = x.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += x[i]! * x[i]!;
  return 10 * Math.log10(s / Math.max(1, to - from));
}

/**
 * Adds a fricative-like hiss from `fromSec` to `toSec`: 60 sines of random frequency (3-7 kHz, an
 * "s") and phase, at an RMS of `dbfs`.
 */
export function addHiss(
  x: Float32Array,
  rate: number,
  dbfs: number,
  fromSec: number,
  toSec: number,
  seed = 3,
): void {
  const r = rng(seed);
  const parts = Array.from({ length: 60 }, () => [3000 + 4000 * r(), 2 * Math.PI * r()] as const);
  // Each sine at amp has RMS amp/sqrt(2); 60 of them add in power.
  const amp = (Math.pow(10, dbfs / 20) * Math.SQRT2) / Math.sqrt(parts.length);
  const a = Math.round(fromSec * rate);
  const b = Math.min(x.length, Math.round(toSec * rate));
  for (let i = a; i < b; i++) {
    let v = 0;
    for (const [f, phase] of parts) v += Math.sin((2 * Math.PI * f * i) / rate + phase);
    x[i]! += amp * v;
  }
}

/**
 * Adds a room's rumble (leaky-integrated white noise, nearly all of it under 200 Hz: a car, a
 * fan) at an RMS of `dbfs`.
 */
export function addRumble(x: Float32Array, dbfs: number, seed = 5): void {
  const r = rng(seed);
  const y = new Float32Array(x.length);
  let v = 0;
  for (let i = 0; i < y.length; i++) y[i] = v = 0.995 * v + (2 * r() - 1);
  const gain = Math.pow(10, dbfs / 20) / Math.pow(10, rmsDb(y) / 20);
  for (let i = 0; i < x.length; i++) x[i]! += gain * y[i]!;
}
