/**
 * The structure checklist for a voicemail script, drawn from the sales advice: each check is met
 * or not met with a one-line reason. Heuristics on the text only; pure, no DOM.
 */
import type { TargetBand } from '../../band';
import { findPhoneNumbers } from '../phone';
import { estimateReadTime } from '../read-time';
import { findSelfIntros, openingIntro } from '../self-intro';
import { callbackCheck, repeatedCheck } from './callback';
import type { Check } from './check';
import { contextCheck } from './context';
import { hookCheck } from './hook';
import { nextStepCheck } from './next-step';
import { noPitchCheck } from './no-pitch';
import { openerCheck } from './opener';
import { readTimeCheck } from './read-time';

export { CHECK_LABELS, type Check, type CheckId } from './check';
export { readTimeCheck } from './read-time';

/** Every check for a script's text, in reading order; pace in syllables/s (null before any takes). */
export function checkScript(text: string, band: TargetBand, pace: number | null): Check[] {
  const normal = text.replace(/[’‘]/g, "'").trim();
  const numbers = findPhoneNumbers(normal);
  const intros = findSelfIntros(normal, numbers);
  return [
    openerCheck(normal, openingIntro(normal, intros)),
    callbackCheck(normal, intros, numbers),
    repeatedCheck(normal, numbers),
    contextCheck(normal),
    hookCheck(normal, numbers, intros),
    nextStepCheck(normal),
    noPitchCheck(normal, numbers),
    readTimeCheck(estimateReadTime(normal, band, pace), band),
  ];
}
