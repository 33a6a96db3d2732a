/** Opener: opens with them (their name, a question, the value), not with who you are. */
import { opening } from '../self-intro';
import { firmFigure } from './about-us';
import { check, type Check } from './check';
import { CONTEXT } from './context';
import { firstHit, quote } from './text';

// Asking the voicemail for whoever handles something: about the caller's search, not about them.
// ("is this the right number for whoever handles IT?" asks the same)
const ASKS_FOR_SOMEONE =
  /^(?:i'm|i am|i was|just)\s+(?:just\s+)?(?:trying to (?:reach|get hold of|find)|looking for|hoping to (?:reach|speak (?:to|with)))\s+(?:whoever|the (?:person|right person|one)|someone)\b|^(?:is this|have i got|do i have) the right (?:number|person|line)\b|^(?:are you|would you be|am i speaking (?:to|with)) the (?:right|correct|best) (?:person|contact|one)\b/i;

// An ask as the first words: "call me back on …", "ring us when you can".
const OPENS_WITH_ASK =
  /^(?:please\s+)?(?:call|ring|phone|text|email|buzz) (?:me|us)\b|^(?:please\s+)?(?:give (?:me|us) a (?:call|ring|shout|buzz|bell))\b/i;

// Throat-clearing: words about the call itself, an earlier try or an apology, before anything for
// them ("tried you last Tuesday as well, sorry", "third time lucky", "I've rung a few times",
// "I've left you a couple of messages", "just touching base to see if
// …", "just wanted to see if …", "just following up on my voicemail from Monday"). Said with something of theirs ("just following up on your
// inquiry about …") it is context, and the opener stands.
const THROAT_CLEARING =
  /(?:^|[,;:—–]\s*|\b(?:and|so)\s+)(?:(?:i|we)(?:'ve| have|'m| am|'re| are)?\s+)?(?:just\s+)?(?:(?:tried|trying|try) (?:you|to (?:reach|catch|get hold of|get) you)|(?:it's |its )?me again|(?:third|second|fourth) time lucky|(?:(?:my|this is my|this is the) )?(?:second|third|fourth|fifth|another|last) (?:message|voicemail|try|attempt)\b|(?:sorry|apologies) (?:to|for|i|we)|(?:rung|rang|called|phoned|tried|emailed) (?:you )?(?:a (?:few|couple of)|several|a number of|two|three|a few more) times|left you (?:an?(?: couple of| few)?|several|two|three|another)(?: \w+)? (?:message|voicemail|note)s?|touching base|checking in|circling back|(?:just )?(?:wanted|want|calling|ringing|phoning|following up|reaching out) (?:to (?:see|check|touch|follow|circle|catch up)|about the thing|again)|following up (?:on|from|after) (?:my|our) (?:[\w-]+ )?(?:voicemail|message|email|e-mail|call|note|letter)s?\b|wanted to,)/i;

/** The opener line, given the caller's intro if the script opens with one. */
export function openerCheck(text: string, intro: string | null): Check {
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
