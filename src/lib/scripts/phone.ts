/**
 * Callback numbers in script text, written as digits ("555-0134"), as words ("five five five,
 * oh one three four") or as a placeholder ("[phone]"). Pure: no DOM.
 */

/** A callback number found in the text. */
export interface PhoneMention {
  /** The digits as said ("5550134"), or "placeholder" for "[phone]" style slots. */
  digits: string;
  /** Character offsets of the mention in the text. */
  start: number;
  end: number;
}

const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const REPEAT_WORDS: Record<string, number> = { double: 2, triple: 3 };
// A number read out in pairs: "plus twenty-seven, eighty-two, five five five, forty-one, nineteen".
const TEEN_WORDS: Record<string, string> = {
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
};
const TENS_WORDS: Record<string, string> = {
  twenty: '2',
  thirty: '3',
  forty: '4',
  fifty: '5',
  sixty: '6',
  seventy: '7',
  eighty: '8',
  ninety: '9',
};
const PAIR_WORD = `(?:${[...Object.keys(TEEN_WORDS), ...Object.keys(TENS_WORDS)].join('|')})`;
// A pair said as tens and a unit: "forty-one", "eighty two".
const TENS_UNIT = /^[\s-]?(one|two|three|four|five|six|seven|eight|nine)\b/i;
// A pair word is part of a number only beside another digit or pair word ("fifty, oh one"), or
// ending a number spelled out ("…, forty-one, nineteen."), never "twenty minutes" after one.
const PAIR_NEXT = new RegExp(
  String.raw`^[\s,—–-]*(?:\d|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|${PAIR_WORD})\b)`,
  'i',
);
const PAIR_ENDS = /^\s*(?:[,.;!?…—–]|$)/;
/** A hesitation or correction inside a number: "817, 555 — sorry — 0142" is one number. */
const CORRECTIONS = new Set(['sorry', 'um', 'umm', 'uh', 'uhh', 'er', 'erm']);
const SEPARATORS = new Set(['-', '.', ',', '(', ')', '/', '+', '–', '—']);
/** Fewest digits said for something to count as a phone number (a local number is 7). */
const MIN_DIGITS = 7;

const PLACEHOLDER =
  /[[{<]\s*(?:your |my )?(?:direct |cell |mobile |office |callback |call-back |phone )*(?:number|phone|phone number|cell|mobile)\s*[\]}>]|\bx{3}[-. ]?x{3}[-. ]?x{4}\b/gi;

type Token =
  | { kind: 'digits'; value: string; start: number; end: number }
  | { kind: 'sep' | 'word'; start: number; end: number };

// A digit, a digit word or "double" next: "oh eight six, …" starts a number with its "oh".
const DIGIT_NEXT =
  /^[\s,—–-]*(?:\d|(?:zero|one|two|three|four|five|six|seven|eight|nine|double|triple)\b)/i;
// "plus" is the "+" of a country code when a number follows: "plus forty-four, seven seven …".
const PLUS_NEXT = new RegExp(
  String.raw`^\s+(?:\d|(?:${PAIR_WORD}|one|two|three|four|five|six|seven|eight|nine)\b)`,
  'i',
);

// Words that carry a number on to its next part: "five one four, five five five... and the last
// bit is oh one nine two", "… and then 0192".
const JOINER =
  /^\s*(?:and\s+)?(?:then\s+|(?:the\s+)?(?:last|rest|final|other|end)\s+(?:bit|part|few|digits|four|three)\s+(?:is|are|being)\s+)/i;

/** How many digits the run of digits (and separators) at the end of `tokens` holds. */
function runDigits(tokens: Token[]): number {
  let n = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.kind === 'word') break;
    if (t.kind === 'digits') n += t.value.length;
  }
  return n;
}

/**
 * Whether a full stop at `end` sits between two groups of a number dictated a group at a time
 * ("Number's 404. 555. 0163."): the group before it and the one after it are each three or four
 * digits, and the one after is not the start of a whole number of its own ("40. 0161 496 0515").
 */
function dictatedGroups(text: string, previous: Token | undefined, end: number): boolean {
  if (previous?.kind !== 'digits' || !/^\d{3,4}$/.test(previous.value)) return false;
  return /^\s\d{3,4}(?![\d\s-]*\d)/.test(text.slice(end, end + 24));
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const digitNext = (end: number) => DIGIT_NEXT.test(text.slice(end, end + 12));
  // The end of a joiner that a further part of the number follows, if one starts at `at`.
  const joinerEnd = (at: number) => {
    const j = JOINER.exec(text.slice(at, at + 40));
    if (!j) return null;
    const next = at + j[0].length;
    return digitNext(next) || /^oh\b/i.test(text.slice(next)) ? next : null;
  };
  const pending: { repeat: number } = { repeat: 1 };
  let skipTo = 0;
  for (const m of text.matchAll(/[A-Za-z]+|\d+|\S/g)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (start < skipTo) continue;
    const lower = raw.toLowerCase();
    const previous = tokens.findLast((t) => t.kind !== 'sep');
    const inRun = previous?.kind === 'digits' || pending.repeat > 1;
    // (the run so far was spelled out, so a pair word carries it on)
    const spelledRun = previous?.kind === 'digits' && /^[a-z]/i.test(text.slice(previous.start));
    if (/^\d+$/.test(raw)) {
      tokens.push({ kind: 'digits', value: raw, start, end });
    } else if (lower === 'plus' && PLUS_NEXT.test(text.slice(end, end + 20))) {
      // (no digit of its own, but where the number starts, as "+" is)
      tokens.push({ kind: 'digits', value: '', start, end });
    } else if (
      (lower in TEEN_WORDS || lower in TENS_WORDS) &&
      (PAIR_NEXT.test(text.slice(end).replace(TENS_UNIT, '')) ||
        (spelledRun && PAIR_ENDS.test(text.slice(end).replace(TENS_UNIT, ''))))
    ) {
      const unit = lower in TENS_WORDS ? TENS_UNIT.exec(text.slice(end)) : null;
      const value =
        TEEN_WORDS[lower] ??
        `${TENS_WORDS[lower]}${unit ? DIGIT_WORDS[(unit[1] ?? '').toLowerCase()] : '0'}`;
      const to = unit ? end + unit[0].length : end;
      tokens.push({ kind: 'digits', value, start, end: to });
      skipTo = to;
    } else if (lower in REPEAT_WORDS) {
      pending.repeat = REPEAT_WORDS[lower] ?? 1;
      tokens.push({ kind: 'sep', start, end });
      continue;
    } else if (lower in DIGIT_WORDS && (!['oh', 'o'].includes(lower) || inRun || digitNext(end))) {
      tokens.push({
        kind: 'digits',
        value: (DIGIT_WORDS[lower] ?? '').repeat(pending.repeat),
        start,
        end,
      });
    } else if ((lower === 'hundred' || lower === 'thousand') && previous?.kind === 'digits') {
      tokens.push({ kind: 'digits', value: lower === 'hundred' ? '00' : '000', start, end });
    } else if (inRun && joinerEnd(/^[.…]$/.test(raw) ? end : start) !== null) {
      // (an ellipsis before it does not end the sentence: "five five five... and the last bit is")
      skipTo = joinerEnd(/^[.…]$/.test(raw) ? end : start) ?? end;
      tokens.push({ kind: 'sep', start, end: skipTo });
      continue;
    } else if (
      raw === '.' &&
      inRun &&
      runDigits(tokens) < MIN_DIGITS &&
      (/^[a-z]/i.test(text.slice(previous?.start ?? 0, previous?.end ?? 0)) ||
        dictatedGroups(text, previous, end)) &&
      digitNext(end) &&
      /^\s/.test(text.slice(end, end + 1))
    ) {
      // Too few digits to call yet, spelled out or dictated a group at a time, so the number is
      // read out slowly (not "It was 40. 0161 …", a figure and then a number): "oh-three.
      // Nine-five-five-five. …", "404. 555. 0163."
      tokens.push({ kind: 'sep', start, end });
    } else if (/^[.!?;]$/.test(raw) && /^(?:\s|$)/.test(text.slice(end, end + 1))) {
      // A sentence ends: "… 0194. Five five five …" starts a new number.
      tokens.push({ kind: 'word', start, end });
    } else if (
      SEPARATORS.has(raw) ||
      (inRun &&
        CORRECTIONS.has(lower) &&
        (digitNext(end) || /^[\s,—–-]*oh\b/i.test(text.slice(end))))
    ) {
      tokens.push({ kind: 'sep', start, end });
      // "double-one", "triple, five": a separator after "double" still leaves the digit it repeats
      if (pending.repeat > 1) continue;
    } else {
      tokens.push({ kind: 'word', start, end });
    }
    pending.repeat = 1;
  }
  return tokens;
}

/** True when a run of digits is an amount ("$1,200,000", "2,500,000 dollars"), not a number to call. */
function isAmount(text: string, start: number, end: number): boolean {
  const raw = text.slice(start, end);
  if (/^\d{1,3}(?:,\d{3})+$/.test(raw)) return true;
  if (/\$\s*$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  return /^\s*(?:%|percent|dollars|million|billion)/i.test(text.slice(end, end + 10));
}

type Part = { digits: string; start: number; end: number };

/** Splits "555-0179, 555-0179" (one run of digits) into the number said twice. */
function splitRepeats(parts: Part[]): Part[][] {
  const all = parts.map((p) => p.digits).join('');
  let count = 0;
  for (let k = 0; k < parts.length - 1; k++) {
    count += parts[k]!.digits.length;
    const rest = all.slice(count);
    if (count >= MIN_DIGITS && rest.length >= MIN_DIGITS && rest.slice(0, 3) === all.slice(0, 3))
      return [parts.slice(0, k + 1), ...splitRepeats(parts.slice(k + 1))];
  }
  return [parts];
}

/** Every callback number in the text, in order of appearance. */
export function findPhoneNumbers(text: string): PhoneMention[] {
  const found: PhoneMention[] = [];
  let run: Part[] = [];
  const close = () => {
    for (const parts of splitRepeats(run)) {
      const first = parts[0];
      const last = parts.at(-1);
      if (!first || !last) continue;
      const digits = parts.map((p) => p.digits).join('');
      if (digits.length >= MIN_DIGITS && !isAmount(text, first.start, last.end))
        found.push({ digits, start: first.start, end: last.end });
    }
    run = [];
  };
  for (const token of tokenize(text)) {
    if (token.kind === 'digits')
      run.push({ digits: token.value, start: token.start, end: token.end });
    else if (token.kind === 'word') close();
  }
  close();
  for (const m of text.matchAll(PLACEHOLDER)) {
    found.push({ digits: 'placeholder', start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "555 0134" style: the digits grouped for reading back to the rep. */
export function formatDigits(digits: string): string {
  if (digits === 'placeholder') return 'your number';
  if (digits.length === 7) return `${digits.slice(0, 3)} ${digits.slice(3)}`;
  if (digits.length === 10) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  return digits.replace(/(\d{3})(?=\d{4})/g, '$1 ');
}
