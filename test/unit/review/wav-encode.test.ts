import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWav } from '../../../src/lib/analysis/wav';
import { encodeWav, WAV_HEADER_BYTES } from '../../../src/lib/audio/wav-encode';

/** Reads a canonical WAV back: the fields a player checks, and the samples scaled to −1…1. */
function parse(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  const dataBytes = view.getUint32(40, true);
  const samples = new Float32Array(dataBytes / 2);
  for (let i = 0; i < samples.length; i++) {
    const v = view.getInt16(WAV_HEADER_BYTES + i * 2, true);
    samples[i] = v < 0 ? v / 0x8000 : v / 0x7fff;
  }
  return {
    riff: text(0),
    riffSize: view.getUint32(4, true),
    wave: text(8),
    fmt: text(12),
    fmtSize: view.getUint32(16, true),
    format: view.getUint16(20, true),
    channels: view.getUint16(22, true),
    sampleRate: view.getUint32(24, true),
    byteRate: view.getUint32(28, true),
    blockAlign: view.getUint16(32, true),
    bitsPerSample: view.getUint16(34, true),
    data: text(36),
    dataBytes,
    samples,
  };
}

describe('encodeWav', () => {
  it('writes a 16-bit PCM mono header a player accepts', () => {
    const wav = parse(encodeWav(new Float32Array(48000), 48000));
    expect(wav).toMatchObject({
      riff: 'RIFF',
      wave: 'WAVE',
      fmt: 'fmt ',
      fmtSize: 16,
      format: 1,
      channels: 1,
      sampleRate: 48000,
      byteRate: 96000,
      blockAlign: 2,
      bitsPerSample: 16,
      data: 'data',
      dataBytes: 96000,
      riffSize: 36 + 96000,
    });
  });

  it('round-trips any samples to within one 16-bit step, clipping beyond full scale', () => {
    fc.assert(
      fc.property(
        fc.float32Array({ min: -1.5, max: 1.5, noNaN: true, maxLength: 500 }),
        fc.constantFrom(8000, 44100, 48000),
        (input, rate) => {
          const bytes = encodeWav(input, rate);
          expect(bytes.length).toBe(WAV_HEADER_BYTES + input.length * 2);
          const wav = parse(bytes);
          expect(wav.sampleRate).toBe(rate);
          expect(wav.samples.length).toBe(input.length);
          for (let i = 0; i < input.length; i++) {
            const expected = Math.max(-1, Math.min(1, input[i]!));
            expect(Math.abs(wav.samples[i]! - expected)).toBeLessThanOrEqual(1 / 32767);
          }
        },
      ),
    );
  });

  it('maps full scale to the extreme 16-bit values', () => {
    const bytes = encodeWav(new Float32Array([1, -1, 0]), 8000);
    const view = new DataView(bytes.buffer);
    expect(view.getInt16(44, true)).toBe(32767);
    expect(view.getInt16(46, true)).toBe(-32768);
    expect(view.getInt16(48, true)).toBe(0);
  });

  it('is read back by the app’s own WAV parser: one channel, same rate, same samples', () => {
    const rate = 48000;
    const input = new Float32Array(rate / 2).map(
      (_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / rate),
    );
    const wav = parseWav(encodeWav(input, rate));
    expect(wav.sampleRate).toBe(rate);
    expect(wav.channels).toHaveLength(1);
    const [samples] = wav.channels;
    expect(samples?.length).toBe(input.length);
    const worst = input.reduce((max, x, i) => Math.max(max, Math.abs(x - (samples?.[i] ?? 9))), 0);
    expect(worst).toBeLessThanOrEqual(1 / 32767);
  });
});
