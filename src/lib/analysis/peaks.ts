/** Max |sample| in each of `count` equal buckets, clamped to 0..1, for drawing the waveform. */
export function computePeaks(samples: Float32Array, count: number): number[] {
  const buckets = Math.max(0, Math.floor(count));
  const peaks = new Array<number>(buckets).fill(0);
  const n = samples.length;
  if (buckets === 0 || n === 0) return peaks;
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * n) / buckets);
    const to = Math.max(from + 1, Math.floor(((b + 1) * n) / buckets));
    let max = 0;
    for (let i = from; i < to && i < n; i++) {
      const a = Math.abs(samples[i]!);
      if (a > max) max = a;
    }
    peaks[b] = Math.min(1, max);
  }
  return peaks;
}
