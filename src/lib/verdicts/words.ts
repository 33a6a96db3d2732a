/**
 * The one place verdicts become words: slow-start reasons, the flags under a take, the next step,
 * and why a drill take was not clean. Everything else passes data ({kind, value, limit}).
 */
import { wpmOf } from '../analysis';
import type { SlowStartReason, TakeAnalysis, TakeMeasures } from '../analysis/types';
import type { TakeProblem, TakeVerdict } from '../drills/clean';
import type { NextStep } from './next-step';

/** Seconds in words: one decimal under 10 s ("4.2 s"), whole seconds above ("33 s"). */
export function formatSeconds(sec: number): string {
  // A no-break space keeps the number and its unit on one line.
  return sec < 10 ? `${sec.toFixed(1)}\u00a0s` : `${Math.round(sec)}\u00a0s`;
}

/** A pace as reps and trainers say it, "152 wpm", from syllables/s. */
export function paceText(syllablesPerSec: number): string {
  return `${Math.round(wpmOf(syllablesPerSec))} wpm`;
}

/** A threshold as the rep typed it: "2.5", "1.0", "2.25". */
function limitText(n: number): string {
  return Number.isInteger(n) ? n.toFixed(1) : String(Math.round(n * 100) / 100);
}

/**
 * A slow-start reason with its number, and the threshold in brackets unless `withLimit` is false:
 * "1.6 s of dead air before you spoke (over 1.0 s)", "opening pace 2.1 syllables/s (under 2.5)".
 */
export function slowStartReasonText(r: SlowStartReason, withLimit = true): string {
  if (r.kind === 'deadAir') {
    const text = `${r.value.toFixed(1)} s of dead air before you spoke`;
    return withLimit ? `${text} (over ${limitText(r.limit)} s)` : text;
  }
  const text = `opening pace ${r.value.toFixed(1)} syllables/s`;
  return withLimit ? `${text} (under ${limitText(r.limit)})` : text;
}

/** Which syllable count the pace shows: the drilled script's, or the estimate from the sound. */
export function syllableSourceText(m: TakeMeasures): string {
  return m.syllableSource === 'script'
    ? `${m.syllables} syllables from the script`
    : 'syllables estimated from the sound';
}

/** Why the take's numbers are withheld, in a sentence; null when they are shown. */
export function withheldText(a: TakeAnalysis): string | null {
  const f = a.flags;
  if (f.noSpeech) return 'No speech was found in this take.';
  if (f.talkersNearby) {
    return 'People talking nearby: your voice could not be told apart from the voices around you, so dead air, pauses and pace can’t be measured. Record again somewhere quieter.';
  }
  if (f.tooNoisy) {
    return `Too noisy to measure: your voice is only ${a.snrDb.toFixed(0)} dB above the background. Move somewhere quieter or closer to the microphone; the numbers would not be trustworthy.`;
  }
  return null;
}

/** The flags under a take, one line each: slow-start reasons, too quiet, clipping. */
export function flagLines(a: TakeAnalysis): string[] {
  const f = a.flags;
  const lines = f.slowStartReasons.map((r) => `Slow start: ${slowStartReasonText(r)}`);
  if (f.tooQuiet) {
    lines.push(`Too quiet: speech at ${a.speechRmsDbfs.toFixed(0)} dBFS — move closer or speak up`);
  }
  if (f.clipping) {
    lines.push(
      `Clipping: ${(a.clippingFraction * 100).toFixed(2)} % of samples at full scale — back off the microphone`,
    );
  }
  return lines;
}

/** The next step in words ("1.6 s of dead air — start right after the beep"). */
export function nextStepText(step: NextStep): string {
  switch (step.kind) {
    case 'noSpeech':
      return 'No speech found — check the microphone is on and record again';
    case 'talkersNearby':
      return 'People talking nearby — dead air can’t be measured; find a quieter spot and record again';
    case 'tooNoisy':
      return `Too noisy to measure (speech only ${Math.round(step.value)} dB over the background) — find a quieter spot and record again`;
    case 'clipping': {
      const pct = step.value * 100;
      return `Clipping on ${pct < 0.1 ? pct.toFixed(2) : pct.toFixed(1)} % of the take — move back from the mic or turn the input down`;
    }
    case 'tooQuiet':
      return `Too quiet (speech at ${Math.round(step.value)} dBFS) — move closer to the mic or speak up`;
    case 'deadAir':
      return `${step.value.toFixed(1)} s of dead air — start right after the beep`;
    case 'openingPace':
      return `Opening pace ${step.value.toFixed(1)} syllables/s — open with your hook and keep it moving`;
    case 'long':
      return `${bandGap(step.value - step.limit)} long — cut a sentence`;
    case 'short':
      return `${bandGap(step.limit - step.value)} short — add a detail they care about`;
    case 'inBand':
      return 'In band, strong start — again to make it smooth';
  }
}

function bandGap(s: number): string {
  return s >= 10 ? `${Math.round(s)} s` : `${s.toFixed(1)} s`;
}

/** One drill problem in words, to follow "Take 4 …": "was long (33 s)", "clipped". */
export function takeProblemText(p: TakeProblem): string {
  switch (p.kind) {
    case 'unanalysed':
      return 'could not be analysed';
    case 'long':
    case 'short':
      return `was ${p.kind} (${formatSeconds(p.value)})`;
    case 'noSpeech':
      return 'had no speech';
    case 'slowStart': {
      // The drill line keeps just the measures, not the thresholds.
      const detail = p.reasons.map((r) => slowStartReasonText(r, false)).join('; ');
      return detail ? `started slowly (${detail})` : 'started slowly';
    }
    case 'clipping':
      return 'clipped';
    case 'tooQuiet':
      return 'was too quiet';
  }
}

/** "was long (33 s) and clipped": a drill take's problems as one phrase ("was clean" if none). */
export function problemsText(problems: readonly TakeProblem[]): string {
  const list = problems.map(takeProblemText);
  return list.length <= 1
    ? (list[0] ?? 'was clean')
    : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** "Take 4 was long (33 s) and clipped": a drill take's problems as one sentence. */
export function describeProblems(verdict: TakeVerdict): string {
  return `Take ${verdict.number} ${problemsText(verdict.problems)}`;
}
