/**
 * The structure checklist for a voicemail script, drawn from the sales advice: each check is met
 * or not met with a one-line reason. Heuristics on the text only; pure, no DOM.
 */
import { bandLabel, type TargetBand } from '../band';
import { findPhoneNumbers, type PhoneMention } from './phone';
import { findSelfIntros, opening, openingIntro, type SelfIntro } from './self-intro';
import { estimateReadTime, type ReadTime } from './read-time';

export type CheckId =
  'callback' | 'repeated' | 'context' | 'hook' | 'nextStep' | 'opener' | 'noPitch' | 'readTime';

/** One line of the checklist. */
export interface Check {
  id: CheckId;
  /** What the check asks for, in the rep's words. */
  label: string;
  met: boolean;
  /** One line saying why it is met or not. */
  why: string;
}

export const CHECK_LABELS: Record<CheckId, string> = {
  callback: 'Says who you are and a callback number',
  repeated: 'Number said twice, or last',
  context: 'Gives context',
  hook: "Has a hook: what's in it for them",
  nextStep: 'Clear next step',
  opener: 'Opens with them, not "this is … from …"',
  noPitch: 'No pitch',
  readTime: 'Fits the target band',
};

/** Words after the last number that still count as "the number is at the end" ("thanks", "call me"). */
const END_SLACK_WORDS = 4;
/** Fewest digits of a number without its country code or leading 0 for two writings to be matched. */
const MIN_NATIONAL_DIGITS = 8;
/** A sentence longer than this reads as an explanation, not a voicemail. */
const LONG_SENTENCE_WORDS = 30;

// Numbers said as words, as a trainer would hear them in a result ("twenty-five percent").
const UNITS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const NUMBER_WORD = String.raw`(?:\d[\d,.]*|(?:${TENS})(?:[- ](?:${UNITS}))?|${UNITS}|a|an|a few|half an?|hundred|thousand)`;
// A duration asked for is one token, hyphenated or spelled out: "ten minutes", "a ten-minute",
// "a quick 15-min", "twenty-five minutes". One source for the next step and the hook.
const MINUTES = String.raw`${NUMBER_WORD}[\s-]min(?:ute)?s?\b`;
const TIME_ASKED = String.raw`(?:an? )?(?:(?:short|quick|brief) )?${MINUTES}`;
// A figure may carry one qualifier before its unit: "three working days", "nine extra jobs".
const UNIT_QUALIFIER = String.raw`(?:(?:working|business|full|whole|extra|more|fewer|less|new)\s)?`;
// ("times" only as a comparison, "three times faster", not "tried you a few times")
const RESULT_UNIT = String.raw`(?:%|percent|per cent|x\b|times(?=\s+(?:faster|quicker|more|less|fewer|cheaper|better|as|over)\b)|seconds?|minutes?|hours?|days?|weeks?|months?|years?|(?:hundred|thousand|million) (?:dollars|pounds|euros)|dollars|pounds|euros|k\b|jobs|clients|customers|patients|orders|leads|calls|bookings|appointments|sales|members|sign-?ups|enquiries|inquiries|reviews|deals)`;

/** What a reason found, quoted in the rep's own words. */
function quote(text: string, max = 48): string {
  // A full stop inside the quote would double the one that ends the reason.
  const t = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '');
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

/** The match widened to whole words, plus a few words either side within its clause. */
function around(text: string, start: number, end: number, words = 3): string {
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
function firstHit(
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
function blankWhere(text: string, parts: RegExp, drop: (part: string) => unknown): string {
  return text.replace(parts, (part) => (drop(part) ? ' '.repeat(part.length) : part));
}

/** A sentence (or a part after a semicolon) with its end; "1.5%" does not end it. */
const SENTENCE = /(?:[^.!?;]|\.(?=\d))+[.!?;]*/g;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The text with spans blanked (callback numbers, the caller's intro), so "555-0134" is never a result or a price. */
function blanked(text: string, numbers: { start: number; end: number }[]): string {
  let rest = text;
  for (const n of [...numbers].reverse())
    rest = `${rest.slice(0, n.start)}${' '.repeat(n.end - n.start)}${rest.slice(n.end)}`;
  return rest;
}

/** A number as the script writes it ("555-0134", "five five five, oh one two nine"). */
function spoken(text: string, n: PhoneMention): string {
  return `“${text.slice(n.start, n.end).replace(/\s+/g, ' ')}”`;
}

function check(id: CheckId, met: boolean, why: string): Check {
  return { id, label: CHECK_LABELS[id], met, why };
}

// Asking the voicemail for whoever handles something: about the caller's search, not about them.
// ("is this the right number for whoever handles IT?" asks the same)
const ASKS_FOR_SOMEONE =
  /^(?:i'm|i am|i was|just)\s+(?:just\s+)?(?:trying to (?:reach|get hold of|find)|looking for|hoping to (?:reach|speak (?:to|with)))\s+(?:whoever|the (?:person|right person|one)|someone)\b|^(?:is this|have i got|do i have) the right (?:number|person|line)\b|^(?:are you|would you be|am i speaking (?:to|with)) the (?:right|correct|best) (?:person|contact|one)\b/i;

// An ask as the first words: "call me back on …", "ring us when you can".
const OPENS_WITH_ASK =
  /^(?:please\s+)?(?:call|ring|phone|text|email|buzz) (?:me|us)\b|^(?:please\s+)?(?:give (?:me|us) a (?:call|ring|shout|buzz|bell))\b/i;

// Throat-clearing: words about the call itself, an earlier try or an apology, before anything for
// them ("tried you last Tuesday as well, sorry", "third time lucky", "just touching base to see if
// …", "just wanted to see if …"). Said with something of theirs ("just following up on your
// inquiry about …") it is context, and the opener stands.
const THROAT_CLEARING =
  /(?:^|[,;:—–]\s*|\b(?:and|so)\s+)(?:(?:i|we)(?:'ve| have|'m| am|'re| are)?\s+)?(?:just\s+)?(?:(?:tried|trying|try) (?:you|to (?:reach|catch|get hold of|get) you)|(?:it's |its )?me again|(?:third|second|fourth) time lucky|(?:(?:my|this is my|this is the) )?(?:second|third|fourth|fifth|another|last) (?:message|voicemail|try|attempt)\b|(?:sorry|apologies) (?:to|for|i|we)|touching base|checking in|circling back|(?:just )?(?:wanted|want|calling|ringing|phoning|following up|reaching out) (?:to (?:see|check|touch|follow|circle|catch up)|about the thing|again)|wanted to,)/i;

function openerCheck(text: string, intro: string | null): Check {
  if (!text) return check('opener', false, 'Nothing written yet.');
  if (intro)
    return check(
      'opener',
      false,
      `Opens with who you are (${quote(intro)}), like most callers: lead with their name, a question or the value.`,
    );
  const { start, theirName } = opening(text);
  // The first sentence; "Dr. Okafor" is one name, not a sentence end.
  const first = text.slice(start).split(/(?<=[.!?;:—–…])(?<!\b(?:Mr|Mrs|Ms|Dr|St)\.)\s/)[0] ?? '';
  const asksAround = ASKS_FOR_SOMEONE.exec(first);
  if (asksAround)
    return check(
      'opener',
      false,
      `Opens by asking for someone (${quote(asksAround[0])}): lead with their name, a question or the value.`,
    );
  if (first.endsWith('?')) return check('opener', true, `Opens with a question: ${quote(first)}.`);
  // The number first is about us too: "Sam — 07700 900 915 — it's Lou at …".
  if (/^[+(]?\d[\d\s().-]{6,}/.test(first))
    return check(
      'opener',
      false,
      `Opens with your number (${quote(first, 40)}): lead with their name, a question or the value.`,
    );
  // The first clause is about us, not them: an ask, or a figure about us. (Our own news first is
  // left alone: the tuning labels pass "we just won Supplier of the Year", set 4 fails "we've
  // just launched our new …".)
  const lead = first.split(/\s[—–-]\s|[,;:](?!\d)|\s(?:and|but)\s/)[0] ?? first;
  const ask = OPENS_WITH_ASK.exec(first);
  if (ask)
    return check(
      'opener',
      false,
      `Opens with an ask (${quote(first, 40)}): lead with their name, a question or the value.`,
    );
  if (firmFigure(lead))
    return check(
      'opener',
      false,
      `Opens about you (${quote(first, 40)}): lead with their name, a question or the value.`,
    );
  if (THROAT_CLEARING.test(first) && !firstHit(first, CONTEXT))
    return check(
      'opener',
      false,
      `Opens by clearing your throat (${quote(first, 40)}): lead with their name, a question or the value.`,
    );
  if (theirName)
    return check('opener', true, `Opens with their name (${theirName}), then ${quote(first, 40)}.`);
  return check('opener', true, `Opens with ${quote(first, 40)}, not with who you are.`);
}

function callbackCheck(text: string, intros: SelfIntro[], numbers: PhoneMention[]): Check {
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

// A closing courtesy after the number ("Thank you and God bless.", "Have a great day.") does not
// bury it; END_SLACK_WORDS covers short ones such as "call me".
const SIGN_OFF =
  /(?:[\s.,!]*(?:thank you(?: so much)?|thanks(?: so much| again)?|cheers|bye|goodbye|god bless|take care|have a (?:great|good|nice|lovely) (?:day|week|weekend|one)|all the best|x+|and))+[\s.,!]*$/i;

// After the number, a phrase may finish its sentence ("to order", "when you can"), but a new
// clause ("…, any time after ten", "… and quote SUMMER") is more to remember after it.
// (an extension is part of the number: "…, ext. 12")
// (nor is a short ask after a comma: "…, text me")
const NEW_CLAUSE =
  /^\s*(?:,(?!\s*(?:ext\.?|extension|x)\s*\d)(?!\s*(?:call|ring|text|phone|buzz|email) (?:me|us)\b)\s*\S|(?:and|or)\s)/i;

function repeatedCheck(text: string, numbers: PhoneMention[]): Check {
  const last = numbers.at(-1);
  if (!last) return check('repeated', false, 'No callback number yet.');
  const said = numbers.filter((n) => sameNumber(n.digits, last.digits)).length;
  const digits = spoken(text, last);
  if (said >= 2) return check('repeated', true, `${digits} is said ${said} times.`);
  const after = text.slice(last.end).replace(SIGN_OFF, '');
  const wordsAfter = after.split(/\s+/).filter((w) => /\w/.test(w)).length;
  if (wordsAfter <= END_SLACK_WORDS && !NEW_CLAUSE.test(after))
    return check(
      'repeated',
      true,
      `${digits} comes last, so it is fresh when they reach for a pen.`,
    );
  return check(
    'repeated',
    false,
    `${digits} is said once, mid-message: repeat it, or end with it.`,
  );
}

// Their news: what a prospect or their organisation has just done or is doing.
const NEWS_VERB = String.raw`(?:took over|hiring|expanding|opening|opened|moving|moved|relocating|growing|launching|launched|switching|raised|acquired|announced|rebuilding|hosting|merging|merged|rebranding|rebranded|crossing|crossed|won|joined|winning|starting|started|breaking ground|broke ground|fitting out|refitting)`;
// Seeing something of theirs yourself: "saw your post", "going through your filings".
// (not hearing back from them: "havent heard back")
const NOTICED = String.raw`(?:saw|(?:i|we) (?:see|notice|hear)|noticed|read|(?<!\b(?:haven'?t|hasn'?t|not|never)\s+)heard(?!\s+(?:back|from)\b)|caught|spotted|came across|looking at|looked at|going through|went through|reviewing|reviewed)`;
// A third person's words: "Bec Harris at Dunmore Timber reckoned …", "she said …". Never "we" or "I".
const REPORTED = String.raw`(?:said|says|told me|tells me|mentioned|reckoned|reckons|thought(?! about| of)|thinks|suggested|recommended|asked me|pointed me|passed on|put me)`;
// Capitalised but naming nothing of theirs.
const CALENDAR_WORD = String.raw`(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)`;
const RECENT = String.raw`(?:yesterday|last night|this (?:morning|week|month|weekend)|last (?:week|month|quarter)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))`;
const CONTEXT: RegExp[] = [
  // a referral or a colleague of theirs
  /\b(?:referred|recommended|introduced us|suggested (?:i|that i|we)|(?:told|asked) me to|gave me your|passed (?:along |on )?your|your name came up)\b/i,
  new RegExp(
    String.raw`\b(?!(?:We|They|You|It|This|That|There)\b)(?:[A-Z][a-z]+(?:-[a-z]+)?|[Ss]he|[Hh]e)(?:\s+(?:at|from|of|with)\s+(?:the\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}(?:\s+[a-z]+)?)?\s+${REPORTED}\b`,
  ),
  /\byour (?:\w+ )?(?:colleague|manager|lead|head(?! in\b)|boss|ceo|cfo|cto|coo|controller|broker|accountant|distributor|supplier|vendor|partner|assistant|neighbou?r|director|vp|friend|foreman|supervisor|receptionist|owner|buyer|chef|editor|office manager)\b/i,
  // a talk with their people, or their people's words: "chatting with two of your site managers"
  new RegExp(
    String.raw`\b(?:spoke|speaking|spoken|chatting|chatted|talking|talked|yarn|met|meeting|catching up)\s+(?:with|to)\s+(?:[\w-]+\s+){0,4}your\b|\byour (?:[\w-]+ ){1,2}${REPORTED}\b`,
    'i',
  ),
  // where you met, what you said, what they asked for
  // ("the thing we talked about" is too vague to count)
  /(?<!\b(?:thing|things|stuff|something) )\b(?:we met|met you|meeting you|our (?:chat|talk|call|conversation)(?!\s*(?:[.!?,;]|$))|when we spoke|we spoke|we talked|you (?:asked|told|said|mentioned|requested|downloaded|filled|sent|submitted|uploaded|forwarded|signed up|visited|posted|wrote|shared|liked|commented|called|rang|phoned|emailed|e-mailed|texted|messaged|contacted|reached out|got in touch|enquired|inquired|dropped (?:in|into|by)|stopped by|popped (?:in|into|by)|came (?:in|into|by)|ordered|bought|booked|hired|purchased|renewed|registered|attended|joined us|left (?:a|us a|me a) (?:message|voicemail|note|review|comment|form)))\b|\b(?:for|about) (?:getting|reaching) (?:in touch|out)\b/i,
  /\breturning your (?:call|inquiry|enquiry|email|message|request)\b/i,
  /\b(?:following up on|about|regarding) (?:\w{1,4} )?(?:\w+ )?(?:quote|request|inquiry|enquiry|demo|trial|download|order|application)\b/i,
  // something they wrote or said in public
  /\b(?:who|you) (?:wrote|published|posted|presented|spoke)\b|\byour (?:[\w'-]+ ){0,2}(?:piece|article|post|talk|podcast|paper|book|interview|video)\b/i,
  // events they held or went to
  /\b(?:at|after|from|for) the [\w\s'’-]{0,40}\b(?:conference|expo|summit|show|meetup|event|webinar|fair|mixer|dinner|breakfast|lunch|gala|workshop)\b/i,
  /\b(?:ribbon cutting|grand opening|open house|launch party|keynote)\b/i,
  // their appearance at one: "your team's booth at RetailTech", "your panel in Austin"
  /\byour (?:[\w']+ ){0,2}(?:booth|stand|panel|session|presentation)\b/i,
  // their news
  new RegExp(String.raw`\b${NOTICED}\b[^.!?]{0,60}\b(?:your?|${NEWS_VERB}|${RECENT})\b`, 'i'),
  // seen where they showed it: "saw the new fit-out on Insta", "spotted on LinkedIn that …"
  new RegExp(
    String.raw`\b${NOTICED}\b(?:[^.!?]{0,60}\bon (?:LinkedIn|Insta|Instagram|Facebook|Twitter|TikTok|YouTube|the news)\b| (?:that )?the new\b)`,
    'i',
  ),
  /\b(?:congratulations|congrats|nice work on|well done on)\b/i,
  // a rule about to change for them: "the council's new food waste rules kick in on the first of
  // April", "the city starts enforcing the new bylaw"
  /(?<!\bour )\b(?:new|upcoming|incoming) (?:[\w-]+ ){0,3}(?:rules?|regulations?|laws?|bylaws?|legislation|requirements?|levy|mandate)\b|\b(?:kicks? in|come into (?:force|effect)|comes into (?:force|effect)|takes? effect|starts? enforcing)\b/i,
  new RegExp(String.raw`\byou(?:'re| are|'ve| have)? (?:just |recently )?${NEWS_VERB}\b`, 'i'),
  // their people's news: "your lads are starting the Hulme job on the 3rd"
  new RegExp(
    String.raw`\byour (?:[\w'-]+ ){1,2}(?:are|is|were|was|have|has)(?: just| recently)? ${NEWS_VERB}\b`,
    'i',
  ),
  /\bnow that\b/i,
  // something their organisation did: "the audit your team failed", "the grant your school applied for"
  /\byour (?:[\w-]+ )?(?:team|school|clinic|company|firm|store|plant|office|board|staff|drivers|crew|department|practice|shop|site|city|council)(?:'s)? (?:just |recently )?(?:\w+ed|won|lost|ran|held|made|took|got|sent|went|hit|saw|told)\b/i,
  // an event of theirs: "your clinic's move", "your conference in Lisbon", "your new Leeds office"
  /\byour (?:[\w'-]+ ){0,2}(?:move|expansion|launch|opening|merger|acquisition|rebrand|funding round|raise|announcement|extension|renovation|refit|tender|conference|anniversary|new (?:[\w-]+ )?(?:shop|office|site|location|store|clinic|branch|warehouse|building|role|position|job))\b/i,
  // a dealing of theirs you know of, or a meeting you had
  /\byour (?:[\w'-]+ ){0,2}(?:booking|order|application|appointment|claim|reservation|renewal|permit|inquiry|enquiry|request)\b/i,
  // their account with a detail: "the install on your account", "your account ending 4471"
  // ("regarding your account." with no detail is not context: every caller could say it)
  /\b(?:on|of|for|to|with) your (?:[\w-]+ ){0,2}account\b|\byour (?:[\w-]+ ){0,2}account\b(?!\s*(?:[.!?;,]|$))(?!\s+(?:review|update|details|information|info|status|manager|team|holder|settings)s?\b)/i,
  // a dealing of theirs with its date: "your car policy renews on the fifteenth"
  // ("the tenancy at 14 Elm Road ends on the 30th", "your system is due for its service", "the
  // filing deadline for your second branch")
  /\b(?:your (?:[\w'-]+ ){0,2}[\w-]+|the (?:[\w'-]+ ){0,2}(?:policy|lease|contract|agreement|facility|loan|licen[cs]e|subscription|tenancy|renewal|inspection|audit|filing)\b)[^.!?]{0,30}?(?:\b(?:renews|renewing|expires|expiring|expired|ends|ending|ended|lapsed|ran out|runs out|is due|are due|comes up|falls due|is (?:still )?pending|has been pending)\b|(?:'s|\bis) up\b)|\b(?:deadline|due date|renewal date|cut-?off) (?:for|on|of) your\b/i,
  // their thing placed at an address: "your vans were parked outside the Asda on Mill Road", "your
  // sign on Dale Street"
  new RegExp(
    String.raw`\b[Yy]our\s[^.!?,—–]{0,60}?\b(?:on|at|in|outside|near|by|off) (?:the )?(?:\p{Lu}\p{Ll}+ ){1,2}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Way|Drive|Park|Estate|Square|Place|Parade|Quay|Wharf|Mall|Centre|Center|Plaza|Boulevard|Blvd)\b`,
    'u',
  ),
  // something of theirs named by its place or brand: "your Deansgate unit", "your Izmir shipments"
  // (a brand with a number: "your Microsoft 365 tenant"; their records by code, in our hands: "I've
  // got your Q3 delivery logs")
  new RegExp(
    String.raw`\b[Yy]our (?!${CALENDAR_WORD}\b)\p{Lu}\p{Ll}+(?: \d+)? \p{Ll}{3,}|\b(?:got|have|seen|saw|through|reviewed|checked|pulled|looked at) your \p{Lu}\d+ \p{Ll}{3,}`,
    'u',
  ),
  // their thing, or a new one, at a named place: "your car park in Swindon", "the new warehouse
  // lease in Leeds" (not others like them: "a firm about your size in Reno"); a thing of theirs named as the topic: "calling about the Elm Street units"
  new RegExp(
    String.raw`(?<!\b(?:of|about|like) )\b(?:[Yy]our(?! (?:size|competitors?|competition|peers|rivals|industry|sector|kind|type)\b)|the new) (?:[\w'-]+ ){1,2}(?:in|at|near|outside) (?:the )?(?!${CALENDAR_WORD}\b)\p{Lu}\p{Ll}+|\b(?:about|regarding|re|on|for) the (?:(?!${CALENDAR_WORD}\b)\p{Lu}\p{Ll}+ ){1,2}(?:units?|site|building|propert(?:y|ies)|offices?|stores?|project|job|premises|flats?|apartments?|homes|townhomes|development|contract|tender|bid|gym|clinic|branch|depot|warehouse|restaurant|bistro|caf[eé]|salon|studio|surgery|school|hotel|practice|shop)\b|\bthe (?:(?!${CALENDAR_WORD}\b)\p{Lu}\p{Ll}+ ){1,2}(?:job|project|build|slab|fit-?out|refit|extension|renovation|contract|tender)\b`,
    'u',
  ),
  // a pointed question about something of theirs that names it: "are your Friday pallets still
  // getting stuck at the Joliet cross-dock?" (not a generic "is your overtime still by hand?")
  // (their name before the "?" is calling them, not naming their thing: "…, Imran?")
  new RegExp(
    String.raw`\b(?:[Aa]re|[Ii]s|[Ww]as|[Ww]ere|[Dd]id|[Hh]as|[Hh]ave) your\b[^.!?]{0,80}(?<!,)\s(?!${CALENDAR_WORD}\b)\p{Lu}\p{Ll}+[^.!?]{0,40}\?`,
    'u',
  ),
  // a question about their new thing or their named site: "how are the new vans working out?",
  // "… at the Rosebank branch?"
  new RegExp(
    String.raw`\b[Hh]ow(?:'s| is| are| was| were| did| do)\b[^.!?]{0,30}\b(?:the|your) new\b(?! year\b)[^.!?]*\?|\bthe (?!${CALENDAR_WORD}\b)\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:branch|depot|site|store|shop|clinic|office|warehouse|plant|location|yard|kitchen|restaurant|hotel|campus|practice|bistro|caf[eé]|bar|pub|salon|gym|studio|surgery|school|farm|garage|showroom|bakery|deli)\b[^.!?]*\?`,
    'u',
  ),
  // a question about a recent event at a named place: "SHIPPING DELAYS out of Felixstowe this week?"
  new RegExp(
    String.raw`\b(?:at|in|out of|from|near|around) (?!${CALENDAR_WORD}\b)\p{Lu}\p{Ll}+[^.!?]{0,30}\b(?:${RECENT}|this year|again)\b[^.!?]{0,20}\?`,
    'u',
  ),
  /\b(?:our|the|my) (?:missed |last |recent )?(?:appointment|meeting|visit|demo|conversation|chat)s? (?:yesterday|last|on|this)\b/i,
  // where they are
  /\b(?:doors? down from|next door to|across (?:the street )?from|down the road from) yours\b|\b(?:in|on|at|near|outside|by|around|along|down|up|off|from|opposite|behind|to) your (?:[\w']+ ){0,2}(?:street|road|high street|parade|suburb|neighbou?rhood|building|pier|block|site)\b/i,
  // something you looked at yourself
  /\byour (?:[\w']+ ){0,2}(?:website|site|page|profile|store's|online store|shop|app|listings?|reviews|(?:google|yelp|tripadvisor|online|latest|recent) review|checkout|job (?:post|ad)s?)\b/i,
  // (within one sentence; a decimal point such as "3.9" does not end it)
  new RegExp(
    String.raw`\byour\b(?:[^.!?]|\.\d){0,60}\b${RECENT}\b|\b${RECENT}\b(?:[^.!?]|\.\d){0,60}\byour\b`,
    'i',
  ),
  // their figures moved: "your dealership's Google rating dropped to 3.9"
  /\byour (?:[\w'-]+ ){1,3}(?:dropped|fell|rose|jumped|slipped|climbed|doubled|halved|went (?:up|down))\b/i,
];

function contextCheck(text: string): Check {
  // A sentence describing what we sell is about us, even when it says "into your account".
  // (Unpunctuated text is one "sentence": nothing to tell apart there.)
  const punctuated = sentences(text).length > 1;
  const aboutThem = blankWhere(text, SENTENCE, (s) => punctuated && describesUs(s));
  const hit = firstHit(aboutThem, CONTEXT);
  return hit
    ? check('context', true, `Context: ${quote(around(text, hit.start, hit.end))}.`)
    : check(
        'context',
        false,
        'No context: say who referred you, where you met, or something about their business.',
      );
}

const CURRENCY = String.raw`(?:pounds?|quid|pence|dollars?|bucks|cents?|euros?|rupees?|rand|dirhams?|pesos?|yen|yuan|ringgit|naira|francs?|kronor|krona|shekels?)`;
// Prices and claims about us: never what is in it for them.
const PRICE_TALK: RegExp[] = [
  /[$£€₹]\s?\d[\d,.]*(?:\s*(?:\/|per|a|an|each)\s*(?:month|mo|year|yr|seat|user|license|employee|week|head))?/i,
  /\b(?:our|low|lower|lowest|cheapest|best|great|competitive|unbeatable|special|one low|very low) (?:prices?|pricing|rates?|costs?)\b/i,
  /\b(?:lowered|lowering|cut|cutting) our (?:prices?|rates?)\b/i,
  // (not theirs: "your shop's shipping rates are higher")
  /(?<!\b(?:your|their)\s+(?:[\w'-]+\s+){0,2})\b(?:our |the )?(?:rates?|prices?|pricing|plans?|fees?) (?:are|is|starts?|start at|begin)\b/i,
  new RegExp(
    String.raw`\b(?:from|at|for|only|just) (?:just |only )?${NUMBER_WORD}(?:[.,]\d+)? (?:${CURRENCY} )?(?:a|an|per) (?:month|hour|seat|user|room|year|week|head|employee)\b`,
    'i',
  ),
  // a fee as a percentage: "the lowest commission, only 8 percent"
  new RegExp(
    String.raw`\b(?:commission|fees?|charges?|rates?)\b[^.!?]{0,20}\b(?:only|just|from)\s+${NUMBER_WORD}\s*(?:%|percent)`,
    'i',
  ),
  // an amount with no currency, as a price list says it: "1,500 per unit", "499 monthly"
  /\b(?:\d{1,3}(?:,\d{3})+|\d{3,})(?:\.\d\d)?\s+(?:(?:per|a|an|each)\s+(?:unit|month|seat|user|licen[cs]e|head|kg|box|van|vehicle|room|night)|monthly|yearly|annually)\b/i,
  /\b(?:(?:flat|fixed|low) (?:monthly |annual |yearly |weekly )?(?:fee|rate|price)|plans start|starting at|percent off|% off|promo|promos|promotion|discount|half[- ]price|special offer|this month only|limited time|free trial|only costs?|costs? (?:only|just))\b/i,
  // any amount per unit: "2 pounds a box", "19 dollars a van", "14.50 a bay", "18.99 for 20 litres"
  new RegExp(
    String.raw`\b${NUMBER_WORD}(?:\s+(?:hundred|thousand|million))?\s+${CURRENCY}\s+(?:a|an|per|each)\s+\w+|\b\d+\.\d\d\s+(?:a|an|per|each|for)\s+\w+`,
    'i',
  ),
  // a rate or the size of what we lend: "0.89% monthly add-on rate", "loans up to 5 million pesos"
  new RegExp(
    String.raw`\b${NUMBER_WORD}\s*(?:%|percent)\s+(?:[\w-]+\s+){0,3}(?:rate|interest|apr|fee|commission)\b|\b(?:loans?|credit|financing|funding|limits?|amounts?)\b[^.!?]{0,30}\bup to\b`,
    'i',
  ),
];
// Money that is theirs, not our price: what they lose, leave on the table or could keep
// ("you're losing £300 a week", "eight thousand dollars a year you can keep").
// (money from a grant or rebate is theirs: "the SEAI grant could knock €2,400 off each unit"; so is
// what something is worth to them or is costing them: "worth a few hundred bucks a week in
// diesel", "a tariff that's costing about 400 pounds a month")
const AMOUNT = String.raw`(?:[$£€₹]\s?\d|\b${NUMBER_WORD}(?:\s+(?:hundred|thousand|million))?\s+${CURRENCY}\b)`;
// (what something is worth may be vaguer: "worth a couple of hundred quid")
const MONEY = String.raw`(?:${AMOUNT}|\ba couple(?: of)?(?:\s+(?:hundred|thousand|million))?\s+${CURRENCY}\b)`;
const THEIR_MONEY = new RegExp(
  String.raw`\b(?:grants?|rebates?|subsid(?:y|ies)|incentives?|allowances?|reliefs?|tax credits?)\b[^.!?;]{0,40}?${MONEY}|\b(?:worth|costing(?: you| your [\w-]+)?)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|up to\s+|over\s+)?${MONEY}|\byou(?:'re| are|'d| would| could| might)?\s+(?:\w+\s+){0,2}(?:losing|lose|leaving|leave|wasting|waste|overpaying|overpay|saving|save|keeping|keep|making|make|earning|earn|recovering|recover)\b[^.!?;]{0,30}?${AMOUNT}|${AMOUNT}[^.!?;]{0,30}\byou(?:'ll| can| could| would)? (?:keep|save|get back|recover|pocket)\b|\bon the table\b`,
  'i',
);
/** The first price in the text, leaving out clauses about their own money. */
function priceTalk(text: string): { start: number; end: number } | null {
  const theirs = blankWhere(text, SENTENCE, (c) => THEIR_MONEY.test(c));
  return firstHit(theirs, PRICE_TALK);
}
// A result with a figure, in digits, words or hyphenated ("a five-minute fix", "25 percent").
const FIGURES: RegExp[] = [
  // ("a second shop" is an ordinal, not a duration; "30%" needs no space)
  new RegExp(
    String.raw`\b(?!(?:a|an|the) second\s+[a-z])${NUMBER_WORD}(?:[\s-]|(?=%))${UNIT_QUALIFIER}${RESULT_UNIT}(?![\w-])`,
    'i',
  ),
  /\b(?:a third|a quarter|a fifth|in half|by half|double[sd]?|halve[sd]?|twice as|from \w+ \w+ to \w+)\b/i,
];
const HOOK: RegExp[] = [
  ...FIGURES,
  THEIR_MONEY,
  /\b(?:sav(?:e|es|ed|ing)|cut|cuts|shaved|shave|reduc(?:e|es|ed|ing)|increas(?:e|es|ed)|boost(?:s|ed)?|grew|grow|(?<!(?:\b(?:the|a|your|their|our)|'s)\s)lift(?:s|ed)?|recover(?:s|ed)?|eliminat(?:e|es|ed)|fix(?:es|ed)?(?! (?:rate|price|term|fee|asset|income|cost|line|address|date|deposit)s?\b)(?! (?:up )?(?:an? |the |some )?(?:[\w-]+ )?(?:call|time|meeting|chat|date|slot|appointment|demo|visit)s?\b)|lock(?:ed)? in(?! (?:an? |the |some )?(?:[\w-]+ )?(?:call|time|meeting|chat|date|slot|appointment|demo|visit)s?\b)|solv(?:e|es|ed)|(?<!\b(?:you're|you are|you're all|you are all|you've got it|you're already|you are already) )sorted|sorts (?:it|that|this|them|out)|stop(?:s|ped)?|clear|cleared|kept|(?:you|they) (?:can |could )?keep|avoid(?:ed)?|prevent(?:s|ed)?|catch(?:es)?(?! up| you)|free(?:s|d)? up|helped|sooner|faster|instead of|under two|same day|no missed)\b/i,
  // a benefit to them: "could cover most of your daytime power", "bring your premium down"
  /\b(?:could|would|can|will|to) (?:cover|pay for|cut|halve|save|lower|reduce|drop|remove|bring)\b[^.!?]{0,40}\byour\b|\bbring (?:your|their|the) (?:[\w-]+ ){0,3}down\b|\bfound (?:a|one) way\b|\bsold out\b/i,
  new RegExp(String.raw`\b(?:down|up) to ${NUMBER_WORD}\b`, 'i'),
  // what their competitors are doing: the curiosity a trainer recommends
  /\byour (?:\w+ ){0,2}(?:competitors|competition)\b/i,
  // something to give them: ideas, numbers, spare seats, a free audit, rooms held for them
  /\b(?:(?:an?|one) (?:\w+ )?idea|ideas|tips|insights|the numbers|information about|spare|extra)\b|(?<!\b(?:any|your|more|further|had|have)\s+)\bthoughts (?:on|about|for)\b|\b(?:quick|easy|simple|big) wins?\b/i,
  /\b(?:spare|extra|free|two|\d+) (?:tickets?|seats?|passes)\b/i,
  /\b(?:free|complimentary) (?:[\w-]+ ){0,2}(?:visit|class|lesson|taster|audit|review|assessment|check|inspections?|consultation|samples?|report|analysis|estimate|survey|session)\b|\b(?:on us|no strings|no charge|at no cost)\b/i,
  new RegExp(
    String.raw`\b(?:i|we)(?:'ve| have) (?:got|held|reserved|saved|set aside|put aside|lined up|kept) (?:\d+|${TENS}|${UNITS}|a few|some|spare)\b`,
    'i',
  ),
  // someone or something lined up for them: "I've got a buyer for …", "a comparison for you"
  /\b(?:i|we)(?:'ve| have) (?:got|found) an? (?:[\w-]+ )?(?:buyer|tenant|client|customer|investor|opening|slot)\b|\b(?:put together|pulled together|prepared|drafted|mocked up|built|made|worked up|priced up|costed up) (?:a|an|some) (?:[\w-]+ ){0,2}(?:comparison|plan|proposal|estimate|mock-?up|report|analysis|breakdown|summary|shortlist|layout|quote) for (?:you|your)\b/i,
  // something available to them: "we have space on Thursday sailings", "a rooftop that's just come free"
  /\b(?:come|came|become|became|opened|freed) (?:up|free|available)\b|\b(?:we|i)(?:'ve| have)(?: got)? (?:space|room|availability|capacity|(?:an? |\w+ )?(?:openings?|slots?|places?)(?: open| free| left| available)?)\b(?! for improvement\b)(?![^.!?]{0,20}\b(?:diary|calendar|schedule)\b)/i,
  // people or kit ready for them: "we have two welders available from Monday"
  // ("we got trucks open out of Laredo", "I'm holding two dates at a ranch", "we're keeping a slot for you")
  new RegExp(
    String.raw`\b(?:we|i)(?:'ve| have|'ve got| got)? (?:[\w-]+ ){1,3}(?:available|free|ready|on standby|held|open)\b(?! (?:to|for) (?:ideas|suggestions|feedback)\b)|\b(?:i'm|i am|we're|we are|i'll|we'll) (?:holding|keeping|saving|reserving|hold|keep|save|reserve) (?:\d+|${TENS}|${UNITS}|a few|some|spare|an?|the|it|them|that|those)\b(?! (?:in mind|on file|short)\b)`,
    'i',
  ),
  // what it is for, for them: "so you can get your Sundays back", "so the lobby looks right"
  /\bso (?:that )?(?:you|they|your [\w-]+|the [\w-]+(?: [\w-]+)?) (?:can|could|will|'ll|never|no longer|don't|won't|get|gets|looks?|stays?|runs?|keeps?)\b(?! (?:call|ring|reach|text|email|contact|get (?:back|in touch))\b)/i,
  // what we did for a customer like them, and what it did: "we automated the rota for a care home
  // and they dropped agency shifts"
  /\bwe (?:\w+ed|did|got|took|put|made|built|ran)\b[^.!?]{0,50}\bfor (?:a|an|one|another|two|three|\d+)\b[^.!?]{0,40}\b(?:and|so) (?:they|it|their)\b/i,
  // a problem gone: "so none go missing", "so you never chase a signature again"
  /\bso (?:that )?(?:no\b|none|nothing|no one|nobody|(?:[\w']+ ){1,2}(?:never|no longer|don't|won't|didn't))\b/i,
  // an outcome with a date on it: "have yours watertight by Wednesday", "turn it around in three days",
  // "we can get a backup reader to you by Monday"
  new RegExp(
    String.raw`\b(?:have|get|turn)\s+(?:it|them|yours|you|your [\w-]+)\s+(?:[\w-]+\s+)?(?:by|within|in)\s+(?:${WEEKDAY}|tomorrow|tonight|${NUMBER_WORD}\s)|\b(?:we|i)(?:'ll| will| can| could)\s+(?:have|get|deliver|fit|install|send)\s+(?!(?:me|us|back|in touch)\b)(?![^.!?]{0,40}\b(?:proposal|quote|email|e-mail|details|info|information|link|brochure|deck|summary|invite|contract|note|message)\b)(?:[\w-]+\s+){1,5}?(?:by|within|in)\s+(?:${WEEKDAY}|tomorrow|tonight|${NUMBER_WORD}\s)`,
    'i',
  ),
  // a job done in a short time: "we did the racking for the shop two doors down in a weekend"
  /\b(?:in|within) (?:a|an|one|a single|half a|half an) (?:weekend|afternoon|morning|evening|day|night|week)\b|\bovernight\b/i,
  // what it finds for them: "it tends to turn up reliefs people have missed"
  /\b(?:turns? up|turned up|turning up|uncover(?:s|ed)?|finds?|found|spots?|spotted)\b[^.!?]{0,40}\b(?:missed|overpaid|owed|unclaimed|overcharged|refunds?|reliefs?|(?:under|over)-?(?:billing|billed|charging|charged|claiming|claimed|paying|paid))\b/i,
  // a share of their cost paid for them: "could cover about half the install"
  /\b(?:could|would|can|will|to) (?:cover|pay for|fund)\b[^.!?]{0,20}\b(?:half|a third|a quarter|most|all|\d+ ?%|\w+ (?:percent|per cent))\b/i,
  // a visit free of charge: "with no call-out charge"
  /\b(?:no|without (?:a|any)) (?:call-?out|visit|survey|site visit) (?:charge|fee|cost)s?\b/i,
  // material held for them to use: "I've got the recording and a short quiz you could run"
  /\b(?:i|we)(?:'ve| have) got (?:the|a|an|some) [^.!?]{0,50}\byou (?:could|can|might) (?:run|use|try|share|have|keep|borrow)\b/i,
  // something of theirs done in time: "if you want yours done before Easter"
  /\b(?:done|fitted|installed|ready|finished|open|up and running) (?:before|in time for|ahead of) (?:the )?\p{L}+/iu,
  // a deadline met or a penalty avoided for them: "get you filed before the April 30 deadline"
  /\b(?:before|ahead of|in time for) (?:the|your) (?:[\w-]+ ){0,3}(?:deadline|cut-?off|due date|price rise|increase|rush)\b|\bwithout (?:any )?(?:penalt(?:y|ies)|fines?|late fees?|downtime|disruption|hassle)\b/i,
  // something made easy for them: "so reprints would be a quick one", "it'd be painless"
  /\b(?:would|will|'d|'ll|could|should) be (?:a )?(?:really |very |super )?(?:quick|easy|simple|painless|straightforward)\b(?! (?:question|chat|call|one to ask)\b)/i,
  // their problem covered by a swap or a stand-in: "we can swap in Thai basil at the same price"
  /\b(?:we|i)(?:'ll| will| can| could)\s+(?:swap|substitute|replace|cover|make up|top up|stand in|step in)\b|\bat (?:the same price|no extra (?:cost|charge))\b/i,
  // a gap of theirs closed: "we'd close that gap in an afternoon"
  /\b(?:close|closed|plug|plugged|patch|patched) (?:that|the|this|those|your) (?:[\w-]+ )?(?:gaps?|holes?|leaks?)\b/i,
  // what businesses like theirs nearby are doing: "two of the salons on your high street"
  /\b(?:of|the) (?:[\w-]+ ){0,3}(?:on|in|along|near|down) your (?:street|road|high street|block|parade|strip)\b/i,
];
// A question is a hook when it is pointed at their gain or the size of their pain, not "are you
// happy with …?". "Are you still doing payroll in Excel?" only names a pain: the result that should
// follow it is the hook, and without one the trainers (sets 1 and 5) find none.
const POINTED_QUESTION = /\b(?:what (?:would|if|will|does)|how (?:much|many|long)|did you know)\b/i;
// Asking for their time is not a result: "got ten minutes?", "a ten-minute call".
const ASKS_FOR_TIME = new RegExp(
  String.raw`\b(?:got|have|had|has|spare|take|need|grab|for|worth) ${TIME_ASKED}|\b${MINUTES} (?:call|chat|conversation|meeting)\b`,
  'gi',
);
// Questions we need answered, announced as ours: "Couple of quick questions before I can quote: …".
const OUR_QUESTIONS = /\bquestions?\b[^?]*:|\bbefore (?:i|we) can\b/i;
const CALL_BACK_QUESTION = new RegExp(
  String.raw`\b(?:call me|give me a call|good time|call back|worth (?:a\b|${TIME_ASKED}))`,
  'i',
);

// A clause broken off at the important part before the ask: "and the reason is — call me, …".
// (any word that cannot end a clause: a verb "is", an article, a preposition, a possessive such as
// "about to lose its— oh sorry, …")
const BROKEN_OFF =
  /\b(?:is|was|are|were|be|the|a|an|to|of|for|with|by|from|in|on|at|that|because|and|but|your|its|their|his|her|my|our)\s*(?:…|\.\.\.|—|–)(?=\s)/i;
const SIGNATURE =
  /(?:[.!?]\s+|\s[—–-]\s*)(?:(?:(?:[Tt]alk|[Ss]peak|[Cc]hat) soon|[Cc]heers|[Tt]hanks|[Rr]egards|[Bb]est|[Ll]ove|[Tt]a),?\s+)?\p{Lu}\p{Ll}+(?:,\s*(?:\p{Lu}[\p{L}&'-]*\s*){1,4})?(?:\s+x+)?$/u;
const TRAILS_OFF = /\b(?:um+|uh+|er|erm|anyway|like|you know|so|yeah)[\s,.…—–-]*$/i;

/** How the script ends, if it ends cut off at the important part (the "Elijah method"). */
function cutOff(text: string, numbers: PhoneMention[]): string | null {
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
  // Unpunctuated to the end while the rest is punctuated: it stopped mid-sentence.
  if (/\p{L}$/u.test(end) && /[.!?]\s/.test(end)) return end.split(/(?<=[.!?])\s+/).at(-1) ?? end;
  return null;
}

// What they lost, with its figure: "your kitchen lost two hours of service".
// So is how long their own thing takes: "Are your new hires still taking 3 months to hit quota?"
const THEIR_LOSS =
  /^\s*(?:(?:are|is|was|were|do|does|did) )?your\b[^,;.!?]{0,40}\b(?:lost|spent|wasted|took|missed|taking|takes|take)\b/i;
// How long our own process takes, said of it and not of them: "Installation takes two days".
// (also without a verb, as a spec line: "Transit 3 days.", "Lead time: two weeks")
const SPEC = new RegExp(
  String.raw`^\s*(?:the |our |it )?(?:[\w-]+ ){0,2}(?:takes|lasts|runs for)\b(?![^,;.!?]*\b(?:you|your)\b)|^\s*(?:transit|lead time|turnaround|delivery|shipping|installation|install|set-?up)(?: time)?:?\s+(?:is\s+)?${NUMBER_WORD}[\s-]`,
  'i',
);
// A rise reported as news ("attacks are up 300% this year", "fraud has risen 25 percent"): a
// trend in the world, not a result we offer them.
const TREND =
  /\b(?:are|is|were|was|have|has|had)\s+(?:gone\s+)?(?:up|risen|rising|climbing|climbed|increased|soaring|soared|surging|surged|jumped)\b/i;
// A clause: up to a comma, semicolon, dash or sentence end, or before "and" / "but".
// (a decimal point, "99.9%", does not end a clause)
const CLAUSE =
  /(?:[^,;:.!?—–]|\.(?=\d))+?(?=\s+(?:and|but)\s|[,;:.!?—–](?<!\.(?=\d))|$)|[,;:.!?—–]|\s+(?:and|but)\s/g;

// Where a promise to them follows a description of us in one sentence: "…, and we'd close …".
// ("…, plus a mobile app, so new agents can take calls by day three": what the list is for)
const PROMISE_AFTER =
  /(?=,\s+and\s+(?:we|i)(?:'d|'ll| can| could| will| would)\s)|(?=,\s+so\s+(?:that\s+)?(?!(?:yeah|anyway|um|uh|look)\b))/i;
// What they did is their side of the story (context), never a result: "you filled in the form
// about catching up on two years of bookkeeping".
const THEY_DID =
  /^\s*you (?:just |recently )?(?:\w+ed|sent|wrote|took|made|said|told|asked|rang|left|got|had|came|went|spoke|met|saw)\b/i;

function hookCheck(text: string, numbers: PhoneMention[], intros: SelfIntro[]): Check {
  const cut = cutOff(text, numbers);
  if (cut)
    return check('hook', true, `Stops mid-sentence (${quote(cut)}): the curiosity is the hook.`);
  // Who is calling is never what's in it for them ("Hannah from Bright Ideas").
  let rest = blanked(text, [...numbers, ...intros]);
  rest = blankWhere(rest, ASKS_FOR_TIME, () => true);
  // A sentence (or clause) that talks price or describes us is pitch, not what's in it for them.
  // Unpunctuated text is one "sentence", so there only a price blanks it.
  const punctuated = sentences(rest).length > 1;
  // (a promise after the list, ", and we'd close that gap in an afternoon", is its own part, and
  // it is pitch only when it is itself a list: ", so you get alerts, logs and reports")
  const pitch = (s: string) => priceTalk(s) || (punctuated && describesUs(s));
  rest = rest.replace(SENTENCE, (sentence) => {
    const [head = '', ...promises] = sentence.split(PROMISE_AFTER);
    const parts = [pitch(sentence) ? ' '.repeat(head.length) : head];
    for (const p of promises)
      parts.push(pitch(p) || THREE_THINGS.test(p) ? ' '.repeat(p.length) : p);
    return parts.join('');
  });
  // A figure or a superlative about us is a boast, what they lost is their pain, and a rise in the
  // news is a trend:
  // none of those clauses is a result for them, though the next clause may be.
  rest = blankWhere(
    rest,
    CLAUSE,
    (c) =>
      ourFigure(c) ||
      (punctuated && ourBoast(c)) ||
      THEIR_LOSS.test(c) ||
      TREND.test(c) ||
      SPEC.test(c) ||
      THEY_DID.test(c),
  );
  const question = sentences(rest).find(
    (s) =>
      s.endsWith('?') &&
      POINTED_QUESTION.test(s) &&
      !CALL_BACK_QUESTION.test(s) &&
      !OUR_QUESTIONS.test(s),
  );
  if (question) return check('hook', true, `A question for them: ${quote(question)}.`);
  const hit = firstHit(rest, HOOK);
  return hit
    ? check('hook', true, `What's in it for them: ${quote(around(text, hit.start, hit.end))}.`)
    : check(
        'hook',
        false,
        'No hook: give them a result, a number or a question worth calling back for.',
      );
}

const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|this (?:afternoon|morning|evening|week)|next week|at \d|at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)|by email|by text)`;
// Ways to reach someone, as an imperative: "Call Jade on …", "Please do call back", "Ping me".
const CONTACT_VERB =
  'call|ring|phone|text|txt|email|e-mail|message|ping|whatsapp|reply|revert|write|book|buzz|contact|get in touch|reach out|visit|ask for';
const NEXT_STEP: RegExp[] = [
  /\b(?:call me|call us|hit me up|leave (?:me |us )?a (?:message|voicemail|note)|give (?:me|us) a (?:call|ring|shout|buzz|bell|tinkle|try)|ring me|text me|txt me|email me|reach me|return my call|get back to me|reply|worth a (?:short |quick )?(?:call|chat)|(?:book|grab|pick) (?:a|some|in a) (?:time|slot|demo|call|meeting|chat)|set up a (?:call|time|meeting)|reschedule)\b/i,
  new RegExp(
    String.raw`(?:^|[.!?;:,—–…]\s*|\b(?:and|or|so)\s+)(?:(?:please|kindly|do|just)\s+(?:to\s+)?)*(?:${CONTACT_VERB})\b(?!\s+(?:centres?|centers?|volumes?|logs?|times?|quality|recordings?|rates?))(?![^.!?]{0,12}\b(?:whenever|sometime|at some point)\b)`,
    'i',
  ),
  /\bcall\s+(?:at\s+|on\s+)?(?:\d|\[)/i,
  // an invitation as an imperative: "Come try a free class!", "come and see the showroom"
  /(?:^|[.!?]\s+)(?:[Cc]ome (?:and )?(?:try|see|visit|join|meet|grab)|[Pp]op (?:in|by|round)|[Dd]rop (?:in|by))\b/,
  // "drop me a line", "send me a WhatsApp", "could you call Oakline back", "give the team at X a call",
  // "for a demo call Rahul on …"
  new RegExp(
    String.raw`\bworth (?:${TIME_ASKED}(?: (?:call|chat|conversation|meeting))?|(?:an? )?(?:\w+ )?(?:call|chat|conversation))(?:\s+(?:on\s+)?${DAY})?(?:,\s*[a-z]+)?\?`,
    'i',
  ),
  // ("flick me a text", "fire us an email": any verb that sends us a message)
  /\b(?:drop|send|shoot|flick|fire|ping|bang|give) (?:me|us) (?:a|an) (?:quick )?(?:line|note|message|text|email|e-mail|whatsapp|dm)\b/i,
  new RegExp(
    String.raw`\b(?:could|can|would|will) you (?:please )?(?:${CONTACT_VERB}|get back)\b`,
    'i',
  ),
  // (not "give you a bell": that is us ringing them, a commitment only with a day, below)
  /\bgive (?!you\b)[^.!?]{1,40}? a (?:call|ring|bell|shout|buzz)\b/i,
  // a time proposed as a question: "Could I call you Thursday at 11?", "can we pop by Monday?"
  new RegExp(
    String.raw`\b(?:could|can|may|shall) (?:i|we) (?:call|ring|phone|come|pop|drop|stop|swing|book|set up|send|show|walk|meet|talk|demo)\b[^.!?]{0,40}\b${DAY}\b[^.!?]*\?`,
    'i',
  ),
  /\b(?:[Cc]all|[Rr]ing|[Tt]ext) \p{Lu}\p{Ll}+ (?:\p{Lu}\p{Ll}+ )?(?:on|at)\b/u,
  new RegExp(
    String.raw`\b(?:are you|would you be|is|could we|can we)\b[^.!?]{0,40}\b(?:free|available|open to|good for|meet|grab|talk|chat|speak|catch up|jump on)\b[^.!?]{0,40}(?:\?|\b${DAY}\b)`,
    'i',
  ),
  // ("ill email ye": "I'll" typed without its apostrophe)
  /\b(?:i'll|ill|i will|i'm going to|i am going to|let me)\s+(?:\w+\s+)?(?:send|email|drop|text)\b/i,
  /\b(?:expect|look out for|watch for|watch your inbox for|keep an eye out for)\s+(?:an?|my)\b/i,
  // a commitment with a time: "I'll call you Friday at nine", "I'll put the numbers in an email this afternoon"
  // (hedged is no commitment: "I'll maybe try you again next week or whatever suits")
  new RegExp(
    String.raw`\b(?:i'll|i will|i'm going to)\s(?!(?:maybe|probably|perhaps|possibly)\b)(?![^.!?]*\b(?:some ?time|at some point|or whenever|whatever suits)\b)[^.!?]*\b${DAY}\b`,
    'i',
  ),
  // (also by a day, "let me know by Friday"; or asked: "when's good this week?")
  new RegExp(
    String.raw`\blet me know (?:when|which|what time|if (?:\w+ ){0,3}works|by ${DAY})\b|\bwhen(?:'s| is| would be| works)\b[^.!?]{0,30}\b(?:good|best|suits?|works?|free)\b[^.!?]{0,40}\?`,
    'i',
  ),
  // an ask wherever it sits: "… interested please call back on …", "feel free to get in touch",
  // "Let's talk."
  new RegExp(
    String.raw`\b(?:please|feel free to) (?:${CONTACT_VERB})\b(?![^.!?]{0,12}\b(?:whenever|sometime|at some point)\b)|\blet's (?:talk|chat|connect|meet|speak|catch up|find a time|set up|book|grab)\b`,
    'i',
  ),
];

// An ask only for some day they might need us: "if you ever need anything give us a call".
// ("if it's ever worth a chat my mobile is …", "if onboarding ever gets messy again")
const SOMEDAY = /\b(?:if (?:[\w']+ ){0,3}ever|if ever|whenever you|should you ever)\b[^.!?]*$/i;

function nextStepCheck(text: string): Check {
  // The first ask or commitment that is not put off to some day they might need us.
  const hit = firstHit(text, NEXT_STEP, (start) => !SOMEDAY.test(text.slice(0, start)));
  return hit
    ? check('nextStep', true, `Next step: ${quote(around(text, hit.start, hit.end))}.`)
    : check(
        'nextStep',
        false,
        'No clear next step: ask them to call back, say an email is coming, or when you will call again.',
      );
}

/**
 * Whether a sentence only describes what we sell (how it works, its features, a general claim with
 * no figure): its "every five minutes" or "reduce waste" is a spec, not a result for them. A boast
 * is pitch too, but a real result beside it still counts as a hook.
 */
function describesUs(sentence: string): boolean {
  const explaining = explanation(sentence);
  return (
    (LISTS_OURS.test(sentence) && LIST.test(sentence)) ||
    (explaining !== undefined && (LIST.test(explaining) || explaining.split(/\s+/).length > 15)) ||
    (GENERIC_CLAIM.test(sentence) && !firstHit(sentence, FIGURES))
  );
}

// A warranty of ours: a figure about the product, not about the firm.
const WARRANTY = /(?<!\b(?:your|ur|their) (?:[\w'-]+ ){0,2})\bwarrant(?:y|ies)\b/i;
// A figure about us, not a result for them: how many customers, how long in business, ratings,
// warranties, volumes we have handled ("over ten thousand customers", "since 1985", "rated 4.9
// stars", "a 25-year warranty", "we've run 2 million payslips").
const OUR_FIGURE: RegExp[] = [
  new RegExp(
    String.raw`\b(?:over|more than|nearly|almost|some)\s+${NUMBER_WORD}(?:\s+(?:hundred|thousand|million))?\+?\s+(?:happy |satisfied |active )?(?:customers|clients|users|businesses|companies|members|homes|installs|installations)\b|\b\d[\d,]*\+\s*(?:customers|clients|users|businesses|companies|installs)\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:we|i)(?:'ve| have)\s+(?:done|run|processed|served|sold|shipped|delivered|installed|fitted|paid|built|handled|completed|made)\s+(?:over |more than |nearly )?${NUMBER_WORD}(?:\s+(?:hundred|thousand|million|billion))?\b`,
    'i',
  ),
  // how many trust or use us, whoever they are: "Over 10,000 landlords across Ontario trust Keystone"
  // (not their own people: "your 40 drivers use paper logs")
  new RegExp(
    String.raw`(?<!\b(?:your|their)\s+(?:[\w-]+\s+)?)\b(?:(?:over|more than|nearly|almost|some)\s+)?${NUMBER_WORD}(?:\s+(?:hundred|thousand|million))?\+?\s+(?:[\w-]+\s+)?[\w-]+s\b(?:\s+[\w-]+){0,3}\s+(?:already\s+)?(?:trust|use|choose|rely on|run on|love|work with|(?:have )?switched to)\b`,
    'i',
  ),
  /\b(?:been (?:around|in business|trading|going|doing this)|in business (?:for|since)|established in|founded in|since (?:19|20)\d\d)\b/i,
  // years in the trade: "thirty years in the events business", "25 years in commercial cleaning",
  // "fifteen years in office removals" (as its own clause),
  // "we've supplied timber to builders for forty years" (how long we have traded, not a result we
  // kept up for a customer: "we've kept Mitsuwa's containers on schedule for two years")
  new RegExp(
    String.raw`(?<!\b(?:your?|you're|they|their)\b(?<!\bdid you\b)[^.!?—–]{0,80})\b${NUMBER_WORD}\+?\s+years?\s+(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:business|trade|industry|game|sector|experience|\w+ing)\b|(?:^\s*|(?<=[,;:!?—–]\s*|\bthan\s+|\bover\s+))${NUMBER_WORD}\+?\s+years?\s+in\s+(?:[\w-]+\s+)?[\w-]+s\b|(?<!\b(?:your?|they|their)\b(?<!\bdid you\b)[^.!?]{0,40})\b(?:has been (?:\w+ing|around|trading)\b|(?:serving|supplying|trading|operating)\b(?=[^.!?]{0,40}\bfor (?:over |more than |nearly |almost )?${NUMBER_WORD}\+? years\b)|we(?:'ve| have) (?:been \w+ing|been|supplied|served|sold|worked|run|operated|traded|made|built|installed|done|provided|fitted|cleaned|delivered)\b)[^.!?]{0,60}\bfor (?:over |more than |nearly |almost )?${NUMBER_WORD}\+? years\b`,
    'i',
  ),
  // how many we serve: "we look after payroll for about forty dental practices" (not "for two of
  // your sites", nor a customer story: "for a shoe shop")
  new RegExp(
    String.raw`\bwe(?:'re| are)?\s+(?:[\w-]+\s+){1,5}?for\s+(?:about|around|over|more than|nearly|almost|some|roughly)\s+${NUMBER_WORD}(?:\s+(?:hundred|thousand))?\+?\s+(?!of\b)(?:[\w-]+\s+)?[\w-]+s\b`,
    'i',
  ),
  WARRANTY,
  /\b(?:rated|ranked) (?:[\d.]+|number|#)|\b[\d.]+[- ]stars?\b|\b(?:five|5)[- ]star reviews\b|\b\w+ years running\b/i,
];
/** The first boast about the firm with a figure (customers, years, ratings; not a warranty). */
const firmFigure = (text: string) =>
  firstHit(
    text,
    OUR_FIGURE.filter((p) => p !== WARRANTY),
  );
/** The first figure about us in a text, if any. */
const ourFigure = (text: string) => firstHit(text, OUR_FIGURE);
/** Whether a text calls us the best of something ("India's number one host", "the leading …"). */
const ourBoast = (text: string) => SUPERLATIVE.test(text) || OUR_SUPERLATIVE.test(text);

// Boasts about us, not news about them: "we just won Supplier of the Year", "more about us".
const ABOUT_US =
  /\bwe(?:'ve| have)? (?:just |recently )?(?:won|been named|been voted|been ranked|been awarded|expanded to|grown to)\b|\b(?:tell|show) you (?:a bit |a little |more |all )?about (?:us|our company|what we do)\b/i;
// What we do in general, with no figure: "We help kitchens reduce waste."
// (or a wish to: "we'd love to help grow your business online")
const GENERIC_CLAIM =
  /\bwe (?:help|make|enable|allow|let|support|assist|empower)\b|\bwe(?:'d| would) (?:love|like|be happy|be glad) to (?:help|support|assist|work)\b/i;
const SUPERLATIVE =
  /\b(?:(?:a |the )?leading|award[- ]winning|(?:best|top|highest)[- ]rated|number one|#1|world[- ]class|industry[- ]leading|most advanced|cutting[- ]edge|state[- ]of[- ]the[- ]art|trusted by|premier|market leader|second to none|best in (?:class|town|the)|the best \w+(?: \w+)? in|lowest|innovative solutions|one[- ]stop shop|on the market|out there|(?:we're|we are|is) the only (?:[\w-]+ ){0,2}(?:platform|company|agency|firm|provider|tool|app|system|service|solution|one|team|supplier))\b|\b(?:we're|we are|is|are|runs|has|have|offers?) the (?:best|\w{2,}est|most \w+)(?![- ](?:way|time|route|number|person|bet|place|days?)\b)[- ]\w+/i;
// One superlative word about us: "the largest chilled fleet", "India's most trusted HR software",
// "a top-ranked tool". Capitalised words are a title ("the Best Bakery award"); a superlative about
// them ("the biggest headache for clinics like yours") is not a boast.
const OUR_SUPERLATIVE =
  /(?<!\bof )\b(?:[Tt]he|[Oo]ur|\p{L}+'s|an?) (?:(?:largest|biggest|fastest(?:[- ]growing)?|greatest|cheapest|quickest|smartest|safest|finest|strongest|top[- ](?:ranked|rated|selling)|best[- ](?:selling|known|loved|reviewed|value|performing)|favou?rite|best-loved|most-loved|most (?:loved|trusted|efficient|accurate|popular|reliable|complete|comprehensive|experienced|affordable|powerful|recommended|awarded))\b)(?![- ](?:way|route|time)\b)(?![^.!?,]{0,30}\b(?:you|your|yours)\b)|\ball[- ]in[- ]one\b/u;
// (Saying what kind of firm we are, "we're a telematics company", explains nothing; saying what it
// does, "a platform that handles …", does. What THEIR thing includes is no explanation of ours:
// "the password dump from your payroll vendor includes three logins".)
const EXPLAINS =
  /\bwe(?:'re| are) an? [\w-]+(?: [\w-]+){0,3} (?:agency|company|provider|firm|platform|consultancy|system|app|tool|software|service|solution|marketplace|network)\b(?=,?\s+(?:that|which|who|where|with|for|helping|offering)\b)|\b(?:our|the)(?: [\w-]+){0,2} (?:platform|software|product|solution|tool|app|system|service|point of sale)s? (?:uses|does|reads|lets|helps|is|includes|integrates|offers|combines|works|automates|handles|connects|gives)\b|\bwe (?:offer|provide|do|sell|specialise|specialize)\b|\bwe(?:'re| are) (?:offering|providing|selling)\b|\b(?:a|an) [\w-]+(?: [\w-]+){0,4} (?:service|platform|solution|tool|app|software|system) (?:that|where|which)\b|(?<!\byour\b[^.!?]*)\b(?:integrates with|comes with|includes)\b/i;
// What the product does, with its name as the subject: "Zephyr reads your delivery notes",
// "Lexa automatically flags risky clauses", "HireLoop is a platform where …". Capitals matter.
const PRODUCT_DOES =
  /\b\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)? (?:(?:automatically|simply|instantly|just) )?(?:reads|flags|tracks|scans|syncs|automates|integrates|plugs into|connects|matches|routes|monitors|pulls|lets you|is an? (?:[\w-]+ ){0,5}(?:platform|app|software|tool|system|service|solution|marketplace))\b/u;
// A list said as ours: "our …", "we do …", "we have …", or our product's name as the subject ("PayLah HR does
// CPF calculations, IR8A submission, …").
// ("we're a firm of accountants in Leeds offering tax returns, bookkeeping, payroll and VAT")
const LISTS_OURS =
  /\b[Oo]ur\b|\b[Ww]e (?:do|offer|provide|sell|handle|cover|have|stock|carry|host|run|install|fit|supply|make|build|design|deliver|manage|repair|clean|cater|organi[sz]e|arrange|ship|import|export|distribute|service|insure|lend|fund|train|teach|recruit|specialise in|specialize in|help (?:[\w-]+ ){1,4}with)\b|\b[Ww]e(?:'d| would) (?:love|like) to help (?:[\w-]+ ){1,4}with\b|\b[Ww]e(?:'re| are)\b[^.!?]{0,60}\b(?:offering|providing|selling|stocking|specialising in|specializing in)\b|\b\p{Lu}[\p{L}]+ (?:does|offers|provides|handles|covers|includes)\b/u;
/**
 * The clause of a sentence that explains what we sell, if one does. A dash or semicolon ends a
 * clause, so what they did ("you filled in the form about two years of bookkeeping — that's the
 * kind of cleanup we do") is not counted in the explanation's length.
 */
function explanation(sentence: string): string | undefined {
  const m = EXPLAINS.exec(sentence);
  if (!m) return undefined;
  let from = 0;
  for (const part of sentence.split(/(?<=\s[—–-]\s|;\s)/)) {
    if (m.index < from + part.length) return part;
    from += part.length;
  }
  return sentence;
}
// A long sentence explains too much only when it is about what we do, not chatter or logistics.
const WHAT_WE_DO =
  /\bwe(?:'ve| have)?(?: been)? (?:help|helping|helped|offer|offering|provide|providing|sell|selling|specialis|specializ|work(?:ing)? with)|\bour (?:[\w-]+ )?(?:products?|services?|platform|software|solutions?|system|app|tool|range)\b/i;
// Three things in a row, the shortest way: "alerts, daily logs and audit reports".
const THREE_THINGS = /\w[^,.;?!]{0,40},\s*[^,.;?!]{1,40}\b(?:and|or)\b/;
// Three or more things in a row: "inventory, loyalty, gift cards and reporting".
// (or that trails off instead of ending in "and": "brochures, signs, stickers, pretty much anything")
const LIST =
  /(?:[^,.;?!]{1,40},\s*){2,}[^,.;?!]{0,40}\b(?:and|or|plus|etc|anything|everything|the lot|you name it|all sorts)\b/;

function noPitchCheck(text: string, numbers: PhoneMention[]): Check {
  const rest = blanked(text, numbers);
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
  const brag = rest.match(SUPERLATIVE) ?? rest.match(OUR_SUPERLATIVE) ?? rest.match(ABOUT_US);
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
  const featureList = sentences(rest).find((s) => LISTS_OURS.test(s) && LIST.test(s));
  if (featureList && !explaining)
    return check(
      'noPitch',
      false,
      `Lists what you sell (${quote(featureList)}): leave them curious instead.`,
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

/** The read-time line of the checklist for an estimate against a band. */
export function readTimeCheck(estimate: ReadTime, band: TargetBand): Check {
  const at = `About ${Math.round(estimate.takeSec)} s at ${estimate.paceSource === 'measured' ? 'your pace' : 'a typical pace'} (${estimate.pace.toFixed(1)} syllables/s)`;
  if (estimate.syllables === 0) return check('readTime', false, 'Nothing to read yet.');
  if (estimate.verdict === 'in band')
    return check('readTime', true, `${at}, inside ${bandLabel(band)}.`);
  if (estimate.verdict === 'short')
    return check('readTime', false, `${at}, under ${bandLabel(band)}: room for context or a hook.`);
  const cut = `cut about ${estimate.wordsOver} word${estimate.wordsOver === 1 ? '' : 's'}`;
  return check(
    'readTime',
    false,
    estimate.cannotFit
      ? `${at}: it cannot fit ${bandLabel(band)} even spoken fast; ${cut}.`
      : `${at}, over ${bandLabel(band)}; ${cut}.`,
  );
}

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
