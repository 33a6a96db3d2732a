// The rooms and channels reps really practise in, applied at run time to a clean take so every
// held-out voice is heard in each of them (scripts/accuracy.ts). Seeded and repeatable; pure
// arithmetic on Float32Array, no tools needed.

/** A seeded uniform generator in [-0.5, 0.5) (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
}

/** FNV-1a hash of a text, for seeds. */
export function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** RMS of x[from, to). */
export function rms(x: Float32Array, from = 0, to = x.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += x[i]! * x[i]!;
  return Math.sqrt(s / Math.max(1, to - from));
}

/** White or pink noise (Paul Kellet's three-pole -3 dB/octave approximation). */
export function noise(n: number, kind: 'white' | 'pink', seed: number): Float32Array {
  const random = rng(seed);
  const out = new Float32Array(n);
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 0; i < n; i++) {
    const w = random();
    if (kind === 'white') {
      out[i] = w;
      continue;
    }
    b0 = 0.99765 * b0 + w * 0.099046;
    b1 = 0.963 * b1 + w * 0.2965164;
    b2 = 0.57 * b2 + w * 1.0526913;
    out[i] = b0 + b1 + b2 + w * 0.1848;
  }
  return out;
}

/**
 * A car at speed or a street outside: brown-noise rumble under about 150 Hz with a slowly
 * wandering engine hum (about 30 Hz and its harmonics) and tyre noise 20 dB down.
 */
export function carNoise(n: number, rate: number, seed: number): Float32Array {
  const random = rng(seed);
  const out = new Float32Array(n);
  const lp = Math.exp((-2 * Math.PI * 150) / rate);
  let brown = 0;
  let y = 0;
  let phase = 0;
  const hiss = noise(n, 'pink', seed + 1);
  for (let i = 0; i < n; i++) {
    brown = 0.998 * brown + random();
    y = lp * y + (1 - lp) * brown;
    const f0 = 30 + 4 * Math.sin((2 * Math.PI * i) / rate / 7);
    phase += (2 * Math.PI * f0) / rate;
    const hum = Math.sin(phase) + 0.5 * Math.sin(2 * phase) + 0.25 * Math.sin(3 * phase);
    out[i] = 8 * y + 0.05 * hum + 0.03 * hiss[i]!;
  }
  return out;
}

/**
 * A room's reverberation (Schroeder: four feedback combs into two all-passes), about 0.6 s RT60,
 * with little direct sound: how a colleague a few metres away reaches the rep's microphone.
 */
export function reverb(x: Float32Array, rate: number): Float32Array {
  const combs = [0.0297, 0.0371, 0.0411, 0.0437].map((s) => Math.round(s * rate));
  const rt60 = 0.6;
  const wet = new Float32Array(x.length);
  for (const d of combs) {
    const g = Math.pow(10, (-3 * d) / rate / rt60);
    const buf = new Float32Array(d);
    let k = 0;
    let lp = 0;
    for (let i = 0; i < x.length; i++) {
      const out = buf[k]!;
      // Damping: walls absorb the highs first.
      lp = 0.7 * out + 0.3 * lp;
      buf[k] = x[i]! + g * lp;
      wet[i] = wet[i]! + out / combs.length;
      k = (k + 1) % d;
    }
  }
  let y: Float32Array = wet;
  for (const [d, g] of [
    [Math.round(0.005 * rate), 0.7],
    [Math.round(0.0017 * rate), 0.7],
  ] as const) {
    const buf = new Float32Array(d);
    const out = new Float32Array(y.length);
    let k = 0;
    for (let i = 0; i < y.length; i++) {
      const delayed = buf[k]!;
      const v = y[i]! + g * delayed;
      out[i] = delayed - g * v;
      buf[k] = v;
      k = (k + 1) % d;
    }
    y = out;
  }
  for (let i = 0; i < y.length; i++) y[i] = y[i]! + 0.25 * x[i]!;
  return y;
}

/**
 * Other people talking: several distant voices (each a different speaker's speech, looped from a
 * seeded offset so it fills the whole take, lead-in included), each through the room's reverb.
 */
export function babble(
  n: number,
  rate: number,
  voices: readonly Float32Array[],
  seed: number,
): Float32Array {
  const random = rng(seed);
  const out = new Float32Array(n);
  for (const v of voices) {
    if (v.length === 0) continue;
    const looped = new Float32Array(n);
    let at = Math.floor((random() + 0.5) * v.length);
    for (let i = 0; i < n; i++) {
      looped[i] = v[at]!;
      at = (at + 1) % v.length;
    }
    const level = 1 / Math.max(1e-9, rms(looped));
    const wet = reverb(looped, rate);
    for (let i = 0; i < n; i++) out[i] = out[i]! + level * wet[i]!;
  }
  return out;
}

/** x + noise scaled so noise RMS sits `snrDb` under `speechRms`. A fresh array. */
export function mixAt(
  x: Float32Array,
  background: Float32Array,
  speechRms: number,
  snrDb: number,
): Float32Array {
  const gain = speechRms / Math.pow(10, snrDb / 20) / Math.max(1e-12, rms(background));
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i]! + gain * background[i]!;
  return out;
}

/** Second-order (RBJ) high-pass or low-pass at fHz, in place. */
function biquad(x: Float32Array, rate: number, fHz: number, kind: 'hp' | 'lp'): void {
  const w = (2 * Math.PI * fHz) / rate;
  const alpha = Math.sin(w) / (2 * Math.SQRT1_2);
  const cos = Math.cos(w);
  const a0 = 1 + alpha;
  const b1 = (kind === 'lp' ? 1 - cos : -(1 + cos)) / a0;
  const b0 = (kind === 'lp' ? (1 - cos) / 2 : (1 + cos) / 2) / a0;
  const a1 = (-2 * cos) / a0;
  const a2 = (1 - alpha) / a0;
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const y = b0 * xi + b1 * x1 + b0 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = xi;
    y2 = y1;
    y1 = y;
    x[i] = y;
  }
}

/**
 * A headset or phone channel: band-limited (300–3400 Hz at 8 kHz, 100–7000 Hz at 16 kHz, two
 * filters each side) and, for the 8 kHz line, G.711 mu-law companding. Input at `rate`
 * (a multiple of the output rate); returns samples at `outRate`.
 */
export function headset(x: Float32Array, rate: number, outRate: 8000 | 16000): Float32Array {
  const y = Float32Array.from(x);
  const [lo, hi] = outRate === 8000 ? [300, 3400] : [100, 7000];
  for (let k = 0; k < 2; k++) {
    biquad(y, rate, lo, 'hp');
    biquad(y, rate, hi, 'lp');
  }
  const step = Math.round(rate / outRate);
  const out = new Float32Array(Math.floor(y.length / step));
  for (let i = 0; i < out.length; i++) out[i] = y[i * step]!;
  if (outRate === 8000) {
    const mu = 255;
    for (let i = 0; i < out.length; i++) {
      const v = Math.max(-1, Math.min(1, out[i]!));
      const c = (Math.sign(v) * Math.log1p(mu * Math.abs(v))) / Math.log1p(mu);
      const q = Math.round(c * 127) / 127; // 8-bit code
      out[i] = (Math.sign(q) * (Math.pow(1 + mu, Math.abs(q)) - 1)) / mu;
    }
  }
  return out;
}

/**
 * A phone's automatic gain: a slow level follower (10 ms attack, 1.5 s release) that steers the
 * level towards -20 dBFS with up to 30 dB of gain, so silences and room noise come up.
 */
export function phoneAgc(x: Float32Array, rate: number): Float32Array {
  const target = Math.pow(10, -20 / 20);
  const maxGain = Math.pow(10, 30 / 20);
  const att = Math.exp(-1 / (0.01 * rate));
  const rel = Math.exp(-1 / (1.5 * rate));
  let env = target;
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const a = Math.abs(x[i]!);
    env = a > env ? att * env + (1 - att) * a : rel * env + (1 - rel) * a;
    const gain = Math.min(maxGain, target / Math.max(env * 3, 1e-9));
    out[i] = Math.max(-1, Math.min(1, x[i]! * gain));
  }
  return out;
}

/** x scaled so its peak sits at `peakDbfs`, then hard-limited at ±`ceiling` (clipping). */
export function level(x: Float32Array, peakDbfs: number, ceiling = 1): Float32Array {
  let peak = 0;
  for (let i = 0; i < x.length; i++) peak = Math.max(peak, Math.abs(x[i]!));
  const g = Math.pow(10, peakDbfs / 20) / Math.max(peak, 1e-12);
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = Math.max(-ceiling, Math.min(ceiling, x[i]! * g));
  return out;
}
