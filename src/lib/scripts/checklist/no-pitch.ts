/** No pitch: no prices, boasts, feature lists or long explanations of what we sell. */
import type { PhoneMention } from '../phone';
import {
  explanation,
  LIST,
  LISTS_OURS,
  NONE_BETTER,
  OUR_SUPERLATIVE,
  ourFigure,
  SUPERLATIVE,
} from './about-us';
import { check, type Check } from './check';
import { priceTalk } from './price';
import { around, blanked, blankWhere, quote, sentences } from './text';

/** A sentence longer than this reads as an explanation, not a voicemail. */
const LONG_SENTENCE_WORDS = 30;

// Boasts about us, not news about them: "we just won Supplier of the Year", "more about us".
const ABOUT_US =
  /\bwe(?:'ve| have)? (?:just |recently )?(?:won|been named|been voted|been ranked|been awarded|expanded to|grown to)\b|\b(?:tell|show) you (?:a bit |a little |more |all )?about (?:us|our company|what we do)\b/i;

// What the product does, with its name as the subject: "Zephyr reads your delivery notes",
// "Lexa automatically flags risky clauses", "HireLoop is a platform where …". Capitals matter.
const PRODUCT_DOES =
  /\b\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)? (?:(?:automatically|simply|instantly|just) )?(?:reads|flags|tracks|scans|syncs|automates|integrates|plugs into|connects|matches|routes|monitors|pulls|lets you|is an? (?:[\w-]+ ){0,5}(?:platform|app|software|tool|system|service|solution|marketplace))\b/u;

// A long sentence explains too much only when it is about what we do, not chatter or logistics.
const WHAT_WE_DO =
  /\bwe(?:'ve| have)?(?: been)? (?:help|helping|helped|offer|offering|provide|providing|sell|selling|specialis|specializ|work(?:ing)? with)|\bour (?:[\w-]+ )?(?:products?|services?|platform|software|solutions?|system|app|tool|range)\b/i;

// Features said as part of what we sell: "vector control, soft-start and 4G monitoring built in".
const BUILT_IN =
  /[^,.;?!—–]{1,40},\s*[^,.;?!]{1,40}\b(?:and|plus)\b[^,.;?!]{1,40}\b(?:built[- ]in|included as standard|as standard|thrown in|out of the box)\b/i;

// What our product covers, named one after another even without commas: "our motor insurance which
// covers windscreen towing courtesy car and medical" (four or more words before the "and", so "which
// covers you and your family" is no list).
const COVERS_LIST =
  /\b[Oo]ur (?:[\w-]+ ){0,3}?(?:which|that) (?:covers|includes|comes with)(?: (?!and\b)[\w-]+){4,}(?:,)? and [\w-]+/;

// A superlative word that starts a capitalised name is the firm's name, not a boast: "Premier Linen
// & Tent here", "Leading Edge Dental" (kept as long as the word, so quotes still line up).
const SUPERLATIVE_NAME =
  /\b(?:Premier|Leading|Best|Top|Prime|Supreme|Ultimate|Elite)(?=\s+(?:&\s+)?\p{Lu}\p{Ll})/gu;

// What we have rattled off with a catch-all at its end, as a rambling caller says it: "we got some
// new feeder pans and some heaters and such" (two things are a list once "and such" says there is
// more).
const RATTLED_OFF =
  /\b[Ww]e(?:'ve)? (?:got|have|do|sell|stock|carry|offer)\b[^.!?]{0,50}\band\b[^,.;?!]{1,40}\b(?:and such|and stuff|and whatnot|and all that|and so on|and the like|and what have you)\b/;

/** The no-pitch line: the first price, boast, product explanation, feature list or long sentence about us. */
export function noPitchCheck(text: string, numbers: PhoneMention[]): Check {
  const rest = blankWhere(blanked(text, numbers), SUPERLATIVE_NAME, () => true);
  const price = priceTalk(rest);
  if (price)
    return check(
      'noPitch',
      false,
      `Talks price (${quote(rest.slice(price.start, price.end))}): save it for the call.`,
    );
  const figure = ourFigure(rest);
  if (figure)
    return check(
      'noPitch',
      false,
      `Boasts with a figure about you (${quote(around(text, figure.start, figure.end, 2))}): give a result for them instead.`,
    );
  const brag =
    rest.match(SUPERLATIVE) ??
    rest.match(OUR_SUPERLATIVE) ??
    rest.match(NONE_BETTER) ??
    rest.match(ABOUT_US);
  if (brag)
    return check(
      'noPitch',
      false,
      `Sells with ${quote(around(text, brag.index ?? 0, (brag.index ?? 0) + brag[0].length, 2))}: let a result speak instead.`,
    );
  const product = rest.match(PRODUCT_DOES);
  if (product)
    return check(
      'noPitch',
      false,
      `Explains the product (${quote(sentences(rest).find((s) => s.includes(product[0])) ?? product[0])}): leave them curious instead.`,
    );
  const explaining = sentences(rest)
    .map(explanation)
    .find((s) => s !== undefined);
  // (a list with no commas is quoted as itself: its "sentence" may be the whole script)
  // (a list rattled off mid-sentence is quoted as itself, up to its catch-all)
  const rattled = RATTLED_OFF.exec(rest)?.[0];
  const featureList =
    sentences(rest).find((s) => (LISTS_OURS.test(s) && LIST.test(s)) || BUILT_IN.test(s)) ??
    COVERS_LIST.exec(rest)?.[0];
  if ((featureList || rattled) && !explaining)
    return check(
      'noPitch',
      false,
      `Lists what you sell (${featureList ? quote(featureList) : quote(rattled ?? '', 80)}): leave them curious instead.`,
    );
  if (explaining && (LIST.test(explaining) || explaining.split(/\s+/).length > 15))
    return check(
      'noPitch',
      false,
      `Explains the product (${quote(explaining)}): leave them curious instead.`,
    );
  // Only punctuated text has sentences to measure; an unpunctuated script is not one long sentence.
  if (/[.!?]/.test(rest.trim().slice(0, -1))) {
    // A dash or semicolon ends a clause: "… in the first month — we can …" is two.
    const clauses = sentences(rest).flatMap((s) => s.split(/\s[—–-]\s|;\s/));
    const long = clauses.find(
      (s) => s.split(/\s+/).length > LONG_SENTENCE_WORDS && WHAT_WE_DO.test(s),
    );
    if (long) {
      const n = long.split(/\s+/).length;
      return check(
        'noPitch',
        false,
        `A ${n}-word sentence (${quote(long, 32)}) explains too much: cut it down.`,
      );
    }
  }
  return check('noPitch', true, 'No prices, boasts, feature lists or long explanations.');
}
