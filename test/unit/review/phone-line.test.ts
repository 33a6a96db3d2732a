import { describe, expect, it } from 'vitest';
import {
  PHONE_RATE,
  compress,
  mixToMono,
  phoneLine,
  GENTLE_COMPRESSOR,
} from '../../../src/lib/audio/phone-line';

function tone(hz: number, sampleRate: number, seconds: number, amplitude: number): Float32Array {
  const out = new Float32Array(Math.round(sampleRate * seconds));
  for (let i = 0; i < out.length; i++)
    out[i] = amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate);
  return out;
}

/** RMS in dB of the middle of a signal, skipping the filters' and compressor's settling time. */
function rmsDb(samples: Float32Array, sampleRate: number): number {
  const start = Math.round(sampleRate * 0.3);
  const end = samples.length - Math.round(sampleRate * 0.1);
  let sum = 0;
  for (let i = start; i < end; i++) sum += samples[i]! ** 2;
  return 10 * Math.log10(sum / (end - start) + 1e-20);
}

/** Level change in dB a tone goes through on the phone line. */
function gainDb(hz: number, sampleRate: number, amplitude = 0.05): number {
  const input = tone(hz, sampleRate, 1.5, amplitude);
  const out = phoneLine([input], sampleRate);
  return rmsDb(out.samples, out.sampleRate) - rmsDb(input, sampleRate);
}

describe('phone line', () => {
  for (const rate of [48000, 44100]) {
    it(`takes 100 Hz and 5 kHz down by at least 20 dB and passes 1 kHz within 3 dB at ${rate} Hz`, () => {
      expect(gainDb(100, rate)).toBeLessThanOrEqual(-20);
      expect(gainDb(5000, rate)).toBeLessThanOrEqual(-20);
      expect(Math.abs(gainDb(1000, rate))).toBeLessThanOrEqual(3);
    });
  }

  it('keeps the telephone band: 400 Hz and 3 kHz pass within 3 dB', () => {
    expect(Math.abs(gainDb(400, 48000))).toBeLessThanOrEqual(3);
    expect(Math.abs(gainDb(3000, 48000))).toBeLessThanOrEqual(3);
  });

  it('comes out mono at 8 kHz with the same duration', () => {
    const left = tone(1000, 48000, 2, 0.1);
    const right = tone(1000, 48000, 2, 0.1);
    const out = phoneLine([left, right], 48000);
    expect(out.sampleRate).toBe(PHONE_RATE);
    expect(out.samples.length / out.sampleRate).toBeCloseTo(2, 2);
  });

  it('mixes channels to mono by averaging', () => {
    const mono = mixToMono([new Float32Array([1, 0.5]), new Float32Array([0, -0.5])]);
    expect(Array.from(mono)).toEqual([0.5, 0]);
  });

  it('compresses loud passages gently and leaves quiet ones alone', () => {
    const loud = tone(1000, PHONE_RATE, 1.5, 0.9); // ≈ −4 dBFS RMS, peaks ≈ −1 dBFS
    const quiet = tone(1000, PHONE_RATE, 1.5, 0.03); // ≈ −34 dBFS, below the threshold
    const loudChange = rmsDb(compress(loud, PHONE_RATE), PHONE_RATE) - rmsDb(loud, PHONE_RATE);
    const quietChange = rmsDb(compress(quiet, PHONE_RATE), PHONE_RATE) - rmsDb(quiet, PHONE_RATE);
    // A 3:1 ratio above −20 dBFS pulls a peak of about −1 dBFS down by roughly 2/3 of 19 dB.
    const overDb = -1 - GENTLE_COMPRESSOR.thresholdDbfs;
    expect(loudChange).toBeLessThan(-overDb * 0.4);
    expect(loudChange).toBeGreaterThan(-overDb * 0.8);
    expect(Math.abs(quietChange)).toBeLessThan(0.1);
  });
});
