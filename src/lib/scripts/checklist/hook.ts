/** Hook: what's in it for them, a result, a figure or a pointed question, once pitch is blanked out. */
import type { PhoneMention } from '../phone';
import type { SelfIntro } from '../self-intro';
import { describesUs, ourBoast, ourFigure, ourFigures } from './about-us';
import { check, type Check } from './check';
import { YOU_DID } from './context';
import { cutOff } from './cut-off';
import { priceTalk, THEIR_MONEY } from './price';
import {
  around,
  blanked,
  blankWhere,
  firstHit,
  quote,
  SENTENCE,
  sentences,
  writtenOut,
} from './text';
import { FIGURES, MINUTES, MONTH, NUMBER_WORD, TENS, TIME_ASKED, UNITS, WEEKDAY } from './words';

// Our own chasing stopped is no result for them: "I'll take the hint and stop chasing", "we'll stop
// calling you" (but "so you can stop chasing invoices" is theirs: it has an object of its own).
const OUR_CHASING = String.raw`(?! (?:chasing|calling|ringing|phoning|bothering|pestering|emailing|messaging|trying)(?: you\b|\b(?!\s+\w)))`;
// "Free" as "available", ending its phrase or followed by when or for whom ("two welders free from
// Monday"), not "free" before a noun, the price of a thing offered to anyone ("we can offer free
// estimate").
const FREE_NOW = String.raw`free(?=\s*(?:[.,;:!?—–]|$)|\s+(?:from|on|for|to|this|next|now|today|tomorrow|at|in|out|near|around|across|until|till)\b)`;

const HOOK: RegExp[] = [
  ...FIGURES,
  THEIR_MONEY,
  new RegExp(
    String.raw`\b(?:sav(?:e|es|ed|ing)|cut|cuts|shaved|shave|reduc(?:e|es|ed|ing)|increas(?:e|es|ed)|boost(?:s|ed)?|grew|grow|(?<!(?:\b(?:the|a|your|their|our)|'s)\s)lift(?:s|ed)?|recover(?:s|ed)?|eliminat(?:e|es|ed)|fix(?:es|ed)?(?! (?:rate|price|term|fee|asset|income|cost|line|address|date|deposit)s?\b)(?! (?:up )?(?:an? |the |some )?(?:[\w-]+ )?(?:call|time|meeting|chat|date|slot|appointment|demo|visit)s?\b)|lock(?:ed)? in(?! (?:an? |the |some )?(?:[\w-]+ )?(?:call|time|meeting|chat|date|slot|appointment|demo|visit)s?\b)|solv(?:e|es|ed)|(?<!\b(?:you're|you are|you're all|you are all|you've got it|you're already|you are already) )sorted|sorts (?:it|that|this|them|out)|(?<!\b(?:bus|tram|coach|truck|pit|full|next|last|first|rest|one|the|a|your|our|their) )stop(?:s|ped)?${OUR_CHASING}|clear|cleared|kept|(?:you|they) (?:can |could )?keep|avoid(?:ed)?|prevent(?:s|ed)?|catch(?:es)?(?! up| you)|free(?:s|d)? up|helped|sooner|faster|instead of|under two|same day|no missed)\b(?!-)`,
    'i',
  ),
  // money off their bill, said the way people say it: "knock about two grand off your waste bill"
  // (an amount, so not "take us off your list" nor the vague "take the hassle off your hands")
  new RegExp(
    String.raw`\b(?:knock|knocks|knocked|take|takes|shave|shaves|chop|trim)\s+(?:about |around |roughly |nearly |up to |over )?(?:${NUMBER_WORD}|a couple|several|[£$€₹]\s?\d)\b[^.!?]{0,25}\boff (?:your|their)\b`,
    'i',
  ),
  // a finding of ours that costs them: "three things on your website that are costing you bookings"
  /\b(?:found|spotted|noticed|seen)\b[^.!?]{0,50}\b(?:costing|losing) you\b/i,
  // an introduction offered to them: "I can introduce you to two chefs looking for work"
  /\bintroduce you to (?:an?|one|two|three|four|five|a few|a couple of|some|\d+)\b/i,
  // a benefit to them: "could cover most of your daytime power", "bring your premium down"
  /\b(?:could|would|can|will|to) (?:cover|pay for|cut|halve|save|lower|reduce|drop|remove|bring)\b[^.!?]{0,40}\byour\b|\bbring (?:your|their|the) (?:[\w-]+ ){0,3}down\b|\bfound (?:a|one) way\b|\bsold out\b/i,
  new RegExp(String.raw`\b(?:down|up) to ${NUMBER_WORD}\b`, 'i'),
  // what their competitors are doing: the curiosity a trainer recommends
  /\byour (?:\w+ ){0,2}(?:competitors?|competition|rivals?)\b/i,
  // something to give them: ideas, numbers, spare seats, a free audit, rooms held for them
  // (running the numbers with them is the call's agenda, not something for them)
  /\b(?:(?:an?|one) (?:\w+ )?idea|ideas|tips|insights|(?<!\b(?:run|running|crunch|crunching|go through|going through|walk you through|talk through|look at|looking at) )the numbers|information about|spare|extra)\b|(?<!\b(?:any|your|more|further|had|have)\s+)\bthoughts (?:on|about|for)\b|\b(?:quick|easy|simple|big) wins?\b/i,
  /\b(?:spare|extra|free|two|\d+) (?:tickets?|seats?|passes)\b/i,
  // (a free estimate is how any sale starts, offered to anyone: no gain of theirs, sets 8 and 9)
  /\b(?:free|complimentary) (?:[\w-]+ ){0,2}(?:visit|class|lesson|taster|audit|review|assessment|check|inspections?|consultation|samples?|report|analysis|survey|session)\b|\b(?:on us|no strings|no charge|at no cost)\b|\b(?:visit|class|lesson|taster|audit|review|assessment|check|inspection|consultation|sample|report|analysis|survey|session|month|week)s? (?:is|are|'s) (?:free|complimentary|on us)\b/i,
  new RegExp(
    // (questions we have are ours to ask: "I've got three questions about your water usage")
    // (nor is news that does not say what it is: "I've got some good news on it")
    String.raw`\b(?:i|we)(?:'ve| have) (?:got|held|reserved|saved|set aside|put aside|lined up|kept) (?:\d+|${TENS}|${UNITS}|a few|some|spare)\b(?!(?:\s+[\w-]+)?\s+(?:questions?|news|updates?)\b)`,
    'i',
  ),
  // someone or something lined up for them: "I've got a buyer for …", "a comparison for you"
  /\b(?:i|we)(?:'ve| have) (?:got|found) an? (?:[\w-]+ )?(?:buyer|tenant|client|customer|investor|opening|slot)\b|\b(?:put together|pulled together|prepared|drafted|mocked up|built|made|worked up|priced up|costed up) (?:a|an|some) (?:[\w-]+ ){0,2}(?:comparison|plan|proposal|estimate|mock-?up|report|analysis|breakdown|summary|shortlist|layout|quote) for (?:you|your)\b/i,
  // something available to them: "we have space on Thursday sailings", "a rooftop that's just come free"
  /\b(?:come|came|become|became|opened|freed) (?:up|free|available)\b(?!\s+(?:when|while|during|in (?:the|a|an|your|our|my|conversation)|on (?:the|a|an|your|our|my)))|\b(?:we|i)(?:'ve| have)(?: got)? (?:space|room|availability|capacity|(?:an? |\w+ )?(?:openings?|slots?|spots?|places?)(?: open| free| left| available)?)\b(?! for improvement\b)(?![^.!?]{0,20}\b(?:diary|calendar|schedule)\b)/i,
  // people or kit ready for them: "we have two welders available from Monday", "I have three
  // call-centre team leads available" (a count, a qualifier and a two-word role)
  // ("we got trucks open out of Laredo", "I'm holding two dates at a ranch", "we're keeping a slot for you")
  new RegExp(
    String.raw`\b(?:we|i)(?:'ve| have|'ve got| got)? (?:[\w-]+ ){1,4}(?:available|${FREE_NOW}|ready|on standby|held|open)\b(?! (?:to|for) (?:ideas|suggestions|feedback)\b)|\b(?:i'm|i am|we're|we are|i'll|we'll) (?:holding|keeping|saving|reserving|hold|keep|save|reserve) (?:\d+|${TENS}|${UNITS}|a few|some|spare|an?|the|it|them|that|those)\b(?! (?:in mind|on file|short)\b)`,
    'i',
  ),
  // what it is for, for them: "so you can get your Sundays back", "so the lobby looks right"
  /\bso (?:that )?(?:you|they|your [\w-]+|the [\w-]+(?: [\w-]+)?) (?:can|could|will|'ll|never|no longer|don't|won't|get|gets|looks?|stays?|runs?|keeps?)\b(?! (?:call|ring|reach|text|email|contact|get (?:back|in touch))\b)/i,
  // what we did for a customer like them, and what it did: "we automated the rota for a care home
  // and they dropped agency shifts"
  /\bwe (?:\w+ed|did|got|took|put|made|built|ran)\b[^.!?]{0,50}\bfor (?:a|an|one|another|two|three|\d+)\b[^.!?]{0,40}\b(?:and|so) (?:they|it|their)\b/i,
  // a problem gone: "so none go missing", "so you never chase a signature again" (or "that way …",
  // "which means …": "That way you're never short-staffed over Christmas")
  /\b(?:so|that way|which means|meaning) (?:that )?(?:no\b|none|nothing|no one|nobody|(?:[\w']+ ){1,3}(?:never|no longer|don't|won't|didn't))\b/i,
  // an outcome with a date on it: "have yours watertight by Wednesday", "turn it around in three days",
  // "we can get a backup reader to you by Monday", "twenty bikes in Toronto by March 1st", "I can
  // have an inspector there this Friday" (a turnaround they can plan on)
  new RegExp(
    String.raw`\b(?:have|get|turn)\s+(?:it|them|yours|you|your [\w-]+)\s+(?:[\w-]+\s+)?(?:by|within|in)\s+(?:${WEEKDAY}|tomorrow|tonight|${NUMBER_WORD}\s)|\b(?:we|i)(?:'ll| will| can| could)\s+(?:have|get|deliver|fit|install|send)\s+(?!(?:me|us|back|in touch)\b)(?![^.!?]{0,40}\b(?:proposal|quote|email|e-mail|details|info|information|link|brochure|deck|summary|invite|contract|note|message)\b)(?:[\w-]+\s+){1,5}?(?:by|within|in)\s+(?:${WEEKDAY}|tomorrow|tonight|${NUMBER_WORD}\s|(?:${MONTH})\b)|\b(?:we|i)(?:'ll| will| can| could)\s+(?:have|get)\s+(?!(?:me|us|back|in touch)\b)(?!(?:an? )?(?:look|chat|word|go|think|peek|call)\b)(?:[\w-]+\s+){1,4}?(?:there|on site|with you|to you|out to you)\s+(?:this|next|by|on|first thing)\s+(?:${WEEKDAY}|tomorrow|week|morning|afternoon)\b`,
    'i',
  ),
  // a job done in a short time: "we did the racking for the shop two doors down in a weekend"
  /\b(?:in|within) (?:a|an|one|a single|half a|half an) (?:weekend|afternoon|morning|evening|day|night|week|fortnight)\b|\bovernight\b/i,
  // what it finds for them: "it tends to turn up reliefs people have missed"
  /\b(?:turns? up|turned up|turning up|uncover(?:s|ed)?|finds?|found|spots?|spotted)\b[^.!?]{0,40}\b(?:missed|overpaid|owed|unclaimed|overcharged|refunds?|reliefs?|(?:under|over)-?(?:billing|billed|charging|charged|claiming|claimed|paying|paid))\b/i,
  // a share of their cost paid for them: "could cover about half the install"
  // (or by something that does it: "a grant that pays for half of new racking")
  /\b(?:could|would|can|will|to|that|which) (?:cover|covers|pay for|pays for|fund|funds)\b[^.!?]{0,20}\b(?:half|a third|a quarter|most|all|\d+ ?%|\w+ (?:percent|per cent))\b/i,
  // a visit free of charge: "with no call-out charge"
  /\b(?:no|without (?:a|any)) (?:call-?out|visit|survey|site visit) (?:charge|fee|cost)s?\b/i,
  // material held for them to use: "I've got the recording and a short quiz you could run"
  /\b(?:i|we)(?:'ve| have) got (?:the|a|an|some) [^.!?]{0,50}\byou (?:could|can|might) (?:run|use|try|share|have|keep|borrow)\b/i,
  // something of theirs done in time: "if you want yours done before Easter", "the signage up before
  // you open" (their own milestone, not an errand: "call me before you open the tender")
  /\b(?:done|fitted|installed|ready|finished|open|up and running) (?:before|in time for|ahead of) (?:the )?\p{L}+|\bbefore (?:you|they|your [\w-]+) (?:open|opens|launch|launches|move in|moves in|go live|goes live|reopen|reopens)\b(?!\s+(?:the|a|an|your|it|that|this)\b)/iu,
  // a gain they can picture: "Imagine never chasing a late timesheet again"
  /\bimagine (?:if\b|never\b|not having\b|having\b|(?:your|the) [\w-]+ (?:running|done|sorted|full|paid|cut|halved)\b|\w+ing (?:your|the|every|half)\b)/i,
  // something they are entitled to: "a council grant that closes Friday and I think you qualify"
  // (not our own tier: "you may qualify for our premium service")
  /\byou(?:'d| would| could| might| may)? (?:qualify|be eligible|are eligible|are entitled|be entitled)\b(?!\s+for (?:our|my)\b)/i,
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
  // a result for a customer like them, said without a figure: "that's what we managed for Kettner
  // Tools last spring"
  // (or what the named customer got: "that's what Baga Sands got in their first month")
  /\b(?:that's|that is|which is|which was) (?:exactly |just )?what we (?:did|managed|delivered|achieved|got|built|pulled off) for\b|\bdid (?:exactly |just )?that for\b/i,
  /\b[Tt]hat(?:'s| is| was) (?:exactly |just )?what [A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3} (?:got|saw|gained|saved|won|achieved|managed)\b/,
  // a customer's thing brought back for a date: "had it back in service for Easter"
  /\bback (?:in service|up and running|in action|on line|online|open) (?:for|by|in|within|before)\b/i,
  // a figure moved for a customer: "their staff survey went from 3.2 to 4.1"
  /\b(?:went|gone|going|rose|fell|dropped|jumped|climbed|moved) from [\d.,]+\w* to [\d.,]+/i,
  // a loss we carry for them: "we eat the cost of any missed run"
  /\b(?:eat|absorb|wear|swallow) the cost\b/i,
  // something held for them: "We can hold a van for you till 5:30"
  // (or till a date: "we can keep them until the fifth")
  /\b(?:we|i)(?:'ll| will| can| could)\s+(?:hold|keep|save|reserve|set aside|put aside|block out)\s+(?:[\w-]+\s+){1,3}for you\b|\b(?:we|i)(?:'ll| will| can| could)\s+(?:hold|keep|save|reserve)\s+(?:them|it|those|these|that|the [\w-]+)\s+(?:for you\s+)?(?:until|till|til|through|to the end of)\b/i,
  // something to try, sent to them: "arrange the sample pack of the gloves you liked"
  /\b(?:sample|trial|tester|swatch) (?:packs?|kits?|boxes|box|sets?|units?)\b|\b(?:send|drop|bring|arrange|post|courier)\b[^.!?]{0,30}\bsamples?\b/i,
  // a few people of ours lined up, said with what they can do: "I have two candidates who have
  // already built payment systems", "we've got three drivers who know the Dover run" (a small
  // count: "a database of four thousand candidates" is a boast, not someone for them)
  new RegExp(
    String.raw`\b(?:i|we)(?:'ve| have)(?: got)? (?:a couple of|a few|${UNITS}|\d{1,2}) (?:[\w-]+ ){0,2}[\w-]+s,? who(?:'ve| have| has| can| could| know| already| are)\b`,
    'i',
  ),
  // people lined up for them: "two senior candidates who can start in January"
  // (not their own people: "are your drivers available for a chat?")
  /(?<!\b(?:your|their|ur) (?:[\w-]+ )?)\b(?:candidates?|applicants?|engineers?|developers?|contractors?|temps?|nurses?|carers?|drivers?|welders?|electricians?)\b[^.!?]{0,40}\b(?:available|can start|ready to start|free to start|ready (?:for|to) (?:an? )?(?:interviews?|interview|meet you|you))\b/i,
  // a gain at no extra cost: "crisper napkins without paying more per cover"
  /\bwithout (?:paying|spending|costing(?: you)?) (?:a penny |a cent |any(?:thing)? )?more\b|\bwithout (?:any )?(?:extra|additional) cost\b/i,
  // a cost they fall out of: "a tray that drops out of the tax completely"
  /\b(?:drops? out of|falls? outside|exempt from|escapes?) (?:the )?(?:[\w-]+ )?(?:tax|levy|duty|tariff|charge)\b/i,
  // a customer's problem gone since we came in: "Dunmore Timber haven't had a single late load since
  // we took over their runs", "they've not used the oil tank since"
  /\b(?:they|he|she|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?:\s+(?:haven't|hasn't|have not|has not|have never|has never|never)|'ve (?:not|never)|'s (?:not|never))\s+(?:had|needed|used|missed|lost|run out|broken down)\b[^.!?]{0,40}\bsince\b/u,
  // a customer's bill gone: "now they pay zero dollar for electricity", "she pays nothing for heat"
  /\b(?:they|he|she|now)\s+(?:now\s+)?(?:pay|pays|paid|spend|spends|spent)\s+(?:zero|nothing|next to nothing|nowt)\b/i,
  // what they asked for, now on offer: "before 7am, which is what you said the store managers wanted"
  /\b(?:which|that)(?:'s| is) (?:exactly )?what you (?:asked for|wanted|needed|were after)\b|\bwhat you (?:said|told me|mentioned) (?:[\w-]+ ){0,4}(?:wanted|needed|were after|was after)\b/i,
];
// A question is a hook when it is pointed at their gain or the size of their pain, not "are you
// happy with …?". "Are you still doing payroll in Excel?" only names a pain: the result that should
// follow it is the hook, and without one the trainers (sets 1 and 5) find none.
// So is asking whether what we offer would ease their load: "if you could fill both posts before
// Christmas, would that take the pressure off?", "would a guaranteed 6 a.m. pickup help his
// runs?" (not a call offered as the help: "would it help to have a quick chat?").
const POINTED_QUESTION =
  /\b(?:what (?:would|if|will|does)|how (?:much|many|long)|did you know)\b|\bwould (?:that|this|it|an?|the)\b(?![^?]{0,30}\b(?:chat|call|talk|meeting|conversation|speak|catch up)\b)[^?]{0,50}?\b(?:help(?!\s+(?:if|when|to) (?:i|we)\b)|take\b[^?]{0,20}\boff|make\b[^?]{0,25}\beasier|free up|ease)\b/i;
// Asking for their time is not a result: "got ten minutes?", "a ten-minute call", "I'll go through
// it with you in ten minutes".
const ASKS_FOR_TIME = new RegExp(
  String.raw`\b(?:got|have|had|has|spare|take|need|grab|for|worth) ${TIME_ASKED}|\bwith you (?:in|within) ${TIME_ASKED}|\b${MINUTES} (?:call|chat|conversation|meeting)\b`,
  'gi',
);
// Questions we need answered, announced as ours: "Couple of quick questions before I can quote: …".
const OUR_QUESTIONS = /\bquestions?\b[^?]*:|\bbefore (?:i|we) can\b/i;
const CALL_BACK_QUESTION = new RegExp(
  String.raw`\b(?:call me|give me a call|good time|call back|worth (?:a\b|${TIME_ASKED}))`,
  'i',
);

// Three things in a row, the shortest way: "alerts, daily logs and audit reports".
const THREE_THINGS = /\w[^,.;?!]{0,40},\s*[^,.;?!]{1,40}\b(?:and|or)\b/;

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
// A promise to anyone, not to them: "we deliver in 48 hours to any address in the UK".
const ANYONE =
  /\b(?:to|for|in|across|at) (?:any|every|all)(?: [\w-]+)? (?:place|where|customers?|clients?|business(?:es)?|address(?:es)?|postcodes?|sites?|orders?)\b|\banywhere\b/i;
// A rise reported as news ("attacks are up 300% this year", "fraud has risen 25 percent"): a
// trend in the world, not a result we offer them.
const TREND =
  /\b(?:are|is|were|was|have|has|had)\s+(?:gone\s+)?(?:up|risen|rising|climbing|climbed|increased|soaring|soared|surging|surged|jumped)\b/i;
// A clause: up to a comma, semicolon, dash or sentence end, or before "and" / "but".
// (a decimal point, "99.9%", does not end a clause)
// (nor does a thousands comma, "1,200")
const CLAUSE =
  /(?:[^,;:.!?—–]|[.,](?=\d))+?(?=\s+(?:and|but)\s|[,;:.!?—–](?<![.,](?=\d))|$)|[,;:.!?—–]|\s+(?:and|but)\s/g;

// Where a promise to them follows a description of us in one sentence: "…, and we'd close …".
// ("…, plus a mobile app, so new agents can take calls by day three": what the list is for)
const PROMISE_AFTER =
  /(?=,\s+and\s+(?:we|i)(?:'d|'ll| can| could| will| would)\s)|(?=,\s+so\s+(?:that\s+)?(?!(?:yeah|anyway|um|uh|look)\b))/i;
// Where a price is added to a result as its own clause: "…, and it's just £40 a month".
const PRICE_AFTER = /,\s+(?:and|but|plus)\s+(?:it's|it is|that's|that is|all for|for|at)\b/i;
// A boast added to a result with "with": "… with the most advanced AI on the market".
const BOAST_TAIL = new RegExp(
  String.raw`\s+with (?=(?:the|our|an?) (?:[\w-]+ )?(?:most|best|leading|top|number one|#1|only|largest|biggest|smartest|fastest)\b)`,
  'i',
);

// What they did is their side of the story (context), never a result: "you filled in the form
// about catching up on two years of bookkeeping".
const THEY_DID = new RegExp(String.raw`^\s*${YOU_DID}`, 'i');

/** The hook line: a cut-off, a pointed question or a result for them, once pitch is blanked out. */
export function hookCheck(text: string, numbers: PhoneMention[], intros: SelfIntro[]): Check {
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
    // (a price tacked on as its own clause, ", and it's only £90 a month", is the pitch; the
    // result before it is still theirs)
    const priceTail = punctuated && !describesUs(sentence) ? PRICE_AFTER.exec(head) : null;
    const parts = [
      priceTail && !priceTalk(head.slice(0, priceTail.index))
        ? blanked(head, [{ start: priceTail.index, end: head.length }])
        : pitch(sentence)
          ? ' '.repeat(head.length)
          : head,
    ];
    for (const p of promises)
      parts.push(pitch(p) || THREE_THINGS.test(p) ? ' '.repeat(p.length) : p);
    return parts.join('');
  });
  // A figure or a superlative about us is a boast, what they lost is their pain, and a rise in the
  // news is a trend:
  // none of those clauses is a result for them, though the next clause may be.
  // (a figure about us may run over a clause: "installed over 4,000 signs across Ghana and the UK in
  // 25 years" is one boast)
  const figures = ourFigures(rest);
  // (a boast tacked on with "with" leaves the result before it: "Halve your review time with the
  // most advanced AI on the market")
  rest = rest.replace(CLAUSE, (c) => {
    const boast = punctuated ? BOAST_TAIL.exec(c) : null;
    return boast ? blanked(c, [{ start: boast.index, end: c.length }]) : c;
  });
  rest = blankWhere(
    rest,
    CLAUSE,
    (c) =>
      ourFigure(c) ||
      (punctuated && ourBoast(c)) ||
      THEIR_LOSS.test(c) ||
      TREND.test(c) ||
      SPEC.test(c) ||
      (ANYONE.test(c) && !/\byour?\b/i.test(c)) ||
      THEY_DID.test(c),
  );
  rest = blanked(rest, figures);
  const question = sentences(rest).find(
    (s) =>
      s.endsWith('?') &&
      POINTED_QUESTION.test(writtenOut(s).text) &&
      !CALL_BACK_QUESTION.test(s) &&
      !OUR_QUESTIONS.test(s),
  );
  if (question) return check('hook', true, `A question for them: ${quote(question)}.`);
  // (a texted "before u open" reads as "before you open"; the quote keeps their spelling)
  const spelled = writtenOut(rest);
  const hit = firstHit(spelled.text, HOOK);
  return hit
    ? check(
        'hook',
        true,
        `What's in it for them: ${quote(around(text, spelled.original(hit.start), spelled.original(hit.end)))}.`,
      )
    : check(
        'hook',
        false,
        'No hook: give them a result, a number or a question worth calling back for.',
      );
}
