/**
 * A phone-line preview in pure code (no DOM, no Web Audio) so the same maths runs in Node tests and
 * in the browser: mono → band-limit to about 300–3400 Hz → 8 kHz → gentle compression → G.711 μ-law.
 */

/** The sample rate of a telephone line, Hz. */
export const PHONE_RATE = 8000;
/** Lower edge of the telephone band, Hz. */
export const PHONE_LOW_HZ = 300;
/** Upper edge of the telephone band, Hz. */
export const PHONE_HIGH_HZ = 3400;

/** Normalised biquad coefficients (a0 = 1). */
export interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/** Q of each second-order section of a Butterworth filter of even `order`. */
export function butterworthQs(order: number): number[] {
  const qs: number[] = [];
  for (let k = 1; k <= order / 2; k++)
    qs.push(1 / (2 * Math.sin(((2 * k - 1) * Math.PI) / (2 * order))));
  return qs;
}

/** RBJ cookbook low-pass or high-pass section at `hz` for a given sample rate and Q. */
export function biquad(
  kind: 'lowpass' | 'highpass',
  hz: number,
  sampleRate: number,
  q: number,
): Biquad {
  const w0 = (2 * Math.PI * hz) / sampleRate;
  const cos = Math.cos(w0);
  const alpha = Math.sin(w0) / (2 * q);
  const a0 = 1 + alpha;
  const b1 = kind === 'lowpass' ? 1 - cos : -(1 + cos);
  const b0 = kind === 'lowpass' ? b1 / 2 : -b1 / 2;
  return { b0: b0 / a0, b1: b1 / a0, b2: b0 / a0, a1: (-2 * cos) / a0, a2: (1 - alpha) / a0 };
}

/** Runs samples through a cascade of biquads (direct form II transposed); returns new samples. */
export function filterCascade(samples: Float32Array, sections: readonly Biquad[]): Float32Array {
  const out = Float32Array.from(samples);
  for (const { b0, b1, b2, a1, a2 } of sections) {
    let z1 = 0;
    let z2 = 0;
    for (let i = 0; i < out.length; i++) {
      const x = out[i]!;
      const y = b0 * x + z1;
      z1 = b1 * x - a1 * y + z2;
      z2 = b2 * x - a2 * y;
      out[i] = y;
    }
  }
  return out;
}

/** Averages channels into one mono channel. */
export function mixToMono(channels: readonly Float32Array[]): Float32Array {
  const [first] = channels;
  if (!first) return new Float32Array(0);
  if (channels.length === 1) return first;
  const out = new Float32Array(first.length);
  for (const channel of channels) {
    for (let i = 0; i < out.length; i++) out[i]! += (channel[i] ?? 0) / channels.length;
  }
  return out;
}

/**
 * Band-limits to the telephone band and resamples to 8 kHz. An 8th-order Butterworth low-pass at
 * 3400 Hz doubles as the anti-alias filter (≈27 dB down at 5 kHz, which would otherwise fold to
 * 3 kHz); a 4th-order high-pass at 300 Hz takes out hum and chest resonance (≈38 dB down at 100 Hz).
 */
export function bandLimit(samples: Float32Array, sampleRate: number): Float32Array {
  const sections = [
    ...butterworthQs(4).map((q) => biquad('highpass', PHONE_LOW_HZ, sampleRate, q)),
    ...butterworthQs(8).map((q) => biquad('lowpass', PHONE_HIGH_HZ, sampleRate, q)),
  ];
  return resample(filterCascade(samples, sections), sampleRate, PHONE_RATE);
}

/** Linear-interpolation resampling; fine here because the input is already band-limited. */
export function resample(samples: Float32Array, fromRate: number, toRate: number): Float32Array {
  if (fromRate === toRate) return samples;
  const length = Math.floor((samples.length * toRate) / fromRate);
  const out = new Float32Array(length);
  const step = fromRate / toRate;
  for (let i = 0; i < length; i++) {
    const pos = i * step;
    const j = Math.floor(pos);
    const frac = pos - j;
    const a = samples[j] ?? 0;
    const b = samples[j + 1] ?? a;
    out[i] = a + (b - a) * frac;
  }
  return out;
}

/** Settings of the gentle compressor; levels in dBFS, times in ms. */
export interface CompressorOptions {
  thresholdDbfs: number;
  ratio: number;
  attackMs: number;
  releaseMs: number;
}

/** A light voice compressor, like a voicemail system's automatic level control. */
export const GENTLE_COMPRESSOR: CompressorOptions = {
  thresholdDbfs: -20,
  ratio: 3,
  attackMs: 5,
  releaseMs: 120,
};

/** Feed-forward peak compressor without make-up gain: quiet passages are left as they are. */
export function compress(
  samples: Float32Array,
  sampleRate: number,
  options: CompressorOptions = GENTLE_COMPRESSOR,
): Float32Array {
  const attack = Math.exp(-1 / ((options.attackMs / 1000) * sampleRate));
  const release = Math.exp(-1 / ((options.releaseMs / 1000) * sampleRate));
  const out = new Float32Array(samples.length);
  let envelope = 0;
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i]!;
    const level = Math.abs(x);
    const coeff = level > envelope ? attack : release;
    envelope = coeff * envelope + (1 - coeff) * level;
    const envDb = 20 * Math.log10(envelope + 1e-12);
    const over = envDb - options.thresholdDbfs;
    const gainDb = over > 0 ? -over * (1 - 1 / options.ratio) : 0;
    out[i] = x * 10 ** (gainDb / 20);
  }
  return out;
}

const MU = 255;

/** G.711 μ-law round trip (8 bits per sample): the grain of a real phone line. */
export function muLaw(samples: Float32Array): Float32Array {
  const out = new Float32Array(samples.length);
  const norm = Math.log1p(MU);
  for (let i = 0; i < samples.length; i++) {
    const x = Math.max(-1, Math.min(1, samples[i]!));
    const y = (Math.sign(x) * Math.log1p(MU * Math.abs(x))) / norm;
    const q = Math.round(y * 127) / 127;
    out[i] = (Math.sign(q) * Math.expm1(Math.abs(q) * norm)) / MU;
  }
  return out;
}

/** A take as it would sound on a phone voicemail: mono samples at PHONE_RATE (8000 Hz). */
export function phoneLine(
  channels: readonly Float32Array[],
  sampleRate: number,
): { samples: Float32Array; sampleRate: number } {
  const narrow = bandLimit(mixToMono(channels), sampleRate);
  return { samples: muLaw(compress(narrow, PHONE_RATE)), sampleRate: PHONE_RATE };
}
