// Speed of the take analysis on a 30 s take at 48 kHz, against one plain pass over the same
// samples (sum of squares), both timed in the same run: npx tsx bench/analysis.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeTake } from '../src/lib/analysis/index';
import { mixToMono, parseWav } from '../src/lib/analysis/wav';
import { median } from './median';

export interface AnalysisBench {
  /** Median analysis time for the 30 s take, ms. */
  analysisMs: number;
  /** Median time of one plain sum-of-squares pass over the same samples, ms. */
  plainPassMs: number;
  /** analysisMs / plainPassMs. */
  ratio: number;
  runs: number;
}

/** A 30 s, 48 kHz take made by repeating the 10 s speech fixture. */
function thirtySecondTake(): Float32Array {
  const file = path.resolve('test/fixtures/mic/speech-10s.wav');
  const pcm = parseWav(readFileSync(file));
  const speech = mixToMono(pcm);
  if (pcm.sampleRate !== 48000)
    throw new Error(`${file}: expected 48 kHz, got ${pcm.sampleRate} Hz`);
  const out = new Float32Array(48000 * 30);
  for (let o = 0; o < out.length; o += speech.length)
    out.set(speech.subarray(0, out.length - o), o);
  return out;
}

function sumOfSquares(x: Float32Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]! * x[i]!;
  return s;
}

/** Runs the benchmark, prints the figures and returns them. */
export function run(runs = 31, warmup = 5): AnalysisBench {
  const take = thirtySecondTake();
  let sink = 0;
  for (let i = 0; i < warmup; i++) {
    sink += analyzeTake(take, 48000).syllables;
    sink += sumOfSquares(take);
  }
  const analysis: number[] = [];
  const plain: number[] = [];
  // Interleave the two so load from other processes hits both alike.
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    sink += analyzeTake(take, 48000).syllables;
    analysis.push(performance.now() - t);
    t = performance.now();
    sink += sumOfSquares(take);
    plain.push(performance.now() - t);
  }
  const result: AnalysisBench = {
    analysisMs: median(analysis),
    plainPassMs: median(plain),
    ratio: median(analysis) / median(plain),
    runs,
  };
  console.log(
    `analysis of a 30 s take at 48 kHz: median ${result.analysisMs.toFixed(2)} ms over ${runs} runs ` +
      `(plain sum-of-squares pass ${result.plainPassMs.toFixed(2)} ms; ratio ${result.ratio.toFixed(1)}×)` +
      (sink === -1 ? '' : ''),
  );
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) run();
