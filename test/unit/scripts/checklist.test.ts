import { describe, expect, it } from 'vitest';
import { checkScript, type Check, type CheckId } from '../../../src/lib/scripts/checklist';
import { findPhoneNumbers } from '../../../src/lib/scripts/phone';
import { EXAMPLES, HELD_OUT, type Example } from './examples';

const BAND = { minSec: 8, maxSec: 30 };
const byId = (checks: Check[], id: CheckId) => checks.find((c) => c.id === id)!;

function hitRates(set: Example[]): Record<string, number> {
  const hits: Record<string, [number, number]> = {};
  for (const example of set) {
    for (const c of checkScript(example.text, BAND, null)) {
      if (c.id === 'readTime') continue;
      const pair = (hits[c.id] ??= [0, 0]);
      pair[1]++;
      if (example.expect[c.id] === c.met) pair[0]++;
    }
  }
  return Object.fromEntries(Object.entries(hits).map(([id, [ok, n]]) => [id, ok / n]));
}

describe('structure checklist on example scripts', () => {
  it('has a table of at least 25 scripts plus a held-out set', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(25);
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(10);
  });

  it('agrees with the coach on at least 90 % of the tuning table for every check', () => {
    const rates = hitRates(EXAMPLES);
    console.info('hit rate, tuning table', rates);
    for (const rate of Object.values(rates)) expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it('agrees on at least 80 % of the held-out table for every check', () => {
    const rates = hitRates(HELD_OUT);
    console.info('hit rate, held-out table', rates);
    for (const rate of Object.values(rates)) expect(rate).toBeGreaterThanOrEqual(0.8);
  });

  it('gives every check a one-line reason and never a score', () => {
    for (const example of EXAMPLES) {
      const checks = checkScript(example.text, BAND, null);
      expect(checks.map((c) => c.id)).toEqual([
        'opener',
        'callback',
        'repeated',
        'context',
        'hook',
        'nextStep',
        'noPitch',
        'readTime',
      ]);
      for (const c of checks) {
        expect(c.why.length).toBeGreaterThan(5);
        expect(c.why).not.toMatch(/\n/);
        expect(typeof c.met).toBe('boolean');
      }
    }
  });
});

describe('openers', () => {
  const opener = (text: string) => byId(checkScript(text, BAND, null), 'opener');
  it.each([
    'Hi, this is Bob Smith from Acme.',
    'Hello, my name is Lisa and I am with Evergreen.',
    'Hey Chris, Jamie here. I saw your post.',
    'Hi Jennifer, this is Mark from Cloudline.',
    "Good morning, it's Sam at Routewise.",
    "Hello, I'm calling from Northwind Telecom.",
    'Hi, this is [your name] from [company].',
  ])('flags the self-introduction opener: %s', (text) => {
    expect(opener(text).met).toBe(false);
  });

  it.each([
    ['Dana, quick question about your freight invoices.', 'their name'],
    ['Are you still reconciling card payments by hand?', 'a question'],
    ['Forty hours a month back for your dispatch team.', 'not with who you are'],
    ["Sandra, I'm calling because your renewal is due.", 'their name'],
  ])('accepts %s', (text, why) => {
    const c = opener(text);
    expect(c.met).toBe(true);
    expect(c.why).toContain(why);
  });
});

describe('callback numbers', () => {
  it.each([
    ['Call me at 555-867-5309.', ['5558675309']],
    ['five five five, one two one two', ['5551212']],
    ['four one five, five five five, double two three four', ['4155552234']],
    ['five five five, oh one two nine and again 555 0129', ['5550129', '5550129']],
    ['(555) 201-0142', ['5552010142']],
    ['Call me at [phone], that is [phone].', ['placeholder', 'placeholder']],
  ])('finds the number in %s', (text, digits) => {
    expect(findPhoneNumbers(text).map((n) => n.digits)).toEqual(digits);
  });

  it.each([
    'You lost $1,200,000 to chargebacks.',
    'We did 2,500,000 dollars last year.',
    'Oh, one more thing: two ideas for you.',
    'In 2024 we helped 30 teams.',
  ])('does not take amounts or stray words for a number: %s', (text) => {
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it('counts the number twice when said once in digits and once in words', () => {
    const checks = checkScript(
      "It's Jo, 555-0129. Call Tuesday. Again, five five five, oh one two nine.",
      BAND,
      null,
    );
    expect(byId(checks, 'repeated')).toMatchObject({
      met: true,
      why: '“555-0129” is said 2 times.',
    });
  });

  it('says what is missing when there is no name', () => {
    expect(byId(checkScript('Call 555-0163 today.', BAND, null), 'callback').why).toMatch(
      /no name/,
    );
  });
});

describe('read-time line', () => {
  const text =
    'Dana, quick question about your freight invoices. Priya suggested I call. We cut billing errors by 18 percent for her team. Call me back at 555-0134.';
  it('uses the default 4 syllables/s before any takes and says so', () => {
    const c = byId(checkScript(text, { minSec: 8, maxSec: 14 }, null), 'readTime');
    expect(c.why).toMatch(/typical pace \(4\.0 syllables\/s\)/);
  });

  it('is met in band and warns with words to cut when long', () => {
    expect(byId(checkScript(text, { minSec: 8, maxSec: 20 }, 4), 'readTime').met).toBe(true);
    const long = byId(checkScript(text, { minSec: 2, maxSec: 6 }, 4), 'readTime');
    expect(long.met).toBe(false);
    expect(long.why).toMatch(/cannot fit 2–6 s even spoken fast; cut about \d+ words/);
  });
});
