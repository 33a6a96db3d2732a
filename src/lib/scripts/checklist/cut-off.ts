/** A script that ends cut off at the important part (the "Elijah method"): curiosity as the hook. */
import type { PhoneMention } from '../phone';
import { around } from './text';
import { SIGN_OFF } from './words';

// A clause broken off at the important part before the ask: "and the reason is — call me, …".
// (any word that cannot end a clause: a verb "is", an article, a preposition, a possessive such as
// "about to lose its— oh sorry, …")
const BROKEN_OFF =
  /\b(?:is|was|are|were|be|the|a|an|to|of|for|with|by|from|in|on|at|that|because|and|but|your|its|their|his|her|my|our)\s*(?:…|\.\.\.|—|–)(?=\s)/i;
const SIGNATURE =
  /(?:[.!?]\s+|\s[—–-]\s*)(?:(?:(?:[Tt]alk|[Ss]peak|[Cc]hat) soon|[Cc]heers|[Tt]hanks|[Rr]egards|[Bb]est|[Ll]ove|[Tt]a),?\s+)?\p{Lu}\p{Ll}+(?:,\s*(?:\p{Lu}[\p{L}&'-]*\s*){1,4})?(?:\s+x+)?$/u;
const TRAILS_OFF = /\b(?:um+|uh+|er|erm|anyway|like|you know|so|yeah)[\s,.…—–-]*$/i;

/** How the script ends, if it ends cut off at the important part (the "Elijah method"). */
export function cutOff(text: string, numbers: PhoneMention[]): string | null {
  const end = text.trimEnd();
  const last = numbers.at(-1);
  // (a sign-off after the number is no more words: "… 0151 496 0914 xx")
  const tail = end.slice(last ? last.end : 0).replace(SIGN_OFF, '');
  if (!/[\p{L}]/u.test(tail)) {
    const broken = BROKEN_OFF.exec(end);
    return broken ? around(end, broken.index, broken.index + broken[0].length) : null;
  }
  // Trailing off in a filler ("talk about, uh", "anyway…") is losing the thread, not a cut-off.
  if (TRAILS_OFF.test(end)) return null;
  // Signing off with a name is no cut-off: "Speak soon, Chloe x", "— Andrea, LevelUp Learning".
  if (SIGNATURE.test(end)) return null;
  // Nor is a closing courtesy as the last words: "… im at 646 555 0102. all the best".
  const lastSentence = end.split(/(?<=[.!?])\s+/).at(-1) ?? end;
  if (!/\p{L}/u.test(lastSentence.replace(SIGN_OFF, ''))) return null;
  if (/(?:…|\.\.\.|—|–|\s-)$/.test(end)) return end.split(/(?<=[.!?])\s+/).at(-1) ?? end;
  // Unpunctuated to the end while the rest is punctuated: it stopped mid-sentence. (A message of one
  // long sentence, held together by commas and dashes after the number, stops mid-sentence the same
  // way: "…, 6555 0192, about the notice in your lobby — if it isn't replaced by the thirtie"; not
  // "Jo at Axle — call me on 0161 … when you can".)
  if (/\p{L}$/u.test(end) && (/[.!?]\s/.test(end) || /[,;]\s[^]*\s[—–]\s/.test(tail)))
    return end.split(/(?<=[.!?])\s+/).at(-1) ?? end;
  return null;
}
