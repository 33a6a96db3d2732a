/**
 * What the prompter shows: the text split into words with the key words marked, how far to fade
 * it across a drill, and how far to scroll at the rep's pace. Pure: no DOM.
 */
import { textSyllables } from './syllables';

/** One word of the script as the prompter lays it out. */
export interface PromptWord {
  text: string;
  /** Kept when the prompter fades to key words: names, numbers and content words. */
  key: boolean;
  /** Syllables before this word, for scrolling in step with the rep. */
  syllablesBefore: number;
}

/** Full text, key words only, or blank. */
export type FadeStage = 'full' | 'key words' | 'blank';

const FUNCTION_WORDS = new Set(
  `a an the and or but so if then than that this these those to of in on at by for from with about
  as into onto over under up down out off is are was were be been being am do does did have has had
  i i'm i'll i've i'd me my we we're we'll our you you're your yours he she it it's its they their
  them his her what which who whom whose when where why how all any some just also very really
  can could would should will shall may might must not no yes there here hi hello hey again
  wanted want going get got let let's know like well quick quickly`.split(/\s+/),
);

/** Whether a word carries the message (kept when the text fades to key words). */
export function isKeyWord(word: string): boolean {
  const bare = word.replace(/^[^\p{L}\p{N}[{]+|[^\p{L}\p{N}\]}]+$/gu, '');
  if (bare.length === 0) return false;
  if (/\d/.test(bare) || /^[[{]/.test(bare)) return true;
  if (FUNCTION_WORDS.has(bare.toLowerCase().replace(/’/g, "'"))) return false;
  return bare.length > 3 || /^[A-Z]/.test(bare);
}

/** The script's paragraphs, each a list of words. */
export function promptWords(text: string): PromptWord[][] {
  let syllables = 0;
  return text
    .split(/\n\s*\n|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) =>
      line.split(/\s+/).map((word) => {
        const w = { text: word, key: isKeyWord(word), syllablesBefore: syllables };
        syllables += textSyllables(word);
        return w;
      }),
    );
}

/**
 * How much of the text to show for the next take of a drill: the full text until a clean take,
 * key words while the streak grows, blank for the last take before smooth. A broken streak
 * brings the words back.
 */
export function fadeStage(streak: number, needed: number): FadeStage {
  if (streak <= 0) return 'full';
  if (streak < Math.max(1, needed - 1)) return 'key words';
  return 'blank';
}

/** Syllables said after `elapsedSec` at `pace` syllables/s, starting after a short breath. */
export function syllablesSpoken(elapsedSec: number, pace: number, leadSec = 0.5): number {
  return Math.max(0, (elapsedSec - leadSec) * pace);
}
