// Measures the analysis against the ground truth of test/fixtures/analysis and prints every
// accuracy target with PASS/MISS, beside the same figures for Praat when it is installed:
//   npm run accuracy            (add -- --no-praat to skip Praat, -- --takes to list every take)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeTake } from '../src/lib/analysis/index';
import { mixToMono, parseWav } from '../src/lib/analysis/wav';
import { analyzeFile } from './analyze';
import type { Truth } from './label-analysis-truth';

export const FIXTURES = path.resolve('test/fixtures/analysis');
const PRAAT_SCRIPT = path.resolve('scripts/praat/syllable-nuclei.praat');

/** One fixture's ground truth, as scripts/label-analysis-truth.ts writes it to truth.json. */
export type TruthTake = Truth;

/** What an analyser reports for one take; flags are absent for Praat. */
export interface Reading {
  speechOnsetSec: number | null;
  speechEndSec: number | null;
  talkTimeSec: number;
  longestPauseSec: number;
  syllables: number;
  paceSyllablesPerSec: number;
  openingSyllablesPerSec: number;
  flags?: { slowStart: boolean; tooQuiet: boolean; clipping: boolean; tooNoisy: boolean };
}

export interface TargetResult {
  name: string;
  /** Reported beside the targets but not one of them (always "pass"). */
  informational?: boolean;
  /** The measured figure in words, e.g. "97 % (29/30)". */
  figure: string;
  pass: boolean;
}

/** The committed ground truth. */
export function loadTruth(): TruthTake[] {
  return (
    JSON.parse(readFileSync(path.join(FIXTURES, 'truth.json'), 'utf8')) as { takes: TruthTake[] }
  ).takes;
}

/** Our analyser's reading of one fixture. */
export function ours(t: TruthTake): Reading {
  return analyzeFile(path.join(FIXTURES, t.file));
}

const pct = (k: number, n: number): string => `${n ? Math.round((100 * k) / n) : 0} % (${k}/${n})`;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
function pearson(a: number[], b: number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** Every accuracy target evaluated for one analyser over the fixtures. */
export function evaluate(truth: TruthTake[], read: (t: TruthTake) => Reading): TargetResult[] {
  const readings = new Map(truth.map((t) => [t, read(t)] as const));
  const r = (t: TruthTake): Reading => readings.get(t)!;
  const clean = truth.filter((t) => t.snrDb >= 20);
  const noisy = truth.filter((t) => t.snrDb >= 10 && t.snrDb < 20);
  const hasFlags = truth.every((t) => r(t).flags);
  const out: TargetResult[] = [];
  const add = (name: string, figure: string, pass: boolean): void =>
    void out.push({ name, figure, pass });

  const onsetErr = clean.map((t) => Math.abs((r(t).speechOnsetSec ?? Infinity) - t.speechOnsetSec));
  const onsetOk = onsetErr.filter((e) => e <= 0.1).length;
  add(
    'onset within ±100 ms on ≥ 95 % (SNR ≥ 20 dB)',
    pct(onsetOk, clean.length),
    onsetOk >= 0.95 * clean.length,
  );
  const onsetMed = median(onsetErr) * 1000;
  add('onset median error ≤ 30 ms', `${onsetMed.toFixed(0)} ms`, onsetMed <= 30);

  const endOk = clean.filter(
    (t) => Math.abs((r(t).speechEndSec ?? Infinity) - t.speechEndSec) <= 0.25,
  ).length;
  add(
    'speech end within ±250 ms on ≥ 95 %',
    pct(endOk, clean.length),
    endOk >= 0.95 * clean.length,
  );

  const pauseOk = clean.filter(
    (t) => Math.abs(r(t).longestPauseSec - t.longestPauseSec) <= 0.15,
  ).length;
  add(
    'longest pause within ±150 ms on ≥ 85 %',
    pct(pauseOk, clean.length),
    pauseOk >= 0.85 * clean.length,
  );

  const talkErr = clean.map((t) => Math.abs(r(t).talkTimeSec - t.talkTimeSec) / t.talkTimeSec);
  const talkMed = median(talkErr) * 100;
  add('talk time within ±5 % (median)', `${talkMed.toFixed(1)} %`, talkMed <= 5);

  const counted = clean.filter(
    (t) => t.syllables !== null && t.speechEndSec - t.speechOnsetSec >= 8,
  );
  const sylErr = counted.map((t) => Math.abs(r(t).syllables - t.syllables!) / t.syllables!);
  const sylMean = mean(sylErr) * 100;
  add(
    `syllables on takes ≥ 8 s: mean abs error ≤ 6 % (${counted.length} takes)`,
    `${sylMean.toFixed(1)} %`,
    sylMean <= 6,
  );
  const rated = clean.filter((t) => t.paceSyllablesPerSec !== null);
  const rTruth = rated.map((t) => t.paceSyllablesPerSec!);
  const corr = pearson(
    rTruth,
    rated.map((t) => r(t).paceSyllablesPerSec),
  );
  const lo = Math.min(...rTruth).toFixed(1);
  const hi = Math.max(...rTruth).toFixed(1);
  add(
    `pace correlation r ≥ 0.95 (${rated.length} takes, ${lo}–${hi} syll/s)`,
    corr.toFixed(3),
    corr >= 0.95,
  );

  const opened = clean.filter((t) => t.openingSyllablesPerSec !== null);
  const openOk = opened.filter(
    (t) =>
      Math.abs(r(t).openingSyllablesPerSec - t.openingSyllablesPerSec!) <=
      0.15 * t.openingSyllablesPerSec!,
  ).length;
  add(
    'opening pace within ±15 % on ≥ 85 %',
    pct(openOk, opened.length),
    openOk >= 0.85 * opened.length,
  );

  // Praat has no flags of its own: its slow start is judged from its onset and opening pace with
  // the same default thresholds (1.0 s of dead air, 2.5 syllables/s).
  const slow = (m: Reading): boolean =>
    m.flags ? m.flags.slowStart : (m.speechOnsetSec ?? 0) > 1.0 || m.openingSyllablesPerSec < 2.5;
  const labelled = clean.filter((t) => t.slowStart !== null);
  const agree = labelled.filter((t) => slow(r(t)) === t.slowStart).length;
  add(
    'slow-start flag agrees with labels on ≥ 95 %',
    pct(agree, labelled.length),
    agree >= 0.95 * labelled.length,
  );
  if (hasFlags) {
    const clippedOk = truth.filter((t) => t.clipping && r(t).flags!.clipping).length;
    const clippedN = truth.filter((t) => t.clipping).length;
    const falseClip = truth.filter((t) => !t.clipping && r(t).flags!.clipping).length;
    add(
      'clipping flagged on every clipped take and no clean one',
      `${clippedOk}/${clippedN} flagged, ${falseClip} false`,
      clippedOk === clippedN && falseClip === 0,
    );
    const quietOk = truth.filter((t) => t.tooQuiet && r(t).flags!.tooQuiet).length;
    const quietN = truth.filter((t) => t.tooQuiet).length;
    const falseQuiet = truth.filter((t) => !t.tooQuiet && r(t).flags!.tooQuiet).length;
    add(
      'too quiet on every take 30 dB down',
      `${quietOk}/${quietN} flagged, ${falseQuiet} false`,
      quietOk === quietN && falseQuiet === 0,
    );
    const falseNoisy = clean.filter((t) => r(t).flags!.tooNoisy).length;
    add('too noisy never raised at SNR ≥ 20 dB', `${falseNoisy} raised`, falseNoisy === 0);
  }
  // At 10–15 dB: each take is either flagged too noisy or still right.
  const verdicts = (ok: (t: TruthTake, m: Reading) => boolean): [number, number, number] => {
    let flagged = 0;
    let right = 0;
    for (const t of noisy) {
      const m = r(t);
      if (m.flags?.tooNoisy) flagged++;
      else if (ok(t, m)) right++;
    }
    return [right, flagged, noisy.length - flagged - right];
  };
  const [right, flagged, wrong] = verdicts(
    (t, m) => Math.abs((m.speechOnsetSec ?? Infinity) - t.speechOnsetSec) <= 0.1,
  );
  add(
    '10–15 dB SNR: onset right (±100 ms) or flagged too noisy',
    `${right} right, ${flagged} flagged, ${wrong} wrong`,
    wrong === 0,
  );
  const [endRight, endFlagged, endWrong] = verdicts(
    (t, m) => Math.abs((m.speechEndSec ?? Infinity) - t.speechEndSec) <= 0.25,
  );
  out.push({
    name: '(extra) 10–15 dB SNR: speech end right (±250 ms) or flagged',
    figure: `${endRight} right, ${endFlagged} flagged, ${endWrong} wrong`,
    pass: true,
    informational: true,
  });
  return out;
}

/** A take with noise mixed in at run time, and its samples. */
export interface NoisyVariant {
  truth: TruthTake;
  samples: Float32Array;
  sampleRate: number;
}

/**
 * Every clean, normally levelled fixture again with seeded white and pink noise at each SNR
 * (dB under the RMS of its speech, measured over the labelled speech), so the noisy conditions
 * are tested on every voice rather than on a few stored takes.
 */
export function noisyVariants(truth: TruthTake[], snrs = [20, 15, 12, 10]): NoisyVariant[] {
  const out: NoisyVariant[] = [];
  for (const t of truth) {
    if (t.snrDb < 45 || t.level === 'clip' || t.tooQuiet) continue;
    const pcm = parseWav(readFileSync(path.join(FIXTURES, t.file)));
    const clean = mixToMono(pcm);
    const rate = pcm.sampleRate;
    let sum = 0;
    let count = 0;
    const inPause = (sec: number): boolean =>
      t.pauses.some((p) => sec >= p.startSec && sec < p.endSec);
    for (let i = Math.round(t.speechOnsetSec * rate); i < Math.round(t.speechEndSec * rate); i++) {
      if (inPause(i / rate)) continue;
      sum += clean[i]! * clean[i]!;
      count++;
    }
    const speechRms = Math.sqrt(sum / Math.max(1, count));
    for (const kind of ['white', 'pink'] as const) {
      for (const snr of snrs) {
        const noise = makeNoise(clean.length, kind, hash(`${t.file}${kind}${snr}`));
        const gain = speechRms / Math.pow(10, snr / 20) / rms(noise);
        const samples = new Float32Array(clean.length);
        for (let i = 0; i < clean.length; i++) samples[i] = clean[i]! + gain * noise[i]!;
        out.push({
          truth: { ...t, file: `${t.file}+${kind}${snr}`, noise: kind, snrDb: snr },
          samples,
          sampleRate: rate,
        });
      }
    }
  }
  return out;
}

function makeNoise(n: number, kind: 'white' | 'pink', seed: number): Float32Array {
  let a = seed >>> 0;
  const random = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
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
    // Paul Kellet's three-pole approximation of a -3 dB/octave slope.
    b0 = 0.99765 * b0 + w * 0.099046;
    b1 = 0.963 * b1 + w * 0.2965164;
    b2 = 0.57 * b2 + w * 1.0526913;
    out[i] = b0 + b1 + b2 + w * 0.1848;
  }
  return out;
}

function rms(x: Float32Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]! * x[i]!;
  return Math.sqrt(s / Math.max(1, x.length));
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Praat's reading of one fixture through scripts/praat/syllable-nuclei.praat. */
export function praat(t: TruthTake): Reading {
  const text = execFileSync('praat', ['--run', PRAAT_SCRIPT, path.join(FIXTURES, t.file)], {
    encoding: 'utf8',
  });
  const v = JSON.parse(text.trim()) as Record<string, number>;
  const onset = v.speechOnsetSec! >= 0 ? v.speechOnsetSec! : null;
  return {
    speechOnsetSec: onset,
    speechEndSec: onset === null ? null : v.speechEndSec!,
    talkTimeSec: v.talkTimeSec!,
    longestPauseSec: v.longestPauseSec!,
    syllables: v.syllables!,
    paceSyllablesPerSec: v.paceSyllablesPerSec!,
    openingSyllablesPerSec: v.openingSyllablesPerSec!,
  };
}

function main(argv: string[]): number {
  const truth = loadTruth();
  const usePraat = !argv.includes('--no-praat') && existsSync(PRAAT_SCRIPT) && hasPraat();
  if (argv.includes('--takes')) {
    for (const t of truth) {
      const m = ours(t);
      const f = (n: number | null | undefined): string =>
        n === null || n === undefined ? '   -  ' : n.toFixed(2).padStart(6);
      console.log(
        `${t.file.padEnd(9)} snr ${String(t.snrDb).padStart(2)} onset ${f(t.speechOnsetSec)} ${f(m.speechOnsetSec)}  end ${f(t.speechEndSec)} ${f(m.speechEndSec)}  pause ${f(t.longestPauseSec)} ${f(m.longestPauseSec)}  talk ${f(t.talkTimeSec)} ${f(m.talkTimeSec)}  syl ${f(t.syllables)} ${f(m.syllables)}  open ${f(t.openingSyllablesPerSec)} ${f(m.openingSyllablesPerSec)}  ${m.flags?.tooNoisy ? 'NOISY' : ''}${m.flags?.slowStart ? ' slow' : ''}`,
      );
    }
  }
  const mine = evaluate(truth, ours);
  const theirs = usePraat ? evaluate(truth, praat) : null;
  console.log(`Accuracy on ${truth.length} takes in ${path.relative(process.cwd(), FIXTURES)}`);
  console.log(
    `${'target'.padEnd(66)} ${'Afterbeep'.padEnd(28)}${theirs ? ' Praat (de Jong & Wempe style)' : ''}`,
  );
  const verdict = (m: TargetResult): string => (m.informational ? '' : m.pass ? ' PASS' : ' MISS');
  for (const m of mine) {
    const p = theirs?.find((x) => x.name === m.name);
    const praatCol = theirs ? (p ? `${p.figure}${verdict(p)}` : 'n/a (no flags)') : '';
    console.log(`${m.name.padEnd(66)} ${`${m.figure}${verdict(m)}`.padEnd(30)} ${praatCol}`);
  }
  const variants = noisyVariants(truth);
  const byTruth = new Map(variants.map((v) => [v.truth, v] as const));
  const noisyResults = evaluate(
    variants.map((v) => v.truth),
    (t) => {
      const v = byTruth.get(t)!;
      return analyzeTake(v.samples, v.sampleRate);
    },
  );
  console.log(
    `\nThe same targets on ${variants.length} variants made at run time: every clean take with seeded white and pink noise at 20, 15, 12 and 10 dB SNR`,
  );
  for (const m of noisyResults) console.log(`${m.name.padEnd(66)} ${m.figure}${verdict(m)}`);
  return mine.every((m) => m.pass) ? 0 : 1;
}

function hasPraat(): boolean {
  try {
    execFileSync('praat', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
