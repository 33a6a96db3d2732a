import { describe, expect, it } from 'vitest';
import { checkScript, type Check, type CheckId } from '../../../src/lib/scripts/checklist';
import { findPhoneNumbers } from '../../../src/lib/scripts/phone';
import { writtenOut } from '../../../src/lib/scripts/checklist/text';
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
      why: '“five five five, oh one two nine” is said 2 times.',
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

describe('self-introductions and numbers found by principle', () => {
  const checks = (text: string) => checkScript(text, BAND, null);
  it.each([
    ['Hi there, Wei Zhang from Lumaro here. We cut demurrage in half.', 'Wei Zhang'],
    ['Kofi Mensah from Harbourline — Abena, Yaw asked me to call.', 'Kofi Mensah'],
    ['Hi Grace, Tom Nguyen, 555-0118. About your share of the…', 'Tom Nguyen'],
  ])('a greeting then a self-introduction is not "opens with them": %s', (text, name) => {
    const opener = byId(checks(text), 'opener');
    expect(opener.met).toBe(false);
    expect(opener.why).toContain(name);
  });

  it('takes a full name and company right before the number for the caller', () => {
    const c = byId(
      checks('Hannah, we clear most in two days. Ruth Adeyemi, Swiftclear, 555-0192.'),
      'callback',
    );
    expect(c).toMatchObject({ met: true });
    expect(c.why).toContain('Ruth Adeyemi');
  });

  it.each([
    'Again, 555-0188.',
    'Thanks, 555-0106.',
    'This is Westfield Roofing calling. Call 555-0197.',
  ])('does not take a filler word or a company for a name: %s', (text) => {
    expect(byId(checks(text), 'callback').met).toBe(false);
  });

  it('hears "555-0179, 555-0179" as the number said twice', () => {
    expect(findPhoneNumbers('Sam, 555-0179, 555-0179.').map((n) => n.digits)).toEqual([
      '5550179',
      '5550179',
    ]);
    expect(
      findPhoneNumbers('Ring oh one one three, four nine six, oh two one seven.'),
    ).toHaveLength(1);
  });

  it.each([
    ['Call 555-0140. I have information about your…', 'Stops mid-sentence'],
    ['Call 555-0140. They were talking about you and said —', 'Stops mid-sentence'],
    ['Mei-Ling, a five-minute fix for your month-end report.', 'five-minute'],
    ['Denials fell by twenty-five percent.', 'twenty-five percent'],
  ])('sees a cut-off or a spelled-out result as a hook: %s', (text, why) => {
    const hook = byId(checks(text), 'hook');
    expect(hook.met).toBe(true);
    expect(hook.why).toContain(why);
  });

  it.each([
    'Our plans are $29 a month, $25 for teams and $19 a year. Call me at 555-0149.',
    'We are the best-rated installer in Arizona. Call me at 555-0119.',
  ])('calls prices and boasts pitch, never a hook: %s', (text) => {
    const c = checks(text);
    expect(byId(c, 'noPitch').met).toBe(false);
    expect(byId(c, 'hook').met).toBe(false);
  });

  it('does not fail an unpunctuated good script on sentence length', () => {
    const text =
      "hi Olu this is a quick follow up from the fintech meetup in Lagos last Thursday where you mentioned your payouts take three days we got Paystream down to same day I'm Chidi call me on 555 0176 thats 555 0176";
    expect(byId(checks(text), 'noPitch').met).toBe(true);
  });

  it.each([
    'Hi Laura, returning your inquiry from our website yesterday. Call me at 555-0133.',
    'Jorge, congratulations on the ribbon cutting at your Fresno site. Call me at 555-0158.',
  ])('sees an inquiry or an event of theirs as context: %s', (text) => {
    expect(byId(checks(text), 'context').met).toBe(true);
  });
});

describe('round 2 principles: who is calling, their news, offers, asks', () => {
  const checks = (text: string) => checkScript(text, BAND, null);

  it('hears a lone "NAME here" as a company when the script only ever says "we"', () => {
    const c = checks(
      'Hi Ada, Brevio here. Our app does rotas, payroll and leave. Call us on 555-0121.',
    );
    expect(byId(c, 'opener').met).toBe(false);
    expect(byId(c, 'callback')).toMatchObject({ met: false });
    expect(byId(c, 'callback').why).toContain('only a company');
    // The same words with "I" in the script: a person.
    expect(
      byId(checks('Hi Ada, Brevio here. I fixed rotas for Kells Bakery. 555-0121.'), 'callback')
        .met,
    ).toBe(true);
  });

  it.each([
    ['Your rota went live on Monday. Call Jade on 0117 496 0321.', 'Jade'],
    ['Quick idea for your rota. Jason Tan, +65 6123 4567.', 'Jason Tan'],
  ])('takes the name to ask for, or one before "+" or "(", as the caller: %s', (text, name) => {
    const c = byId(checks(text), 'callback');
    expect(c.met).toBe(true);
    expect(c.why).toContain(name);
  });

  it('counts "+61 2 9876 5432" and "02 9876 5432" as the same number said twice', () => {
    const text = 'Dan, +61 2 9876 5432. That is 02 9876 5432 again, if you missed it, mate.';
    expect(byId(checks(text), 'repeated').why).toContain('said 2 times');
  });

  it.each([
    'Priti Rao at Halden Mills reckoned you would want a word about the Leeds depot.',
    'I see you are hosting the growers breakfast in Ayr next month.',
    'I was going through your practice filings and one line stood out.',
    'After your bakery’s move to Stockbridge, some regulars still ring the old shop.',
    'Noticed Corran Health is hiring six nurses in Perth.',
  ])('sees a third person’s words or their news as context: %s', (text) => {
    expect(byId(checks(text), 'context').met).toBe(true);
  });

  it.each([
    'We just won Installer of the Year and I would love to tell you more about us.',
    'I thought that maybe you might want to hear what we do.',
  ])('does not take news about us, or "I thought", as context or a hook: %s', (text) => {
    const c = checks(text);
    expect(byId(c, 'context').met).toBe(false);
    expect(byId(c, 'hook').met).toBe(false);
  });

  it.each([
    ['I will send a free energy audit of the Kirk Street unit on Monday.', 'free energy audit'],
    ['We have set aside four spare stalls at the Ayr show for you.', 'set aside four'],
    ['We can have yours watertight by Friday.', 'by Friday'],
    ['Cover nights so none go unanswered.', 'so none'],
    ['We turn contracts around in three working days.', 'three working days'],
  ])('sees an offer or a dated outcome as a hook: %s', (text, why) => {
    const hook = byId(checks(text), 'hook');
    expect(hook.met).toBe(true);
    expect(hook.why).toContain(why);
  });

  it.each([
    'We help clinics reduce paperwork. Call me at 555-0102.',
    'Hi Rob. Our tags clip onto any pallet and ping your phone every ten minutes, with alerts, logs and reports.',
    'Plans are from only nine pounds a month.',
  ])('does not take a general claim, a spec or a price in pounds for a hook: %s', (text) => {
    expect(byId(checks(text), 'hook').met).toBe(false);
  });

  it.each([
    'Please do call back.',
    'Give us a bell on 0412 345 678.',
    'Ping me on WhatsApp at 98200 11223.',
    'Book a slot on my calendar.',
    'Could we talk Tuesday at ten?',
    'Kindly call back on 98765 43210.',
  ])('hears an imperative ask or a proposed time as a next step: %s', (text) => {
    expect(byId(checks(text), 'nextStep').met).toBe(true);
  });

  it.each(['So yeah, call back whenever.', 'Call volumes doubled last year.'])(
    'does not hear a vague "whenever" or the noun "call" as a next step: %s',
    (text) => {
      expect(byId(checks(text), 'nextStep').met).toBe(false);
    },
  );
});

describe('round 3 principles: boasts, companies by use, lower case, one superlative', () => {
  const checks = (text: string) => checkScript(text, BAND, null);

  it.each([
    ['We look after more than 800 clients in the valley.', '800 clients'],
    ['Our boilers carry a ten-year warranty.', 'warranty'],
    ['We have been trading since 1992.', 'since 1992'],
    ['Our crews are rated 4.8 stars on Trustpilot.', 'rated 4.8'],
  ])('hears a figure about us as a boast, not a hook: %s', (text, words) => {
    const c = checks(text);
    expect(byId(c, 'hook').met).toBe(false);
    expect(byId(c, 'noPitch')).toMatchObject({ met: false });
    expect(byId(c, 'noPitch').why).toContain(words);
  });

  it('still finds a real result in the clause after a boast', () => {
    const c = checks(
      'We have over 900 customers, and the garage next to yours cut its parts bill by a fifth.',
    );
    expect(byId(c, 'hook').met).toBe(true);
    expect(byId(c, 'noPitch').met).toBe(false);
  });

  it.each([
    'We operate the biggest cold store in Fife.',
    'Meet the fastest-growing courier in Leeds.',
    "It's Wales's most trusted payroll bureau.",
  ])('fails "no pitch" on one superlative word about us: %s', (text) => {
    expect(byId(checks(text), 'noPitch').met).toBe(false);
  });

  it.each([
    'Congrats on the Best Newcomer prize, Dee.',
    'The fastest way to reach me is text.',
    'We fit out three of the largest gyms in Hull.',
  ])('does not take a title, a way to reach us or other firms’ size for a boast: %s', (text) => {
    expect(byId(checks(text), 'noPitch').met).toBe(true);
  });

  it('does not hear a script trailing off in a filler, or "catch you", as a hook', () => {
    const c = checks(
      'Hey Lou, Raj from Tilework here, 0113 496 0501. Was hoping to catch you and, um',
    );
    expect(byId(c, 'hook').met).toBe(false);
  });

  it('hears a clause broken off at "the answer is —" before the ask as a cut-off', () => {
    const hook = byId(
      checks(
        'Pam, your stand got half the visitors of the one opposite, and the answer is — ring me, 0161 496 0777.',
      ),
      'hook',
    );
    expect(hook.met).toBe(true);
    expect(hook.why).toContain('the answer is');
  });

  it.each([
    // "it's NAME." in a script that only ever says "we"
    'Hi Jo, it’s Larkspur. We re-tiled two pools in Hove in a week. Call us on 01273 496 011.',
    // the name spoken of as a product later
    'Morning Abi, Quillo here. Quillo matches your invoices to orders. Call 0161 496 0222.',
  ])('takes a name used as a company for a company, not the caller: %s', (text) => {
    expect(byId(checks(text), 'callback').why).toContain('only a company');
  });

  it.each([
    ['hey tess, omar here from gridline. 07700 900 555.', 'omar'],
    ['rosa diaz from keyward 07700 900 556 about your tender', 'rosa diaz'],
    ['Femi Ade. About your Lekki depot. 0803 555 0100.', 'Femi Ade'],
    ['Good morning madam, this is Kwesi from Tradeline. 024 555 0101.', 'Kwesi'],
  ])(
    'finds the caller in lower case, as a bare first sentence, after "madam": %s',
    (text, name) => {
      const c = checks(text);
      expect(byId(c, 'opener').met).toBe(false);
      expect(byId(c, 'callback')).toMatchObject({ met: true });
      expect(byId(c, 'callback').why).toContain(name);
    },
  );

  it.each([
    'Drop me a line on 0117 496 0900.',
    'Could you call Bramble back on 0117 496 0901?',
    'Give the crew at Hartwell a ring today.',
    'For a quote ring Sunil on 98200 11224.',
  ])('hears more ways of asking as a next step: %s', (text) => {
    expect(byId(checks(text), 'nextStep').met).toBe(true);
  });

  it.each([
    'Your Wexford depot has had two missed collections.',
    "Your salon's Google score fell to 4.1 this month.",
  ])('sees their named place or their figures moving as context: %s', (text) => {
    expect(byId(checks(text), 'context').met).toBe(true);
  });

  it('takes a single name as its own sentence right before the number for the caller', () => {
    expect(byId(checks('Noor. 0161 496 0300. Noor.'), 'callback').why).toContain('Noor');
  });

  it('reads "Dr. Rahman" as one name in the opening, not a sentence end', () => {
    expect(
      byId(checks('Good morning Dr. Rahman. Your clinic won a grant.'), 'opener').why,
    ).toContain('Dr. Rahman');
  });

  it('hears "Worth ten minutes?" as asking for the call', () => {
    expect(byId(checks('Worth ten minutes? 0161 496 0301.'), 'nextStep').met).toBe(true);
  });

  it('finds the caller after "mr NAME" in a lower-case script, and hears "half price" as price', () => {
    const c = checks(
      'hello mr rao this is vikram from tallyhub half price for two months call 98200 11225',
    );
    expect(byId(c, 'opener').met).toBe(false);
    expect(byId(c, 'callback').why).toContain('vikram');
    expect(byId(c, 'noPitch').why).toContain('half price');
    expect(byId(c, 'hook').met).toBe(false);
  });

  it('never takes the caller’s own introduction for the hook', () => {
    const c = checks('Hi Dev, this is Hannah from Bright Ideas. My number is 020 7946 0991.');
    expect(byId(c, 'hook').met).toBe(false);
  });

  it('skips "how are you?" before the caller’s intro, and reads "thsi is" as "this is"', () => {
    expect(byId(checks('Hi Dev, how are you? This is Hannah from Brightway.'), 'opener').met).toBe(
      false,
    );
    expect(
      byId(checks('Hiya Kerry, thsi is Dave from Brightline. 0161 555 0199.'), 'callback').why,
    ).toContain('Dave');
  });

  it('sees their booth or panel at an event as context', () => {
    expect(byId(checks('Your team’s booth at GrowthCon had a queue all day.'), 'context').met).toBe(
      true,
    );
  });

  it.each([
    "I've got a tenant who wants exactly your kind of unit.",
    'I drafted a rota plan for your clinic.',
  ])('sees someone or something lined up for them as a hook: %s', (text) => {
    expect(byId(checks(text), 'hook').met).toBe(true);
  });

  it('does not take their own warranty for our boast', () => {
    expect(byId(checks('About your boiler warranty: it ends in May.'), 'noPitch').met).toBe(true);
  });

  // (round 10: five words at most; blind sets 7 and 8 label six or more words of goodbye as burying
  // the number, so this once said "Thank you and have a lovely day.")
  it('lets a closing courtesy follow the number', () => {
    expect(byId(checks('Kemi, 0803 555 0102. Thanks, have a lovely day.'), 'repeated').met).toBe(
      true,
    );
  });
});

describe('round 4 principles: punctuation runs, fillers, name questions, durations, bare names', () => {
  const checks = (text: string) => checkScript(text, BAND, null);

  it.each([
    ['Hey Tom!! It’s Priya from Loomwell. 0161 496 0400.', 'Priya'],
    ['Hi Jo?! This is Marco from Ferncliff. 0161 496 0401.', 'Marco'],
    ['Hello Sam... this is Dilys from Pentre Print. 01970 496 041.', 'Dilys'],
  ])(
    'reads a run of sentence punctuation after their name as one sentence end: %s',
    (text, name) => {
      const c = checks(text);
      expect(byId(c, 'opener').met).toBe(false);
      expect(byId(c, 'opener').why).toContain(name);
      expect(byId(c, 'opener').why).not.toMatch(/“[!?.…]/);
    },
  );

  it.each([
    ['Oh, hi, uh, Gemma, your Leith yard looked full on Monday.', 'Gemma'],
    ['Okay, Lena, your Hove branch has a queue again.', 'Lena'],
    ['Um, hello Priti: your Ealing clinic is hiring.', 'Priti'],
  ])('never takes an interjection for their name: %s', (text, name) => {
    const opener = byId(checks(text), 'opener');
    expect(opener.met).toBe(true);
    expect(opener.why).toContain(`their name (${name})`);
  });

  it('reads "Well done on …" as words, not an interjection', () => {
    expect(byId(checks('Well done on the Kirkby launch, Kim.'), 'opener').why).toContain(
      'Well done on',
    );
  });

  it.each([
    ['Hi, er, Mr. Osei? Sorry — this is Anya from Quayside. 0161 496 0405.', 'Anya'],
    ['Hello Dr Ferris? It’s Tom Reyes from Elmbridge Dental. 0161 496 0406.', 'Tom Reyes'],
  ])('reads calling someone by name with "?" as a greeting, not a question: %s', (text, name) => {
    const opener = byId(checks(text), 'opener');
    expect(opener.met).toBe(false);
    expect(opener.why).toContain(name);
  });

  it('still reads a real opening question as a question', () => {
    const opener = byId(checks('Hi Ken, still doing the rota by hand? This is Mo.'), 'opener');
    expect(opener).toMatchObject({ met: true });
    expect(opener.why).toContain('still doing the rota by hand?');
  });

  it.each([
    'Worth a ten-minute call? 0161 496 0407.',
    'Worth a quick 15-minute chat? 0161 496 0408.',
    'Worth twenty-five minutes? 0161 496 0409.',
    'Is it worth a fifteen minute conversation? 0161 496 0410.',
  ])('hears a hyphenated or spelled-out duration as one token in the ask: %s', (text) => {
    const c = checks(text);
    expect(byId(c, 'nextStep').met).toBe(true);
    expect(byId(c, 'hook').met).toBe(false);
  });

  it.each([
    ['Dana. Lewis Grant. Call me on 0161 496 0411.', 'Lewis Grant', 'Dana'],
    ['Hi Omar. Ruth Ellis. Your Leith unit is still empty. 0131 496 0412.', 'Ruth Ellis', 'Omar'],
  ])(
    'takes a bare full name after a greeting sentence with their name for the caller: %s',
    (text, caller, theirs) => {
      const c = checks(text);
      expect(byId(c, 'callback')).toMatchObject({ met: true });
      expect(byId(c, 'callback').why).toContain(caller);
      expect(byId(c, 'callback').why).not.toContain(theirs);
      expect(byId(c, 'opener').met).toBe(false);
      expect(byId(c, 'opener').why).toContain(caller);
    },
  );

  it('still takes a lone name before the number for the caller', () => {
    expect(byId(checks('Jess. 0161 496 0413. Jess.'), 'callback').why).toContain('Jess');
  });
});

describe('round 5 principles: what the hook, context and pitch are by structure', () => {
  const checks = (text: string) => checkScript(text, BAND, null);
  const met = (text: string, id: CheckId) => byId(checks(text), id).met;

  // Money: theirs (lost, left, saved) is a result; money they would pay us is a price.
  it.each([
    'I reckon you’re losing about £300 a week on no-shows.',
    'You could be saving $90 a month on the same cover.',
    'My guess is you’re overpaying 40 euros a seat every month.',
  ])('reads money they lose or could keep as a result, not a price: %s', (text) => {
    const c = checks(text);
    expect(byId(c, 'hook').met).toBe(true);
    expect(byId(c, 'noPitch').met).toBe(true);
  });

  it.each([
    'Our plans start at $90 a month.',
    'Pallet space is 14.50 a bay, cartons 2 pounds a box.',
    'Only 12 euros a seat a month, all in.',
    'Route tracking for 19 dollars a van a month.',
    'Loans at 1.2% monthly interest rate, terms of 12 to 48 months.',
    'Loans up to three million pesos with minimal paperwork.',
  ])('reads any amount per unit, a rate or a loan size as a price: %s', (text) => {
    const c = checks(text);
    expect(byId(c, 'noPitch').met).toBe(false);
    expect(byId(c, 'hook').met).toBe(false);
  });

  it.each([
    'We have room on the Friday run to Leeds.',
    'A corner unit on Mill Lane has just come free.',
    'We’ve got two slots open next week for a site survey.',
  ])('reads something available to them as a hook: %s', (text) => {
    expect(met(text, 'hook')).toBe(true);
  });

  it.each(['I’m free Tuesday if you want to talk.', 'We have room for improvement on our side.'])(
    'does not read the caller being free, or room to improve, as a hook: %s',
    (text) => {
      expect(met(text, 'hook')).toBe(false);
    },
  );

  it.each([
    'I’ve a two-page checklist that fixes exactly that.',
    'We’ve a rota template that sorted it for a dental group in Leeds.',
    'There’s a simple tweak which solves the double bookings.',
  ])('reads something of ours that solved the problem as a hook, any tense: %s', (text) => {
    expect(met(text, 'hook')).toBe(true);
  });

  it.each([
    'We do the VAT returns for bakeries so you can get your evenings back.',
    'We can send a crew overnight so the shop floor looks right on opening day.',
  ])('reads a purpose clause for them as a hook: %s', (text) => {
    expect(met(text, 'hook')).toBe(true);
  });

  it('does not read "so you can call me" as a result', () => {
    expect(met('I’m in all day so you can call me on 0161 496 0520.', 'hook')).toBe(false);
  });

  it('reads an ordinal ("a second shop") as their news, not a duration', () => {
    const c = checks('Saw you opened a second shop in Hove.');
    expect(byId(c, 'hook').met).toBe(false);
    expect(byId(c, 'context').met).toBe(true);
  });

  // Context: a reason tied to them, found by who it is about.
  it.each([
    'I was chatting with two of your site managers and they said the rota is a pain.',
    'I spoke to your neighbours at the business park last month.',
    'Your drivers told me the yard floods every winter.',
  ])('sees their people, singular or plural, as context: %s', (text) => {
    expect(met(text, 'context')).toBe(true);
  });

  it.each(['Is the rota doing your head in?', 'Does stocktake do your head in?'])(
    'does not read an idiom about their head as a colleague: %s',
    (text) => {
      expect(met(text, 'context')).toBe(false);
    },
  );

  it.each([
    'You rang us on Monday about the empty unit.',
    'You emailed last week about van hire.',
    'Thanks for getting in touch about the kitchen refit.',
    'You dropped into our stand at the trade show.',
  ])('sees their own earlier contact with us as context: %s', (text) => {
    expect(met(text, 'context')).toBe(true);
  });

  it.each([
    'Saw the new shopfront on Instagram, looks great.',
    'Spotted on LinkedIn that the Canal Street site is hiring.',
  ])('sees a sighting of theirs with its source as context: %s', (text) => {
    expect(met(text, 'context')).toBe(true);
  });

  it.each(['How are the new vans working out at the Salford depot?', 'How’s the new menu going?'])(
    'sees a question about their new thing or their named site as context: %s',
    (text) => {
      expect(met(text, 'context')).toBe(true);
    },
  );

  it('sees their event named with "for the …" as context', () => {
    expect(met('Need a stand for the spring show, Ali?', 'context')).toBe(true);
  });

  it.each([
    'Worth a call about an easy win on your energy bill?',
    'I spotted a quick win in your delivery routes.',
  ])('reads a win offered to them as a hook: %s', (text) => {
    expect(met(text, 'hook')).toBe(true);
  });

  it.each(['PORT STRIKES at Felixstowe this week?', 'Flooding in Carlisle again this month?'])(
    'sees a question about a recent event at a named place as context: %s',
    (text) => {
      expect(met(text, 'context')).toBe(true);
    },
  );

  it('does not read a recent-time question asking for time as context', () => {
    expect(met('Are you free this week? Call Leon on 0161 496 0521.', 'context')).toBe(false);
  });

  it('does not read "how\'s the new year" as their news', () => {
    expect(met('How’s the new year treating you?', 'context')).toBe(false);
  });

  it.each([
    'Hi Jo. Our card reader comes with same-day payouts into your account, a free app and no fee.',
    'How many hours did your last stock count take, Priya?',
  ])('does not read our feature or their name as their thing: %s', (text) => {
    expect(met(text, 'context')).toBe(false);
  });

  // Next step: an ask is a contact verb addressed to them, wherever it sits.
  it.each([
    'Please contact our office at 0161 496 0530.',
    'so if you are interested please call back on 0161 496 0531',
    'Let’s talk. 0161 496 0532.',
    'Worth a ten-minute chat, Niall? 0161 496 0533.',
    'Feel free to get in touch on 0161 496 0534.',
  ])('hears any ask to contact us as a next step: %s', (text) => {
    expect(met(text, 'nextStep')).toBe(true);
  });

  // No pitch: claims about us, by word class.
  it.each([
    'We’re the best payroll app for salons in Wales.',
    'Over 4,000 dentists across Wales trust Molarsoft.',
    'More than 900 farms rely on our feed plans.',
  ])('fails no pitch on any superlative or count of those who use us: %s', (text) => {
    expect(met(text, 'noPitch')).toBe(false);
  });

  it('does not read a count of their own people as our boast', () => {
    expect(met('Your 40 drivers use paper logs, Dee told me.', 'noPitch')).toBe(true);
  });

  it('does not read "we do email …" as an ask', () => {
    expect(met('We do email campaigns for florists.', 'nextStep')).toBe(false);
  });

  it('does not read saying what kind of firm we are as explaining the product', () => {
    const text =
      'hi, um, this is Pat with Routeway, we, uh, we’re a logistics company and, um, so I was sort of wondering if, um, you know, if you, uh, had a, um';
    expect(met(text, 'noPitch')).toBe(true);
  });

  it('still reads saying what the product does as explaining it', () => {
    const text =
      'We’re a payroll platform that handles holiday pay, pensions, sick pay and expenses for you.';
    expect(met(text, 'noPitch')).toBe(false);
  });

  it('measures a long sentence by its clauses: a dash splits it', () => {
    const text =
      'Firms that move their tills to a new system often find one or two gaps in the card setup in the first month — we can run a free two-hour check before launch so nothing breaks.';
    expect(met(text, 'noPitch')).toBe(true);
  });

  // Opener: what comes before the intro.
  it.each([
    [
      'Good morning. This is a message for Mrs Ansah. My name is Leon Platt of Corbel Bank.',
      'Leon Platt',
    ],
    [
      'Good morning, this message is for the office manager. I’m calling on behalf of Brightmop Ltd.',
      'Brightmop',
    ],
    [
      'Hi there Kofi, hope your week is going well, my name is Dee Harper with Mopwell.',
      'Dee Harper',
    ],
    ['Hiya Jo, hope the weekend treated you well — it’s Sam from Tidy Co.', 'Sam'],
    ['Oh hi, um, I didn’t expect the machine, uh, this is Pat with Routeway.', 'Pat'],
    ['Hey, sorry, I think I tried you earlier, this is Mo from Kettle.', 'Mo'],
    ['Hello from Greenleaf Produce! Call 0161 496 0540.', 'Greenleaf Produce'],
  ])('skips a preamble about the message and finds the intro after it: %s', (text, who) => {
    const opener = byId(checks(text), 'opener');
    expect(opener.met).toBe(false);
    expect(opener.why).toContain(who);
  });

  // Repeated: a short phrase may finish the number's sentence; a new clause after it buries it.
  it.each([
    'Ring Dev on 0161 496 0560, any day after four.',
    'Call Dev on 0161 496 0561 and mention the flyer.',
    'Text Dev on 0161 496 0562 or drop by the shop.',
  ])('reads a new clause after the only number as burying it: %s', (text) => {
    expect(met(text, 'repeated')).toBe(false);
  });

  it.each([
    'Call Dev on 0161 496 0563 to book.',
    'Call Dev on 0161 496 0564 when you can.',
    'Call Dev on 0161 496 0565. Thanks, bye.',
    'Call Dev on 0161 496 0566, ext. 12.',
  ])('still reads a phrase finishing the ask after the number as ending on it: %s', (text) => {
    expect(met(text, 'repeated')).toBe(true);
  });

  // Callback: a company before the number is no name.
  it.each([
    'Northgate Cyber, 0161 496 0550.',
    'Green Acre Wholesale, 0117 496 0551.',
    'Just ring Fastprint on 01632 960 552.',
    'Call Routelogic on 0161 496 0553.',
  ])('reads a company before the number as no name: %s', (text) => {
    expect(met(text, 'callback')).toBe(false);
  });

  it('hears a leading "oh" as a digit when digits follow', () => {
    const c = checks(
      'Worth a look? Aoife Byrne, Fleetwise, oh eight six, one two three, four five six seven.',
    );
    expect(byId(c, 'callback').met).toBe(true);
    expect(byId(c, 'callback').why).toContain('oh eight six');
  });
});

describe('round 5 principles, second pass: probes of my own', () => {
  const checks = (text: string) => checkScript(text, BAND, null);
  const met = (text: string, id: CheckId) => byId(checks(text), id).met;

  it.each([
    ['Hello Mr. Abubakar. My name is Ife Nwosu from Lagos Cargo. 0803 555 0801.', 'Ife Nwosu'],
    ['Hello Fiona. Niamh here, from Quayline. 0161 496 0802.', 'Niamh'],
    ['Good morning, this is a courtesy call from Northern Gas. 0800 555 0803.', 'Northern Gas'],
  ])('finds the intro after their name as a sentence, or a courtesy call: %s', (text, who) => {
    const opener = byId(checks(text), 'opener');
    expect(opener.met).toBe(false);
    expect(opener.why).toContain(who);
  });

  it('still reads a bare full name as the first sentence as the caller', () => {
    expect(
      byId(checks('Aisha Begum. Calling about your lease. 0161 496 0804.'), 'callback').why,
    ).toContain('Aisha Begum');
  });

  it.each(['Your fixed rate ends next month.', 'I can take the fixed asset register off you.'])(
    'reads "fixed" before a noun as an adjective, not a fix: %s',
    (text) => {
      expect(met(text, 'hook')).toBe(false);
    },
  );

  it.each([
    'I’ve pulled together a fuel comparison for your six vans.',
    'We automated the rota for a 40-bed care home and they dropped agency shifts.',
    'Prices rise on the 1st, and I can lock in the current rate for you.',
    'We cut returns by 12% for a shoe shop in Derby.',
  ])('reads work done for them or for a customer like them as a hook: %s', (text) => {
    expect(met(text, 'hook')).toBe(true);
  });

  it.each(['Your lease at Canary Wharf ends in June.', 'Your reorder of labels is due next week.'])(
    'sees a dealing of theirs with its date as context: %s',
    (text) => {
      expect(met(text, 'context')).toBe(true);
    },
  );

  it('does not read their own rates as our price', () => {
    expect(
      met('Your shop’s shipping rates are higher than the sellers beside you.', 'noPitch'),
    ).toBe(true);
  });

  it('reads a percentage written without a space as a figure', () => {
    expect(met('Clinics like yours see 30% fewer no-shows.', 'hook')).toBe(true);
  });

  it.each([
    'Break-ins on industrial estates are up 40% this year.',
    'Card fraud has risen 25 percent since May.',
  ])('reads a rise reported as news as no result for them: %s', (text) => {
    expect(met(text, 'hook')).toBe(false);
  });

  it('hears "hit me up" as an ask', () => {
    expect(met('hit me up on 0412 555 805', 'nextStep')).toBe(true);
  });

  it('does not read asking for a minute, in any tense, as a result', () => {
    expect(met('If you had a minute to chat sometime, that would be great.', 'hook')).toBe(false);
  });

  it('reads "NAME this side" as a self-introduction', () => {
    const c = checks('Hello Mr. Rao, Anil this side from Tejas Finance. Call 98450 55901.');
    expect(byId(c, 'opener').met).toBe(false);
    expect(byId(c, 'callback').why).toContain('Anil');
  });

  it('never takes an -ing word after "I am" for a name', () => {
    const c = checks(
      'Good day Mr Dube. I hope you are well. I am phoning from Veld Tiles. Call 021 555 0902.',
    );
    expect(byId(c, 'callback').why).not.toContain('(phoning)');
    expect(byId(c, 'opener').met).toBe(false);
  });

  it('reads "NAME here, COMPANY." as a person and their company', () => {
    const c = checks(
      'Hey Jo, Vic here, Swift Rooter. Rain’s due Friday, want us to check your drains? 555-0903.',
    );
    expect(byId(c, 'callback').why).toContain('Vic');
    expect(byId(c, 'callback').why).not.toContain('(Swift Rooter)');
  });

  it.each([
    'Your lorries were queuing outside the Asda on Mill Road at six.',
    'Your sign on Dale Street has a letter missing.',
  ])('sees their thing placed by a proper noun as context: %s', (text) => {
    expect(met(text, 'context')).toBe(true);
  });

  it.each([
    'Your fleet’s insurance renews in 30 days.',
    'Your VAT refund for March is still pending.',
  ])('sees a dealing of theirs, possessive or pending, as context: %s', (text) => {
    expect(met(text, 'context')).toBe(true);
  });

  it('does not read a boast clause with a figure as the hook', () => {
    expect(
      met('We are Kenya’s number one host with 99.9% uptime. Call 0722 555 904.', 'hook'),
    ).toBe(false);
  });

  it('reads "lift" after an article as a noun, not a result', () => {
    expect(met('Your building’s lift was broken on Monday.', 'hook')).toBe(false);
  });

  it('reads people or kit we have available for them as a hook', () => {
    expect(met('We have two qualified welders available from Monday.', 'hook')).toBe(true);
  });

  it('reads "ur warranty" as theirs, not our boast', () => {
    expect(met('calling about ur extended warranty, call 1 800 555 0905', 'noPitch')).toBe(true);
  });

  it('fails no pitch on a claim to be the only one', () => {
    expect(
      met('We’re the only agency that covers the whole of Fife. Call 01592 555 911.', 'noPitch'),
    ).toBe(false);
  });

  it.each([
    ['Call me on 98200 55912 — Amit — or I’ll email you tomorrow.', 'Amit'],
    ['Ring 0161 496 0913, Priya, any time.', 'Priya'],
  ])('takes a name right after the number for the caller: %s', (text, who) => {
    expect(byId(checks(text), 'callback').why).toContain(who);
  });

  it.each(['Ring 0161 496 0914, Monday to Friday.', 'Ring 0161 496 0915, ta.'])(
    'does not take a day or a thanks after the number for a name: %s',
    (text) => {
      expect(met(text, 'callback')).toBe(false);
    },
  );

  it('reads "we\'re COMPANY" at the opening as the company introducing itself', () => {
    const opener = byId(checks('Hi there, we’re Brightmop, the tidiest crew in Leeds.'), 'opener');
    expect(opener.met).toBe(false);
    expect(opener.why).toContain('Brightmop');
  });

  it('hears "visit … to book" as an ask', () => {
    expect(met('Visit brightmop dot com to book.', 'nextStep')).toBe(true);
  });

  it.each([
    'We can get a backup reader to you by Monday.',
    'We could have new signs fitted within two days.',
  ])('reads something delivered to them by a date as a hook: %s', (text) => {
    expect(met(text, 'hook')).toBe(true);
  });

  it('does not read "I’ll get back to you by Friday" as a result', () => {
    expect(met('I’ll get back to you by Friday.', 'hook')).toBe(false);
  });

  it('reads "We at COMPANY" as the company introducing itself, and a decimal fee as a price', () => {
    const c = checks(
      'Hello! We at Paywell charge only 1.5% per card payment. Visit paywell dot my.',
    );
    expect(byId(c, 'opener').met).toBe(false);
    expect(byId(c, 'hook').met).toBe(false);
    expect(byId(c, 'noPitch').met).toBe(false);
  });

  it('finds the caller before the number in an all-lower-case script', () => {
    expect(byId(checks('hey sam jess at bookly 0412 555 920 text me'), 'callback').why).toContain(
      'jess',
    );
  });
});

describe('round 6 principles: what blind set 4 showed, in my own sentences', () => {
  const checks = (text: string) => checkScript(text, BAND, null);
  const met = (text: string, id: CheckId) => byId(checks(text), id).met;

  it.each([
    [
      'Good evening madam, myself Priya Menon calling from Tejas Cloud. Kindly revert on 98450 11223.',
      'Priya Menon',
    ],
    [
      'Ms. Patel, Daniel Reyes from Harbour Credit Union following up on your loan form. Call me on 0161 496 0101.',
      'Daniel Reyes',
    ],
    ['Hi Sean, how are ya, hope all’s grand, this is Ciara from Bluewave. 087 555 0102.', 'Ciara'],
  ])('finds the caller however the intro is put: %s', (text, who) => {
    const c = checks(text);
    expect(byId(c, 'opener').met).toBe(false);
    expect(byId(c, 'callback').met).toBe(true);
    expect(byId(c, 'callback').why).toContain(who);
  });

  it('hears "kindly revert" (Indian English) as an ask', () => {
    expect(met('Kindly revert at your convenience on 98450 11223.', 'nextStep')).toBe(true);
  });

  it('reads "X & Y here" as a company introducing itself, with no person to call', () => {
    const c = checks(
      'Hi there, Fox & Finch here — we keep the books for cafés. Ring us on 0113 496 0100.',
    );
    expect(byId(c, 'opener').met).toBe(false);
    expect(byId(c, 'callback').met).toBe(false);
  });

  it('reads a desk and a trade word as a company, not a caller', () => {
    expect(met('This is the night desk, Metro Cargo. Call 0800 555 0107.', 'callback')).toBe(false);
  });

  it('reads a lone name as a sentence, then the caller, as opening with the caller', () => {
    expect(met('Ali. Jess, Parcelpoint. 0113 496 0106. 0113 496 0106.', 'opener')).toBe(false);
  });

  it.each([
    'Hi Dev, twenty years in the signage trade and rated top in Yorkshire — that’s us at Brightsign. Call Sam on 0113 496 0104.',
    'Sophie, ring me back on 0113 496 0105 when you can — it’s Tom at Gridline.',
  ])('fails the opener when it opens with a boast with a figure, or an ask: %s', (text) => {
    expect(met(text, 'opener')).toBe(false);
  });

  it.each([
    'Hi Sam, we helped the bakery next door to you cut waste by a third. Call Jo on 0113 496 0109.',
    'Kim, are you still paying for two phone lines? Call Jo on 0113 496 0110.',
  ])('still passes an opener about them, even with "we" in it: %s', (text) => {
    expect(met(text, 'opener')).toBe(true);
  });

  it.each([
    'Hi Jo, Mark from Tillwise. I’ve rung a few times now, so this is the last one. Take care.',
    'Our panels come with a ten-year warranty and Wi-Fi monitoring. Fitting takes three days.',
    'Call 0113 496 0108, or I’ll send the committee a one-page proposal by Monday.',
    'A few questions before I can price it: how many rooms do you have, and is there parking?',
    'We’ve got a new spring menu out, with canapés, a DJ and a bar. Talk soon, Becky x',
    'Our course has 10 modules, 3 live clinics and a certificate. — Omar, Brightlane Training',
  ])('finds no hook in attempts, specs, paperwork, our questions or a sign-off: %s', (text) => {
    expect(met(text, 'hook')).toBe(false);
  });

  it('still reads a sentence broken off before the number as a cut-off', () => {
    expect(
      met(
        'Your renewal came through, and the reason I’m calling is — call me on 0113 496 0111.',
        'hook',
      ),
    ).toBe(true);
    expect(met('Hi Jo. There’s one thing about your cover that Dave', 'hook')).toBe(true);
  });

  it.each([
    'Worth a quick look at your last VAT return? It often turns up refunds people missed.',
    'The retrofit grant shuts in June and could cover about half the cost.',
    'We’re on the block opposite next week, so we could check your gutters with no call-out fee.',
    'I’ve got the slides and a checklist you could use with your new starters.',
    'That’s an open door, and we could plug that gap in a day.',
  ])(
    'reads a find, a grant, a free visit, material for them or a quick fix as a hook: %s',
    (text) => {
      expect(met(text, 'hook')).toBe(true);
    },
  );

  it.each([
    'The council rebate could take £1,800 off every boiler you replace.',
    'It’s usually worth a couple of hundred pounds a month in fuel.',
  ])('reads money from a grant, or worth to them, as theirs, not our price: %s', (text) => {
    expect(met(text, 'noPitch')).toBe(true);
    expect(met(text, 'hook')).toBe(true);
  });

  it.each([
    'Calling about your cleaning agreement, which comes up for renewal in April.',
    'Your overdraft facility is due for review in May.',
    'Priya at the Leeds bakery said you need a new flour supplier.',
    'I’ve been through your Q2 fuel reports and one route looks off.',
    'Your Office 365 mailbox still accepts old logins.',
    'Did you know the leak at your courier last week includes two of your staff emails? Happy to walk you through it.',
  ])('sees a dated dealing, a referral, their records or their supplier as context: %s', (text) => {
    expect(met(text, 'context')).toBe(true);
  });

  it('does not read "regarding your account" with no detail as context', () => {
    expect(met('Please call me back today regarding your account. 0113 496 0112.', 'context')).toBe(
      false,
    );
  });

  it.each([
    'Please to call the service desk on 0800 555 0113.',
    'anyway its Mo at Printly, ill text ye tomorrow',
    'Our line is 0800 555 0114 — ask for the duty engineer.',
  ])('hears an ask or a commitment however it is written: %s', (text) => {
    expect(met(text, 'nextStep')).toBe(true);
  });

  it('does not read "if you ever need anything give us a call" as a next step', () => {
    expect(met('If you ever need a hand give us a call, talk soon.', 'nextStep')).toBe(false);
  });

  it.each([
    'We handle payroll for about sixty clinics across Leeds.',
    'Tallyo does rotas, timesheets, leave tracking, expenses and a staff app.',
  ])('reads a count of who we serve, or our product listing its features, as pitch: %s', (text) => {
    expect(met(text, 'noPitch')).toBe(false);
  });

  it.each([
    'Hi, yeah, so it’s, um, Dave, from Kestrel Telecom, and I was, like, just ringing to say hello and see if, you know, you lot have anything coming up around, uh, phones or broadband for the office, and yeah, I’ll try again next week maybe. Bye.',
    'We’re fitting the new lift at Quay House, right across from your Mill Lane office, and we’ve got a crew there through April, so we could look at your entrance lights while we’re on site at no charge. Thanks.',
  ])(
    'does not read a long sentence of chatter or logistics as explaining the product: %s',
    (text) => {
      expect(met(text, 'noPitch')).toBe(true);
    },
  );

  it('hears a number with a correction inside it as one number', () => {
    const c = checks(
      'It’s Dana at Quayline — my mobile is 0161, 496 — sorry — 0199. Text me a time.',
    );
    expect(byId(c, 'callback').met).toBe(true);
    expect(findPhoneNumbers('my mobile is 0161, 496 — sorry — 0199.')[0]?.digits).toBe(
      '01614960199',
    );
  });

  it('keeps a promise to them after a list of what we do as a hook', () => {
    const text =
      'Your website still runs an old plugin. We do hosting, backups, audits and support, and we’d patch that hole in an hour. Call Sam on 0113 496 0115.';
    expect(met(text, 'hook')).toBe(true);
    expect(met(text, 'noPitch')).toBe(false);
  });

  // Second pass: probes of my own written and labelled before they ran (see the issue note).
  it('reads years in a trade, or how long we have traded, as a boast with a figure', () => {
    const c = checks(
      'Hi Jo, fifteen years in office removals and 2,000 moves done — that’s Shiftit. Call Kay on 0113 496 0120.',
    );
    expect(byId(c, 'opener').met).toBe(false);
    expect(byId(c, 'hook').met).toBe(false);
    expect(
      met(
        'We’ve fitted kitchens across Bristol for over twenty years. Call Kay on 0117 496 0121.',
        'noPitch',
      ),
    ).toBe(false);
  });

  it.each([
    'Your old phone contract is costing roughly 90 pounds a month more than a new one.',
    'The energy relief scheme could take £600 off your bill.',
  ])('reads what costs them, or a relief for them, as their money: %s', (text) => {
    expect(met(text, 'noPitch')).toBe(true);
    expect(met(text, 'hook')).toBe(true);
  });

  it.each([
    'Thanks for the floor plan you sent over.',
    'Three cafés on your parade use a card reader.',
  ])('sees what they sent, or their parade, as context: %s', (text) => {
    expect(met(text, 'context')).toBe(true);
  });

  it('reads the name a message is signed with as the caller', () => {
    const c = checks('Hiya Jo, hope all is well! Give us a shout on 0161 496 0320. Cheers, Nadia');
    expect(byId(c, 'callback').why).toContain('Nadia');
  });

  it('finds "NAME, COMPANY." after their name said alone', () => {
    const c = checks('Tom. Ellie, Brightside Roofing. Give us a ring. 0113 496 0321.');
    expect(byId(c, 'opener').met).toBe(false);
    expect(byId(c, 'callback').why).toContain('Ellie');
  });

  it('keeps the number last when a short ask follows it after a comma', () => {
    expect(met('It’s Jo at Kitely, 0412 555 322, call me.', 'repeated')).toBe(true);
  });

  it.each([
    'The lease at 3 Mill Lane ends on the 31st.',
    'Your boiler is due for its yearly check.',
    'The filing deadline for your café is next week.',
  ])('sees a dealing of theirs with a date as context: %s', (text) => {
    expect(met(text, 'context')).toBe(true);
  });

  it.each([
    'Good morning, Clearview Windows calling. Please ring 0800 555 0323 to book.',
    'Your van is due for its annual service. Please ring 0800 555 0324.',
  ])('names no caller for a trade firm or "its …": %s', (text) => {
    expect(met(text, 'callback')).toBe(false);
  });

  it('hears "txt me" (texting style) as an ask', () => {
    expect(met('hey sam its jo from tidyup, txt me 0412 555 430', 'nextStep')).toBe(true);
  });

  it('reads "have I got the right number for whoever …?" as asking for someone, not a question for them', () => {
    expect(
      met(
        'Hi, have I got the right number for whoever runs the kitchen at Rosie’s? It’s Pete from Chefstock. 0161 496 0431.',
        'opener',
      ),
    ).toBe(false);
  });

  it('reads a list of what we have as pitch', () => {
    expect(met('We have sofas, rugs, lamps, beds and mirrors, all ready to ship.', 'noPitch')).toBe(
      false,
    );
  });
});

describe('round 7 principles: what blind set 5 showed, in my own sentences', () => {
  const checks = (text: string) => checkScript(text, BAND, null);
  const met = (text: string, id: CheckId) => byId(checks(text), id).met;

  it.each([
    'Hi Tom, me again, sorry to keep ringing. Call Ali on 0113 496 0201.',
    'Second time lucky! Priya at Lumen Dental, 0113 496 0202.',
    'Morning Jess, just checking in to see where things landed. Call Ali on 0113 496 0203.',
  ])('fails an opener that clears its throat before anything for them: %s', (text) => {
    const opener = byId(checks(text), 'opener');
    expect(opener.met).toBe(false);
    expect(opener.why).toMatch(/clearing your throat|who you are/);
  });

  it('still passes a follow-up that names their own request', () => {
    expect(
      met(
        'Hi Jess, just following up on your quote request for the Leeds office move. Call Ali on 0113 496 0204.',
        'opener',
      ),
    ).toBe(true);
  });

  it.each([
    ['Good day ma’am, calling from Northstar Couriers about your parcels. 0113 496 0205.', null],
    ['Hi Raj, Tom Baker again, about the roof survey. Call me on 0113 496 0206.', 'Tom Baker'],
    ['Hello, Okafor & Daughters joinery here. Ring us on 0113 496 0207.', null],
    ['hey sam its the brightbox crew, spare van friday, text 07700 900 209', null],
    ['hi jo this is redkite we got two vans free friday call 07700 900 210', null],
    ['good morning madam lata this is arjun from cloudnest, call 98450 11211', 'arjun'],
    ['HELLO, THIS IS BRIGHTWAY SIGNS, 20 YEARS IN BUSINESS. CALL 0113 496 0212.', null],
  ])('finds the caller (or only a company) however the intro is put: %s', (text, who) => {
    const c = checks(text);
    expect(byId(c, 'opener').met).toBe(false);
    expect(byId(c, 'callback').met).toBe(who !== null);
    if (who) expect(byId(c, 'callback').why).toContain(who);
  });

  it.each([
    'Hi Lee, Fleetgrid Europe here. Call 0113 496 0208.',
    'Hi, Foster here — the Foster Group, lettings. Ring reception on 0113 496 0213.',
  ])('reads a firm named for a region, or named again as a group, as no caller: %s', (text) => {
    expect(met(text, 'callback')).toBe(false);
  });

  it.each([
    ['Priya Shah, 0113 496 0214. Saw your new menu boards on Deansgate—', 'Priya Shah'],
    [
      'Rents in Salford rose again this spring. Omar Hadid, Keystone Lettings, the area’s busiest letting agent. 0161 496 0215.',
      'Omar Hadid',
    ],
  ])('hears a full name beside a number or a company as the caller: %s', (text, who) => {
    expect(byId(checks(text), 'callback').why).toContain(who);
    expect(met(text, 'callback')).toBe(true);
  });

  it('hears a number said in two parts as one number', () => {
    const found = findPhoneNumbers(
      'My number is oh one one three, four nine six... and the last bit is oh two one six.',
    );
    expect(found.map((n) => n.digits)).toEqual(['01134960216']);
  });

  it.each([
    'Hi Ana, have you had any further thoughts on the quote? Call Ali on 0113 496 0217.',
    'Hi Ana, can we fix a time for a chat next week? Call Ali on 0113 496 0217.',
    'Hi Jo, it’s Ali at Tillwise. I won’t ring again. take care',
    'Are you still doing timesheets on paper? Call Ali on 0113 496 0219.',
    'Did you know Brightway has been fitting kitchens for over 40 years? Call Ali on 0113 496 0220.',
    'Our rates: full pallet £45, half pallet £30. Lead time 5 days. Call Ali on 0113 496 0221.',
    'Our app does rotas and timesheets, so you get alerts, reports and exports. Call Ali on 0113 496 0221.',
    'You asked about catching up on three years of bookkeeping. Call Ali on 0113 496 0222.',
  ])(
    'finds no hook in their thoughts, a meeting, a sign-off, a bare pain, a boast or a spec: %s',
    (text) => {
      expect(met(text, 'hook')).toBe(false);
    },
  );

  it.each([
    'Hi Ana, your landlord says the boiler in their— sorry, Ali Khan here, 0113 496 0218.',
    'Are you still doing timesheets on paper? We got a care home off paper in a week. Call Ali on 0113 496 0219.',
    'I’m holding three rooms at the Grand for your sales kick-off. Call Ali on 0113 496 0223.',
    'hi jo we got two drivers free out of leeds tomorrow, call ali 07700 900 224',
    'We text every patient the day before, so no appointment gets forgotten.',
    'We still have your artwork from last year, so the reprint would be quick.',
    'I can get your VAT return in before the January deadline.',
    'We’re out of the blue tiles, but we can swap in the grey at the same price.',
    'Our app has rotas, timesheets, leave and payroll exports, so managers can sign off the week in ten minutes. Call Ali on 0113 496 0229.',
  ])('finds a hook however the benefit is put: %s', (text) => {
    expect(met(text, 'hook')).toBe(true);
  });

  it('reads a figure in their own request as theirs, not a boast about us', () => {
    const c = checks(
      'Hi Jo, you asked about catching up on three years of bookkeeping — that’s the kind of work we do every week. Call Ali on 0113 496 0225.',
    );
    expect(byId(c, 'opener').met).toBe(true);
    expect(byId(c, 'context').met).toBe(true);
    expect(byId(c, 'noPitch').met).toBe(true);
  });

  it.each([
    'hi jo ive emailed a few times and havent heard back from your team so ill leave it',
    'Hi Jo, wondering if you’ve thought more about our conversation. Call Ali on 0113 496 0226.',
    'Hi Jo, I’m calling about your annual account review. Call Ali on 0113 496 0226.',
    'Has your building looked at EV chargers yet? Call Ali on 0113 496 0226.',
    'A firm about your size in Leeds cut its energy bill by a third. Call Ali on 0113 496 0226.',
  ])(
    'finds no context in a silence, a vague talk, a routine review or a generic question: %s',
    (text) => {
      expect(met(text, 'context')).toBe(false);
    },
  );

  it.each([
    'Hi Jo, following up on our conversation on Tuesday about the van leases.',
    'Your warehouse in Wakefield could run on its own solar.',
    'With the new depot lease in Doncaster, have you sorted the racking?',
    'I’m calling about the Mill Lane flats.',
  ])('finds context in their thing at a named place, or a talk with a detail: %s', (text) => {
    expect(met(text, 'context')).toBe(true);
  });

  it.each([
    'Hi Jo, I thought I’d give you a ring and see how things are. It’s Ali, 0113 496 0227.',
    'Hi Jo, it’s Ali, 0113 496 0227. I’ll probably try you again next week.',
    'Hi Jo, it’s Ali. If it’s ever worth a chat, ring me on 0113 496 0227.',
  ])('finds no next step in this call, a hedge or a someday: %s', (text) => {
    expect(met(text, 'nextStep')).toBe(false);
  });

  it.each([
    'Leave a message with Sandra on 0113 496 0228 and I’ll ring back.',
    'Could I pop in on Wednesday at ten to measure up?',
  ])('hears leaving a message, or a time proposed, as a next step: %s', (text) => {
    expect(met(text, 'nextStep')).toBe(true);
  });

  it.each([
    'Ledgerly is a cloud-based small business accounting platform that handles invoices and VAT.',
    'We do flyers, banners, menus, pretty much anything.',
    'It’s Ali from Roomly, home of the region’s best-selling garden room.',
    'We have a promo this month, 2,400 per unit fitted.',
  ])(
    'reads a product defined, a trailing list, one superlative or a bare price as pitch: %s',
    (text) => {
      expect(met(text, 'noPitch')).toBe(false);
    },
  );

  describe('second pass: probes of my own, labelled before they ran', () => {
    it.each([
      ['good afternoon sir this is vikram calling from nexa solar, call 98220 44120', 'vikram'],
      ['hello ma’am good morning po, im jessa from quickpay, call me 0917 555 0154', 'jessa'],
      [
        'Hi Jordan, Steve here, Vaultline Security, Canada’s most trusted alarm firm. We fit keycards. 416 555 0152.',
        'Steve',
      ],
    ])('finds the caller in more ways of saying it: %s', (text, who) => {
      const c = checks(text);
      expect(byId(c, 'opener').met).toBe(false);
      expect(byId(c, 'callback').why).toContain(who);
    });

    it('fails an opener that is only the reason for ringing, with no "just" before it', () => {
      expect(
        met(
          "Hi there, I'm just ringing to see if you need any printing done. Call 0800 555 0149.",
          'opener',
        ),
      ).toBe(false);
    });

    it.each([
      'The council’s new parking rules kick in on the first of May for your car park.',
      'How’s the Rosebank bistro coping with the roadworks?',
    ])('finds context in a rule about to change for them, or their named venue: %s', (text) => {
      expect(met(text, 'context')).toBe(true);
    });

    it.each([
      'We fitted the shelving for the deli next door in a weekend. Call Ali on 0113 496 0230.',
      'We found four invoices you’re being over-charged on. Call Ali on 0113 496 0230.',
    ])('finds a hook in a quick job or money they are over-charged: %s', (text) => {
      expect(met(text, 'hook')).toBe(true);
    });

    it('finds no hook in wishing them a good weekend', () => {
      expect(
        met('Hi Jo, it’s Ali at Tillwise. Have a lovely weekend. 0113 496 0231.', 'hook'),
      ).toBe(false);
    });

    it('finds no next step in a call back put off to "some time"', () => {
      expect(met('Hi Jo, it’s Ali. I’ll try you again sometime next week.', 'nextStep')).toBe(
        false,
      );
    });

    it('reads "we\'re a firm … offering" a list as pitch', () => {
      expect(
        met(
          'We’re a family firm in Leeds offering boilers, radiators, bathrooms and servicing. Call Ali on 0113 496 0232.',
          'noPitch',
        ),
      ).toBe(false);
    });

    it.each([
      ['Worth fifteen minutes on Thursday? Ali, 0113 496 0235.', 'nextStep', true],
      ['Ali here, 0113 496 0236 — flick me a text.', 'nextStep', true],
      [
        'Hi Jo, it’s Ali. If I don’t hear back I’ll assume you’re sorted. 0113 496 0237.',
        'hook',
        false,
      ],
      ['Your crew are starting the Salford fit-out next week, I hear.', 'context', true],
      ['Hi Jo. Fourth message, sorry! Call Ali on 0113 496 0238.', 'opener', false],
      [
        'hi jo its raj with quickcab we r offering school runs cheapest rates in derby call 0116 496 0239',
        'noPitch',
        false,
      ],
    ] as const)('third pass, from a second probe batch: %s (%s)', (text, id, expected) => {
      expect(met(text, id)).toBe(expected);
    });

    it('hears "give us a bell" as one person talking, so "Dazza here" is the caller', () => {
      const c = checks(
        'G’day Bruce, Dazza here. Got a spare trailer Friday if you need it. 0400 555 901. Give us a bell.',
      );
      expect(byId(c, 'callback').met).toBe(true);
      expect(byId(c, 'callback').why).toContain('Dazza');
    });

    it.each([
      [
        'Hi Sam, Priya from Lumen Dental again, about the whitening offer. 0113 496 0240.',
        'opener',
        false,
      ],
      [
        'We host weddings in the Peak District with catering, rooms, a band and fireworks.',
        'noPitch',
        false,
      ],
      [
        'We are a family removals firm serving Kent for over 30 years. Call Ali on 0113 496 0241.',
        'noPitch',
        false,
      ],
      [
        'We are a family removals firm serving Kent for over 30 years. Call Ali on 0113 496 0241.',
        'hook',
        false,
      ],
      ['Hello, this is about your van’s extended warranty. Call 0113 496 0242.', 'noPitch', true],
      ['Hiya Bex, it’s Jade. Give me a ring on 0151 496 0243 xx', 'hook', false],
      ['Hi Bex, your Valentine’s order from last year went down a treat.', 'context', true],
      ['Nora, your team’s LinkedIn post about churn was spot on.', 'context', true],
      ['Jo — 0113 496 0244 — it’s Ali at Oakline. Your worktop’s in.', 'opener', false],
      [
        'Hi Jin, are you the right person for payroll at Dunmore Foods? It’s Ali from Payroo, 0113 496 0245.',
        'opener',
        false,
      ],
      ['Mia, a quick idea for the Eastgate clinic: reminders by text.', 'context', true],
      ['You booked our marquee for the summer fete last year.', 'context', true],
      ['Ali, 0113 496 0246 — when’s good for a call this week?', 'nextStep', true],
      ['If you want yours done before the summer, let me know by Friday.', 'hook', true],
      ['If you want yours done before the summer, let me know by Friday.', 'nextStep', true],
    ] as const)('fourth pass, from a third probe batch: %s (%s)', (text, id, expected) => {
      expect(met(text, id)).toBe(expected);
    });

    it.each([
      ['Hey, it’s me, Ravi. Call me on 0113 496 0250.', 'opener', false],
      ['Hey, it’s me, Ravi. Call me on 0113 496 0250.', 'callback', true],
      [
        'Good afternoon Mrs. de Souza. My name is Ali Khan from Payroo. 0113 496 0251.',
        'opener',
        false,
      ],
      ['Hello, I’m reaching out from Trident Media, 0113 496 0252.', 'callback', false],
      [
        'We’d love to help grow your brand online with SEO, social media, PPC and web design. Call 0113 496 0253.',
        'noPitch',
        false,
      ],
      [
        'We’d love to help grow your brand online with SEO, social media, PPC and web design. Call 0113 496 0253.',
        'hook',
        false,
      ],
      [
        'We moved Studio Nine online and they picked up eleven bookings in the first month.',
        'hook',
        true,
      ],
      ['Can I show you on Friday?', 'nextStep', true],
      ['A new lock usually stops that.', 'hook', true],
      ['You left a review on our page about the late delivery.', 'context', true],
      ['Our records show your lease ended in May.', 'context', true],
      ['I’ve done six of those this year. Call Ali on 0113 496 0254.', 'noPitch', false],
      [
        'We clean shop windows for a flat monthly fee. Call Ali on 0113 496 0255.',
        'noPitch',
        false,
      ],
      ['Free design visit this month. Call Ali on 0113 496 0256.', 'hook', true],
      ['Come try a free class!', 'nextStep', true],
      ['We’re Leeds’s favourite bakery. Call Ali on 0113 496 0257.', 'noPitch', false],
    ] as const)('fifth pass, from a fourth probe batch: %s (%s)', (text, id, expected) => {
      expect(met(text, id)).toBe(expected);
    });
  });
});

describe('round 8 principles: what blind set 6 showed, in my own sentences', () => {
  const checks = (text: string) => checkScript(text, BAND, null);
  const met = (text: string, id: CheckId) => byId(checks(text), id).met;

  it.each([
    ['hello, this is KESTREL SCAFFOLDING, call us on 0113 496 0301 thanks', 'KESTREL SCAFFOLDING'],
    ['HEY ITS NORTHGATE REMOVALS GIVE US A RING 0113 496 0302', 'NORTHGATE REMOVALS'],
  ])(
    'reads a firm named in capitals, or in an all-capitals script, as a company: %s',
    (text, firm) => {
      const c = checks(text);
      expect(byId(c, 'opener').met).toBe(false);
      expect(byId(c, 'opener').why).toContain(firm);
      expect(byId(c, 'callback').met).toBe(false);
      expect(byId(c, 'callback').why).toContain('only a company');
    },
  );

  it('still finds the person in an all-capitals intro with a name', () => {
    const callback = byId(
      checks('HEY ITS DAVE FROM NORTHGATE REMOVALS GIVE US A RING 0113 496 0302'),
      'callback',
    );
    expect(callback.met).toBe(true);
    expect(callback.why).toContain('DAVE');
  });

  it.each([
    'Hi Sam, it’s energy bill season again and your roof faces south. Call Ali on 0113 496 0330.',
    'hi sam its solar season again, your roof faces south',
  ])('reads a trade word after "it’s" in a sentence as no firm: %s', (text) => {
    expect(met(text, 'opener')).toBe(true);
  });

  it('reads "on behalf of" an organisation as no person calling', () => {
    const text =
      'Hi Jo, I’m calling on behalf of Westfield Council about your bins. Call 0113 496 0331.';
    expect(met(text, 'callback')).toBe(false);
  });

  it('takes a message left for a named colleague as that colleague calling', () => {
    const text =
      'Hi Sam, I’m calling on behalf of my colleague Erin Walsh, who’s on site today. Her direct line is 0113 496 0304.';
    expect(met(text, 'opener')).toBe(false);
    expect(byId(checks(text), 'callback').why).toContain('Erin Walsh');
    // (a message for the prospect is not one for a colleague)
    expect(
      met(
        'Hi, I’m leaving a message for Mr Hale about his boiler. Call Ali on 0113 496 0305.',
        'opener',
      ),
    ).toBe(true);
  });

  it.each([
    ['hello mrs Patel i am Tomasz from BudPol, your roof need check, call me 0113 496 0306', true],
    [
      'Your depot lead Ken asked us to ring. We’re calling from Ironbark. Call 0113 496 0307.',
      false,
    ],
    [
      'Your depot lead Ken asked us to ring. They’re calling from Ironbark. Call 0113 496 0307.',
      false,
    ],
    ['Hi Tom, Clara Reyes Interpreting here. Call 0113 496 0308.', false],
    ['Brookfield Machinery, 0113 496 0309.', false],
    ['Ring me — Tariq — on 0113 496 0310.', true],
  ])(
    'names the caller only when a person is named, not a pronoun or a trade: %s',
    (text, named) => {
      expect(met(text, 'callback')).toBe(named);
    },
  );

  it.each([
    ['We will post the revised layout to you on Monday.', true],
    ['He’ll send the contract over tomorrow.', true],
    ['Call me back today if you want the slot.', true],
    ['Call us if you need anything at all.', false],
    ['Ring me if u ever want a hand.', false],
    ['We’ll be in touch.', false],
  ])(
    'counts a commitment from the caller’s side, not an offer for if they need us: %s',
    (text, step) => {
      expect(met(text, 'nextStep')).toBe(step);
    },
  );

  it('lets a filler said on the way out leave the number last', () => {
    expect(met('Call me on 0113 496 0312, yeah, okay, bye.', 'repeated')).toBe(true);
    expect(met('Call me on 0113 496 0312, yeah and ask for the offer.', 'repeated')).toBe(false);
  });

  it.each([
    [
      'Just seeing if you needed anything, flyers, posters, menus, whatever. Call Ali on 0113 496 0313.',
      /Lists what you sell \(“Just seeing if you needed anything/,
    ],
    [
      'We cater for ninety offices across Leeds. Call Ali on 0113 496 0316.',
      /Boasts with a figure about you \(“We cater for ninety/,
    ],
    ['Our team installs for forty schools across Kent.', /Boasts with a figure/],
    [
      'It fits your existing boiler — app control, frost protection and weekly reports built in.',
      /Lists what you sell \(“It fits your existing boiler/,
    ],
  ])('fails "no pitch" for a list of what we sell or how many we serve: %s', (text, why) => {
    const noPitch = byId(checks(text), 'noPitch');
    expect(noPitch.met).toBe(false);
    expect(noPitch.why).toMatch(why);
  });

  it('keeps a story in the past tense a result, not a count of customers', () => {
    const text = 'We cut waste for three cafes in Leeds by a third. Call Ali on 0113 496 0317.';
    expect(met(text, 'noPitch')).toBe(true);
    expect(met(text, 'hook')).toBe(true);
  });

  it('reads money they are over- or under-insured by as theirs, not our price', () => {
    const c = checks('Your stock is under-insured by about £40k. Call Ali on 0113 496 0315.');
    expect(byId(c, 'noPitch').met).toBe(true);
    expect(byId(c, 'hook').why).toContain('under-insured by about £40k');
  });

  it.each([
    ['Hi Ben, your van’s due for its MOT next week.', 'your van’s due'],
    ['Hi Ben, saw the Kirkgate bakery reopened after the flood.', 'reopened'],
    ['Hi Ben, the hailstorm in your area last week hit a lot of roofs.', 'your area last week'],
    ['Their finance director, Amira, thought you’d want the same.', 'Amira, thought'],
    ['Ringing about the survey reports for your Harrogate site.', 'survey reports'],
    [
      'After the break-in at one of your sister stores, a few owners asked about cameras.',
      'break-in',
    ],
    [
      'Business rates are rising again in April, and it will hit yours harder than most.',
      'rising again',
    ],
    ['Are you still using the 2012 Kubota on the lower field?', 'Kubota'],
    ['Has the new coffee machine settled in at reception?', 'new coffee machine'],
    ['Sanjay recommended I give you a ring.', 'recommended'],
  ])('finds context in something that is theirs or happened to them: %s', (text, words) => {
    const context = byId(checks(text), 'context');
    expect(context.met).toBe(true);
    expect(context.why.replace(/'/g, '’')).toContain(words);
  });

  it.each([
    'We’re around your area on Friday, so call me on 0113 496 0318.',
    'What if your energy bill dropped by a fifth?',
    'Business rates are rising again in April across the region.',
    'Are you still using spreadsheets for rotas?',
    'We’re the most recommended roofer in Leeds.',
    'We’re increasing capacity this month, so yours could ship sooner.',
    'Our prices are going up in May, so lock yours in now.',
  ])(
    'finds no context in our visit, a what-if, the market, our own change or a boast: %s',
    (text) => {
      expect(met(text, 'context')).toBe(false);
    },
  );

  it.each([
    [
      'Same-week turnaround on your brochures — that’s what we did for Halden Cycles in March.',
      'that’s what we did for',
    ],
    ['We can hold two rooms for you until Friday.', 'hold two rooms for you'],
    ['I can send you a tester kit of the new grout.', 'tester kit'],
    ['Two qualified nurses on our books can start next week.', 'nurses on our books can start'],
    ['Brighter uniforms without spending any more per head.', 'without spending any more'],
    ['The new cups are exempt from the plastic levy.', 'exempt from the plastic levy'],
    [
      'We now deliver on Sundays, which is exactly what you asked for.',
      'which is exactly what you',
    ],
    ['Halve your filing time with the best-rated app in the UK.', 'Halve your filing time'],
  ])('finds a hook in what is offered or held for them: %s', (text, words) => {
    const hook = byId(checks(text), 'hook');
    expect(hook.met).toBe(true);
    expect(hook.why.replace(/'/g, '’')).toContain(words);
  });

  it.each([
    'Does your sign show up from the bus stop?',
    'Are your drivers available for a quick chat next week?',
    'We’ve fitted 3,000 kitchens across Yorkshire and Lancashire in 20 years.',
  ])(
    'finds no hook in a place, their own people or a boast that runs over a clause: %s',
    (text) => {
      expect(met(text, 'hook')).toBe(false);
    },
  );

  it('still fails "no pitch" when a boast is tacked onto a result', () => {
    expect(met('Halve your filing time with the best-rated app in the UK.', 'noPitch')).toBe(false);
  });
});

describe('round 9 principles: what blind set 7 showed, in my own sentences', () => {
  const checks = (text: string) => checkScript(text, BAND, null);
  const met = (text: string, id: CheckId) => byId(checks(text), id).met;

  it.each([
    'Hi Tom, Nell from Copperleaf here. I’ll give you another try next week.',
    'Hi Tom, Nell from Copperleaf here. I will ring you again later this week, speak then.',
  ])('finds no next step in a promise to try again in some week: %s', (text) => {
    expect(met(text, 'nextStep')).toBe(false);
  });

  it.each([
    ['Hi Tom, Nell here. I’ll ring you again on Thursday at ten.', 'Thursday'],
    ['Hi Tom, Nell here. I’ll post the sample swatches to you this week.', 'swatches'],
    ['Hi Tom, Nell here, do add my WhatsApp, 0161 496 0420.', 'add my WhatsApp'],
    ['Hi Tom, Nell here, add me on WeChat and I’ll share the specs.', 'add me on WeChat'],
  ])('finds a next step in a day, a thing on its way or a chat app to add: %s', (text, words) => {
    const step = byId(checks(text), 'nextStep');
    expect(step.met).toBe(true);
    expect(step.why.replace(/'/g, '’')).toContain(words);
  });

  it.each([
    'Hi Tom, I’ve phoned a few times about the boiler contract and heard nothing back.',
    'Hi Tom, I’ve left you a couple of voicemails about the rota app.',
  ])('reads earlier tries as throat-clearing, not an opener: %s', (text) => {
    expect(met(text, 'opener')).toBe(false);
  });

  it.each([
    ['We’ve seen your lunch queue run out of the door.', 'seen your lunch'],
    ['Lovely to meet you in Ludlow on Saturday.', 'to meet you'],
    ['It’s about ur vacancy for two site electricians.', 'ur vacancy for'],
    [
      'That could save a lot — we just fitted the offices next door, and there was room to spare.',
      'next door',
    ],
  ])(
    'finds context in their stand, a meeting, their job ad or work next door: %s',
    (text, words) => {
      const context = byId(checks(text), 'context');
      expect(context.met).toBe(true);
      expect(context.why.replace(/'/g, '’')).toContain(words);
    },
  );

  it.each([
    'Hi Tom, nobody has replied, so I’ll archive your file on Monday. Ring me if that’s wrong.',
    'Hi Tom, I’m ringing from the Mill Hotel to tell you about our gala packages.',
    'Hi Tom, we’re ringing about your site insurance, call us back.',
    'Hi Tom. If we could cut your Leeds office’s bills by a third, would that be worth a call?',
    'Hi Tom. Your salon in Hove could see twice the bookings by spring. Call Jo on 0117 496 0300.',
  ])('finds no context in our records, our event, their cover or a what-if: %s', (text) => {
    expect(met(text, 'context')).toBe(false);
  });

  it.each([
    [
      'Hi Sue. Our pickers packed your rival’s orders in half the time, and it’s only £60 a week.',
      'half',
    ],
    ['Hi Sue. Three warehouse candidates are ready for interview on Monday.', 'candidates'],
    ['The six rooms you asked about — we can hold them until Friday.', 'hold them until'],
  ])(
    'finds a hook in a result with a price tacked on, people ready, or things held till a date: %s',
    (text, words) => {
      const hook = byId(checks(text), 'hook');
      expect(hook.met).toBe(true);
      expect(hook.why.replace(/'/g, '’')).toContain(words);
    },
  );

  it('still fails "no pitch" when a price is tacked onto a result', () => {
    const text =
      'Hi Sue. Our pickers packed your rival’s orders in half the time, and it’s only £60 a week.';
    expect(met(text, 'noPitch')).toBe(false);
  });

  it.each([
    'Hi Sue. Ring me and I’ll go through the numbers with you in ten minutes.',
    'Hi Sue. We’ve trained well over 3,000 forklift drivers in the last nine years.',
    'Hi Sue. Your shop’s name came up when I was at the trade fair. Ring me.',
    'Hi Sue. We ship pallets in 24 hours to any postcode in Wales. Ring me.',
  ])(
    'finds no hook in our agenda, a count of ours, a mention or a promise to anyone: %s',
    (text) => {
      expect(met(text, 'hook')).toBe(false);
    },
  );

  it.each([
    ['HI KEN ITS ROSA W/ BRIGHTPATH. CALL ME 0161 496 0500', 'ROSA'],
    ['Hi Ken, the forms are ready. Ring 0161 496 0501. Kind regards, Rosa.', 'Rosa'],
    ['Hi Ken, the forms are ready. Ring 0161 496 0502. Many thanks, Rosa.', 'Rosa'],
  ])('finds the caller as "w/" in texting or a name signed at the end: %s', (text, name) => {
    const callback = byId(checks(text), 'callback');
    expect(callback.met).toBe(true);
    expect(callback.why).toContain(name);
  });

  it.each([
    'Hi Ken, this is a message for you from Brightpath Cleaning about the tender.',
    'Good morning Doctor sahab, ringing from Surya Diagnostics about the new kits.',
    'Hello sir Ken goodafternoon, Im Rosa from Brightpath about the tender.',
  ])(
    'fails the opener for an intro after a message line, an honorific or a run-on greeting: %s',
    (text) => {
      expect(met(text, 'opener')).toBe(false);
    },
  );

  it.each([
    'Hi Ken, it’s Northgate Customs, call us on 0161 496 0503.',
    'Hi Ken, it’s Mercy Assurance, call us on 0161 496 0504.',
  ])('reads a firm ending in a trade word as no caller: %s', (text) => {
    expect(met(text, 'callback')).toBe(false);
  });

  it('still opens with them when "Doctor" is how they are addressed', () => {
    expect(
      met(
        'Doctor, your clinic’s reviews mention long waits. Ring Rosa on 0161 496 0505.',
        'opener',
      ),
    ).toBe(true);
  });

  it('leaves a short ask after the number, "give me a shout", as the number last', () => {
    expect(met('Hi Ken, Rosa at Brightpath, 0161 496 0506, give me a shout.', 'repeated')).toBe(
      true,
    );
  });

  it('takes a first name as its own sentence after theirs as the caller', () => {
    const callback = byId(checks('Hi Dana, Marco. Ring me, 0161 496 0507, thanks.'), 'callback');
    expect(callback.met).toBe(true);
    expect(callback.why).toContain('Marco');
  });

  it('does not take a title after their name for a caller', () => {
    expect(met('Hello Dana, Dr. Ruiz asked me to ring. 0161 496 0508.', 'callback')).toBe(false);
  });

  it('reads a number spoken slowly over short sentences as one number', () => {
    const text = 'Hi Dana, Marco here, on oh-one. Six-one-four. Nine-six-oh-nine.';
    expect(findPhoneNumbers(text).map((n) => n.digits)).toEqual(['016149609']);
    expect(met(text, 'callback')).toBe(true);
  });

  it('still ends a number at a full stop once it has enough digits', () => {
    const text = 'Ring 0161 496 0509. Two more things: the vans and the keys.';
    expect(findPhoneNumbers(text).map((n) => n.digits)).toEqual(['01614960509']);
  });

  it.each([
    ['hi dana its morrow the plumbing company about your boiler call 0161 496 0510', 'morrow'],
    ['Good morning Dana, na Femi from Kobo Freight be this. Call 0161 496 0511.', 'Femi'],
    ['Good morning Dana, na Kobo Freight be this. Call us on 0161 496 0512.', 'Kobo Freight'],
  ])('reads a firm beside its trade, and Pidgin "na … be this", as an intro: %s', (text, words) => {
    const opener = byId(checks(text), 'opener');
    expect(opener.met).toBe(false);
    expect(opener.why).toContain(words);
  });

  it('still opens with them on "its" and a trade word that names no firm', () => {
    expect(met('hi dana its the roofing season again and your gutters are full', 'opener')).toBe(
      true,
    );
  });

  it.each([
    'Hi Dana, Congratulations! The new shop looks great. Ring me on 0161 496 0513.',
    'Hi Dana, ring me on 0161 496 0514. Thanks, Dana.',
  ])('takes neither praise nor their own name on the way out for a caller: %s', (text) => {
    expect(met(text, 'callback')).toBe(false);
  });

  it('still ends a number at a full stop after a figure in digits', () => {
    expect(findPhoneNumbers('It was 40. 0161 496 0515 is my line.').map((n) => n.digits)).toEqual([
      '01614960515',
    ]);
  });

  it('keeps context in an "if" about their known plans, not a what-if', () => {
    const text = 'Hi Jo. If your move to the Leeds site is still on for March, we can help.';
    expect(met(text, 'context')).toBe(true);
  });

  it('finds no context in a meeting still to come', () => {
    const text = 'Hi Jo, it would be great to meet you next week. Ring Sam on 0161 496 0516.';
    expect(met(text, 'context')).toBe(false);
  });
});

describe('round 10 principles: what blind set 8 showed, in my own sentences', () => {
  const checks = (text: string) => checkScript(text, BAND, null);
  const met = (text: string, id: CheckId) => byId(checks(text), id).met;

  it.each([
    ['Good morning Anjali ma’am, myself Rohit from Vantage Payroll, calling about …', 'Rohit'],
    ['Hello Kunle sir, good evening, myself Tayo from Larch Freight.', 'Tayo'],
    ['yo Dev its Mags @ Fleetline, u got a sec', 'Mags'],
    [
      'Good day Mrs. Olsen, here is Henrik Dahl of Norrvik Valves. Please call 0161 496 0600.',
      'Henrik Dahl',
    ],
    ['Hi Dana, at Brightlane we’ve rebuilt how clinics book nurses.', 'Brightlane'],
  ])(
    'reads an intro after an honorific, a texted hello, "here is" or "at FIRM we": %s',
    (text, words) => {
      const opener = byId(checks(text), 'opener');
      expect(opener.met).toBe(false);
      expect(opener.why).toContain(words);
    },
  );

  it.each([
    'Hi, this is for Mrs Patel. Could you let her know Owen from Tidewell Cleaning called? He’s on 0161 496 0601.',
    'Hello, please tell him Marta at the Riverside Gym rang, on 0161 496 0602.',
  ])('reads a caller named to the one who answers as an intro: %s', (text) => {
    const c = checks(text);
    expect(byId(c, 'opener').met).toBe(false);
    expect(byId(c, 'callback').met).toBe(true);
  });

  it.each([
    'Hello, could you pass a message to the practice manager? It’s Noor from Fennick Dental.',
    'Hi Raj, just following up on my email from last week. This is Ola at Pinecrest.',
  ])('reads a pass-it-on line or a follow-up of our own as no opener: %s', (text) => {
    expect(met(text, 'opener')).toBe(false);
  });

  it.each([
    'Hi Dana, here is the thing: your van leases end in May.',
    'Hi Dana, at Harrogate we met at the packaging stand, and I owe you the numbers.',
    'Hi Dana, just following up on your inquiry about the summer lets.',
    'Hi Dana, could you let me know if the Leeds site opened on time?',
  ])('still opens with them: %s', (text) => {
    expect(met(text, 'opener')).toBe(true);
  });

  it.each([
    ['Hi Jo, Pat at Keelson. I have two welders who know your plant from the Hull job.', 'welders'],
    ['Hi Jo, Pat at Keelson. We have three spots left on the March forklift course.', 'spots left'],
    [
      'Hi Jo, Pat at Keelson. I have four night-shift pallet pickers available from Monday.',
      'four',
    ],
    ['Hi Jo, Pat at Keelson. The first site survey is free.', 'is free'],
  ])('finds a hook in a few people, places or a first visit offered to them: %s', (text, words) => {
    const hook = byId(checks(text), 'hook');
    expect(hook.met).toBe(true);
    expect(hook.why.replace(/'/g, '’')).toContain(words);
  });

  it.each([
    'Hi Jo, if we took the Saturday deliveries off your drivers, would that take the strain off the weekend rota?',
    'Hi Jo, would a 7 a.m. drop at the Leeds depot help your early shift?',
  ])(
    'reads "would that help / take the load off / free up" as a question about their gain: %s',
    (text) => {
      expect(met(text, 'hook')).toBe(true);
    },
  );

  it.each([
    'Hi Jo, Pat at Keelson. We’ve got a database of four thousand drivers.',
    'Hi Jo, Pat at Keelson. Would it help to have a quick chat about the rota?',
    'Hi Jo, Pat at Keelson. I’ve rung a few times now, so I’ll take the hint and stop calling.',
    'Hi Jo, Pat at Keelson. I’ll stop chasing you after this one.',
  ])(
    'finds no hook in a big database, a call offered as help or our own chasing stopped: %s',
    (text) => {
      expect(met(text, 'hook')).toBe(false);
    },
  );

  it('still finds a hook in their own chasing stopped', () => {
    expect(met('Hi Jo, Pat at Keelson, so your team can stop chasing signatures.', 'hook')).toBe(
      true,
    );
  });

  it.each([
    'Hi, this is for Mr Banda. Agnes at Lilongwe Mills gave me his number.',
    'Hello, could you tell Kate that Dev called about what her team raised at the Tuesday meeting?',
  ])(
    'finds context in a referral or a meeting, said of the prospect to whoever answers: %s',
    (text) => {
      expect(met(text, 'context')).toBe(true);
    },
  );

  it.each([
    'Hi Kate, Dev at Wrenfold. If your laundry contract ever comes up for tender, ring me on 0161 496 0610.',
    'Hi Kate, Dev here, happy to talk for the meeting whenever suits.',
  ])('finds no context in a someday "if … ever" or a meeting still to book: %s', (text) => {
    expect(met(text, 'context')).toBe(false);
  });

  it.each([
    'Hi Jo, it’s Pat at Keelson, direct 0161 496 0620, or the desk 0161 496 0621, ask for Pat.',
    'Hi Jo, it’s Pat at Keelson, 0161 496 0622, text or Signal.',
  ])('keeps a number last before three words on how to use it: %s', (text) => {
    expect(met(text, 'repeated')).toBe(true);
  });

  it.each([
    'Hi Jo, it’s Pat at Keelson. Ring me on 0161 496 0623. Thank you so much, and have a lovely weekend.',
    'Hi Jo, it’s Pat at Keelson, 0161 496 0624, or pat@keelson.example.',
    'Hi Jo, it’s Pat at Keelson, 0161 496 0625, and mention the spring offer.',
  ])('buries a number under a long goodbye, another address or an errand: %s', (text) => {
    expect(met(text, 'repeated')).toBe(false);
  });

  it('says the words after the number, not the middle, buried it', () => {
    const text = 'Hi Jo, Pat here, 0161 496 0626. Thanks so much sir, have a lovely weekend.';
    expect(byId(checks(text), 'repeated').why).toContain('and 8 words follow it');
  });

  it('reads a number dictated a group at a time across full stops as one number', () => {
    expect(
      findPhoneNumbers('My line is 312. 555. 0188. Ring me Friday.').map((n) => n.digits),
    ).toEqual(['3125550188']);
    expect(met('Hi Jo, Pat at Keelson. Number’s 312. 555. 0188. Ring me Friday.', 'callback')).toBe(
      true,
    );
  });

  it('still keeps a figure apart from a number said after it', () => {
    expect(findPhoneNumbers('We did 250. 0161 496 0627 is my line.').map((n) => n.digits)).toEqual([
      '01614960627',
    ]);
    expect(findPhoneNumbers('Order 250. 300 more came in.')).toEqual([]);
  });

  it.each([
    'hi jo its pat at keelson about the forklift course kindly call back on 0161 496 0630 thanks',
    'Hi Jo, Pat at Keelson, so sir kindly revert on 0161 496 0631.',
  ])('reads "kindly" as "please" wherever the ask sits: %s', (text) => {
    expect(met(text, 'nextStep')).toBe(true);
  });

  it('finds no ask in "she can reach me on", said to whoever takes the message', () => {
    const text =
      'Hi, this is for Mrs Ode. Could you tell her Pat from Keelson called? She can reach me on 0161 496 0632.';
    expect(met(text, 'nextStep')).toBe(false);
    expect(met('Hi Jo, Pat at Keelson. You can reach me on 0161 496 0633.', 'nextStep')).toBe(true);
  });

  it.each([
    'Hi Jo, Pat at Keelson. So how it works is you send us the rota, then we match each shift to a vetted driver, then we confirm by text the night before, and you sign off the hours in the app.',
    'Hi Jo, Pat at Keelson, we’re Leeds’s top forklift trainers. Ring me on 0161 496 0640.',
    'Hi Jo, Pat at Keelson, we are the top supplier of pallets in the county.',
  ])('finds a pitch in an announced how-it-works or "we’re the top": %s', (text) => {
    expect(met(text, 'noPitch')).toBe(false);
  });

  it.each([
    'Hi Jo, Pat at Keelson. Here is what happens next: I send the dates on Friday.',
    'Hi Jo, Pat at Keelson. Safety is the top priority on your yard, I know.',
  ])('finds no pitch in what happens next or their top priority: %s', (text) => {
    expect(met(text, 'noPitch')).toBe(true);
  });

  it('reads a one-word brand with capitals inside it, in a script that only says "we", as the company', () => {
    const text = 'Hi Jo, VanTyre calling. Our winter tyres are in. Call us on 0161 496 0650.';
    expect(met(text, 'callback')).toBe(false);
    expect(
      met('Hi Jo, Ravi calling. Our winter tyres are in. Call us on 0161 496 0651.', 'callback'),
    ).toBe(false);
    expect(
      met('Hi Jo, DeShawn calling. I’ve got your tyres in. Call me on 0161 496 0652.', 'callback'),
    ).toBe(true);
  });

  it('finds a list of what our product covers even without commas', () => {
    const text =
      'hi jo its pat from keelson cover about our van policy which covers theft glass breakdown hire van and legal kindly call back on 0161 496 0660';
    expect(met(text, 'noPitch')).toBe(false);
    expect(
      met(
        'Hi Jo, Pat at Keelson. Our van policy which covers you and your drivers renews soon.',
        'noPitch',
      ),
    ).toBe(true);
  });

  it('counts any number said twice, not only the last one', () => {
    const twice =
      'Hi Jo, Pat at Keelson, my direct line is 0161 496 0670, that’s 0161 496 0670, or the yard on 0161 496 0671 if I’m out on a delivery that morning.';
    expect(met(twice, 'repeated')).toBe(true);
    const once =
      'Hi Jo, Pat at Keelson, my direct line is 0161 496 0672, or the yard on 0161 496 0673 if I’m out on a delivery that morning.';
    expect(met(once, 'repeated')).toBe(false);
  });

  it('finds context in a dealing at their named premises', () => {
    expect(
      met(
        'Hi Jo, Pat at Keelson, calling about the boiler service at the Mill Lane surgery.',
        'context',
      ),
    ).toBe(true);
    expect(
      met('Hi Jo, Pat at Keelson, calling about our open day at the Riverside studio.', 'context'),
    ).toBe(false);
  });

  it.each([
    'Hi Jo. Pat. Keelson Training. 0161 496 0680.',
    'Hey Jo, sorry I missed you earlier! It’s Pat at Keelson, 0161 496 0681.',
  ])(
    'reads a first name as its own sentence, or an intro after "sorry I missed you earlier", as the opener: %s',
    (text) => {
      const c = checks(text);
      expect(byId(c, 'opener').met).toBe(false);
      expect(byId(c, 'callback').met).toBe(true);
    },
  );

  it('still opens with them on a sentence after their name that names nobody', () => {
    expect(
      met('Hi Jo. Thursday. Your forklift tickets expire, ring 0161 496 0682.', 'opener'),
    ).toBe(true);
  });

  it.each([
    [
      'Hi Jo, Pat at Keelson. I reckon we can knock a few hundred off your yearly skip hire.',
      'knock',
    ],
    [
      'Hi Jo, Pat at Keelson. I spotted two gaps in your rota that are costing you overtime.',
      'spotted',
    ],
    [
      'Hi Jo, Pat at Keelson. I can introduce you to three drivers who want weekend work.',
      'introduce',
    ],
    ['Hi Jo, Pat at Keelson. Your main competitor in Bury moved its training to us.', 'competitor'],
  ])(
    'finds a hook in money off their bill, a costly finding, an introduction or their competitor: %s',
    (text, words) => {
      const hook = byId(checks(text), 'hook');
      expect(hook.met).toBe(true);
      expect(hook.why).toContain(words);
    },
  );

  it.each([
    'Hi Jo, Pat at Keelson. Please take us off your list if it isn’t for you.',
    'Hi Jo, Pat at Keelson. I noticed your new depot, it must be costing a fortune.',
    'Hi Jo, Pat at Keelson. I’d like to introduce you to our company.',
  ])('finds no hook in being taken off their list, their costs or an intro to us: %s', (text) => {
    expect(met(text, 'hook')).toBe(false);
  });

  it.each([
    [
      'hey jo pat from keelson, saw ur new depot on mill lane is open, call me 0161 496 0690',
      'saw ur new',
    ],
    ['hi jo u asked about forklift tickets last wk, its pat at keelson, 0161 496 0691', 'u asked'],
  ])(
    'reads texting spellings as the words they stand for in context, quoting them as typed: %s',
    (text, words) => {
      const context = byId(checks(text), 'context');
      expect(context.met).toBe(true);
      expect(context.why).toContain(words);
    },
  );

  it('writes out texting spellings and maps offsets back, leaving "u-bend" and capitals alone', () => {
    const { text, original } = writtenOut('saw ur van, a U-bend, u-bends and yr sign');
    expect(text).toBe('saw your van, a U-bend, u-bends and your sign');
    expect(original(text.indexOf('van'))).toBe(7);
    expect(original(text.indexOf('sign'))).toBe(
      'saw ur van, a U-bend, u-bends and yr sign'.indexOf('sign'),
    );
  });

  it('finds context in their thing at a street address with a house number', () => {
    expect(met('Hi Jo, Pat at Keelson. Your van at 22 Mill Lane has a flat tyre.', 'context')).toBe(
      true,
    );
  });

  it('reads a rating spelled out as a boast about us', () => {
    expect(met('Hi Jo, Pat at Keelson. We’re rated five stars by our trainees.', 'noPitch')).toBe(
      false,
    );
    expect(met('Hi Jo, Pat at Keelson. Your drivers rated the course well.', 'noPitch')).toBe(true);
  });

  it.each([
    'Hi Jo, Pat at Keelson. We can have your fire doors signed off before you reopen.',
    'Hi Jo, Pat at Keelson. That way your pickers are never idle on a Monday.',
    'Hi Jo, Pat at Keelson. Imagine never rekeying a delivery note again.',
    'Hi Jo, Pat at Keelson. Your rivals in Oldham already run two shifts on it.',
    'Hi Jo, Pat at Keelson. The skills fund closes in May and I think you qualify.',
  ])(
    'finds a hook in a milestone of theirs met, a problem gone, a picture, rivals or an entitlement: %s',
    (text) => {
      expect(met(text, 'hook')).toBe(true);
    },
  );

  it.each([
    'Hi Jo, Pat at Keelson. Ring me before you open the tender pack.',
    'Hi Jo, Pat at Keelson. That way we can talk it through.',
    'Hi Jo, Pat at Keelson. I imagine you are busy.',
  ])('finds no hook in an errand, our talk or a guess about them: %s', (text) => {
    expect(met(text, 'hook')).toBe(false);
  });

  it('finds context in a named referrer set off by commas', () => {
    expect(
      met(
        'Hi Jo, Pat at Keelson. Our mutual friend, Dave Kerr, reckoned you need a refresher course.',
        'context',
      ),
    ).toBe(true);
  });

  it('finds a next step in a slot offered as a question', () => {
    expect(met('Hi Jo, Pat at Keelson. Can I pencil you in for Friday at nine?', 'nextStep')).toBe(
      true,
    );
    expect(met('Hi Jo, Pat at Keelson. Can I put it to you another way?', 'nextStep')).toBe(false);
  });

  it.each([
    [
      'hey jo its pat at keelson, we can have ur fire doors signed off before u reopen, 0161 496 0692',
      'before u reopen',
    ],
    [
      'hey jo its pat at keelson, ur rivals in oldham already run two shifts on it, 0161 496 0693',
      'ur rivals',
    ],
  ])('reads texting spellings in the hook too, quoting them as typed: %s', (text, words) => {
    const hook = byId(checks(text), 'hook');
    expect(hook.met).toBe(true);
    expect(hook.why).toContain(words);
  });

  it.each([
    'Hello Mrs Obi, compliments of the season. I am Pat from Keelson Training.',
    'Hi Jo! Long time no speak. Pat from Keelson here.',
  ])('reads a seasonal greeting or a catch-up as part of the greeting: %s', (text) => {
    expect(met(text, 'opener')).toBe(false);
  });

  it('reads "a quick one from NAME at FIRM" as the caller, "hello from FIRM" as the firm', () => {
    expect(
      met('Hi Jo, just a quick one from Pat at Keelson. Call 0161 496 0694.', 'callback'),
    ).toBe(true);
    expect(met('Hello from Keelson Training! Call us on 0161 496 0695.', 'callback')).toBe(false);
  });

  it.each([
    'Hi Jo, Pat at Keelson. Our refresher days are unbeatable.',
    'Hi Jo, Pat at Keelson. No one gets drivers certified quicker than us.',
  ])('reads "unbeatable" or "no one … than us" as a boast: %s', (text) => {
    const noPitch = byId(checks(text), 'noPitch');
    expect(noPitch.met).toBe(false);
    expect(noPitch.why).toMatch(/^Sells with/);
  });

  it('finds no boast in what nobody likes doing', () => {
    expect(met('Hi Jo, Pat at Keelson. Nobody likes rekeying delivery notes.', 'noPitch')).toBe(
      true,
    );
  });

  it.each([
    'Hi Jo, it’s been a while! Pat at Keelson here.',
    'Hi Jo, hope you had a lovely weekend. Pat at Keelson here.',
    'Hi Jo, I’ll be quick. Pat at Keelson here.',
    'Hi Jo, I hope this voicemail finds you well. My name is Pat and I work for Keelson.',
  ])('reads catching up, promising to be quick or a hope for them as the greeting: %s', (text) => {
    expect(met(text, 'opener')).toBe(false);
  });

  it('finds context in thanks for a call they took or returned', () => {
    expect(
      met('Hi Jo, thanks for taking my call on Tuesday. Pat at Keelson, 0161 496 0696.', 'context'),
    ).toBe(true);
    expect(met('Hi Jo, thanks for listening. Pat at Keelson, 0161 496 0697.', 'context')).toBe(
      false,
    );
  });

  it('finds context in their job posting or advert', () => {
    expect(
      met('Hi Jo, Pat at Keelson, regarding your posting for reach-truck drivers.', 'context'),
    ).toBe(true);
    expect(met('Hi Jo, Pat at Keelson, about your advert in the trade press.', 'context')).toBe(
      true,
    );
  });

  it.each([
    'Hi Jo, this is the bookings desk at Keelson Training. Call 0161 496 0698.',
    'Hi Jo, it’s the head office at Keelson. Call 0161 496 0699.',
  ])('reads a desk or an office introducing itself as the firm, not a caller: %s', (text) => {
    const c = checks(text);
    expect(byId(c, 'opener').met).toBe(false);
    expect(byId(c, 'callback').met).toBe(false);
  });

  it('still names a caller from the office', () => {
    expect(met('Hi Jo, this is Pat in the Keelson office. Call 0161 496 0700.', 'callback')).toBe(
      true,
    );
  });

  it('keeps "this is for" about their thing as the opening, not a line to whoever answers', () => {
    const text =
      'Hi Dana, this is for the boiler quote you asked about. It’s Sam at Heatwise, 0161 496 0703.';
    expect(met(text, 'opener')).toBe(true);
  });

  it('does not take a time of year after "at" for a firm speaking as "we"', () => {
    const text = 'Hi Dana, at Christmas we close the yard early. Sam, Heatwise, 0161 496 0704.';
    expect(met(text, 'opener')).toBe(true);
  });

  it('reads a bare "message for the site manager" as a line to whoever answers', () => {
    const text = 'Hi, message for the site manager please. It’s Pat at Keelson, 0161 496 0705.';
    expect(met(text, 'opener')).toBe(false);
  });

  it.each([
    'hey jo, pat @ keelson here, txt me 07700 900 482',
    'Hi Jo, Pat @ Keelson, call 0161 496 0707.',
  ])('reads "@" as "at" in a texted intro: %s', (text) => {
    const c = checks(text);
    expect(byId(c, 'opener').met).toBe(false);
    expect(byId(c, 'callback').met).toBe(true);
  });

  it('still takes no email address for an intro', () => {
    expect(met('Hi Jo, email pat@keelson.example or call 0161 496 0708.', 'callback')).toBe(false);
  });

  it.each([
    'Hi Jo, Pat at Keelson. Would it help if I sent over a brochure?',
    'Hi Jo, Pat at Keelson. We take the hassle off your hands.',
    'Hi Jo, Pat at Keelson. I’ve got two quick questions about your fleet.',
    'Hi Jo, Pat at Keelson. You may qualify for our gold membership.',
  ])(
    'finds no hook in an offer of a brochure, a vague relief, our questions or our own tier: %s',
    (text) => {
      expect(met(text, 'hook')).toBe(false);
    },
  );

  it('finds no context in the next meeting, still to book', () => {
    expect(
      met(
        'Hi Jo, Pat at Keelson. We can go through it at the next team meeting we book.',
        'context',
      ),
    ).toBe(false);
  });

  it.each([
    'Hi Jo, Pat at Keelson. I’m sending the course dates over now.',
    'Hi Jo, Pat at Keelson. I’ve just emailed you the booking form.',
    'Hi Jo, Pat at Keelson. The syllabus you wanted is in your inbox.',
  ])('finds a next step in a thing on its way now or just sent: %s', (text) => {
    expect(met(text, 'nextStep')).toBe(true);
  });

  it('finds no next step in our sending in general', () => {
    expect(
      met(
        'Hi Jo, Pat at Keelson. We’re sending lots of drivers on the course this year.',
        'nextStep',
      ),
    ).toBe(false);
  });

  it('keeps a number last with its extension asked for after it', () => {
    expect(
      met('Hi Jo, Pat at Keelson. Ring 0161 496 0709 and ask for extension 42.', 'repeated'),
    ).toBe(true);
    expect(
      met('Hi Jo, Pat at Keelson. Ring 0161 496 0710 and ask for the training team.', 'repeated'),
    ).toBe(false);
  });

  it.each([
    'Hi Jo, you don’t know me, but I’m Pat from Keelson.',
    'Hi Jo, we haven’t met yet. Pat from Keelson here.',
  ])('reads "you don’t know me" or "we haven’t met" as a preface to the intro: %s', (text) => {
    expect(met(text, 'opener')).toBe(false);
  });

  it('finds context in their tickets that run out on a date', () => {
    expect(
      met('Jo, your forklift tickets run out in March. Pat at Keelson, 0161 496 0711.', 'context'),
    ).toBe(true);
  });
});

describe('round 11 principles: what blind set 9 showed, in my own sentences', () => {
  const checks = (text: string) => checkScript(text, BAND, null);
  const met = (text: string, id: CheckId) => byId(checks(text), id).met;
  const why = (text: string, id: CheckId) => byId(checks(text), id).why;

  it.each([
    'Morning Ines. I noticed Vale Bakeries are advertising for a night baker. Tom at Crumbline, 0161 496 0800.',
    'Hi Ines, Tom at Crumbline. You’re recruiting van drivers again, I see. 0161 496 0801.',
    'Hi Ines, Tess at the farm shop tells me your cold store keeps tripping. Tom, Crumbline, 0161 496 0802.',
    'Hi Ines, Ravi from the parish office said your hall roof leaks again. Tom, Crumbline, 0161 496 0803.',
    'Hi Ines, Tom at Crumbline, calling about the six pallets of oats you listed on FarmTrade. 0161 496 0804.',
    'Hi Ines, thanks for the booking request through our site. Tom at Crumbline, 0161 496 0805.',
    'Hi Ines, we chatted at Harrogate Food Week about your bread slicer. Tom, Crumbline, 0161 496 0806.',
    'Hi Ines, your kitchen coordinator Dev asked us to quote for the ovens. Tom, Crumbline, 0161 496 0807.',
  ])(
    'finds context in their hiring, an outsider at a place, their listing, their request or our chat: %s',
    (text) => {
      expect(met(text, 'context')).toBe(true);
      expect(why(text, 'context')).toMatch(/^Context: “/);
    },
  );

  it.each([
    ['Harbour View Hotel, hi, Dale Fencing here about the car park.', 'Dale Fencing'],
    ['Marsh & Daughters — hello, this is Ken from Tollgate Print.', 'Ken'],
    ['Attention site managers: this is Brookfield Plant Hire with spring rates.', 'Brookfield'],
    ['hello mister okafor this is joy from bright rooms cleaning', 'joy'],
    ['Salaam Farhan bhai, Kamran here from Indus Freight.', 'Kamran'],
  ])(
    'skips their firm or audience before a greeting, a spelled-out title and "bhai" to find the intro: %s',
    (text, words) => {
      const opener = byId(checks(text), 'opener');
      expect(opener.met).toBe(false);
      expect(opener.why).toContain(words);
    },
  );

  it.each([
    'Harbour View Hotel, hi — your car park lights were out on Tuesday. Dale Fencing, 0161 496 0820.',
    'Attention is the one thing your drivers lack after ten hours. Ken, Tollgate, 0161 496 0821.',
    'Mister Okafor, how many rooms sat empty last week? Joy, Bright Rooms, 0161 496 0822.',
  ])('still opens with them after the addressee or a title: %s', (text) => {
    expect(met(text, 'opener')).toBe(true);
  });

  it.each([
    'Hi Ines, Northgate Commercial here. Ring 0161 496 0830.',
    'Ines, we fixed the damp at Oak Row in a week. Brightwell Lab, 0161 496 0831.',
    'Hi Ines, it’s Tarn Valley Cover. Call us at 0161 496 0832. Blessings.',
    'Hi Ines, it’s Ridley Student Lets about the flats. Call Ridley on plus forty-four, one six one, four nine six, oh eight three three.',
  ])('names no caller in a firm, its short name, or a blessing as the sign-off: %s', (text) => {
    expect(met(text, 'callback')).toBe(false);
  });

  it('reads a number said in pairs after "plus" as one number, and keeps the caller', () => {
    const text =
      'Hi Ines, your ovens are due a service. Tom Reyes, Crumbline Foods, plus forty-four, seventy-seven, double oh, nine hundred, eighty-four, eleven. Cheers.';
    expect(findPhoneNumbers(text).map((n) => n.digits)).toEqual(['4477009008411']);
    expect(why(text, 'callback')).toContain('Tom Reyes');
    expect(met(text, 'repeated')).toBe(true);
  });

  it.each([
    'Hi Ines, we cut twenty-five percent off waste in twenty twenty-four.',
    'Call 0161 496 0840, twenty minutes is all it takes.',
    'Two plus two is four, and fifty fifty is fair.',
  ])('reads no pair words into a number that is not one: %s', (text) => {
    expect(findPhoneNumbers(text).map((n) => n.digits)).toEqual(
      /0161/.test(text) ? ['01614960840'] : [],
    );
  });

  it('still names a caller who shares a first word with no firm', () => {
    expect(
      why('Hi Ines, it’s Ridley from Crumbline Foods. Call Ridley on 0161 496 0841.', 'callback'),
    ).toContain('Ridley');
  });

  it.each([
    'Hi Ines, would chopping £300 off every monthly gas bill at the bakery be worth a chat? Tom, Crumbline, 0161 496 0850.',
    'Hi Ines, we usually get a trained baker to you within a fortnight. Tom, Crumbline, 0161 496 0851.',
    'Hi Ines, we fitted heat pumps at Oak Row Bakery and now they pay nothing for hot water. Tom, Crumbline, 0161 496 0852.',
  ])(
    'finds a hook in money off their bill, a fortnight turnaround, a customer who now pays nothing: %s',
    (text) => {
      expect(met(text, 'hook')).toBe(true);
      expect(why(text, 'hook')).toMatch(/^What's in it for them: “|^A question for them: “/);
    },
  );

  it('reads money shaved off their bill as theirs, however the verb is spelled', () => {
    expect(
      met(
        'Hi Ines, we’re shaving £90 off each monthly gas bill for bakeries. Tom, 0161 496 0907.',
        'noPitch',
      ),
    ).toBe(true);
  });

  it('reads money off their bill as theirs, not our price', () => {
    expect(
      met(
        'Hi Ines, knocking $250 off each quarterly water bill is doable. Tom, 0161 496 0853.',
        'noPitch',
      ),
    ).toBe(true);
  });

  it.each([
    'Hi Ines, Tom at Crumbline. We can offer free quote for your ovens. 0161 496 0854.',
    'Hi Ines, Tom at Crumbline. I’ve got some good news about it. 0161 496 0855.',
    'Hi Ines, Tom at Crumbline. I’ve booked the clear-span tent for the 3rd. 0161 496 0856.',
    'Hi Ines, Tom at Crumbline. Our flour is cheaper than the wholesalers 20 percent. 0161 496 0857.',
  ])(
    'finds no hook in a free quote, vague good news, "clear-span" or being cheaper: %s',
    (text) => {
      expect(met(text, 'hook')).toBe(false);
    },
  );

  it('reads being cheaper than others as talking price', () => {
    expect(
      why(
        'Hi Ines, Tom at Crumbline. We are cheaper than the big mills. 0161 496 0858.',
        'noPitch',
      ),
    ).toContain('cheaper than');
  });

  it('reads a superlative word that starts a firm’s name as the name, not a boast', () => {
    expect(met('Hi Ines, Leading Edge Ovens here. Ring 0161 496 0859.', 'noPitch')).toBe(true);
    expect(
      met('Hi Ines, we are the leading oven firm in Leeds. Ring 0161 496 0860.', 'noPitch'),
    ).toBe(false);
  });

  it('still finds welders free from Monday a hook', () => {
    expect(met('Hi Ines, we have two welders free from Monday. Tom, 0161 496 0861.', 'hook')).toBe(
      true,
    );
  });

  it.each([
    'Hi Ines, Tom at Crumbline. Give me a holler on 0161 496 0870.',
    'Hi Ines, Tom at Crumbline. I’ve held the van for the 9th. Could you confirm by Monday? 0161 496 0871.',
    'Hi Ines, Tom at Crumbline. Can you sign off the oven layout this week? 0161 496 0872.',
  ])('finds a next step in a regional "holler" or a confirmation asked of them: %s', (text) => {
    expect(met(text, 'nextStep')).toBe(true);
  });

  it.each([
    'Hi Ines, Tom at Crumbline. Was passing, so I’d, um, reach out, see how the ovens are. Take care.',
    'Hi Ines, Tom at Crumbline. I wanted to confirm your address for the survey. Bye.',
  ])('finds no next step in our own reaching out or our own confirming: %s', (text) => {
    expect(met(text, 'nextStep')).toBe(false);
  });

  it('reads what we have rattled off with "and such" as a list of what we sell', () => {
    const text =
      'Hi Ines, Tom at Crumbline, was passing, we got some new proving trays and some mixers and stuff, anyway, bye.';
    expect(met(text, 'noPitch')).toBe(false);
    expect(why(text, 'noPitch')).toContain('and stuff');
  });

  it.each([
    'Hi Ines, Tom at Crumbline. You mentioned the forms and the rota and such. Ring 0161 496 0880.',
    'Hi Ines, Tom at Crumbline. We got your note and the photos. Ring 0161 496 0881.',
  ])(
    'finds no list of ours in their things "and such" or two things without a catch-all: %s',
    (text) => {
      expect(met(text, 'noPitch')).toBe(true);
    },
  );

  it.each([
    'Hi Ines, you shortlisted us for the canteen tender. Tom at Crumbline, 0161 496 0890.',
    'Hi Ines, last month you trialled our rye loaf at the Leeds shop. Tom, Crumbline, 0161 496 0891.',
    'Hi Ines, you put in for a grease trap survey. Tom at Crumbline, 0161 496 0892.',
  ])('finds context in anything they did, said in the past tense: %s', (text) => {
    expect(met(text, 'context')).toBe(true);
  });

  it.each([
    'Hi Ines, if you switched flour you could save a lot. Tom at Crumbline, 0161 496 0893.',
    'Hi Ines, are you interested in rye? Tom at Crumbline, 0161 496 0894.',
    'Hi Ines, everything you need for proving, in one tray. Tom at Crumbline, 0161 496 0895.',
  ])('finds no context in a what-if, a question or what they need: %s', (text) => {
    expect(met(text, 'context')).toBe(false);
  });

  it.each([
    'Hi Ines, Tom at Crumbline. Gimme a bell on 0161 496 0900.',
    'Hi Ines, Tom at Crumbline. Holler back at 0161 496 0901.',
    'Hi Ines, Tom at Crumbline. Would Tuesday at two suit for a look at the ovens? 0161 496 0902.',
    'Hi Ines, Tom at Crumbline. Does next week work for a tasting? 0161 496 0903.',
  ])(
    'finds a next step in "gimme a bell", "holler" and a day put to them as a question: %s',
    (text) => {
      expect(met(text, 'nextStep')).toBe(true);
    },
  );

  it('finds no next step in a day that is not put to them', () => {
    expect(
      met(
        'Hi Ines, Tom at Crumbline. Does Tuesday ever get quiet at the bakery? 0161 496 0904.',
        'nextStep',
      ),
    ).toBe(false);
  });

  it.each([
    ['To the kitchen manager: this is Tom from Crumbline.', 'Tom'],
    ['Dear Sir or Madam, Crumbline Foods here.', 'Crumbline Foods'],
    ['Hi Ines, Tom Reyes, Crumbline Renewables, 0161 496 0905.', 'Tom Reyes'],
  ])(
    'finds the intro after "To the …:", "Sir or Madam" or their name before a name and firm: %s',
    (text, words) => {
      const opener = byId(checks(text), 'opener');
      expect(opener.met).toBe(false);
      expect(opener.why).toContain(words);
    },
  );

  it('names the caller, not the firm, before the number', () => {
    expect(why('Hi Ines, Tom Reyes, Crumbline Renewables, 0161 496 0905.', 'callback')).toContain(
      '(Tom Reyes)',
    );
  });

  it('reads extra money for them as theirs, not our price', () => {
    const text =
      'Hi Ines, what would an extra two hundred quid a week do for the bakery? Tom at Crumbline, 0161 496 0906.';
    expect(met(text, 'hook')).toBe(true);
    expect(met(text, 'noPitch')).toBe(true);
  });

  it.each([
    'Hi Ines, I got your number off Jo at the bakers’ guild. Tom at Crumbline, 0161 496 0960.',
    'Hi Ines, you were asking at the trade stand about rye flour. Tom at Crumbline, 0161 496 0961.',
  ])('finds context in where we got their number, or what they were doing: %s', (text) => {
    expect(met(text, 'context')).toBe(true);
  });

  it('finds no context in a what-if about what they were doing', () => {
    expect(
      met(
        'Hi Ines, if you were looking for rye flour, we mill it. Tom at Crumbline, 0161 496 0962.',
        'context',
      ),
    ).toBe(false);
  });

  it('finds a hook in a scheme that pays a share of their cost', () => {
    expect(
      met(
        'Hi Ines, there’s a council fund that covers half of new ovens. Tom, Crumbline, 0161 496 0963.',
        'hook',
      ),
    ).toBe(true);
  });

  it('finds a next step in "let me know what day suits"', () => {
    expect(
      met(
        'Hi Ines, Tom at Crumbline. Let me know what day suits for a tasting. 0161 496 0964.',
        'nextStep',
      ),
    ).toBe(true);
  });

  it('finds a next step in "you can whatsapp me", said to them', () => {
    expect(
      met('Hi Ines, Tom at Crumbline. You can whatsapp me on 0161 496 0980.', 'nextStep'),
    ).toBe(true);
  });

  it('reads "since ten years" as how long we have traded, a boast and no hook', () => {
    const text =
      'Hi Ines, Tom from Crumbline, we are milling flour for Hovis since 12 years. Please call 0161 496 0982.';
    expect(met(text, 'noPitch')).toBe(false);
    expect(met(text, 'hook')).toBe(false);
  });

  it('reads a caller’s name with "van" or "de" inside it', () => {
    const text = 'Hi Ines, Joost van Leeuwen from Crumbline Mills. Please phone me 0161 496 0983.';
    expect(why(text, 'callback')).toContain('Joost van Leeuwen');
    expect(met(text, 'opener')).toBe(false);
  });

  it('finds context in hearing from someone of theirs, but not in hearing from them', () => {
    expect(
      met(
        'Hi Ines, Tom at Crumbline. Heard from your landlord that the oven failed. 0161 496 0984.',
        'context',
      ),
    ).toBe(true);
    expect(
      met(
        'Hi Ines, Tom at Crumbline. Haven’t heard from you since March. 0161 496 0985.',
        'context',
      ),
    ).toBe(false);
  });

  it('finds context in a named outsider who told us', () => {
    expect(
      met(
        'Hi Ines, Tom at Crumbline. Priya at the mill told us your bags keep splitting. 0161 496 0986.',
        'context',
      ),
    ).toBe(true);
  });

  it.each([
    'Hi Ines, Oak Row Bakery haven’t had a single flat batch since we serviced their provers. Tom, Crumbline, 0161 496 0990.',
    'Hi Ines, we rewired the Greens’ kitchen in May and they’ve not lost a tray since. Tom, Crumbline, 0161 496 0991.',
  ])('finds a hook in a customer’s problem gone since we came in: %s', (text) => {
    expect(met(text, 'hook')).toBe(true);
  });

  it.each([
    'Hi Ines, Tom at Crumbline. They haven’t called us since the storm. 0161 496 0992.',
    'Hi Ines, Tom at Crumbline. I haven’t had a reply since March. 0161 496 0993.',
  ])('finds no hook in silence since: %s', (text) => {
    expect(met(text, 'hook')).toBe(false);
  });

  it.each([
    'Hi Ines, Tom at Crumbline. We are advertising for a night baker ourselves. 0161 496 0810.',
    'Hi Ines, Tom at Crumbline. I have two spare tickets for the Harrogate food show on Friday. 0161 496 0811.',
    'Hi Ines, Tom at Crumbline. Sam at the bakery we supply says our loaves sell out. 0161 496 0812.',
    'Hi Ines, Tom at Crumbline. Our new coordinator starts Monday. 0161 496 0813.',
  ])('finds no context in our own advert, passes we offer, or our own people: %s', (text) => {
    expect(met(text, 'context')).toBe(false);
  });
});

describe('round 12 principles: what blind set 10 showed, in my own sentences', () => {
  const checks = (text: string) => checkScript(text, BAND, null);
  const met = (text: string, id: CheckId) => byId(checks(text), id).met;
  const why = (text: string, id: CheckId) => byId(checks(text), id).why;

  it.each([
    [
      'Hello, I think this is the front office line — hoping this reaches whoever runs the kitchens. This is Priya at Coldline Refrigeration.',
      'Priya',
    ],
    [
      'Good afternoon. I wonder if you might be kind enough to pass a message to the bursar, Mrs Hale. It is Tom Reyes of Crumbline Foods, about the oven quote.',
      'Tom Reyes',
    ],
    [
      'Hi there, could whoever hears this pass it on to Marek: it’s Ola from Vistula Steel, about the beams.',
      'Ola',
    ],
    [
      'Hello, is this the Red Lion? Oh, it’s the machine. Keg Clean here, ringing about your lines.',
      'Keg Clean',
    ],
    ['Fleet owners, listen up: Jo here from Axle Tyres.', 'Jo'],
    ['Hey {{first_name}}! Congrats on the new {{trigger}}. I’m Sam with Bookwell.', 'Sam'],
    [
      'Hi, this is for the front office at Elm Court. Could someone let Dr Shah know that Lena Park from Orbit Dental called?',
      'Lena Park',
    ],
    ['Wah gwaan Miss Brown — a Marlon from Blue Sea Solar. Call mi back, 876 555 0123.', 'Marlon'],
    ['Yow Tash, a Ricky dis. Call mi 876 555 0124.', 'Ricky'],
    ['Goeie môre Mrs de Villiers, Karoo Pump Repairs here.', 'Karoo Pump Repairs'],
    ['Hey Dana, Gulf Coast Pool Supply. Uh, your chlorine order is due.', 'Gulf Coast Pool Supply'],
    ['Hi Omar bhai, Bilal from the Karachi Fair, we sat together at the dinner.', 'Bilal'],
  ])(
    'finds the intro after words to whoever answers, an audience, a merge field, patois or a firm alone: %s',
    (text, words) => {
      const opener = byId(checks(text), 'opener');
      expect(opener.met).toBe(false);
      expect(opener.why).toContain(words);
    },
  );

  it.each([
    'Habari Mr Otieno. Are your dairy chillers still tripping at night? Njoki, Baridi Cooling, 0722 555 014.',
    'Hello, is this the right month to service your chillers? Jo, Axle, 0161 496 0861.',
    'Hi Dana, this is the week your insurance renews. Jo, Axle Cover, 0161 496 0862.',
    'Hi Jo, a Friday from ten works best for the survey. Call 0161 496 0863.',
  ])('still opens with them after a greeting in another language or a question: %s', (text) => {
    expect(met(text, 'opener')).toBe(true);
  });

  it.each([
    [
      'Hi, could someone let Dr Shah know that Lena Park from Orbit Dental called? Her number is 0161 496 0864.',
      'Lena Park',
    ],
    ['Wah gwaan Miss Brown — a Marlon from Blue Sea Solar. Call mi back, 876 555 0123.', 'Marlon'],
    ['Hi Omar bhai, Bilal from the Karachi Fair. Call me on 0300 555 0123.', 'Bilal'],
  ])('names the caller given to a gatekeeper, in patois or from "the" event: %s', (text, name) => {
    expect(met(text, 'callback')).toBe(true);
    expect(why(text, 'callback')).toContain(name);
  });

  it.each([
    ['Ring me on oh-seven-double-seven, triple-oh, nine-one-five.', '0777000915'],
    ['My number is four-one-five, uh, five-five-five, um, oh-one-two-three.', '4155550123'],
    ['Call oh-two-nine, two-oh-one-eight, oh-double-four-seven.', '02920180447'],
  ])('reads "double", "triple" and pause words inside a spoken number: %s', (text, digits) => {
    expect(findPhoneNumbers(text).map((n) => n.digits)).toEqual([digits]);
  });

  it('reads no number into a pause before a word', () => {
    expect(findPhoneNumbers('We doubled sales in five, um, oh, and one more thing.')).toEqual([]);
  });

  it.each([
    'Hi Ruth, please tell her Omar from Brightline called about the boiler tender her facilities team posted on Friday.',
    'Hello, this message is for Mr Osei through his PA. His chiller service contract expires on the 12th.',
    'Hi Maya, I know you look after Dr Patel’s diary. Her X-ray licence lapses at the end of the month.',
    'Hi Tom, the minutes from your residents’ committee say the car park gates keep jamming.',
    'Hi Tom, about the notice in your lobby on the gondola.',
    'Hi Tom, I enjoyed your episode on the Trade Talk podcast about apprentices.',
    'Dear Canon Hale, I write about the piece in the Yorkshire Post on the bell tower repairs.',
    'Hi Tom, about your shutdown at the Ellesmere plant in June: our cranes are free then.',
  ])(
    'finds context in a gatekeeper’s "his" or "her", their minutes, notices, episodes, press and shutdowns: %s',
    (text) => {
      expect(met(text, 'context')).toBe(true);
      expect(why(text, 'context')).toMatch(/^Context: “/);
    },
  );

  it.each([
    'Hi Tom, I am calling in connection with your firm’s deed archive.',
    'Hi Tom, I’ll be in Leeds on Thursday — can I pop into your depot?',
    'Hey {{first_name}}, congrats on the new {{trigger}}!',
    'Hi Tom, congratulations on [TRIGGER EVENT].',
    'Hi Tom, our driver mentioned that his van needed new tyres, so he took it to the garage.',
    'Hi Tom, there was a piece in the Guardian about robots in retail.',
  ])(
    'finds no context in a noun in -eed, our visiting day, a template left unfilled or our own people: %s',
    (text) => {
      expect(met(text, 'context')).toBe(false);
    },
  );

  it.each([
    'Hi Tom, you said the gate arm keeps sticking. I can have a fitter there this Thursday. Jo, Axle, 0161 496 0870.',
    'Hi Tom, you asked about vans for the spring rush. We can have ten vans in Leeds by April 3rd. Jo, Axle, 0161 496 0871.',
    'Hi Tom, your terrace could fill up at night — that’s what Hollins Grill got from our heaters. Jo, Axle, 0161 496 0872.',
    'Hi Tom, we rebuilt the pump at Kelso Mill after the same fault and had it back in service for the harvest. Jo, 0161 496 0873.',
    'Hi Tom, Harlow Foods’ complaint score went from 4.6 to 1.2 after our switch. Jo, Axle, 0161 496 0874.',
    'Hi Tom, we collect at three sharp and we eat the cost of any late drop. Jo, Axle, 0161 496 0875.',
    'Hi Tom, your peers see 2x more repeat orders. Jo, Axle, 0161 496 0876.',
    'Hi Tom, calling from Axle, 0161 496 0877, about the boiler in your plant room — the engineer said if it isn’t serviced by the fourte',
  ])(
    'finds a hook in a turnaround they can plan on, a named result, a cost we carry or a long sentence cut off: %s',
    (text) => {
      expect(met(text, 'hook')).toBe(true);
    },
  );

  it.each([
    'Hi Tom, I will have a look there this Friday if I pass. Jo, Axle, 0161 496 0880.',
    'Hi Tom, that’s what Harlow Foods asked about too. Jo, Axle, 0161 496 0881.',
    'Hi Tom, the shop went from Leeds to York. Jo, Axle, 0161 496 0882.',
    'Hi Tom, calling from Axle about your boiler, call me back on 0161 496 0883',
  ])(
    'finds no hook in a visit of ours, a question asked, a move or a missing full stop: %s',
    (text) => {
      expect(met(text, 'hook')).toBe(false);
    },
  );

  it.each([
    'Hi Tom, Jo from Axle Tyres. Fastest fitting in Swansea, I promise. 0161 496 0890.',
    'Hi Tom, Jo with Axle, the #1 rated tyre app for fleets. 0161 496 0891.',
    'Hi Tom, the winter tyres you asked about come in at forty Canadian dollars a tyre. Jo, 0161 496 0892.',
  ])(
    'finds a pitch in a boast said as a sentence, "#1" and a unit price in a named currency: %s',
    (text) => {
      expect(met(text, 'noPitch')).toBe(false);
    },
  );

  it.each([
    'Hi Tom, best wishes in May for the new depot. Jo, Axle, 0161 496 0893.',
    'Hi Tom, I was number 1 in the queue at your counter. Jo, Axle, 0161 496 0894.',
    'Hi Tom, the quickest way in Swansea is the ring road. Jo, Axle, 0161 496 0895.',
  ])('finds no pitch in a wish, a place in a queue or directions: %s', (text) => {
    expect(met(text, 'noPitch')).toBe(true);
  });

  it.each([
    ['Hi Tom, Jo Nkemelu, Bristol Drain Jetting, 0161 496 0901.', 'Jo Nkemelu'],
    ['Hi Tom, Ama Owusu, Accra Court Reporting, 0161 496 0902.', 'Ama Owusu'],
  ])('names the caller beside a firm named by its trade in -ing: %s', (text, name) => {
    expect(met(text, 'callback')).toBe(true);
    expect(why(text, 'callback')).toContain(name);
  });

  it('names no caller in a firm of three words ending in a trade in -ing', () => {
    expect(met('Hi Tom, this is Metro Drain Jetting. Call 0161 496 0903.', 'callback')).toBe(false);
  });

  it.each([
    'Hi Tom, your gate is sticking. Gie’s a ring on 0161 496 0910.',
    'Hi Tom, can save you 20 percent. Can WhatsApp me at 9123 4567 lah.',
    'Hi Tom, please confirm on 0161 496 0911 if Friday suits.',
    'Hi Tom, I shall write to you with the terms by Friday.',
    'Hi Tom, I can pop by your depot Thursday at 3 with the samples.',
  ])(
    'finds a next step in dialect asks, "please confirm", "I shall" and a visit with its hour: %s',
    (text) => {
      expect(met(text, 'nextStep')).toBe(true);
    },
  );

  it.each([
    'Hi Tom, can you believe the weather? My number is 0161 496 0912.',
    'Hi Tom, I can pop by sometime if you like. My number is 0161 496 0913.',
    'Hi Tom, I can confirm we stock it. My number is 0161 496 0914.',
  ])('finds no next step in a question, an undated visit or a statement: %s', (text) => {
    expect(met(text, 'nextStep')).toBe(false);
  });

  it.each([
    'Hi Tom, Jo at Axle. Call me on 0161 496 0920, or just text it.',
    'Hi Tom, Jo at Axle, call me 0161 496 0921 or um…',
  ])('leaves the number last before "or just text it" or a trailing hesitation: %s', (text) => {
    expect(met(text, 'repeated')).toBe(true);
  });

  it.each([
    'Hi Tom, Jo at Axle. Call me on 0161 496 0922, or email jo@axle.com.',
    'Hi Tom, Jo at Axle, call me 0161 496 0923 or um, drop by the depot on Friday.',
  ])('still buries the number under another way to reach us or an errand: %s', (text) => {
    expect(met(text, 'repeated')).toBe(false);
  });

  it('reads "our rate tool" as a product, not a price; "our rates" still is one', () => {
    expect(met('Hi Tom, hotels like yours use our rate tool. Jo, 0161 496 0924.', 'noPitch')).toBe(
      true,
    );
    expect(met('Hi Tom, our rates are fair. Jo, 0161 496 0925.', 'noPitch')).toBe(false);
  });

  it('still names a caller whose surname ends in -ing, with a firm after it', () => {
    const text = 'Hi Tom, this is Mary Anne Fleming from Axle. Call me on 0161 496 0930.';
    expect(met(text, 'callback')).toBe(true);
    expect(why(text, 'callback')).toContain('Mary Anne Fleming');
  });

  it('finds no cut-off in a one-sentence message whose dash comes before the number', () => {
    expect(met('Hi Tom, Jo at Axle — call me on 0161 496 0931 when you can', 'hook')).toBe(false);
  });

  it.each([
    'Hi Tom, we deliver 3x daily across Leeds. Jo, Axle, 0161 496 0932.',
    'Hi Tom, I will send the report in Excel format. Jo, Axle, 0161 496 0933.',
  ])('finds no hook in how often, and no context in a file format: %s', (text) => {
    expect(met(text, 'hook')).toBe(false);
    expect(met(text, 'context')).toBe(false);
  });

  it('reads "his" after another person’s name as theirs, not the prospect’s', () => {
    const text =
      'Hi Ruth, please tell her we worked with Bob, his team saved a fortune. Jo, Axle, 0161 496 0950.';
    expect(met(text, 'context')).toBe(false);
  });

  it('finds a list of what we sell with no "and" before its last item', () => {
    const text =
      'Hello Mister Costa. I am Luis from Fornotec. We make the repair of the oven door, the change of the seals, cleaning of the fans. Call 0161 496 0960.';
    expect(met(text, 'noPitch')).toBe(false);
  });

  it('finds no list in two things we do', () => {
    expect(
      met('Hi Tom, Luis from Fornotec. We do the seals, the fans. Call 0161 496 0961.', 'noPitch'),
    ).toBe(true);
  });
});
