/** Context: who referred you, where you met, or something about their business. */
import { describesUs } from './about-us';
import { check, type Check } from './check';
import { around, blankWhere, firstHit, quote, SENTENCE, sentences, writtenOut } from './text';

// Their news: what a prospect or their organisation has just done or is doing.
// (hiring said as the advert: "advertising for a funeral arranger", "recruiting drivers")
const NEWS_VERB = String.raw`(?:took over|hiring|advertising for|recruiting|expanding|opening|opened|moving|moved|relocating|growing|launching|launched|switching|raised|acquired|announced|rebuilding|hosting|merging|merged|rebranding|rebranded|crossing|crossed|won|joined|winning|starting|started|breaking ground|broke ground|fitting out|refitting|reopened|reopening|reopens)`;
// Seeing something of theirs yourself: "saw your post", "going through your filings".
// (not hearing back from them: "havent heard back")
// ("we have seen at the fair that your …")
const NOTICED = String.raw`(?:saw|(?:i|we) (?:see|notice|hear)|(?:i|we)(?:'ve| have) (?:seen|noticed|heard|read)|noticed|read|(?<!\b(?:haven'?t|hasn'?t|not|never)\s+)heard(?!\s+back\b)(?!\s+from\s+(?:you|u)\b)|caught|spotted|came across|looking at|looked at|going through|went through|reviewing|reviewed)`;
// A third person's words: "Bec Harris at Dunmore Timber reckoned …", "she said …", "a mutual friend,
// Sara Lund, said …". Never "we" or "I".
const REPORTED = String.raw`(?:said|says|told (?:me|us)|tells (?:me|us)|mentioned|reckoned|reckons|thought(?! about| of)|thinks|suggested|recommended|asked me|pointed me|passed on|put me)`;
// A place named by a common noun, after "the": "the fuel dock", "the harbour office" (never ours).
// (a noun phrase only: "Sam at the bakery we supply says …" is our customer's story, the hook)
const PLACE_WORD = String.raw`(?!(?:we|our|us|i|my|you|your|they|their|who|that)\b)[a-z][\w'-]*`;
const OUTSIDER_PLACE = String.raw`(?<=\bthe\s)(?:${PLACE_WORD}\s+){0,2}${PLACE_WORD}`;
/**
 * Something they did, in the past tense: "you asked", "you listed", "you filled in", "you rang"
 * (a verb in -ed, not "need" or "feed", or a common irregular one). Their side of the story: context,
 * never a result (the hook reads it too).
 */
// (or were doing: "you were asking at the trade counter about racking")
export const YOU_DID = String.raw`you (?:just |recently |already )?(?:(?![a-z]*eed\b)[a-z]+ed|sent|wrote|took|made|said|told|asked|rang|left|got|had|came|went|spoke|met|saw|put|ran|won|built|bought|began|held|brought|were [a-z]+ing)\b`;
// Capitalised but naming nothing of theirs.
const CALENDAR_WORD = String.raw`(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)`;
const RECENT = String.raw`(?:yesterday|last night|this (?:morning|week|month|weekend)|last (?:week|month|quarter)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))`;
// Where we will be, not what happened to them: "we're in your area", "I'll be up your way".
const OUR_VISIT = String.raw`(?<!\b(?:we|i)(?:'re|'m| am| are|'ll be| will be)\s+(?:\w+\s+)?(?:in|around|near|through|up|down|over)\s+)`;
/** Context: a referral, a meeting, their news or something of theirs named (also read by the opener). */
export const CONTEXT: RegExp[] = [
  // a referral or a colleague of theirs ("the most recommended installer" is a boast, not a referral)
  // (in a message left with whoever answers, the prospect is "his" or "her": "Lorraine at Cargill
  // Mills gave me his name")
  /(?<!\b(?:most|widely|best) )\b(?:referred|recommended|introduced us|suggested (?:i|that i|we)|(?:told|asked) (?:me|us) to|gave me your|gave me (?:his|her|their) (?:name|number|details|email)|passed (?:along |on )?your|your name came up|got your (?:name|number|details|email) (?:from|off|through|via))\b/i,
  // (the outsider's place may be a common noun: "Luc at the fuel dock tells me …", "Ann from the
  // harbour office said …")
  new RegExp(
    String.raw`\b(?!(?:We|They|You|It|This|That|There)\b)(?:[A-Z][a-z]+(?:-[a-z]+)?|[Ss]he|[Hh]e)(?:\s+(?:at|from|of|with)\s+(?:the\s+)?(?:[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}(?:\s+[a-z]+)?|${OUTSIDER_PLACE}))?,?\s+${REPORTED}\b`,
  ),
  // (any role that runs something for them: "your events coordinator Megan", "your practice administrator")
  /\byour (?:\w+ )?(?:colleague|manager|lead|head(?! in\b)|boss|ceo|cfo|cto|coo|controller|broker|accountant|distributor|supplier|vendor|partner|assistant|neighbou?r|director|vp|friend|foreman|supervisor|receptionist|owner|buyer|chef|editor|office manager|coordinator|co-ordinator|administrator|secretary|planner|officer)\b/i,
  // a talk with their people, or their people's words: "chatting with two of your site managers"
  new RegExp(
    String.raw`\b(?:spoke|speaking|spoken|chatting|chatted|talking|talked|yarn|met|meeting|catching up)\s+(?:with|to)\s+(?:[\w-]+\s+){0,4}your\b|\byour (?:[\w-]+ ){1,2}${REPORTED}\b`,
    'i',
  ),
  // where you met, what you said, what they asked for
  // ("the thing we talked about" is too vague to count)
  /(?<!\b(?:thing|things|stuff|something) )\b(?:we met|met you|meeting you|(?<!\b(?:would|'d|will|'ll|could|to) be )(?:great|good|nice|lovely|pleasure) to meet you|our (?:chat|talk|call|conversation)(?!\s*(?:[.!?,;]|$))|when we spoke|we spoke|we talked|we chatted|we had a (?:chat|natter|yarn))\b|\b(?:for|about) (?:getting|reaching) (?:in touch|out)\b/i,
  /\breturning your (?:call|inquiry|enquiry|email|message|request)\b/i,
  // anything they did, said in the past tense: "you listed 400 acres", "you filled in the form"
  // (not a what-if or a question: "if you switched", "were you affected", "are you interested")
  new RegExp(
    String.raw`(?<!\b(?:if|when|unless|once|whether|what|have|had|did|do|does|are|were|was|is|wish|before|after|until|till|case|thank)\s+(?:\w+\s+)?)\b${YOU_DID}`,
    'i',
  ),
  // a call we had, thanked for: "thanks for taking my call last week", "thank you for returning my call"
  /\bthank(?:s| you) (?:so much )?for (?:taking|returning) my call\b/i,
  // (or thanked for: "thanks for the quote request on our website")
  /\b(?:following up on|about|regarding|thank(?:s| you) for) (?:\w{1,4} )?(?:\w+ )?(?:quote|request|inquiry|enquiry|demo|trial|download|order|application)\b/i,
  // something they wrote or said in public
  // (an episode of theirs; their minutes or a notice they posted: "the minutes from your AGM", "the
  // notice in your lobby"; a press piece about them: "the piece in the Church Times")
  /\b(?:who|you) (?:wrote|published|posted|presented|spoke)\b|\byour (?:[\w'-]+ ){0,2}(?:piece|article|post|talk|podcast|paper|book|interview|video|episode)\b|\b(?:minutes|notice|newsletter|bulletin|circular|memo)s? (?:from|of|in|on|at|posted in|for) your\b/i,
  /\bthe (?:piece|article|story|write-?up) in (?:the )?\p{Lu}\p{Ll}+/u,
  // events they held or went to
  // (not ours: "calling from the Grange Hotel to tell you about our conference packages")
  // (passes or tickets offered for one are our offer, the hook: "two spare passes for the Boat Show")
  /\b(?:at|after|from|(?<!\b(?:tickets?|passes|seats|places|invit(?:e|ation)s?) )for) the (?:(?!\b(?:our|to tell)\b)[\w\s'’-]){0,40}\b(?:conference|expo|summit|show|meetup|event|webinar|fair|mixer|dinner|breakfast|lunch|gala|workshop)\b/i,
  // (or a meeting they were at, named by when or whose it was: "the volunteers his parish offered at
  // the Sunday meeting", "at the chamber meeting"; not one still to book: "for the meeting", "at the
  // next meeting we book")
  /\b(?:at|after) the (?!(?:next|following|upcoming|first)\b)(?:[\w'’-]+ ){1,3}meeting\b/i,
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
  // (not on a merge field left unfilled, which names no news: "congrats on the new {{trigger}}")
  /\b(?:congratulations|congrats|nice work on|well done on)\b(?![^.!?;—–]{0,40}?(?:\{[^}]*\}|\[[^\]]*\]))/i,
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
  // (a past tense, not a noun in -eed: "your firm's deed storage")
  /\byour (?:[\w-]+ )?(?:team|school|clinic|company|firm|store|plant|office|board|staff|drivers|crew|department|practice|shop|site|city|council)(?:'s)? (?:just |recently )?(?:(?![a-z]*eed\b)\w+ed|won|lost|ran|held|made|took|got|sent|went|hit|saw|told)\b/i,
  // an event of theirs: "your clinic's move", "your conference in Lisbon", "your new Leeds office",
  // "your shutdown at Secunda" (a plant's planned stop)
  /\byour (?:[\w'-]+ ){0,2}(?:move|expansion|launch|opening|merger|acquisition|rebrand|funding round|raise|announcement|extension|renovation|refit|tender|conference|anniversary|shutdown|turnaround|overhaul|new (?:[\w-]+ )?(?:shop|office|site|location|store|clinic|branch|warehouse|building|role|position|job))\b/i,
  // a dealing of theirs you know of, or a meeting you had
  /\byour (?:[\w'-]+ ){0,2}(?:booking|order|application|appointment|claim|reservation|renewal|permit|inquiry|enquiry|request)\b/i,
  // their account with a detail: "the install on your account", "your account ending 4471"
  // ("regarding your account." with no detail is not context: every caller could say it)
  /\b(?:on|of|for|to|with) your (?:[\w-]+ ){0,2}account\b|\byour (?:[\w-]+ ){0,2}account\b(?!\s*(?:[.!?;,]|$))(?!\s+(?:review|update|details|information|info|status|manager|team|holder|settings)s?\b)/i,
  // a dealing of theirs with its date: "your car policy renews on the fifteenth", "your header's due"
  // ("the tenancy at 14 Elm Road ends on the 30th", "your system is due for its service", "the
  // filing deadline for your second branch")
  /\b(?:your (?:[\w'-]+ ){0,2}[\w-]+|the (?:[\w'-]+ ){0,2}(?:policy|lease|contract|agreement|facility|loan|licen[cs]e|subscription|tenancy|renewal|inspection|audit|filing)\b)[^.!?]{0,30}?(?:\b(?:renews|renewing|expires|expiring|expired|ends|ending|ended|lapses|lapsing|lapsed|ran out|runs out|run out|is due|are due|'s due|'re due|comes up|falls due|is (?:still )?pending|has been pending)\b|(?:'s|\bis) up\b)|\b(?:deadline|due date|renewal date|cut-?off) (?:for|on|of) your\b/i,
  // their thing placed at an address: "your vans were parked outside the Asda on Mill Road", "your
  // sign on Dale Street", "your tenant at 14 Oak Road"
  new RegExp(
    String.raw`\b[Yy]our\s[^.!?,—–]{0,60}?\b(?:on|at|in|outside|near|by|off) (?:the |\d+[a-z]? )?(?:\p{Lu}\p{Ll}+ ){1,2}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Way|Drive|Park|Estate|Square|Place|Parade|Quay|Wharf|Mall|Centre|Center|Plaza|Boulevard|Blvd)\b`,
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
  // (or a dealing of theirs there: "about the lease renewal at the Castle Street shop")
  new RegExp(
    String.raw`(?<!\b(?:of|about|like) )\b(?:[Yy]our(?! (?:size|competitors?|competition|peers|rivals|industry|sector|kind|type)\b)|the new) (?:[\w'-]+ ){1,2}(?:in|at|near|outside) (?:the )?(?!${CALENDAR_WORD}\b)\p{Lu}\p{Ll}+|\b(?:about|regarding|re|on|for) the (?:\p{Ll}[\w-]* ){0,3}?(?:(?:at|for|on|in) the )?(?:(?!${CALENDAR_WORD}\b)\p{Lu}\p{Ll}+ ){1,2}(?:units?|site|building|propert(?:y|ies)|offices?|stores?|project|job|premises|flats?|apartments?|homes|townhomes|development|contract|tender|bid|gym|clinic|branch|depot|warehouse|restaurant|bistro|caf[eé]|salon|studio|surgery|school|hotel|practice|shop)\b|\bthe (?:(?!${CALENDAR_WORD}\b)\p{Lu}\p{Ll}+ ){1,2}(?:job|project|build|slab|fit-?out|refit|extension|renovation|contract|tender)\b`,
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
  // (or what we did right by them: "we've just wired the business park next door")
  /\b(?:doors? down from|next door to|across (?:the street )?from|down the road from) yours\b|\b(?:the|a) (?:[\w-]+ ){0,2}next door\b|\b(?:in|on|at|near|outside|by|around|along|down|up|off|from|opposite|behind|to) your (?:[\w']+ ){0,2}(?:street|road|high street|parade|suburb|neighbou?rhood|building|pier|block|site)\b/i,
  // their job ad: "your opening for team leads", "ur vacancy for a chef"
  /\b(?:your|ur|yr) (?:[\w-]+ ){0,2}(?:openings?|vacanc(?:y|ies)|job (?:listing|opening)s?) (?:for|in)\b/i,
  // something you looked at yourself
  /\byour (?:[\w']+ ){0,2}(?:website|site|page|profile|store's|online store|shop|app|listings?|reviews|(?:google|yelp|tripadvisor|online|latest|recent) review|checkout|job (?:post|ad)s?|(?:job )?(?:posting|advert)s?)\b(?!\s+(?:insurance|cover|policy|contract|loan|lease|energy|power|bills?|rates?|premiums?)\b)/i,
  // (within one sentence; a decimal point such as "3.9" does not end it)
  // (our being nearby is about us: "we're in your area this week"; a storm there is theirs)
  // (our records of them are ours: "I'll close your file on Friday")
  // (nor the day we will come: "I'll be in Kiambu on Wednesday — can I stop by your facility?")
  new RegExp(
    String.raw`${OUR_VISIT}(?<!\b(?:close|closing|shut|archive|remove|delete|mark)\s+)\byour\b(?:[^.!?]|\.\d){0,60}\b${RECENT}\b|(?<!\b(?:i'll|i will|we'll|we will|i'm|we're|i am|we are)\s+(?:be\s+)?[^.!?]{0,30})\b${RECENT}\b(?:[^.!?]|\.\d){0,60}${OUR_VISIT}\byour\b`,
    'i',
  ),
  // their figures moved: "your dealership's Google rating dropped to 3.9"
  // (not a what-if: "what if your pallet count dropped by 12%" is a hook, not their news)
  /(?<!\b(?:what if|imagine|suppose|if)\s+)\byour (?:[\w'-]+ ){1,3}(?:dropped|fell|rose|jumped|slipped|climbed|doubled|halved|went (?:up|down))\b/i,
  // a named referrer by their role: "Their COO, Deepa, thought you'd want to see it"
  new RegExp(
    String.raw`\b(?:[Tt]heir|[Hh]is|[Hh]er|[Yy]our|[Tt]he) (?:[\w-]+ )?(?:COO|CEO|CFO|CTO|MD|GM|owner|founder|director|manager|partner|boss|colleague|head of [\w-]+),? (?:\p{Lu}\p{Ll}+,? )?${REPORTED}\b`,
    'u',
  ),
  // what we are handling for them: "calling about the certified Polish documents for your visa
  // applicants", "ringing about the parts for your Leeds job"
  /\b(?:calling|ringing|phoning|here|message) (?:about|regarding|re:?) (?:the|your) (?:[\w-]+ ){0,4}(?:documents?|paperwork|files?|forms?|certificates?|samples?|parts?|shipment|delivery|consignment|invoice|translations?|install(?:ation)?|repairs?|case|claim)\b[^.!?]{0,30}\b(?:for|of|on) your\b/i,
  // something that happened to them or near them: "that incident at one of your suppliers"
  /\b(?:incident|breach|outage|fire|flood|recall|strike|attack|hack|leak|break-?in) (?:at|in|on|with|to) (?:one of |two of |some of )?your\b/i,
  // a change with a date that hits theirs: "the packaging tax going up again in April … your trays",
  // "cover for HMOs went up 18% this quarter; … keep yours flat" (not our change: "we're changing
  // our hours in May, so your …")
  new RegExp(
    String.raw`(?<!\b(?:we|we're|we are|we've|we have|we'll|we will|i'm|i am|i've|our (?:[\w-]+ ){0,2}(?:is|are|has|have|will|'s)?)\s+(?:just |also |now |be )?)\b(?:went up|gone up|going up|goes up|rose|risen|rising|rises|increas(?:ed|ing|es)|jumped|changing|changes|changed)\b[^.!?]{0,30}\b(?:again|this (?:quarter|month|year|spring|summer|autumn|fall|winter)|next (?:quarter|month|year)|in (?:${CALENDAR_WORD}))\b[^.!?]{0,60}\byours?\b`,
    'iu',
  ),
  // a question about their named thing: "Are you still running the 2014 Fendt on the top farm?"
  new RegExp(
    String.raw`\b(?:[Aa]re|[Ii]s|[Dd]o|[Dd]id) you (?:still )?\p{Ll}+ing the (?:\d{4} )?(?!${CALENDAR_WORD}\b)\p{Lu}\p{Ll}+[^.!?]{0,50}\?`,
    'u',
  ),
  // a question about their new thing or their move: "Did the new plate reader go in okay after the
  // move to Building C?"
  /\b(?:[Dd]id|[Hh]as|[Hh]ave|[Ii]s|[Aa]re|[Ww]as|[Ww]ere) the new\b(?! year\b)[^.!?]*\?|\bafter (?:the|your) (?:move|relocation|refit|rebuild|merger|takeover) to\b/,
];

// (a clause that opens with a hypothetical "if … could", or whose first part says what their thing could get)
const CLAUSE = /(?:[^.!?;—–]|\.(?=\d))+[.!?;—–]*/g;
// (or "if … ever": "If cutting your fuel bill ever comes up" is a someday, not a date of theirs)
const WHAT_IF =
  /^\s*(?:what if|imagine|suppose)\b|^\s*(?:even )?if\b[^.!?]*\b(?:could|would|were to|ever)\b|^\s*your\b[^.!?,;—–]{0,40}\b(?:could|would|might) (?:get|see|save|cut|have|be|win|make|earn|double|halve)\b/i;

// A message left with whoever answers speaks of the prospect as "him" or "her": "please tell him
// Adeel called", "this message is for Mr Farooq through his PA", "I know you guard Dr Hammond's
// calendar". There, "his tender" and "her calibration" are theirs, as "your" would be.
const LEFT_WITH_SOMEONE =
  /\b(?:tell|let|ask) (?:him|her)\b|\b(?:his|her) (?:PA|assistant|secretary|office)\b|\b(?:Mr|Mrs|Ms|Miss|Dr)\.? \p{Lu}\p{Ll}+(?:['’]s)? (?:calendar|diary|schedule|inbox|desk|office)\b|\bpass (?:it|this|a message|the message) on\b/u;
const THEIRS_AS_YOURS = { his: 'your', her: 'your' };

/** The context line: the first thing said about them, outside sentences that describe us. */
export function contextCheck(text: string): Check {
  // A sentence describing what we sell is about us, even when it says "into your account".
  // (Unpunctuated text is one "sentence": nothing to tell apart there.)
  const punctuated = sentences(text).length > 1;
  // A what-if about their thing is the hook, not something we know of them: "If we could get your
  // Leeds orders out a day sooner …", "Your shop in Hove could see twice the footfall".
  const aboutThem = blankWhere(
    blankWhere(text, SENTENCE, (s) => punctuated && describesUs(s)),
    CLAUSE,
    (c) => punctuated && WHAT_IF.test(c),
  );
  // (a texted "saw ur new unit" reads as "saw your new unit"; the quote keeps their spelling; so
  // does a gatekeeper's "her calibration", read as "your calibration")
  const spelled = writtenOut(aboutThem, LEFT_WITH_SOMEONE.test(text) ? THEIRS_AS_YOURS : {});
  const hit = firstHit(spelled.text, CONTEXT);
  return hit
    ? check(
        'context',
        true,
        `Context: ${quote(around(text, spelled.original(hit.start), spelled.original(hit.end)))}.`,
      )
    : check(
        'context',
        false,
        'No context: say who referred you, where you met, or something about their business.',
      );
}
