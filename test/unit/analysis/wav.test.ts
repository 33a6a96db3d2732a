import { describe, expect, it } from 'vitest';
import { mixToMono, parseWav, WavError } from '../../../src/lib/analysis/wav';
import { encodeWav } from './wav-helpers';

const ramp = [0, 0.5, -0.5, 0.25, -1, 0.999];

describe('parseWav reads every supported encoding', () => {
  const cases: { name: string; format?: number; subFormat?: number; bits: number; tol: number }[] =
    [
      { name: '8-bit unsigned', bits: 8, tol: 1 / 100 },
      { name: '16-bit', bits: 16, tol: 2 / 32768 },
      { name: '24-bit', bits: 24, tol: 2e-6 },
      { name: '32-bit integer', bits: 32, tol: 1e-6 },
      { name: '32-bit float', format: 3, bits: 32, tol: 1e-7 },
      { name: 'extensible 16-bit', format: 0xfffe, subFormat: 1, bits: 16, tol: 2 / 32768 },
      { name: 'extensible 24-bit', format: 0xfffe, subFormat: 1, bits: 24, tol: 2e-6 },
      { name: 'extensible float', format: 0xfffe, subFormat: 3, bits: 32, tol: 1e-7 },
    ];
  for (const c of cases) {
    it(c.name, () => {
      const pcm = parseWav(
        encodeWav({
          format: c.format,
          subFormat: c.subFormat,
          bits: c.bits,
          sampleRate: 44100,
          channels: [ramp],
        }),
      );
      expect(pcm.sampleRate).toBe(44100);
      expect(pcm.channels).toHaveLength(1);
      ramp.forEach((x, i) => expect(Math.abs(pcm.channels[0]![i]! - x)).toBeLessThanOrEqual(c.tol));
    });
  }

  it('reads stereo at any rate and mixes it to mono by averaging', () => {
    const left = [0.5, 0.5, -0.2];
    const right = [-0.5, 0.1, -0.2];
    const pcm = parseWav(encodeWav({ bits: 16, sampleRate: 22050, channels: [left, right] }));
    expect(pcm.sampleRate).toBe(22050);
    const mono = mixToMono(pcm);
    expect(Array.from(mono).map((x) => Math.round(x * 1000) / 1000)).toEqual([0, 0.3, -0.2]);
  });

  it('reads a streamed WAV whose writer left placeholder sizes', () => {
    for (const placeholder of [0, 0x7ffff000, 0xffffffff]) {
      const bytes = Uint8Array.from(encodeWav({ bits: 16, channels: [ramp] }));
      const v = new DataView(bytes.buffer);
      v.setUint32(4, placeholder === 0 ? 0 : 0x7ffff024, true);
      v.setUint32(40, placeholder, true);
      expect(parseWav(bytes).channels[0]!.length).toBe(ramp.length);
    }
  });

  it('skips unknown chunks before the data', () => {
    const plain = encodeWav({ bits: 16, channels: [ramp] });
    // Insert a LIST chunk of odd length (padded) between fmt and data.
    const list = new Uint8Array([0x4c, 0x49, 0x53, 0x54, 3, 0, 0, 0, 1, 2, 3, 0]);
    const bytes = new Uint8Array(plain.length + list.length);
    bytes.set(plain.subarray(0, 36));
    bytes.set(list, 36);
    bytes.set(plain.subarray(36), 36 + list.length);
    expect(parseWav(bytes).channels[0]!.length).toBe(ramp.length);
  });
});

describe('parseWav rejects what it cannot read, with a clear message', () => {
  const good = encodeWav({ bits: 16, channels: [ramp] });
  const withFormat = (format: number, bits = 16): Uint8Array => {
    const b = Uint8Array.from(good);
    new DataView(b.buffer).setUint16(20, format, true);
    new DataView(b.buffer).setUint16(34, bits, true);
    return b;
  };
  const cases: [string, Uint8Array, RegExp][] = [
    ['not a WAV', new TextEncoder().encode('ID3 this is an mp3 file, honestly'), /Not a WAV file/],
    ['empty file', new Uint8Array(0), /Not a WAV file/],
    ['truncated audio', good.subarray(0, good.length - 5), /truncated/],
    ['header only', good.subarray(0, 36), /no data chunk/],
    ['A-law', withFormat(6, 8), /Unsupported WAV encoding \(format code 6\)/],
    ['ADPCM', withFormat(2, 4), /Unsupported WAV encoding/],
    ['12-bit integer', withFormat(1, 12), /Unsupported sample size: 12-bit integer/],
    ['64-bit float', withFormat(3, 64), /Unsupported sample size: 64-bit float/],
    [
      'six channels',
      encodeWav({ bits: 16, channels: [ramp, ramp, ramp, ramp, ramp, ramp] }),
      /channel count: 6/,
    ],
    ['no samples', encodeWav({ bits: 16, channels: [[]] }), /no audio samples/],
    [
      'absurd rate',
      encodeWav({ bits: 16, sampleRate: 1000, channels: [ramp] }),
      /sample rate: 1000 Hz/,
    ],
  ];
  for (const [name, bytes, message] of cases) {
    it(name, () => {
      expect(() => parseWav(bytes)).toThrow(WavError);
      expect(() => parseWav(bytes)).toThrow(message);
    });
  }
});
