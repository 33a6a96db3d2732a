/** Text helpers shared by the checks: quoting what a reason found, finding and blanking parts. */
import type { PhoneMention } from '../phone';

/** What a reason found, quoted in the rep's own words. */
export function quote(text: string, max = 48): string {
  // A full stop inside the quote would double the one that ends the reason.
  const t = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '');
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

/** The match widened to whole words, plus a few words either side within its clause. */
export function around(text: string, start: number, end: number, words = 3): string {
  let s = start;
  let e = end;
  while (s > 0 && !/\s/.test(text[s - 1] ?? '')) s--;
  while (e < text.length && !/\s/.test(text[e] ?? '')) e++;
  const before =
    text
      .slice(0, s)
      .split(/(?<=[.!?;:—–…])\s+/)
      .at(-1) ?? '';
  const left = before.split(/\s+/).filter(Boolean);
  const right = text.slice(e).split(/\s+/).filter(Boolean);
  const stop = right.findIndex((w) => /[.!?;:—–…]$/.test(w));
  const after = right.slice(0, Math.min(words, stop < 0 ? words : stop + 1));
  const own = text.slice(s, e);
  if (/[.!?;:—–…]$/.test(own)) return [...left.slice(-words), own].join(' ');
  return [...left.slice(-words), own, ...after].join(' ');
}

/** Each pattern with the global flag, compiled once, to walk all its matches. */
const GLOBAL = new WeakMap<RegExp, RegExp>();
function globalOf(p: RegExp): RegExp {
  let g = GLOBAL.get(p);
  if (!g)
    GLOBAL.set(p, (g = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`)));
  return g;
}

/** The earliest match of any pattern, skipping matches `accept` turns down (by their start). */
export function firstHit(
  text: string,
  patterns: RegExp[],
  accept: (start: number) => boolean = () => true,
): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const p of patterns)
    for (const m of text.matchAll(globalOf(p))) {
      if (!accept(m.index)) continue;
      if (!best || m.index < best.start) best = { start: m.index, end: m.index + m[0].length };
      break;
    }
  return best;
}

/** The text with each part matched by `parts` (a global pattern) that `drop` picks blanked out. */
export function blankWhere(text: string, parts: RegExp, drop: (part: string) => unknown): string {
  return text.replace(parts, (part) => (drop(part) ? ' '.repeat(part.length) : part));
}

/** A sentence (or a part after a semicolon) with its end; "1.5%" does not end it. */
export const SENTENCE = /(?:[^.!?;]|\.(?=\d))+[.!?;]*/g;

/** The text split into sentences, trimmed; empty ones dropped. */
export function sentences(text: string): string[] {
  // ("a 6 a.m. pickup": a time of day ends no sentence unless a capital follows it)
  return text
    .split(/(?<=[.!?…])(?<!\b[ap]\.m\.(?=\s+\p{Ll}))\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The text with spans blanked (callback numbers, the caller's intro), so "555-0134" is never a result or a price. */
export function blanked(text: string, numbers: { start: number; end: number }[]): string {
  let rest = text;
  for (const n of [...numbers].reverse())
    rest = `${rest.slice(0, n.start)}${' '.repeat(n.end - n.start)}${rest.slice(n.end)}`;
  return rest;
}

/** A number as the script writes it ("555-0134", "five five five, oh one two nine"). */
export function spoken(text: string, n: PhoneMention): string {
  return `“${text.slice(n.start, n.end).replace(/\s+/g, ' ')}”`;
}

// Texting spellings and the words they stand for, in lower case only: "saw ur new unit", "if u
// need", "yr vacancy".
const TEXTING: Record<string, string> = { u: 'you', ur: 'your', yr: 'your' };
const TEXTING_WORD = /\b(?:u|ur|yr)\b(?![-'’])/g;

/**
 * The text with texting spellings written out ("ur" as "your"), so a pattern written for "your"
 * reads a texted script too, and a map from an offset in it back to the same place in the text.
 */
export function writtenOut(
  text: string,
  also: Record<string, string> = {},
): { text: string; original: (at: number) => number } {
  // Each written-out word as [start in the new text, its length there, start in the text, its length].
  const words: [number, number, number, number][] = [];
  let out = '';
  let from = 0;
  const extra = Object.keys(also);
  // (the extra words in either case: "Her audiometer" reads as "Your audiometer")
  const pattern = extra.length
    ? new RegExp(`${TEXTING_WORD.source}|\\b(?:${extra.join('|')})\\b(?![-'’])`, 'gi')
    : TEXTING_WORD;
  for (const m of text.matchAll(pattern)) {
    const lower = m[0].toLowerCase();
    const said = also[lower];
    // (texting spellings stay lower case only: "U" is a letter, "UR" an abbreviation)
    if (!said && m[0] !== lower) continue;
    // (an extra word right after someone's name is theirs: "Bob, his team saved …" stays Bob's)
    if (said && /\b[A-Z][a-z]+(?:,| and)?\s+$/.test(text.slice(Math.max(0, m.index - 30), m.index)))
      continue;
    out += text.slice(from, m.index);
    const spelled = said ?? TEXTING[m[0]] ?? m[0];
    const full = /^\p{Lu}/u.test(m[0]) ? spelled[0]!.toUpperCase() + spelled.slice(1) : spelled;
    words.push([out.length, full.length, m.index, m[0].length]);
    out += full;
    from = m.index + m[0].length;
  }
  out += text.slice(from);
  const original = (at: number) => {
    let shift = 0;
    for (const [start, length, was, wasLength] of words) {
      if (at < start) break;
      // (inside a written-out word: its end in the text at most)
      if (at < start + length) return was + Math.min(at - start, wasLength);
      shift = was + wasLength - (start + length);
    }
    return at + shift;
  };
  return { text: out, original };
}
