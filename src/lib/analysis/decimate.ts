/**
 * Integer-ratio decimation with a third-order CIC response, (box of R)^3, evaluated as a short
 * symmetric FIR at the output rate only. For R = 3 (48 kHz to 16 kHz) that is 7 taps: cheap enough
 * to keep a 30 s take well inside the analysis budget. Everything that would alias into the
 * 0–4 kHz speech band is at least 28 dB down (most of it far more), and the droop is under
 * 1 dB up to 3 kHz. Speech energy above 12 kHz is itself 40 dB or more under the voice band, so
 * the aliased remainder sits 65 dB or more under the speech that is measured.
 */

const cache = new Map<number, Float64Array>();

/** Taps of (1 + z + … + z^(R-1))^3 normalised to unity DC gain. */
export function cicTaps(ratio: number): Float64Array {
  const hit = cache.get(ratio);
  if (hit) return hit;
  let taps = new Float64Array([1]);
  for (let stage = 0; stage < 3; stage++) {
    const next = new Float64Array(taps.length + ratio - 1);
    for (let i = 0; i < taps.length; i++) for (let k = 0; k < ratio; k++) next[i + k]! += taps[i]!;
    taps = next;
  }
  const gain = ratio * ratio * ratio;
  for (let i = 0; i < taps.length; i++) taps[i]! /= gain;
  cache.set(ratio, taps);
  return taps;
}

/** Peak magnitude and count of samples at or above a clip level, gathered while decimating. */
export interface LevelStats {
  peak: number;
  clipped: number;
}

/**
 * Samples decimated by 3 (48 kHz to 16 kHz), gathering the input's peak in the same pass so the
 * 48 kHz samples are read once (twice only when the take reaches the clip level).
 */
export function decimate3WithStats(
  samples: Float32Array,
  clipLevel: number,
  stats: LevelStats,
): Float32Array {
  const taps = cicTaps(3);
  const h0 = taps[3]!;
  const h1 = taps[2]!;
  const h2 = taps[1]!;
  const h3 = taps[0]!;
  const n = samples.length;
  const m = Math.floor(n / 3);
  const out = new Float32Array(m);
  let hi = 0;
  let lo = 0;
  let clipped = 0;
  const negClip = -clipLevel;
  let j = 1;
  if (m > 0) out[0] = edge(samples, 0, taps, 3);
  for (; j < m && 3 * j + 3 < n; j++) {
    const c = 3 * j;
    const a = samples[c - 3]!;
    const b = samples[c - 2]!;
    const d = samples[c - 1]!;
    out[j] =
      h0 * samples[c]! +
      h1 * (d + samples[c + 1]!) +
      h2 * (b + samples[c + 2]!) +
      h3 * (a + samples[c + 3]!);
    // Level of inputs c-3..c-1: every input is visited exactly once over the loop.
    if (a > hi) hi = a;
    if (a < lo) lo = a;
    if (b > hi) hi = b;
    if (b < lo) lo = b;
    if (d > hi) hi = d;
    if (d < lo) lo = d;
  }
  // The loop measured inputs 0 .. 3(j-1)-1; measure the rest here.
  for (let i = 3 * (j - 1); i < n; i++) {
    const v = samples[i]!;
    if (v > hi) hi = v;
    if (v < lo) lo = v;
  }
  for (; j < m; j++) out[j] = edge(samples, 3 * j, taps, 3);
  stats.peak = Math.max(hi, -lo);
  // Counting clipped samples needs a second pass, but only a take that reaches the clip level.
  if (stats.peak >= clipLevel) {
    for (let i = 0; i < n; i++) {
      const v = samples[i]!;
      if (v >= clipLevel || v <= negClip) clipped++;
    }
  }
  stats.clipped = clipped;
  return out;
}

/** Samples decimated by an integer ratio (>= 1); output sample j is centred on input sample j*ratio. */
export function decimate(samples: Float32Array, ratio: number): Float32Array {
  if (ratio === 1) return Float32Array.from(samples);
  const taps = cicTaps(ratio);
  const len = taps.length;
  const centre = (len - 1) >> 1;
  const n = samples.length;
  const out = new Float32Array(Math.floor(n / ratio));
  const m = out.length;
  if (ratio === 3) {
    // 7 symmetric taps: 1 3 6 7 6 3 1 (/27), unrolled.
    const h0 = taps[3]!;
    const h1 = taps[2]!;
    const h2 = taps[1]!;
    const h3 = taps[0]!;
    let j = 0;
    for (; j < m && 3 * j < 3; j++) out[j] = edge(samples, 3 * j, taps, centre);
    for (; j < m && 3 * j + 3 < n; j++) {
      const c = 3 * j;
      out[j] =
        h0 * samples[c]! +
        h1 * (samples[c - 1]! + samples[c + 1]!) +
        h2 * (samples[c - 2]! + samples[c + 2]!) +
        h3 * (samples[c - 3]! + samples[c + 3]!);
    }
    for (; j < m; j++) out[j] = edge(samples, 3 * j, taps, centre);
    return out;
  }
  if (ratio === 4) {
    // 10 symmetric taps 1 3 6 10 12 12 10 6 3 1 (/64), centred between inputs 4j and 4j+1.
    const g0 = taps[0]!;
    const g1 = taps[1]!;
    const g2 = taps[2]!;
    const g3 = taps[3]!;
    const g4 = taps[4]!;
    for (let j = 0; j < m; j++) {
      const start = 4 * j - centre;
      if (start < 0 || start + 10 > n) {
        out[j] = edge(samples, 4 * j, taps, centre);
        continue;
      }
      out[j] =
        g0 * (samples[start]! + samples[start + 9]!) +
        g1 * (samples[start + 1]! + samples[start + 8]!) +
        g2 * (samples[start + 2]! + samples[start + 7]!) +
        g3 * (samples[start + 3]! + samples[start + 6]!) +
        g4 * (samples[start + 4]! + samples[start + 5]!);
    }
    return out;
  }
  for (let j = 0; j < m; j++) {
    const start = j * ratio - centre;
    if (start >= 0 && start + len <= n) {
      let acc = 0;
      for (let k = 0; k < len; k++) acc += samples[start + k]! * taps[k]!;
      out[j] = acc;
    } else {
      out[j] = edge(samples, j * ratio, taps, centre);
    }
  }
  return out;
}

function edge(samples: Float32Array, c: number, taps: Float64Array, centre: number): number {
  let acc = 0;
  for (let k = 0; k < taps.length; k++) {
    const idx = c - centre + k;
    if (idx >= 0 && idx < samples.length) acc += samples[idx]! * taps[k]!;
  }
  return acc;
}
