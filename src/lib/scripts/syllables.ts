/**
 * Syllable counts for script text, as it would be spoken: digits are read out, phone numbers
 * digit by digit. Pure: no DOM.
 */

const DIGIT_SYLLABLES = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1]; // zero, one, two … nine
const TEENS_SYLLABLES = [1, 3, 1, 2, 2, 2, 2, 3, 2, 2]; // ten … nineteen
const TENS_SYLLABLES = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2]; // -, -, twenty … ninety

// Common voicemail words the vowel-group rule gets wrong (silent e inside compounds, hiatus).
const EXCEPTIONS: Record<string, number> = {
  voicemail: 2,
  voicemails: 2,
  something: 2,
  sometimes: 2,
  someone: 2,
  business: 2,
  businesses: 3,
  idea: 3,
  ideas: 3,
  area: 3,
  create: 2,
  being: 2,
  really: 2,
  schedule: 2,
  everyone: 3,
  anyone: 3,
  statement: 2,
  statements: 2,
  invoices: 3,
  prices: 2,
  services: 3,
  forecasting: 3,
};

/** Syllables in one English word (a heuristic: vowel groups with the usual English exceptions). */
export function wordSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const known = EXCEPTIONS[w];
  if (known !== undefined) return known;
  // "-le" after a consonant is its own syllable (table, simple).
  const le = /[^aeiouy]le$/.test(w) ? 1 : 0;
  const stem = le
    ? w.slice(0, -2)
    : w.replace(/(?:[^laeiouy]es|[^laeiouytd]ed|[^aeiouy]e)$/, (m) => m.slice(0, 1));
  const s = stem.replace(/^y/, '');
  const groups = s.match(/[aeiouy]+/g)?.length ?? 0;
  // "ia"/"io"/"ua" usually read as two syllables (media, radio, actual) except in -tion, -cial, qua-.
  const hiatus = s.match(/(?<![cstgxq])i[aou]|(?<![qg])u[ao]/g)?.length ?? 0;
  return Math.max(1, groups + hiatus + le);
}

/** Syllables to say a whole number below 10 000 in words ("2024" → "two thousand twenty-four"). */
export function numberSyllables(n: number): number {
  if (!Number.isInteger(n) || n < 0) return 2;
  if (n >= 10_000) return String(n).length * 1.2; // rarely in a voicemail; rough per-digit cost
  let total = 0;
  let rest = n;
  if (rest >= 1000) {
    total += (DIGIT_SYLLABLES[Math.floor(rest / 1000)] ?? 1) + 2; // "thou-sand"
    rest %= 1000;
  }
  if (rest >= 100) {
    total += (DIGIT_SYLLABLES[Math.floor(rest / 100)] ?? 1) + 2; // "hun-dred"
    rest %= 100;
  }
  if (rest >= 20) {
    total += TENS_SYLLABLES[Math.floor(rest / 10)] ?? 2;
    rest %= 10;
    if (rest > 0) total += DIGIT_SYLLABLES[rest] ?? 1;
  } else if (rest >= 10) {
    total += TEENS_SYLLABLES[rest - 10] ?? 2;
  } else if (rest > 0 || total === 0) {
    total += DIGIT_SYLLABLES[rest] ?? 1;
  }
  return total;
}

/** Runs of digits with phone-number punctuation between them, 7 digits or more. */
const PHONE_DIGITS = /\+?\(?\d[\d\s().-]{5,}\d/g;

/** Estimated syllables to speak the text aloud, phone numbers read digit by digit. */
export function textSyllables(text: string): number {
  let total = 0;
  const rest = text.replace(PHONE_DIGITS, (run) => {
    const digits = run.replace(/\D/g, '');
    if (digits.length < 7) return run;
    for (const d of digits) total += DIGIT_SYLLABLES[Number(d)] ?? 1;
    return ' ';
  });
  // Placeholders such as [phone] or {name} are read as something; count their words.
  for (const token of rest.split(/[\s/]+/)) {
    if (token.length === 0) continue;
    const money = token.includes('$') ? 2 : 0; // "dollars"
    const percent = token.includes('%') ? 2 : 0; // "percent"
    const numeric = token.replace(/[,$%]/g, '').match(/^\d+(?:\.\d+)?/);
    if (numeric) {
      const [whole, fraction] = numeric[0].split('.');
      total += numberSyllables(Number(whole));
      if (fraction)
        total += 1 + [...fraction].reduce((s, d) => s + (DIGIT_SYLLABLES[Number(d)] ?? 1), 0);
      const suffix = token.slice(numeric.index! + numeric[0].length).replace(/[^a-z]/gi, '');
      total += money + percent + (suffix ? wordSyllables(suffix) : 0);
      continue;
    }
    for (const part of token.split(/[-–—]/)) total += wordSyllables(part);
    total += money + percent;
  }
  return Math.round(total);
}

/** Words in the text (whitespace-separated tokens that contain a letter or digit). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}
