/**
 * Band-limited sample-rate conversion with a Kaiser-windowed sinc, evaluated through a table of
 * polyphase kernels so the inner loop is a plain dot product. Integer decimation (48 kHz to 16 kHz)
 * uses a single phase, so it costs one short FIR per output sample.
 */

/** The rate every take is analysed at, Hz. */
export const ANALYSIS_RATE = 16000;

// Passband edge as a fraction of the lower of the two rates: 0.4375 puts the cutoff at 7 kHz for a
// 16 kHz output, so everything that would alias below ~6.5 kHz is at least 60 dB down.
const CUTOFF = 0.4375;
// Kernel half-width in zero crossings of the cutoff sinc; 5 gives 37 taps for 48k->16k.
const ZERO_CROSSINGS = 5;
const KAISER_BETA = 6.5;
const PHASES = 64;

interface Kernel {
  /** Taps per phase. */
  taps: number;
  /** Offset of the first tap relative to floor(t). */
  first: number;
  /** phases * taps coefficients, each phase normalised to unity DC gain. */
  table: Float32Array;
  phases: number;
}

const kernels = new Map<string, Kernel>();

/** Converts mono samples from one rate to another; returns the input itself when the rates match. */
export function resample(samples: Float32Array, fromRate: number, toRate: number): Float32Array {
  if (fromRate === toRate) return samples;
  const outLength = Math.floor((samples.length * toRate) / fromRate);
  const out = new Float32Array(outLength);
  const k = kernelFor(fromRate, toRate);
  const step = fromRate / toRate;
  const { taps, first, table, phases } = k;
  const n = samples.length;
  const integerStep = Number.isInteger(step);
  for (let j = 0; j < outLength; j++) {
    const t = j * step;
    let i0 = Math.floor(t);
    let phase = 0;
    if (!integerStep) {
      phase = Math.round((t - i0) * phases);
      if (phase === phases) {
        phase = 0;
        i0++;
      }
    }
    const base = phase * taps;
    const start = i0 + first;
    let acc = 0;
    if (start >= 0 && start + taps <= n) {
      for (let m = 0; m < taps; m++) acc += samples[start + m]! * table[base + m]!;
    } else {
      for (let m = 0; m < taps; m++) {
        const idx = start + m;
        if (idx >= 0 && idx < n) acc += samples[idx]! * table[base + m]!;
      }
    }
    out[j] = acc;
  }
  return out;
}

function kernelFor(fromRate: number, toRate: number): Kernel {
  const key = `${fromRate}:${toRate}`;
  const cached = kernels.get(key);
  if (cached) return cached;
  // Cutoff in cycles per input sample.
  const fc = (CUTOFF * Math.min(fromRate, toRate)) / fromRate;
  // Half-width in input samples: ZERO_CROSSINGS periods of the cutoff sinc, at least 8 samples.
  const half = Math.max(8, Math.ceil(ZERO_CROSSINGS / (2 * fc)));
  const taps = 2 * half + 1;
  const first = -half;
  const integerStep = Number.isInteger(fromRate / toRate);
  const phases = integerStep ? 1 : PHASES;
  const table = new Float32Array(phases * taps);
  const i0b = besselI0(KAISER_BETA);
  for (let p = 0; p < phases; p++) {
    const frac = p / phases;
    let sum = 0;
    for (let m = 0; m < taps; m++) {
      const x = first + m - frac;
      const r = x / (half + 1);
      const w = Math.abs(r) >= 1 ? 0 : besselI0(KAISER_BETA * Math.sqrt(1 - r * r)) / i0b;
      const arg = 2 * fc * x;
      const sinc = arg === 0 ? 1 : Math.sin(Math.PI * arg) / (Math.PI * arg);
      const h = 2 * fc * sinc * w;
      table[p * taps + m] = h;
      sum += h;
    }
    for (let m = 0; m < taps; m++) table[p * taps + m]! /= sum;
  }
  const kernel = { taps, first, table, phases };
  kernels.set(key, kernel);
  return kernel;
}

function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  const q = (x * x) / 4;
  for (let k = 1; k < 50; k++) {
    term *= q / (k * k);
    sum += term;
    if (term < 1e-12 * sum) break;
  }
  return sum;
}
