// Ground truth for the analysis fixtures, built from how each take was composed and from the clean
// pieces before levelling and noise (run by scripts/make-analysis-fixtures.sh):
//   npx tsx scripts/label-analysis-truth.ts MANIFEST.jsonl OUT.json
// It never calls the analysis engine. Methods:
// - TTS takes: speech onset and end come from the composition (clips trimmed at -55 dBFS); pauses
//   are the inserted silences plus any silence of 250 ms or more inside a clip (1 ms peaks under
//   -50 dBFS); syllables come from the script text (countSyllables below); the opening pace uses
//   word end times measured by speaking every prefix of the sentence and timing it.
// - Real recordings: each clean clip is labelled on its own: 10 ms RMS windows every 2 ms after a
//   100 Hz high-pass; the clip's background is the 10th percentile window level; speech is any
//   window 8 dB or more above it, held for at least 30 ms, in a stretch (100 ms apart) that comes within 25 dB of
//   the clip's loud level (so breaths and clicks are not speech). Syllables come from the transcript when
//   the source has one; the opening pace of real speech is not labelled (no word timings).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mixToMono, parseWav } from '../src/lib/analysis/wav';

interface Sentence {
  text: string;
  startSec: number;
  durSec: number;
  clip: string;
  prefixEndSec: number[];
}
interface Clip {
  source: string;
  text: string;
  startSec: number;
  durSec: number;
  clip: string;
}
interface Entry {
  id: string;
  kind: 'tts' | 'real';
  level: string;
  noise: string;
  snrDb: number;
  leadSec: number;
  lengthSec: number;
  sentences?: Sentence[];
  clips?: Clip[];
  voice?: string;
  engine?: string;
}
interface Span {
  startSec: number;
  endSec: number;
}

/** Ground truth of one fixture, seconds from the start of the file; null where not labelled. */
export interface Truth {
  file: string;
  kind: 'tts' | 'real';
  source: string;
  noise: string;
  snrDb: number;
  level: string;
  lengthSec: number;
  speechOnsetSec: number;
  speechEndSec: number;
  talkTimeSec: number;
  pauses: Span[];
  longestPauseSec: number;
  syllables: number | null;
  paceSyllablesPerSec: number | null;
  openingSyllablesPerSec: number | null;
  slowStart: boolean | null;
  tooQuiet: boolean;
  clipping: boolean;
}

// Words the vowel-group rule gets wrong, with their syllable counts.
const EXCEPTIONS: Record<string, number> = {
  amiable: 4,
  maria: 3,
  priya: 2,
  create: 2,
  quiet: 2,
  being: 2,
  idea: 3,
  business: 2,
  every: 2,
  our: 1,
  hours: 1,
  fire: 1,
  area: 3,
  real: 1,
  react: 2,
  naive: 2,
  analytics: 4,
  logistics: 3,
  managers: 3,
  suggested: 3,
  noticed: 2,
  changed: 1,
  jordan: 2,
  daniel: 2,
  quarter: 2,
  hiring: 2,
  one: 1,
  examples: 3,
  companies: 3,
  selfish: 2,
  disposed: 2,
  hearted: 2,
  prudently: 3,
  leisure: 2,
  married: 2,
  respectable: 4,
  himself: 2,
  hearts: 1,
  spades: 1,
  clubs: 1,
  brightline: 2,
  thursday: 2,
  afternoon: 3,
  renewal: 3,
  project: 2,
  // Held-out sentences (Italian words keep every vowel group; "-e" is not silent).
  morning: 2,
  cedar: 2,
  review: 2,
  fifteen: 2,
  useful: 2,
  meeting: 2,
  meters: 2,
  preventivo: 4,
  vuole: 2,
  e: 1,
  buonasera: 4,
};

/** English syllables in a word: vowel groups, a silent final e, consonant+le, and exceptions. */
export function countSyllables(word: string): number {
  // Russian spelling writes every syllable's vowel: one vowel letter, one syllable.
  const cyrillic = word.toLowerCase().match(/[аеёиоуыэюя]/g);
  if (cyrillic) return cyrillic.length;
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  const known = EXCEPTIONS[w];
  if (known !== undefined) return known;
  let n = (w.match(/[aeiouy]+/g) ?? []).length;
  if (w.length > 2 && w.endsWith('e') && !/[^aeiouy]le$/.test(w) && n > 1) n--;
  if (/[^aeiouy]ed$/.test(w) && !/[td]ed$/.test(w) && n > 1) n--;
  if (/[^aeiouy]es$/.test(w) && !/(ses|zes|ches|shes|ges|ces|xes)$/.test(w) && n > 1) n--;
  return Math.max(1, n);
}

/** Syllables in a text. */
export function textSyllables(text: string, voice?: string): number {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .reduce((sum, w) => sum + wordSyllables(w, voice), 0);
}

// IPA vowels in espeak-ng's output, and the diphthongs it writes as two symbols (one syllable).
const IPA_VOWELS = 'aeiouyɑɐɒæɛɜəɪɔʊʌɚɝɘɵɤɯɨʉøœɶɞᵻ';
const IPA_DIPHTHONGS = new Set(['aɪ', 'aʊ', 'eɪ', 'oʊ', 'ɔɪ', 'oɪ', 'əʊ', 'əu', 'ei', 'ai', 'au']);

/**
 * Syllables of a word as an espeak-ng voice says it: its vowels in the voice's own IPA. Used for
 * espeak voices of other languages, where spelling and the voice disagree (espeak's Italian says
 * "Giulia" as dʒˈulia, three vowels, and "Brightline" as briɡtlˈine); English voices keep the
 * spelling rule, whose exceptions already follow what is said.
 */
function espeakSyllables(word: string, voice: string): number {
  const ipa = execFileSync('espeak-ng', ['-v', voice, '-q', '--ipa', word], { encoding: 'utf8' });
  const s = ipa.replace(/[ˈˌːˑʲ\s]|\u0303/g, ''); // stress, length, palatalisation, nasality
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (!IPA_VOWELS.includes(s[i]!)) continue;
    n++;
    if (IPA_DIPHTHONGS.has(s[i]! + (s[i + 1] ?? ''))) i++;
  }
  return Math.max(1, n);
}

/** Syllables of one word: from the voice's own phonemes for espeak-ng voices of other languages. */
function wordSyllables(word: string, voice?: string): number {
  const espeakOther = voice?.startsWith('espeak:') && !voice.startsWith('espeak:en');
  return espeakOther ? espeakSyllables(word, voice!.slice('espeak:'.length)) : countSyllables(word);
}

function readClip(path: string): { x: Float32Array; rate: number } {
  const pcm = parseWav(readFileSync(path));
  return { x: mixToMono(pcm), rate: pcm.sampleRate };
}

/** Silences of >= 250 ms inside a TTS clip: 1 ms peaks under -50 dBFS. */
function ttsInnerPauses(path: string): Span[] {
  const { x, rate } = readClip(path);
  const hop = Math.round(rate / 1000);
  const quiet: boolean[] = [];
  for (let o = 0; o + hop <= x.length; o += hop) {
    let p = 0;
    for (let i = o; i < o + hop; i++) p = Math.max(p, Math.abs(x[i]!));
    quiet.push(p < 0.00316);
  }
  return runs(quiet, 0.001, 0, 0);
}

/** Runs of `true` at least 250 ms long strictly inside the clip; times in s. */
function runs(flags: boolean[], step: number, startPad: number, endPad: number): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < flags.length && flags[i]) i++;
  let last = flags.length - 1;
  while (last >= 0 && flags[last]) last--;
  while (i <= last) {
    if (!flags[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j <= last && flags[j]) j++;
    const span = { startSec: i * step + startPad, endSec: j * step + endPad };
    if (span.endSec - span.startSec >= 0.25) out.push(span);
    i = j;
  }
  return out;
}

/** Onset, end and inner pauses of a real recording, in s from the clip start. */
function labelReal(path: string): { onset: number; end: number; pauses: Span[] } {
  const { x: raw, rate } = readClip(path);
  const x = Float32Array.from(raw);
  const rc = 1 / (2 * Math.PI * 100);
  const a = rc / (rc + 1 / rate);
  let px = 0;
  let py = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    py = a * (py + xi - px);
    px = xi;
    x[i] = py;
  }
  const win = Math.round(rate * 0.01);
  const hop = Math.round(rate * 0.002);
  const levels: number[] = [];
  for (let o = 0; o + win <= x.length; o += hop) {
    let s = 0;
    for (let i = o; i < o + win; i++) s += x[i]! * x[i]!;
    levels.push(10 * Math.log10(s / win + 1e-12));
  }
  const sorted = [...levels].sort((p, q) => p - q);
  const floor = sorted[Math.floor(0.1 * (sorted.length - 1))]!;
  const thr = floor + 8;
  const hold = 15; // 30 ms of 2 ms hops
  const active = levels.map((l) => l >= thr);
  // Drop active runs shorter than the hold time (clicks, noise bursts).
  for (let i = 0; i < active.length;) {
    if (!active[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < active.length && active[j]) j++;
    if (j - i < hold) for (let k = i; k < j; k++) active[k] = false;
    i = j;
  }
  // Speech must reach a vowel-like level: a stretch (between silences of 100 ms or more) that never
  // comes within 25 dB of the clip's loud level (99th percentile) is a breath or a noise, not speech.
  const loud = sorted[Math.floor(0.99 * (sorted.length - 1))]!;
  const gap = 50; // stretches are apart after 100 ms of silence (2 ms hops)
  for (let i = 0; i < active.length;) {
    if (!active[i]) {
      i++;
      continue;
    }
    let j = i;
    let quietRun = 0;
    let k = i;
    while (k < active.length && quietRun < gap) {
      quietRun = active[k] ? 0 : quietRun + 1;
      if (active[k]) j = k + 1;
      k++;
    }
    let max = -Infinity;
    for (let q = i; q < j; q++) max = Math.max(max, levels[q]!);
    if (max < loud - 25) for (let q = i; q < j; q++) active[q] = false;
    i = j;
  }
  const first = active.indexOf(true);
  const last = active.lastIndexOf(true);
  if (first < 0) throw new Error(`${path}: no speech found while labelling`);
  // A window is active once speech fills part of it; its centre marks the change to within 5 ms.
  const onset = first * 0.002 + 0.005;
  const end = last * 0.002 + 0.005;
  const inner = runs(
    active.slice(first, last + 1).map((v) => !v),
    0.002,
    first * 0.002 + 0.005,
    first * 0.002 + 0.005,
  );
  return { onset, end, pauses: inner };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function truthFor(e: Entry): Truth {
  let onset = 0;
  let end = 0;
  const pauses: Span[] = [];
  let syllables: number | null = 0;
  let opening: number | null = null;
  let source: string;

  if (e.kind === 'tts') {
    const sentences = e.sentences ?? [];
    source = `${e.engine}:${e.voice}`;
    onset = sentences[0]!.startSec;
    const lastS = sentences[sentences.length - 1]!;
    end = lastS.startSec + lastS.durSec;
    sentences.forEach((s, i) => {
      for (const p of ttsInnerPauses(s.clip)) {
        pauses.push({ startSec: s.startSec + p.startSec, endSec: s.startSec + p.endSec });
      }
      const next = sentences[i + 1];
      if (next) pauses.push({ startSec: s.startSec + s.durSec, endSec: next.startSec });
      syllables! += textSyllables(s.text, source);
    });
    // Syllables in the first 3 s after onset, from word end times.
    const windowEnd = onset + 3;
    let inWindow = 0;
    for (const s of sentences) {
      if (s.startSec >= windowEnd) break;
      const words = s.text.split(/\s+/).filter(Boolean);
      const ends = s.prefixEndSec.slice(0, words.length);
      const scale = ends.length ? s.durSec / ends[ends.length - 1]! : 1;
      let prev = s.startSec;
      words.forEach((w, k) => {
        const wEnd = s.startSec + Math.min(s.durSec, (ends[k] ?? s.durSec) * scale);
        const from = Math.max(prev, s.startSec);
        const to = Math.max(wEnd, from);
        const syl = wordSyllables(w, source);
        if (to <= windowEnd) inWindow += syl;
        else if (from < windowEnd) inWindow += (syl * (windowEnd - from)) / (to - from);
        prev = to;
      });
    }
    opening = inWindow / Math.min(3, end - onset);
  } else {
    const clips = e.clips ?? [];
    source = clips.map((c) => c.source).join('+');
    clips.forEach((c, i) => {
      const l = labelReal(c.clip);
      if (i === 0) onset = c.startSec + l.onset;
      if (i > 0) pauses.push({ startSec: end, endSec: c.startSec + l.onset });
      for (const p of l.pauses)
        pauses.push({ startSec: c.startSec + p.startSec, endSec: c.startSec + p.endSec });
      end = c.startSec + l.end;
      if (!c.text) syllables = null;
      else if (syllables !== null) syllables += textSyllables(c.text);
    });
  }
  pauses.sort((p, q) => p.startSec - q.startSec);
  const longest = pauses.reduce((m, p) => Math.max(m, p.endSec - p.startSec), 0);
  const pauseTotal = pauses.reduce((s, p) => s + p.endSec - p.startSec, 0);
  const span = end - onset;
  const slowStart = onset > 1.0 ? true : opening === null ? null : opening < 2.5;
  return {
    file: `${e.id}.wav`,
    kind: e.kind,
    source,
    noise: e.noise,
    snrDb: e.snrDb,
    level: e.level,
    lengthSec: round(e.lengthSec),
    speechOnsetSec: round(onset),
    speechEndSec: round(end),
    talkTimeSec: round(span - pauseTotal),
    pauses: pauses.map((p) => ({ startSec: round(p.startSec), endSec: round(p.endSec) })),
    longestPauseSec: round(longest),
    syllables,
    paceSyllablesPerSec: syllables === null ? null : round(syllables / span),
    openingSyllablesPerSec: opening === null ? null : round(opening),
    slowStart,
    tooQuiet: e.level !== 'clip' && Number(e.level) <= -30,
    clipping: e.level === 'clip',
  };
}

function main(): void {
  const [manifest, out] = process.argv.slice(2);
  if (!manifest || !out) throw new Error('usage: label-analysis-truth.ts MANIFEST.jsonl OUT.json');
  const entries = readFileSync(manifest, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Entry);
  const takes = entries.map(truthFor);
  const doc = {
    '//': 'Ground truth for test/fixtures/analysis, made by scripts/make-analysis-fixtures.sh and scripts/label-analysis-truth.ts (methods described there). Seconds from the start of each file.',
    takes,
  };
  writeFileSync(out, JSON.stringify(doc, null, 1) + '\n');
  console.log(`truth for ${takes.length} takes written to ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
