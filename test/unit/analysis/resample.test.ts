import { describe, expect, it } from 'vitest';
import { decimate, decimate3WithStats } from '../../../src/lib/analysis/decimate';
import { resample } from '../../../src/lib/analysis/resample';
import { rmsDb } from './signals';

function tone(freq: number, rate: number, sec = 1): Float32Array {
  const x = new Float32Array(Math.round(rate * sec));
  for (let i = 0; i < x.length; i++) x[i] = Math.sin((2 * Math.PI * freq * i) / rate);
  return x;
}
/** Gain in dB from input to output, ignoring the filter's start and end. */
function gainDb(input: Float32Array, output: Float32Array): number {
  const skip = Math.floor(output.length / 10);
  return rmsDb(output, skip, output.length - skip) - rmsDb(input);
}

describe('sinc resampler (any rate to 16 kHz)', () => {
  it('passes a 1 kHz tone from 44.1 kHz within 0.1 dB and keeps the length', () => {
    const x = tone(1000, 44100);
    const y = resample(x, 44100, 16000);
    expect(y.length).toBe(16000);
    expect(Math.abs(gainDb(x, y))).toBeLessThan(0.1);
  });

  it('rejects tones above the new Nyquist instead of folding them down', () => {
    for (const f of [9500, 12000, 18000]) {
      expect(gainDb(tone(f, 44100), resample(tone(f, 44100), 44100, 16000))).toBeLessThan(-50);
    }
  });

  it('upsamples 8 kHz telephone audio with the tone intact', () => {
    const x = tone(1000, 8000);
    expect(Math.abs(gainDb(x, resample(x, 8000, 16000)))).toBeLessThan(0.2);
  });
});

describe('CIC decimator (48 kHz to 16 kHz)', () => {
  it('passes a 1 kHz tone within 0.2 dB', () => {
    const x = tone(1000, 48000);
    const y = decimate(x, 3);
    expect(y.length).toBe(16000);
    expect(Math.abs(gainDb(x, y))).toBeLessThan(0.2);
  });

  it('keeps what would alias into the 0–4 kHz speech band at least 28 dB down', () => {
    // 12–20 kHz and 28–36 kHz fold onto 0–4 kHz at a 16 kHz output.
    for (const f of [12000, 14000, 16000, 18000, 20000]) {
      expect(gainDb(tone(f, 48000), decimate(tone(f, 48000), 3))).toBeLessThan(-28);
    }
  });
});

describe('decimate3WithStats', () => {
  it('matches plain decimation and counts the peak and clipped samples of every input', () => {
    for (const n of [0, 1, 2, 7, 100, 4801]) {
      const x = new Float32Array(n);
      for (let i = 0; i < n; i++) x[i] = Math.max(-1, Math.min(1, 1.3 * Math.sin(i * 0.37)));
      if (n > 0) x[n - 1] = -1; // a clipped sample at the very end must be counted too
      const stats = { peak: 0, clipped: 0 };
      const y = decimate3WithStats(x, 0.99, stats);
      expect(Array.from(y)).toEqual(Array.from(decimate(x, 3)));
      const expectedClipped = x.filter((v) => Math.abs(v) >= 0.99).length;
      expect(stats.clipped).toBe(expectedClipped);
      expect(stats.peak).toBe(n ? Math.max(...Array.from(x, Math.abs)) : 0);
    }
  });
});
