/** Next step: an ask to call back, an email coming, or when you will call again. */
import { check, type Check } from './check';
import { around, firstHit, quote } from './text';
import { TIME_ASKED, WEEKDAY } from './words';

// A day or time: specific enough for the rep to promise a follow-up on it.
const WHEN = String.raw`(?:${WEEKDAY}|tomorrow|today|tonight|this (?:afternoon|morning|evening)|at \d|at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)|by email|by text)`;
// Also a week, for a time they are asked about ("a ten-minute chat next week?"); a promise to
// try again "next week" or "later this week" names no day, like "I'll try you again later".
const DAY = String.raw`(?:${WHEN}|this week|next week)`;
// (a week does for a named thing on its way, "I'll pop the estimate in the post this week")
const NOT_CALL_AGAIN = String.raw`(?!(?:\w+\s+)?(?:call|ring|phone|try|reach|catch|give you)\b)`;
// Ways to reach someone, as an imperative: "Call Jade on …", "Please do call back", "Ping me".
const CONTACT_VERB =
  'call|ring|phone|text|txt|email|e-mail|message|ping|whatsapp|reply|revert|write|book|buzz|holler|contact|get in touch|reach out|visit|ask for|confirm';
// "You can reach me on …" asks them; "he can reach me on …", said to whoever takes the message,
// only states the number (blind set 8).
// (so does "you can whatsapp me", whatever the way: blind set 9's "you can call me on …")
const REACH_ME = String.raw`(?<!\b(?:he|she|they) (?:can|could|may) )reach me|\byou (?:can|could) (?:always |also |just )?(?:${CONTACT_VERB}) (?:me|us)`;
// A contact verb that carries on our own clause is what we did, not an ask: "thought I'd, you know,
// reach out, see how things were going".
const OUR_CLAUSE = String.raw`(?<!\b(?:i|we)(?:'d|'ll| would| will)\b[^.!?;]{0,20})`;
const NEXT_STEP: RegExp[] = [
  // ("add my WhatsApp", "add me on WeChat": a way to message us, asked for)
  /\badd (?:me|us|my|our) (?:on )?(?:whatsapp|wechat|viber|telegram|signal|number)\b/i,
  new RegExp(
    String.raw`\b(?:call me|call us|hit me up|leave (?:me |us )?a (?:message|voicemail|note)|(?:give (?:me|us)|gimme) a (?:call|ring|shout|buzz|bell|tinkle|try|holler|yell)|ring me|text me|txt me|email me|${REACH_ME}|return my call|get back to me|reply|worth a (?:short |quick )?(?:call|chat)|(?:book|grab|pick) (?:a|some|in a) (?:time|slot|demo|call|meeting|chat)|set up a (?:call|time|meeting)|reschedule)\b`,
    'i',
  ),
  new RegExp(
    String.raw`(?:^|[.!?;:,—–…]\s*|\b(?:and|or|so)\s+)(?:(?:please|kindly|do|just)\s+(?:to\s+)?)*${OUR_CLAUSE}(?:${CONTACT_VERB})\b(?!\s+(?:centres?|centers?|volumes?|logs?|times?|quality|recordings?|rates?))(?![^.!?]{0,12}\b(?:whenever|sometime|at some point)\b)`,
    'i',
  ),
  /\bcall\s+(?:at\s+|on\s+)?(?:\d|\[)/i,
  // a day put to them as a question: "Would Thursday at ten suit?", "does Monday work for a look?"
  new RegExp(
    String.raw`\b(?:would|does|do|will|is|could)\s+(?:[\w-]+\s+){0,2}?${DAY}\b[^.!?]{0,30}\b(?:suit|work|be (?:ok|okay|good|better|any good))\b[^.!?]*\?`,
    'i',
  ),
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
    // (or to settle something of theirs: "Could you confirm by Friday?", "can you sign off the plan?")
    String.raw`\b(?:could|can|would|will) you (?:please )?(?:${CONTACT_VERB}|get back|confirm|sign off|approve)\b`,
    'i',
  ),
  // (not "give you a bell": that is us ringing them, a commitment only with a day, below)
  /\bgive (?!you\b)[^.!?]{1,40}? a (?:call|ring|bell|shout|buzz|holler|yell)\b/i,
  // a time proposed as a question: "Could I call you Thursday at 11?", "can we pop by Monday?",
  // "shall I pencil you in for Thursday at 3?"
  new RegExp(
    String.raw`\b(?:could|can|may|shall) (?:i|we) (?:call|ring|phone|come|pop|drop|stop|swing|book|pencil|slot|put|set up|send|show|walk|meet|talk|demo)\b[^.!?]{0,40}\b${DAY}\b[^.!?]*\?`,
    'i',
  ),
  /\b(?:[Cc]all|[Rr]ing|[Tt]ext) \p{Lu}\p{Ll}+ (?:\p{Lu}\p{Ll}+ )?(?:on|at)\b/u,
  new RegExp(
    String.raw`\b(?:are you|would you be|is|could we|can we)\b[^.!?]{0,40}\b(?:free|available|open to|good for|meet|grab|talk|chat|speak|catch up|jump on)\b[^.!?]{0,40}(?:\?|\b${DAY}\b)`,
    'i',
  ),
  // ("ill email ye": "I'll" typed without its apostrophe)
  // (or the caller's side: "We will email you our brochure", "She'll email it over this afternoon")
  /\b(?:i'll|ill|i will|i'm going to|i am going to|let me|we'll|we will|we're going to|she'll|she will|he'll|he will)\s+(?:\w+\s+)?(?:send|email|drop|text)\b/i,
  /\b(?:expect|look out for|watch for|watch your inbox for|keep an eye out for)\s+(?:an?|my)\b/i,
  // a thing on its way now, or just sent: "I'm sending the price sheet over now", "I've just sent
  // you a calendar invite", "the case study you wanted is in your inbox"
  // (to them: "we're sending lots of drivers on the course this year" is no step)
  /\b(?:i'm|i am|we're|we are)\s+(?:just\s+)?(?:sending|emailing|posting|couriering|dropping)\s+(?:you\b|[^.!?]{0,40}\b(?:over|across|through|to you|now|today|tonight|this (?:morning|afternoon|evening))\b)|\b(?:i|we)(?:'ve| have)\s+just\s+(?:sent|emailed|posted|dropped)\b|\b(?:is|are|'s)\s+(?:now\s+)?(?:in|on (?:its|their) way to)\s+your inbox\b/i,
  // a commitment with a time: "I'll call you Friday at nine", "I'll put the numbers in an email this afternoon"
  // (hedged is no commitment: "I'll maybe try you again next week or whatever suits")
  new RegExp(
    String.raw`\b(?:i'll|i will|i shall|i'm going to|we'll|we will|we shall|we're going to|she'll|she will|he'll|he will)\s(?!(?:maybe|probably|perhaps|possibly)\b)(?![^.!?]*\b(?:some ?time|at some point|or whenever|whatever suits)\b)(?:[^.!?]*\b${WHEN}|${NOT_CALL_AGAIN}[^.!?]*\b${DAY})\b`,
    'i',
  ),
  // a visit put to them with its day and hour: "I can pass by your office Tuesday at 2 o'clock"
  new RegExp(
    String.raw`\b(?:i|we) can (?:pass|pop|come|drop|swing|stop) (?:by|in|round|over)\b[^.!?]*\b(?:${WEEKDAY}|tomorrow)\b[^.!?]*\bat \d`,
    'i',
  ),
  // Dialect asks: Scots "gie's a ring", Singlish "can WhatsApp me" (a sentence with no "you" is the
  // imperative there: "Can call me back.")
  /\bgie(?:'s| us| me) a (?:call|ring|bell|shout|buzz)\b/i,
  new RegExp(String.raw`(?:^|[.!?]\s+)can (?:${CONTACT_VERB}) (?:me|us)\b`, 'i'),
  // (also by a day, "let me know by Friday"; or asked: "when's good this week?")
  new RegExp(
    String.raw`\blet me know (?:when|which|what (?:time|day|date|suits|works)|if (?:\w+ ){0,3}works|by ${DAY})\b|\bwhen(?:'s| is| would be| works)\b[^.!?]{0,30}\b(?:good|best|suits?|works?|free)\b[^.!?]{0,40}\?`,
    'i',
  ),
  // an ask wherever it sits: "… interested please call back on …", "feel free to get in touch",
  // "Let's talk." ("kindly" is "please" in Indian and African English: "… and medical kindly call
  // back on …")
  new RegExp(
    String.raw`\b(?:please|kindly|feel free to) (?:${CONTACT_VERB})\b(?![^.!?]{0,12}\b(?:whenever|sometime|at some point)\b)|\blet's (?:talk|chat|connect|meet|speak|catch up|find a time|set up|book|grab)\b`,
    'i',
  ),
];

// An ask only for some day they might need us: "if you ever need anything give us a call".
// ("if it's ever worth a chat my mobile is …", "if onboarding ever gets messy again")
const SOMEDAY = /\b(?:if (?:[\w']+ ){0,3}ever|if ever|whenever you|should you ever)\b[^.!?]*$/i;
// The same put after the ask: "give me a shout if u need owt", "call us if you need anything"
// (like "let me know if you have questions": an offer, not a step).
const IF_NEEDED =
  /^[^.!?]{0,40}?\b(?:if|when|whenever) (?:you|u|ya|ye) (?:ever )?(?:need|want|fancy) (?:anything|owt|aught|something|us|me|a hand|help)\b/i;

/** The next-step line: the first ask or commitment not put off to "if you ever need". */
export function nextStepCheck(text: string): Check {
  // The first ask or commitment that is not put off to some day they might need us.
  const hit = firstHit(
    text,
    NEXT_STEP,
    (start) => !SOMEDAY.test(text.slice(0, start)) && !IF_NEEDED.test(text.slice(start)),
  );
  return hit
    ? check('nextStep', true, `Next step: ${quote(around(text, hit.start, hit.end))}.`)
    : check(
        'nextStep',
        false,
        'No clear next step: ask them to call back, say an email is coming, or when you will call again.',
      );
}
