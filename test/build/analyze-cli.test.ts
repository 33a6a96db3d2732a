import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeWav } from '../unit/analysis/wav-helpers';
import { addSyllables } from '../unit/analysis/signals';

const FIELDS = [
  'file',
  'lengthSec',
  'speechOnsetSec',
  'speechEndSec',
  'talkTimeSec',
  'pauses',
  'longestPauseSec',
  'syllables',
  'paceSyllablesPerSec',
  'paceWpm',
  'openingSyllablesPerSec',
  'speechRmsDbfs',
  'peakDbfs',
  'noiseFloorDbfs',
  'snrDb',
  'clippingFraction',
  'flags',
];

function analyze(...files: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...files], {
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), 'afterbeep-cli-'));
function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe('npm run analyze', () => {
  it('prints one JSON line per file with exactly the documented fields', () => {
    const stereo = new Float32Array(44100 * 3);
    addSyllables(stereo, 44100, 0.6, 8, 4);
    const wav = write(
      'stereo-24bit.wav',
      encodeWav({
        bits: 24,
        sampleRate: 44100,
        channels: [Array.from(stereo), Array.from(stereo)],
      }),
    );
    const r = analyze('test/fixtures/mic/speech-4s.wav', wav);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const o = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(o)).toEqual(FIELDS);
      expect(Object.keys(o.flags as object)).toEqual([
        'slowStart',
        'slowStartReasons',
        'tooQuiet',
        'clipping',
        'tooNoisy',
      ]);
    }
    const first = JSON.parse(lines[0]!) as {
      speechOnsetSec: number;
      lengthSec: number;
      file: string;
    };
    expect(first.file).toBe('test/fixtures/mic/speech-4s.wav');
    expect(Math.abs(first.speechOnsetSec - 0.3)).toBeLessThan(0.05);
    const second = JSON.parse(lines[1]!) as { speechOnsetSec: number; lengthSec: number };
    expect(second.lengthSec).toBe(3);
    expect(Math.abs(second.speechOnsetSec - 0.6)).toBeLessThan(0.05);
  });

  const bad: [string, () => string, RegExp][] = [
    ['a missing file', () => path.join(dir, 'missing.wav'), /missing\.wav: no such file/],
    [
      'a file that is not a WAV',
      () => write('notes.wav', new TextEncoder().encode('just some text')),
      /Not a WAV file/,
    ],
    [
      'a truncated WAV',
      () =>
        write(
          'cut.wav',
          encodeWav({ bits: 16, channels: [new Array(1000).fill(0.1)] }).subarray(0, 600),
        ),
      /truncated/,
    ],
    [
      'an unsupported encoding',
      () => {
        const b = encodeWav({ bits: 16, channels: [new Array(100).fill(0)] });
        new DataView(b.buffer).setUint16(20, 7, true); // µ-law
        return write('mulaw.wav', b);
      },
      /Unsupported WAV encoding \(format code 7\)/,
    ],
  ];
  for (const [name, make, message] of bad) {
    it(`exits non-zero with a clear message on ${name}`, () => {
      const r = analyze(make());
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    });
  }

  it('still reports the good files when one of several is bad, and exits non-zero', () => {
    const r = analyze('test/fixtures/mic/speech-4s.wav', path.join(dir, 'missing.wav'));
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('prints usage and exits non-zero with no files', () => {
    const r = analyze();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
