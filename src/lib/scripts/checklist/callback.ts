/** Callback and repeated: who you are with a number to call back, said twice or last. */
import type { PhoneMention } from '../phone';
import type { SelfIntro } from '../self-intro';
import { wordCount } from '../syllables';
import { check, type Check } from './check';
import { quote, spoken } from './text';
import { SIGN_OFF } from './words';

/** Words after the last number that still count as "the number is at the end" ("thanks", "call me"). */
const END_SLACK_WORDS = 4;
/**
 * Words after the last number, courtesies included, that bury it however polite they are: "Thank
 * you sir, have a nice day.", "at your earliest convenience. Thank you." (sets 7 and 8); the
 * five-word "Thank you and God bless." still leaves it last (sets 2 to 4).
 */
const LONG_GOODBYE_WORDS = 6;
/** Fewest digits of a number without its country code or leading 0 for two writings to be matched. */
const MIN_NATIONAL_DIGITS = 8;

/** The callback line: a name of who is calling and a number to call back. */
export function callbackCheck(text: string, intros: SelfIntro[], numbers: PhoneMention[]): Check {
  const first = numbers[0];
  const person = intros.find((i) => i.person)?.person;
  const company = intros.find((i) => !i.person);
  if (person && first)
    return check(
      'callback',
      true,
      `You say who you are (${person}) and a number, ${spoken(text, first)}.`,
    );
  if (first && company)
    return check(
      'callback',
      false,
      `There is a number, ${spoken(text, first)}, but only a company (${quote(company.words)}) and no name: say who is calling.`,
    );
  if (first)
    return check(
      'callback',
      false,
      `There is a number, ${spoken(text, first)}, but no name: say who is calling.`,
    );
  if (person)
    return check('callback', false, `You say who you are (${person}) but no number to call back.`);
  return check('callback', false, 'No name and no callback number: say both.');
}

/** The same number, even when once written with its country code: "+61 2 9876 5432", "02 9876 5432". */
function sameNumber(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = [a.replace(/^0/, ''), b.replace(/^0/, '')].sort(
    (x, y) => x.length - y.length,
  );
  return (
    short!.length >= MIN_NATIONAL_DIGITS &&
    long!.length - short!.length <= 3 &&
    long!.endsWith(short!)
  );
}

// After the number, a phrase may finish its sentence ("to order", "when you can"), but a new
// clause ("…, any time after ten", "… and quote SUMMER") is more to remember after it.
// (an extension is part of the number: "…, ext. 12")
// (nor is a short ask after a comma: "…, text me", "…, give us a bell")
// (nor another way to use the same number: "…, or just text it", "… or WhatsApp me")
const NEW_CLAUSE =
  /^(?![\s,]*or (?:just |simply )?(?:text|whatsapp|message|sms) (?:it|me|us)\b)\s*(?:,(?!\s*(?:ext\.?|extension|x)\s*\d)(?!\s*(?:(?:call|ring|text|phone|buzz|email) (?:me|us)|give (?:me|us) a (?:call|ring|shout|bell|buzz))\b)\s*\S|(?:and|or)\s)/i;

// Up to three words after a comma still leave the number last, when they say how to use it rather
// than add something to remember: "…, ask for Sam", "…, call or WhatsApp" (not another way to reach
// us, "…, or anna@robotix.pl", nor a new errand, "… and quote SUMMER").
const SHORT_TAIL = /^\s*,\s*(?!(?:and|or)\b)(?:[^\s@]+\s+){0,2}[^\s@]+[\s.!]*$/i;

// An extension is part of the number, however it is asked for: "…, ext. 214", "… and ask for
// extension 42" (blind set 8).
const EXTENSION = /^\s*,?\s*(?:and\s+)?(?:ask for\s+)?(?:ext\.?|extension|x)\s*\d+/i;

/** The repeated line: the number said twice, or last so it is fresh. */
export function repeatedCheck(text: string, numbers: PhoneMention[]): Check {
  const last = numbers.at(-1);
  if (!last) return check('repeated', false, 'No callback number yet.');
  // Any number said twice will do, not only the last one: "my direct line …, that's …, or the
  // office on … if I'm out" (blind set 8: with two numbers, one of them repeated or last).
  // (quoting its last mention, as the rep will say it last)
  for (const n of [...numbers].reverse()) {
    const said = numbers.filter((m) => sameNumber(m.digits, n.digits)).length;
    if (said >= 2) return check('repeated', true, `${spoken(text, n)} is said ${said} times.`);
  }
  const digits = spoken(text, last);
  // (a hesitation trailing off after it adds nothing to remember: "… 720 555 0121 or um…")
  const tail = text
    .slice(last.end)
    .replace(EXTENSION, '')
    .replace(/(?:[\s,]*(?:or|and|so)?\s*(?:um+|uh+|erm|er)\b)+[\s.,…—–-]*$/i, '');
  const after = tail.replace(SIGN_OFF, '');
  const wordsAfter = wordCount(after);
  const allAfter = wordCount(tail);
  if (
    allAfter < LONG_GOODBYE_WORDS &&
    wordsAfter <= END_SLACK_WORDS &&
    (SHORT_TAIL.test(after) || !NEW_CLAUSE.test(after))
  )
    return check(
      'repeated',
      true,
      `${digits} comes last, so it is fresh when they reach for a pen.`,
    );
  if (wordsAfter <= END_SLACK_WORDS && allAfter >= LONG_GOODBYE_WORDS)
    return check(
      'repeated',
      false,
      `${digits} is said once, and ${allAfter} words follow it: repeat it, or end with it.`,
    );
  return check(
    'repeated',
    false,
    `${digits} is said once, mid-message: repeat it, or end with it.`,
  );
}
