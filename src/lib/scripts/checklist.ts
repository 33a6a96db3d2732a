/**
 * The structure checklist for a voicemail script, drawn from the sales advice: each check is met
 * or not met with a one-line reason. Heuristics on the text only; pure, no DOM.
 */
import { bandLabel, type TargetBand } from '../band';
import { findPhoneNumbers, formatDigits, type PhoneMention } from './phone';
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

/** Words after the last number that still count as "the number is at the end". */
const END_SLACK_WORDS = 4;
/** A sentence longer than this reads as an explanation, not a voicemail. */
const LONG_SENTENCE_WORDS = 30;

// A capital then small letters, so "I'm" is never taken for a name.
const NAME = String.raw`(?:\[[^\]]+\]|\{[^}]+\}|[A-Z][a-z]+(?:['’-][A-Za-z]+)?)`;
const SELF_INTRO = new RegExp(
  String.raw`\b(?:[Tt]his is|[Ii]t's|[Ii]t is|[Mm]y name is|[Mm]y name's|I'm|I am|[Nn]ame's)\s+(${NAME})`,
);
const NAME_HERE = new RegExp(
  String.raw`(?:^|[.,!?—–-]\s*|\b(?:Hi|Hey|Hello)\s+\w+,?\s+)(${NAME})\s+here\b`,
);
const NAME_BY_NUMBER = new RegExp(
  String.raw`(?:^|[.!?;]\s+)(${NAME}(?:\s+[A-Z][a-z]+)?),\s+(?:at\s+)?(?:\d|\[)`,
);
const NAME_AT_NUMBER = new RegExp(String.raw`\b(?:reach me|me),\s+(${NAME}),\s+at\b`);

const GREETING =
  /^(?:hi|hello|hey|hey there|good (?:morning|afternoon|evening)|morning|afternoon)\b[\s,!.—–-]*/i;
const THEIR_NAME = new RegExp(String.raw`^(${NAME})\s*[,—–-]\s*`);
// Case-sensitive on purpose: a capital after "I'm" is a name ("I'm Sam"), a small letter is not ("I'm calling").
const OPENS_WITH_SELF = new RegExp(
  String.raw`^(?:(?:[Tt]his is|[Ii]t's|[Ii]t is|[Mm]y name is|[Mm]y name's|I'm|I am|[Nn]ame's)\s+(?:\[|\{|[A-Z])|(?:I'm|I am|[Ww]e're|[Ww]e are)\s+(?:calling\s+)?(?:from|with|at|on behalf of)\b|${NAME}(?:\s+[A-Z][a-z]+)?\s+(?:(?:from|with|at)\s+\S+(?:\s+[A-Z]\w*)*\s*)?(?:here|calling|speaking)\b)`,
);

const CONTEXT: RegExp[] = [
  /\b(?:referred|referral|recommended|introduced|suggested (?:i|that i|we)|(?:told|asked) me to|gave me your|passed (?:along )?your|your name came up|mentioned (?:it|you|your|that))\b/i,
  /\b\w+ (?:said|told me|mentioned)\b(?! to)/,
  /\b(?:we met|met you|meeting you|met at|our chat|our call|when we spoke|we spoke|we talked|you (?:asked|told|said|mentioned))\b/i,
  /\b(?:at|after) the [\w\s'-]{0,40}(?:conference|expo|summit|show|meetup|event|webinar|fair|mixer|dinner|breakfast|lunch)\b/i,
  /\b(?:saw|noticed|read|heard about|congratulations|congrats)\b/i,
  /\byou(?:'re| are|'ve| have)? (?:just |recently )?(?:hiring|expanding|opening|opened|moving|growing|launching|launched|switching|raised|acquired|announced|downloaded|requested|signed up|visited|emailed)\b/i,
  /\byour (?:team|company) (?:is|are|just) /i,
  /\b(?:like yours|your size|in your (?:area|industry|space|market|region|field))\b/i,
];

const CALL_BACK_QUESTION =
  /\b(?:call me|give me a call|get back|reach me|good time|call back|worth a)\b/i;
const HOOK: RegExp[] = [
  /\b\d+(?:\.\d+)?\s?(?:%|percent|x\b|times|hours?|days?|weeks?|months?|minutes?|k\b)/i,
  /\$\s?\d/,
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|an?)\s+(?:percent|hours?|days?|weeks?|months?|minutes?|times)\b/i,
  /\b(?:in half|double[sd]?|halve[sd]?|twice as)\b/i,
  /\b(?:sav(?:e|es|ed|ing)|cut|cuts|shaved|reduc(?:e|es|ed|ing)|lower(?:ed)?|increas(?:e|es|ed)|boost(?:ed)?|grew|lift(?:ed)?|recover(?:ed)?|eliminat(?:e|ed)|fill(?:ed)?|avoid(?:ed)?|sooner|faster|no missed)\b/i,
  /\b(?:ideas?|insights?|tips?|tickets?|the numbers)\b/i,
];

const NEXT_STEP: RegExp[] = [
  /\b(?:call me|give me a (?:call|ring|shout)|ring me|text me|email me|reach me|return my call|get back to me|let me know|reply|worth a (?:short |quick )?(?:call|chat))\b/i,
  /\b(?:call|I'm on|I am on)\s+(?:at\s+|on\s+)?(?:\d|\[)/i,
  /\b(?:i'll|i will|i'm going to|i am going to|let me)\s+(?:send|email|drop|text)\b/i,
  /\b(?:expect|look out for|watch for|watch your inbox for|keep an eye out for)\s+(?:an?|my)\b/i,
  /\b(?:i'll|i will|i'm going to)\s+(?:call|try|ring|follow up|check back|circle back)\b[^.!?]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|this (?:afternoon|morning|evening)|next week|at \d|by email|by text)\b/i,
];

const PRICE =
  /\$\s?\d[\d,.]*\s*(?:\/|per|a|an|each)\s*(?:month|mo|year|yr|seat|user|license|week)\b|\b(?:our pricing|pricing (?:is|starts)|priced|only costs?|costs? (?:only|just)|discount|percent off|% off|special offer|free trial|this month only|limited time|plans start)\b/i;
const FEATURES =
  /\b(?:features?|integrates with|includes|including|comes with|we offer|we provide|our (?:platform|software|product|solution|tool|app|system|services?)|a leading provider|number one rated|it also)\b/gi;
const LIST = /(?:[^,.;?!]{1,30},\s*){2,}[^,.;?!]{0,30}\band\b/;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function quote(text: string, max = 40): string {
  // A full stop inside the quote would double the one that ends the reason.
  const t = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '');
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

function firstMatch(text: string, patterns: RegExp[]): string | null {
  for (const p of patterns) {
    const m = text.match(p);
    if (m) return m[0];
  }
  return null;
}

/** The sentence holding the first match, so the reason quotes the rep's own words. */
function matchingSentence(text: string, patterns: RegExp[]): string | null {
  const match = firstMatch(text, patterns);
  if (match === null) return null;
  return sentences(text).find((s) => s.includes(match)) ?? match;
}

function callerName(text: string): string | null {
  for (const p of [SELF_INTRO, NAME_HERE, NAME_BY_NUMBER, NAME_AT_NUMBER]) {
    const m = text.match(p);
    if (m?.[1]) return m[1];
  }
  return null;
}

function withoutNumbers(text: string, numbers: PhoneMention[]): string {
  let rest = text;
  for (const n of [...numbers].reverse()) rest = `${rest.slice(0, n.start)} ${rest.slice(n.end)}`;
  return rest;
}

function check(id: CheckId, met: boolean, why: string): Check {
  return { id, label: CHECK_LABELS[id], met, why };
}

function callbackCheck(text: string, numbers: PhoneMention[]): Check {
  const name = callerName(text);
  const first = numbers[0];
  if (name && first)
    return check(
      'callback',
      true,
      `You say your name (${name}) and ${formatDigits(first.digits)}.`,
    );
  if (first) return check('callback', false, 'There is a number, but no name: say who is calling.');
  if (name)
    return check('callback', false, `You say your name (${name}) but no number to call back.`);
  return check('callback', false, 'No name and no callback number: say both.');
}

function repeatedCheck(text: string, numbers: PhoneMention[]): Check {
  const last = numbers.at(-1);
  if (!last) return check('repeated', false, 'No callback number yet.');
  const said = numbers.filter((n) => n.digits === last.digits).length;
  if (said >= 2) return check('repeated', true, `The number is said ${said} times.`);
  const wordsAfter = text
    .slice(last.end)
    .split(/\s+/)
    .filter((w) => /\w/.test(w)).length;
  if (wordsAfter <= END_SLACK_WORDS)
    return check(
      'repeated',
      true,
      'The number comes last, so it is fresh when they reach for a pen.',
    );
  return check(
    'repeated',
    false,
    'The number is said once, mid-message: repeat it, or end with it.',
  );
}

function contextCheck(text: string): Check {
  const hit = matchingSentence(text, CONTEXT);
  return hit
    ? check('context', true, `Context: ${quote(hit)}.`)
    : check(
        'context',
        false,
        'No context: say who referred you, where you met, or something about their business.',
      );
}

function hookCheck(text: string, numbers: PhoneMention[]): Check {
  const rest = withoutNumbers(text, numbers).replace(new RegExp(PRICE.source, 'gi'), ' ');
  // Stopping mid-sentence is the "cut off" technique from the advice: the curiosity is the hook.
  if (/[\p{L}\p{N}]$/u.test(text))
    return check('hook', true, 'Stops mid-sentence: the curiosity is the hook.');
  const question = sentences(rest).find((s) => s.endsWith('?') && !CALL_BACK_QUESTION.test(s));
  if (question) return check('hook', true, `A question: ${quote(question)}`);
  const hit = firstMatch(rest, HOOK);
  return hit
    ? check('hook', true, `What's in it for them: ${quote(hit)}.`)
    : check(
        'hook',
        false,
        'No hook: give them a result, a number or a question worth calling back for.',
      );
}

function nextStepCheck(text: string): Check {
  const hit = matchingSentence(text, NEXT_STEP);
  return hit
    ? check('nextStep', true, `Next step: ${quote(hit)}.`)
    : check(
        'nextStep',
        false,
        'No clear next step: ask them to call back, say an email is coming, or when you will call again.',
      );
}

function openerCheck(text: string): Check {
  const first = (sentences(text)[0] ?? '').replace(/’/g, "'");
  if (!first) return check('opener', false, 'Nothing written yet.');
  let rest = first.replace(GREETING, '');
  const theirs = rest.match(THEIR_NAME);
  if (theirs && !OPENS_WITH_SELF.test(rest)) rest = rest.slice(theirs[0].length);
  if (OPENS_WITH_SELF.test(rest)) {
    return check(
      'opener',
      false,
      'Opens with who you are, like most callers: lead with their name, a question or the value.',
    );
  }
  if (first.endsWith('?')) return check('opener', true, 'Opens with a question.');
  if (theirs) return check('opener', true, 'Opens with their name.');
  return check('opener', true, `Opens with ${quote(first, 30)}, not with who you are.`);
}

function noPitchCheck(text: string, numbers: PhoneMention[]): Check {
  const rest = withoutNumbers(text, numbers);
  const price = rest.match(PRICE);
  if (price)
    return check('noPitch', false, `Talks price (${quote(price[0])}): save it for the call.`);
  const features = [...rest.matchAll(FEATURES)].map((m) => m[0]);
  if (features.length >= 2 || (features.length === 1 && LIST.test(rest))) {
    return check(
      'noPitch',
      false,
      `Lists features (${quote(features[0] ?? '')}): leave them curious instead.`,
    );
  }
  const long = sentences(rest).find((s) => s.split(/\s+/).length > LONG_SENTENCE_WORDS);
  if (long) {
    const n = long.split(/\s+/).length;
    return check(
      'noPitch',
      false,
      `A ${n}-word sentence explains too much for a voicemail: cut it down.`,
    );
  }
  return check('noPitch', true, 'No prices, feature lists or long explanations.');
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
  return [
    openerCheck(normal),
    callbackCheck(normal, numbers),
    repeatedCheck(normal, numbers),
    contextCheck(normal),
    hookCheck(normal, numbers),
    nextStepCheck(normal),
    noPitchCheck(normal, numbers),
    readTimeCheck(estimateReadTime(normal, band, pace), band),
  ];
}
