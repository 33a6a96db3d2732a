/**
 * Where a voicemail script says who is calling: "this is Sam", "Jenna here", "Kofi Mensah from
 * Harbourline —", "Ruth Adeyemi, Swiftclear, 555-0192". The one source for both the opener check
 * (does the message open with the caller?) and the callback check (does it name the caller?).
 * Pure text heuristics; no DOM.
 */
import type { PhoneMention } from './phone';

/** A self-introduction found in the text. */
export interface SelfIntro {
  /** The caller's own name, or null when only a company introduces itself ("Vendio here"). */
  person: string | null;
  /** The words of the introduction, as written. */
  words: string;
  /** Character offsets in the text. */
  start: number;
  end: number;
}

// A capitalised word with small letters after it ("Liam", "O'Connor", "Mei-Ling", "N'Diaye"), so
// "I", "JAMES" and "QUICK ONE" are never taken for a caller's name.
const CAP = String.raw`(?:\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)*|\p{Lu}['’]\p{Lu}[\p{Ll}\p{M}]+)(?:[-'’]\p{L}+)*(?![\p{L}\p{M}])`;
// (a merge field in double braces too, as mail tools write them: "{{first_name}}")
const SLOT = String.raw`(?:\[[^\]]+\]|\{\{[^}]+\}\}|\{[^}]+\})`;
// Someone named with a title, as a message left for them names them: "Dr Okafor", "Mr. Grant".
const TITLE_NAME = String.raw`(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+${CAP}`;
// The small words inside a surname: "Piet van Dijk", "Mr. Van der Berg", "Ms da Silva".
const PARTICLE = String.raw`(?:van|der|den|de|da|di|du|von|le|la|del|dos|bin|binti|al|el|[Vv]an|[Dd]e|[Dd]a)`;
const PERSON = String.raw`(?:${SLOT}|${CAP}(?:\s+(?:${PARTICLE}\s+)*${CAP}){0,2})`;
// ("Pulse Fitness I noticed …": a lone "I" starts the next clause, it is not part of the name)
const COMPANY = String.raw`(?:${SLOT}|[\p{Lu}\d][\p{L}\d&'’-]*(?:\s+(?:&\s+)?(?!I\b)[\p{Lu}\d][\p{L}\d&'’-]*){0,3})`;
// Where a clause begins: the start, after punctuation, or after a greeting word.
const CLAUSE_START = String.raw`(?:^|[,.;:!?…—–]\s*|\s-\s+|\b(?:[Hh]i|[Hh]ey|[Hh]ello|there)\s+)`;
const CLAUSE_END = String.raw`(?=\s*(?:[,.;:!?…—–]|\s-\s|$))`;
// Spelled out in both cases: the patterns that hold CAP cannot be case-insensitive.
// A hesitation between words: "this is, uh, Jenna".
const FILLER = String.raw`(?:uh+|um+|erm|er)`;
// (with the common typos: "thsi is", "tihs is")
// ("myself Rakesh Nair calling from …": Indian English)
// ("im jessa from quickpay": "I'm" typed without its apostrophe)
const INTRO_PHRASE = String.raw`(?:[Mm]yself|[Ii]m|[Tt]his is|[Tt]hsi is|[Tt]ihs is|[Ii]t's|[Ii]ts|[Ii]t is|[Mm]y name is|[Mm]y name's|[Nn]ame's|I'm|i'm|I am|i am)`;

/** Capitalised words that start a clause but are never a caller's name. */
const NOT_NAMES = new Set(
  (
    'again also and best bye call calling cell cheers direct email extension good hello hey hi ' +
    'hope just let looking mobile morning afternoon evening my number office okay or our phone ' +
    "please quick regards reach ring so sorry talk text thank thanks that that’s that's the " +
    'this today tomorrow we worth yes you your monday tuesday wednesday thursday friday ' +
    'saturday sunday a an here there oh ah aha um uh erm er hmm well yeah look listen right ta any anytime ' +
    'they he she it ' +
    // a word of greeting or praise said as a sentence: "Hi Dana, Congratulations!"
    'congratulations congrats welcome apologies great brilliant wonderful lovely nice perfect ' +
    'awesome excellent fantastic greetings namaste ' +
    // a blessing or farewell said as the last word: "Call us at …. Blessings."
    'blessings cheerio'
  ).split(' '),
);

/**
 * Last words that make a name a company's ("Westfield Roofing", "Acme Analytics"): the kinds of
 * firm and trade a business name ends in, never a surname.
 */
const COMPANY_WORDS = new Set(
  (
    'academy accountants accounting advisory agency airways analytics associates auto automotive bakery ' +
    'bank benefits bookkeeping brokers builders capital cargo care carriers catering cleaning cleaners clinic co ' +
    'company construction consultants consulting corp couriers credit cyber dairy dental design ' +
    'developments digital distribution electric electrical energy engineering estates events express ' +
    'farms finance fitness fleet flooring foods freight global group haulage health hire holdings ' +
    'homes hvac hygiene inc industries insurance interiors international labs leasing legal ' +
    'lending lettings lines llc logistics ltd manufacturing marine marketing media medical motors movers ' +
    'mutual networks packaging parcels partners payroll pharmacy plumbing print printing produce ' +
    'properties property realty recruitment recycling removals rentals roofing security services ' +
    'shipping software solar solutions staffing storage studio supplies supply systems tech ' +
    'technologies telecom telematics trading training transport trucking ventures waste wholesale wholesalers ' +
    // trades named by what they fit, fix or sell: "Shield Alarms", "Clearview Windows"
    'alarms bathrooms barbers beauty blinds brewery cabs cars coaches coffee doors florists flowers ' +
    'gardens gates glass glazing hotels kitchens landscaping locks locksmiths opticians pest pools ' +
    'salon scaffolding signs skips spa taxis tours travel tyres tires vans vets windows wines ' +
    // a region or market a firm names itself after: "Trackstar Asia", "Nordlink Europe"
    'asia europe africa pacific americas emea apac latam worldwide intl hq uk usa india australia ' +
    'canada philippines singapore ' +
    // trades named by what they make, mend or translate: "Tywi Tractors", "Quinn Translations"
    'tractors machinery equipment translations translation interpreting linen laundry ' +
    'renewables electricals plastics metals ceramics joinery ' +
    'signage uniforms textiles tools repairs drones ' +
    // more trades: "Grace Assurance", "Portside Customs", "Ellis Student Lets", "Highveld Fleet
    // Cover", "Summit Dental Lab" (one lab as well as "labs"), "Sparkle Commercial" (a cleaning or
    // property firm that serves businesses)
    'assurance customs lets cover lab commercial ' +
    // a group that speaks for a firm: "the teamhr crew", "the Brightside team", "the bookings desk",
    // "the head office"
    'team crew desk department office'
  ).split(' '),
);
// One word made of a name and a trade, as brands are: "Quickprint", "Fleetwise", "Routelogic".
const BRAND_WORD =
  /^\p{Lu}\p{Ll}{2,}(?:print|wise|soft|ware|logic|tech|works|hub|desk|flow|stack|cloud|mart|labs|box|pay|ify)$/u;

const lower = (s: string) => s.toLowerCase();
/** The text as a literal inside a pattern. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Three or more capitalised words, the last a trade in -ing: "Hoëveld Belt Splicing".
const TRADE_IN_ING = /^(?:\S+\s+){2,}\p{Lu}\p{Ll}{2,}ing$/u;

/** Whether capitalised words name a person, a company, or neither (a filler word such as "Again"). */
function classify(words: string): 'person' | 'company' | 'neither' {
  if (new RegExp(`^${SLOT}$`, 'u').test(words)) return 'person';
  // Two names joined by "&" are a firm ("Harper & Lowe"), never one caller.
  if (/&/.test(words)) return 'company';
  const parts = words.split(/\s+/);
  // ("We're calling from Vigilance": a pronoun with its contraction is still no name)
  if (NOT_NAMES.has(lower(parts[0] ?? '').replace(/['’]\p{L}+$/u, ''))) return 'neither';
  if (COMPANY_WORDS.has(lower(parts.at(-1) ?? ''))) return 'company';
  // Three or more words ending in a trade said as an activity: "Hoëveld Belt Splicing", "Lone Star
  // Court Reporting", "Metro Drain Jetting" (a person's name is one or two words before a surname).
  if (TRADE_IN_ING.test(words)) return 'company';
  if (parts.length === 1 && BRAND_WORD.test(words)) return 'company';
  // A capital inside a word after three small letters: "NovaDesk", not "McDonald" or "LaToya".
  if (parts.some((w) => /\p{Ll}{3}\p{Lu}/u.test(w))) return 'company';
  return 'person';
}

// The word between a caller and their firm: "Kai from Loopcast", "Marco at Fieldpay"; "@" is "at"
// as texts write it ("Pat @ Keelson", "priya @ fernhill here").
const WITH_FIRM = String.raw`(?:from|frm|with|at|@)`;

// What a caller is doing as they introduce themselves: "returning your call", "following up".
const DOING = String.raw`(?:returning|calling|following up|reaching out|ringing|phoning|checking in|getting back)`;

/** How each form of introduction is written; group 1 holds the name it gives. */
const FORMS: RegExp[] = [
  // "this is Sam (from Acme)", "I'm Ravi", "it's [your name]", "its jordan with max marketing"
  new RegExp(
    String.raw`\b${INTRO_PHRASE},?\s+(?:(?:${FILLER}|me),?\s+)?(${PERSON})(?:\s+(?:from|frm|with|w\/|at|@|of)\s+${COMPANY})?`,
    'gu',
  ),
  new RegExp(
    String.raw`\b${INTRO_PHRASE}\s+(\p{Ll}+(?:-\p{Ll}+)*(?:\s+(?!(?:calling|ringing|phoning|from|frm|with|here)\b)\p{Ll}+(?:-\p{Ll}+)*)?)(?=\s+(?:(?:from|frm|with|at|here|we|calling|ringing|phoning)\b|w\/)|\s*[,.])`,
    'gu',
  ),
  // "Jenna here", "Wei Zhang from Lumaro here", "Kai here from Loopcast", "Acme Analytics here",
  // "Anil this side from Tejas" (Indian English)
  new RegExp(
    String.raw`(?<=${CLAUSE_START})(${PERSON})(?:\s+${WITH_FIRM}\s+${COMPANY})?\s+(?:here|calling|speaking|this side)\b(?:\s+${WITH_FIRM}\s+${COMPANY})?`,
    'gu',
  ),
  // "Kofi Mensah from Harbourline —", "Marco at Fieldpay, 555-0133", "Kamran from the Lahore Expo,";
  // not "Carlos at Miller said";
  // also when what they are doing follows: "Angela Chen from Lakeshore Credit Union returning …"
  new RegExp(
    String.raw`(?<=${CLAUSE_START})(${PERSON}),?\s+${WITH_FIRM}\s+(?:the\s+)?${COMPANY}(?:${CLAUSE_END}|(?=\s+(?:just\s+)?${DOING}\b)|(?=\s+again\b))`,
    'gu',
  ),
  // "Harper & Lowe here —", "Martin & Sons wholesale here": a firm named like people announcing itself
  new RegExp(
    String.raw`(?<=${CLAUSE_START})(${CAP}(?:\s+${CAP})?\s+&\s+${CAP}(?:\s+${CAP})?(?:\s+\p{Ll}+)?)\s+(?:here|calling|speaking)\b`,
    'gu',
  ),
  // "Hi Priya, Sean Gallagher again, …": a caller who has rung before names themselves with "again"
  // (after a comma or a sentence end, so "Hi Priya again" still greets them)
  new RegExp(String.raw`(?<=(?:^|[,.;:!?…—–])\s*)(${PERSON})\s+again\b`, 'gu'),
  // "this is BOXWELL PACKAGING we are …": a firm shouted in capitals, its name ending in a trade word
  new RegExp(
    String.raw`\b${INTRO_PHRASE}\s+((?:[\p{Lu}\d][\p{Lu}\d&'-]+\s+){0,2}(?:${[...COMPANY_WORDS].map((w) => w.toUpperCase()).join('|')}))(?![\p{L}\d])`,
    'gu',
  ),
  // "I'm leaving this for my colleague Marta Kowalczyk", "on behalf of my manager, Tunde Bakare":
  // a message left for a named colleague gives their name as the one to call back
  new RegExp(
    String.raw`\b(?:(?:I'm|I am|i'm|im)\s+)?(?:(?:calling|ringing|phoning)\s+)?(?:on behalf of\s+|leaving (?:this|a message) (?:for|on behalf of) )(?:my|our)\s+(?:[\w-]+\s+)?(?:colleague|manager|boss|director|partner|team-?mate|associate),?\s+(${PERSON})`,
    'gu',
  ),
  // Nigerian Pidgin: "na Femi from Kobo Freight be this" ("this is …"), "na me Femi"
  new RegExp(
    String.raw`\b[Nn]a\s+(?:me\s+)?(${PERSON})(?:\s+(?:from|with|for)\s+${COMPANY})?\s+(?:be\s+(?:this|dis)|dey\s+(?:call|talk))\b`,
    'gu',
  ),
  // Jamaican patois: "a Andre dis" ("it's Andre"), "a Devon from Island Power" ("it's Devon from …")
  new RegExp(
    String.raw`(?<=${CLAUSE_START})a\s+(${PERSON})(?:\s+(?:dis|dis yah)\b|\s+(?:from|frm)\s+${COMPANY}${CLAUSE_END})`,
    'gu',
  ),
  // "Here is Jurgen Weber of Kessler Pumpen": "this is" as German, Dutch or Scandinavian English
  // says it (a capitalised name only: "here is the thing", "here is why" introduce nobody)
  new RegExp(
    String.raw`\b[Hh]ere is\s+(${PERSON})(?:\s+(?:from|with|at|of)\s+${COMPANY})?(?=\s*[,.;:!?—–]|\s+(?:calling|speaking|from|with|at|of)\b)`,
    'gu',
  ),
  // A message left with whoever answers names the caller in the third person: "Could you let him
  // know Grainne from the Northside Food Bank called", "please tell her Sam at Ardent rang", "could
  // somebody let Mr Grant know that Sheree Williams called?" (whoever it is for, named or not).
  new RegExp(
    String.raw`(?:\b(?:[Cc]ould|[Cc]an|[Ww]ould) (?:you|somebody|someone|anyone) (?:please )?|\b[Pp]lease )?\b(?:let (?:him|her|them|${TITLE_NAME}) know|tell (?:him|her|them|${TITLE_NAME}))(?: that)?\s+(${PERSON})(?:\s+(?:from|with|at|of)\s+(?:the\s+)?${COMPANY})?\s+(?:called|rang|phoned|rung|is calling|was calling|'s calling|got in touch)\b`,
    'gu',
  ),
  // "just a quick one from Lena at Ridgeway Print", "hello from Sam at Acme": a person, where "hello
  // from Acme" alone is the company
  new RegExp(
    String.raw`\b(?:[Oo]ne|[Mm]essage|[Nn]ote|[Hh]ello|[Hh]i|[Gg]reetings) from (${PERSON})\s+(?:at|with|of)\s+${COMPANY}`,
    'gu',
  ),
  // "its the teamhr crew", "it's the Brightside team", "this is the bookings desk": a firm's people
  // announcing themselves (not "this is the front office line", which says where the message lands)
  new RegExp(
    String.raw`\b${INTRO_PHRASE}\s+the\s+([\p{L}\d&'-]+(?:\s+[\p{L}\d&'-]+)?\s+(?:team|crew|desk|office|department))\b(?!\s+(?:line|number|phone|voicemail|mailbox|inbox)\b)`,
    'giu',
  ),
];

/** Small words that follow "this is" or "I'm" without being a name ("this is a quick one"). */
const STOP_LOWER = new Set(
  (
    'a an the just calling reaching following returning sorry glad happy so really looking ' +
    'hoping wondering trying going still not sure excited writing following your my our ' +
    'about on in at with from here back also only me you great good quick'
  ).split(' '),
);

// Where a number starts, as written just before its first digit: "+65 …", "(918) …", "Jake. 07700 …".
// ("Call me — Eleni — on 01432 …": a name set off by dashes before the number)
const NUMBER_LEAD = String.raw`\s*[,:.—–]?\s*(?:at\s+|on\s+)?[+(]?$`;
// A name after "call" is who to ask for: "Call Jade on 0117…", "call Theo at 646-…".
const ASK_FOR = String.raw`\b(?:[Cc]all|[Rr]ing|[Tt]ext|[Aa]sk for)\s+`;

// "Liam O'Connor, 312-555-0190", "Ruth Adeyemi, Swiftclear, 555-0192", "Oliver Bennett, on 020…"
const BEFORE_NUMBER = new RegExp(
  String.raw`(?<=${CLAUSE_START}|${ASK_FOR})(?!${ASK_FOR})(${PERSON})(?:,\s*${COMPANY})?${NUMBER_LEAD}`,
  'u',
);

const LOWER_BEFORE_NUMBER = /(\p{Ll}+)\s+(?:at|@|from|with)\s+\p{Ll}+[\s,:.]*(?:on\s+)?\+?$/u;
const AFTER_NUMBER = new RegExp(
  String.raw`^\s*[,—–-]\s*(${CAP}(?:\s+${CAP})?)(?=\s*(?:[.,;!—–]|\s-\s|$))`,
  'u',
);

const NAME_BEFORE_NUMBER = new RegExp(String.raw`(?<=[,;—–]\s*)(${PERSON})${NUMBER_LEAD}`, 'u');

/** A one-word introduction, "Vendio here": a person or a company, depending on the voice. */
// …but a person when their company follows: "Tony here, Rapid Rooter."
const COMPANY_NEXT = new RegExp(String.raw`^\s*,\s*${COMPANY}\s*[.;,—–]`, 'u');
// (written as a brand in one word with capitals inside it, too: "PolSteel calling")
const LONE_HERE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*\s+(?:here|calling|speaking)$/u;

/**
 * Whether the script later speaks of the introduced name in the third person, as of a company or
 * product: "Zephyr reads your notes", "Kestrel's scheduling", "the team at Oakline". A caller never
 * says that of themselves. Reported speech ("Sam said") and asking for them ("call Sam") do not count.
 */
function thirdPersonLater(name: string, text: string, from: number): boolean {
  const n = escape(name);
  const later = text.slice(from);
  // (or the first word of the firm's own name: "Mason here — the Mason Group, property management")
  const firm = new RegExp(String.raw`\b${n}(?:\s+\p{Lu}[\p{L}&]*){0,2}\s+(\p{Lu}\p{Ll}+)\b`, 'gu');
  for (const m of later.matchAll(firm)) if (COMPANY_WORDS.has(lower(m[1] ?? ''))) return true;
  return new RegExp(
    String.raw`\b(?:at|from|with|about|of|using|use)\s+${n}\b|\b${n}(?:'s\s+(?!(?:here|calling)\b)\p{Ll}+|\s+(?:\p{Ll}+ly\s+)?(?:is|has|can|will|(?!(?:says|thinks|reckons|mentions|asks|wants|needs)\b)\p{Ll}{2,}[^s\s']s)\b)`,
    'u',
  ).test(later);
}

/**
 * Whether the name is the start of a firm already introduced: "it's Ellis Student Lets … Call Ellis
 * on …" asks for the firm by its short name, not for a person.
 */
function firmAlready(name: string, found: SelfIntro[]): boolean {
  return found.some(
    (f) => !f.person && new RegExp(String.raw`\b${escape(name)}\s+\p{Lu}`, 'u').test(f.words),
  );
}

/**
 * Whether the script speaks only as "we" ("Our point of sale …", "call us") and never as "I": then a
 * lone "Vendio here" is a company announcing itself, not a person.
 */
function speaksAsCompany(text: string): boolean {
  // ("give us a bell" is one person's "give me a call" in British and Australian English)
  const said = text.replace(/\bgive us a (?:call|bell|ring|shout|buzz)\b/gi, '');
  return (
    /\b(?:we|we're|we've|our|us)\b/i.test(said) && !/\b(?:i|i'm|i'll|i've|i'd|me|my)\b/i.test(said)
  );
}

// ("yo Benny": a texted hello; and the hellos of the voices reps use: Jamaican "wah gwaan",
// Swahili "habari", Afrikaans "goeie môre", South African "howzit")
const GREETING = String.raw`(?:oh hi|oh hello|hey there|hi there|hello there|hiya|hi|hello|hey|howdy|good ?(?:morning|afternoon|evening|day)|morning|afternoon|evening|g'day|greetings|dear|kia ora|namaste|namaskar|salaam|bonjour|hola|ciao|yo|yow|wah gwaan|habari|jambo|goeie (?:môre|more|middag|naand)|howzit|sawubona)\b`;
// Interjections and fillers: sounds, never a name ("Oh, hi", "Okay, Lena", "Um, hello"); not the
// start of a phrase ("Well done on …", "Right now …", "Look forward to …").
const INTERJECTION = String.raw`(?:oh|ah|aha|um+|uh+|erm|er|hmm+|well|so|okay|ok|right|yeah|look|listen)\b(?!\s+(?:done|now|away|forward|at|into)\b)`;
// A run of sentence punctuation is one sentence end: "Rick!!", "Jo?!", "Sam...".
const SENTENCE_END = String.raw`(?:[.!?]+|…)[.!?…]*`;
// The prospect's name as the message addresses them: "Ms. N'Diaye", "Mei-Ling", "JAMES", "[Prospect]".
// (spelled out too, as an unpunctuated or dictated script writes it: "Mister Robinson")
const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Mister|Missus|Doctor)\.?\s+`;
// (with an honorific after it, as Indian, Pakistani and Nigerian English say it: "Meera ma'am",
// "Raj sir", "Imran bhai", "Sana baji"; or Japanese English: "Tanaka san")
const HONORIFIC_AFTER = String.raw`(?:\s+(?:sir|ma'am|maam|madam|ji|sahab|saheb|sahib|saab|bhai|bhaiya|baji|didi|san))?`;
// ("Mr van der Merwe": a title may come before the small words of a surname)
const THEIR_NAME = String.raw`(?:${TITLE}(?:${PARTICLE}\s+)*)?(?:${SLOT}|${CAP}(?:\s+${CAP})?${HONORIFIC_AFTER}|\p{Lu}{2,}|sir|madam|ma'am)`;
// Words about the message or the call itself, before anything is said: "This is a message for Mr
// Hale", "this message is for the office manager", "I wasn't expecting the voicemail", "I think I
// tried you earlier", "hope your week is going well".
// ("this is a message for you from Keystone Search": the "from" is the company introducing itself)
// ("this is for Victor in dispatch", "this is for the office manager"; not "this is for the boiler
// quote you asked about", which is about them)
// (asking whoever hears it to pass it on names who it is for, as "this message is for" does: "could
// you pass a message to the head teacher?")
const ABOUT_THE_CALL = String.raw`(?:this is (?:a|the|my) message for|this is for(?= (?!(?:the|your|a|an|our|my|you|this|that|it)\b)| the (?:[\w-]+ ){0,2}(?:manager|owner|director|head|person|team|department|buyer|lead|desk|office)\b)|this message is for|(?:(?:a|my) )?(?:quick )?message for|(?:could|can|would) you (?:please )?pass (?:on )?(?:a|this|my) message (?:on )?to)\s+(?:(?!\bfrom\b)[^.,!?;—–]){1,40}(?<!\s)|(?:i )?(?:wasn't|was not|didn't|did not) expect(?:ing)? (?:to get )?(?:the|your|a|an) (?:voicemail|machine|answering machine|answerphone|beep)|(?:i )?(?:think )?i (?:tried|called|rang|phoned) (?:you )?(?:earlier|before|yesterday|this morning|last week)|(?:just )?(?:trying|calling) you (?:again|back)|sorry (?:i|we) missed you(?: (?:earlier|before|again|yesterday|today|this morning|this afternoon|last week))?|(?:i )?hope (?:you(?:'re| are| had|'ve had| have had)|your|the|all(?:'s| is)?|things(?: are)?|this (?:(?:message|voicemail|note|call) )?(?:finds|catches) you)\b[^.,!?;—–]{0,30}?\b(?:well|good|great|fine|grand|nicely|okay|ok|lovely)(?: (?:day|week|weekend|break|holiday|christmas|time|trip|one))?`;
// Seasonal greetings, catching up and promising to be short: "compliments of the season", "long
// time no speak", "it's been a while", "I'll be quick", "you don't know me, but".
const SEASONAL = String.raw`(?:compliments of the season|season's greetings|happy new year|merry christmas|happy holidays|happy (?:diwali|eid|easter)|long time no (?:speak|see|talk|chat)|(?:it's|it has|it's) been (?:a while|ages|too long)|(?:i'll|i will) be (?:quick|brief)|(?:i'll|i will) keep (?:it|this) (?:short|brief|quick)|you don't know me(?:,? but)?|we(?:'ve| have) not met|we haven't (?:met|spoken)(?: yet)?|we've never (?:met|spoken))`;
// Words to whoever answers a shared line, before the message proper: which line this is ("I know
// this is the general workshop line"), who it should reach ("hoping this gets to whoever orders
// pallets", "could whoever gets this pass it on to Gareth", "I wonder whether you might be kind
// enough to pass a message to the Club Secretary, Colonel Fairbairn"), checking who answered and
// finding the machine ("is that the Brazen Head? Ah, 'tis the machine"). A greeting, like "this
// message is for": what follows decides the opener.
const TO_WHOEVER_ANSWERS = String.raw`(?:(?:i (?:know|think|believe|guess) )?this is (?:the|a|your) (?:[\w'-]+ ){0,3}(?:line|number|phone|voicemail|mailbox|inbox)|hoping this (?:gets|reaches|finds its way) (?:to )?(?:[^.,!?;—–:]){1,60}|(?:(?:could|can|would) )?whoever (?:gets|picks up|hears|listens to) this,? (?:could you |please )?pass (?:it|this|the message) on to [^.,!?;—–:]{1,40}|i wonder (?:whether|if) you (?:might|could|would)(?: be (?:so )?kind enough to)? pass (?:a|this|my|the) message (?:on )?to [^.!?;—–:]{1,60}|is (?:that|this) (?:the )?[^.,!?;—–]{1,30}\?(?=\s*(?:(?:ah|oh),?\s+)?(?:'tis|it's|it is|that's) (?:the|a|an|your) (?:machine|voicemail|answering machine|answerphone))|(?:(?:ah|oh),?\s+)?(?:'tis|it's|it is) (?:the|a|an|your) (?:machine|voicemail|answering machine|answerphone)(?:\.\s+grand(?: so)?)?)`;
// A congratulation on a merge field left unfilled ("congrats on the new {{trigger}}") names no news:
// a pleasantry, not context.
const CONGRATS_ON_SLOT = String.raw`(?:congrats|congratulations) on [^.!?;—–]{0,40}?${SLOT}`;
const PLEASANTRY = String.raw`(?:${ABOUT_THE_CALL}|sorry to (?:bother|trouble) you|i know you're busy|hope (?:you're|you are|all is) (?:well|doing well|good|having a (?:good|great) (?:day|week))|how(?:'s| are| is) (?:you|ya|ye|u|things|it going|life)(?: doing| keeping| going)?|(?:just )?a quick one|quick one|sorry(?=\s*(?:[,—–]|\s-))|${SEASONAL})\b`;
// A bare full name as its own sentence: "Steve Carr."
const BARE_FULL_NAME = String.raw`${CAP}\s+${CAP}(?:\s+${CAP})?\s*[.!]`;

// (a name then a greeting is the address; the caller's intro never has a greeting after it)
// (or the audience a broadcast calls to listen: "Estate managers, listen up:")
const ADDRESSEE = String.raw`(?:(?:${CAP}|&)(?:\s+(?:${CAP}|&)){0,4}\s*(?:[,:—–]|\s-)\s*(?=${GREETING})|${CAP}(?:\s+\p{Ll}+){0,3},?\s+(?:listen up|listen in|heads up)(?=\s*[:!,—–])|(?:[Aa]ttention|[Tt]o)\s+(?:the\s+)?[^.,:;!?—–]{1,40}:)`;

/** One way the opening is skipped. */
interface OpeningSkip {
  pattern: RegExp;
  /** What it skips is the prospect's name. */
  name?: boolean;
  /** Only after a greeting or with a title: "Hi, Mr. Osei?" calls them, "Overtime?" asks. */
  calling?: boolean;
}

const OPENING_SKIPS: OpeningSkip[] = [
  { pattern: new RegExp(String.raw`^${GREETING}[\s,!?.:;…—–-]*`, 'iu') },
  // Who the message is addressed to, before the greeting: their firm ("Riverside Country Club, hi,
  // …", "Kettle Creek Dairy — hi Marieke") or a broadcast's audience ("Attention fleet owners:").
  { pattern: new RegExp(String.raw`^${ADDRESSEE}[\s,!.:;…—–-]*`, 'u') },
  { pattern: new RegExp(String.raw`^${INTERJECTION}[\s,!?.:;…—–-]*`, 'iu') },
  // Their name and a comma, a dash, or a run of punctuation ("Rick!!", "Sam..."); a lone "." is
  // left to the bare-name rules ("Aisha Begum. Calling about …"), a "?" to the next rule.
  {
    pattern: new RegExp(String.raw`^${THEIR_NAME}\s*(?:[,:;—–]|\s-|!|\.{2,}|…)[.!?…]*\s*`, 'u'),
    name: true,
  },
  // "Hi, um, Ms. Patterson?": calling them by name is a greeting, not a question about them.
  {
    pattern: new RegExp(String.raw`^${THEIR_NAME}\?[.!?…]*\s*`, 'u'),
    name: true,
    calling: true,
  },
  // "Hello Mr. Abubakar. My name is …", "Hi Jo. Sam here.": their name as a sentence, after a
  // greeting or with a title (not a lone name before a number: "Hi. Jake. 07700 …").
  {
    pattern: new RegExp(
      String.raw`^(?:${TITLE}(?:${PARTICLE}\s+)?${CAP}(?:\s+(?:${PARTICLE}\s+)*${CAP})?|${CAP})${SENTENCE_END}\s+(?![+(]?\d)`,
      'u',
    ),
    name: true,
    calling: true,
  },
  // "Mike. Steve Carr.": a sentence of their name, then the caller's bare full name.
  {
    pattern: new RegExp(String.raw`^${THEIR_NAME}${SENTENCE_END}\s+(?=${BARE_FULL_NAME})`, 'u'),
    name: true,
  },
  { pattern: new RegExp(String.raw`^${PLEASANTRY}[\s,!?.:;…—–-]*`, 'iu') },
  // (these may end in "?" or "}", where no word boundary follows)
  {
    pattern: new RegExp(
      String.raw`^(?:${TO_WHOEVER_ANSWERS}|${CONGRATS_ON_SLOT})[\s,!?.:;…—–-]*`,
      'iu',
    ),
  },
  // an honorific said as part of the greeting: "hello ma'am good morning po, …"
  // (or "Doctor sahab": a title with an honorific instead of a name)
  // ("Dear Sir or Madam": a letter's greeting to whoever it reaches)
  {
    pattern:
      /^(?:sir or madam|sir\/madam|sir|ma'am|maam|madam|po|ji|doctor|sahab|saheb|sahib)\b[\s,!.]*/iu,
  },
  // "maam Liza goodmorning, …": their name, then a greeting typed as one word
  {
    pattern: new RegExp(String.raw`^${THEIR_NAME}\s+(?=${GREETING})`, 'u'),
    name: true,
  },
  // "hey tom its sarah", "Hi Jenifer this is Mkie": a name with no comma right before the intro.
  {
    pattern: new RegExp(
      String.raw`^(?:(?:mr|mrs|ms|dr|mister|missus|doctor|sir|madam|ma'am|maam)\.?\s+\p{Ll}+|\p{Ll}+|${THEIR_NAME})\s+(?=${INTRO_PHRASE}\s)`,
      'u',
    ),
  },
  // "hey mike, dan here from tradeflow": a lower-case name and a comma before the caller's intro.
  { pattern: /^\p{Ll}+,\s*(?=\p{Ll}+\s+(?:here|from|with|@)\s)/u },
];
// "I'm calling from Northwind", "I'm calling to tell you about Cleanstream", "we're with Acme"
// ("Hello sir, good morning, calling from Speedwing Logistics": the same with no "I'm")
const COMPANY_INTRO =
  /^(?:i'm|i am|we're|we are)\s+(?:(?:just\s+)?(?:calling|reaching out|ringing|phoning)\s+(?:from|on behalf of|to (?:tell|let) you(?: know)? about|to introduce)|with|from)\b|^(?:just\s+)?(?:calling|ringing|phoning) (?:from|on behalf of)\b|^this is (?:a|an|the) (?:[\w-]+ )?(?:call|message) from\b/i;
// "Hello from Harbour Foods!": a greeting from a company is the company introducing itself.
// So is "we're Brightmop" at the opening, and "At CloudDesk we've built …": the firm speaking as
// "we" under its own name (not where we met: "At Harrogate we met at the stand"; nor when: "At
// Christmas we close early").
const FROM_COMPANY =
  /^(?:[Ff]rom|[Ww]e(?:'re| are| at))\s+(?!(?:What|The|Your|My|Our)\b)(?!\S+'s\b)\p{Lu}|^[Aa]t\s+(?!(?:The|Your|My|Our|This|That|Last|Next|Christmas|Easter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?!\S+'s\b)\p{Lu}[\p{L}\d&'-]*(?:\s+\p{Lu}[\p{L}\d&'-]*){0,3},?\s+we(?:'ve|'re|'ll| have| are| will)?\s+(?!(?:met|spoke|talked|chatted|saw|noticed)\b)/u;

/** The prospect's name as a skip found it, without the punctuation after it. */
const nameOnly = (skip: string) => skip.replace(/[\s,!?.:;…—–-]+$/u, '');
const STARTS_WITH_TITLE = new RegExp(`^${TITLE}`, 'u');

/** The first skip that applies at the start of `rest`, and the words it skips. */
function nextSkip(rest: string, greeted: boolean): { skip: OpeningSkip; words: string } | null {
  for (const skip of OPENING_SKIPS) {
    const words = skip.pattern.exec(rest)?.[0];
    if (words && (!skip.calling || greeted || STARTS_WITH_TITLE.test(words)))
      return { skip, words };
  }
  return null;
}

/** Where the message proper starts (after a greeting, the prospect's name and pleasantries), and that name. */
export function opening(text: string): { start: number; theirName: string | null } {
  let start = text.length - text.trimStart().length;
  let theirName: string | null = null;
  let greeted = false;
  for (let step = 0; step < 8; step++) {
    const found = nextSkip(text.slice(start), greeted);
    if (!found) break;
    if (found.skip.name) theirName ??= nameOnly(found.words);
    else greeted = true;
    start += found.words.length;
  }
  return { start, theirName };
}

// A name the message is signed with, at its very end: "Cheers, Becca", "Speak soon, Chloe x",
// "— Andrea, LevelUp Learning", "Many thanks, Sophie.".
const SIGNED_OFF = new RegExp(
  String.raw`(?:[.!?]\s+|\s[—–-]\s*)(?:(?:(?:[Tt]alk|[Ss]peak|[Cc]hat) soon|[Cc]heers|(?:[Mm]any )?[Tt]hanks|[Tt]hank you|(?:[Kk]ind )?[Rr]egards|[Bb]est(?: wishes)?|[Aa]ll the best|[Ll]ove|[Tt]a),?\s+)?(${CAP}),?(?:\s*${COMPANY})?(?:\s+x+)?[.!]?\s*$`,
  'u',
);
// Their name alone as the first sentence: "Raj."
const LONE_NAME = new RegExp(String.raw`^${CAP}\.\s+`, 'u');

/** How the message opens with the caller, if it does: the self-introduction's words, else null. */
export function openingIntro(original: string, intros: SelfIntro[]): string | null {
  const text = caseless(original);
  const { start } = opening(text);
  // A self-introduction before or right at where the message proper starts, or right after their
  // name said alone as a sentence ("Raj. Carl, Geotrak. …").
  const lone = LONE_NAME.exec(text.slice(start))?.[0].length ?? 0;
  const intro = intros.find((i) => i.start <= start + lone);
  if (intro) return intro.words;
  return null;
}

// "Dmitri, Anna Volkova. Sergei said…": a full name standing alone as a clause, after the first one.
const NAME_CLAUSE = new RegExp(
  String.raw`(?<=[,;—–]\s*)(${CAP}\s+${CAP}(?:\s+${CAP})?)(?=\s*[.;—–])`,
  'gu',
);

/** "it's Northbeam." : "this is" or "it's" and a name that ends the sentence, no company beside it. */
function introducesOnlyName(text: string, name: string, start: number, end: number): boolean {
  const words = text.slice(start, end);
  return (
    /^(?:this is|it's|its|it is)\s/i.test(words) &&
    words.endsWith(name) &&
    /^\s*[.!?;]/.test(text.slice(end))
  );
}

// (also a name set beside its trade: "its harper the insurance brokers about your …")
const LOWER_FIRM = new RegExp(
  String.raw`\b${INTRO_PHRASE}\s+((?:\p{Ll}+\s+the\s+)?(?:(?!(?:the|a|an|your|our|my|just|about|not)\b)\p{Ll}[\p{Ll}\d&'-]*\s+){0,2}(?:${[...COMPANY_WORDS].join('|')}))(?=\s*(?:[,.;:!?—–]|$)|\s+(?:here|calling|ringing|phoning|please|we|call|ring|give|from|just|about|regarding)\b)`,
  'gu',
);
/** A script written wholly in lower case, where capitals say nothing about names. */
const allLowerCase = (text: string) => !/\p{Lu}/u.test(text.replace(/\bI(?=\b|')/g, ''));

// "sarah okoye from fundwell", "dan here from tradeflow", "ben from paycircle": the caller as the
// first words of an all-lower-case script, after a greeting and the prospect's name.
const LOWER_INTRO = new RegExp(
  String.raw`^(\p{Ll}+(?:\s+(?!(?:here|from|with)\b)\p{Ll}+)?)\s+(?:here\s+)?(?:from|with|here|@)\s+\p{Ll}+`,
  'u',
);

const FIRM_SENTENCE = new RegExp(String.raw`^(${COMPANY})(?=\s*[.!]\s)`, 'u');
// "Aisha Begum. Calling about …", "Nate Goldberg. 646 555 0190.": a full name as the first sentence.
const BARE_NAME_FIRST = new RegExp(String.raw`^(${CAP}\s+${CAP}(?:\s+${CAP})?)(?=\s*\.)`, 'u');
// "Hey Lou, Frank. Call me …", "Hi Tom. Carla. Sunwise Solar.": after a greeting and their name, a
// first name as a sentence of its own is the caller's (set 5's and 7's labellers: a first name alone is a self-introduction).
const NAME_AFTER_THEIRS = new RegExp(
  String.raw`^\s*(?:[Hh]i|[Hh]ey|[Hh]ello|[Hh]iya|[Gg]ood (?:morning|afternoon|evening))[\s,!]*${THEIR_NAME}\s*(?:[,—–]|(?<!\b(?:Mr|Mrs|Ms|Dr|St))\.)\s*(?!${TITLE})(${CAP})(?=\s*[.!]\s)`,
  'u',
);
// "Niamh Byrne, Harbour Lettings.": a name, then a company, as a clause at the opening (or right
// before the number: "Hi Maria, Omar Haddad, Warmleaf Renewables, 0161 …").
const NAME_THEN_COMPANY = new RegExp(
  String.raw`(?<=${CLAUSE_START})(${CAP}(?:\s+${CAP})?),\s*(${COMPANY})(?=\s*(?:[.!;—–]|,\s*[+(]?\d))`,
  'u',
);

// "Ken Osei, ChargeGrid, the most …", "Natalie Cooper, Yorkshire Business Bank.": a full name and a
// company starting a sentence, wherever it sits.
const FULL_NAME_THEN_COMPANY = new RegExp(
  String.raw`(?<=^|[.!?…]\s+|[—–]\s*)(${CAP}\s+${CAP}(?:\s+${CAP})?),\s*(${COMPANY})(?=\s*[.,!;—–])`,
  'gu',
);
// "Ana Ferreira, 303 555 0175.": a full name as the very first words, right before a number, is the
// caller's: nobody reads the prospect their own number.
const FULL_NAME_AT_NUMBER = new RegExp(
  String.raw`^(${CAP}\s+${CAP}(?:\s+${CAP})?)\s*[,:—–-]?\s*(?=[+(]?\d)`,
  'u',
);

/** A script in capitals only ("HI THIS IS TRI-STATE PRODUCE"): its case says nothing about names. */
const allUpperCase = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/** The text to read names from: an all-capitals script is read in lower case (same length). */
export function caseless(text: string): string {
  const lowered = text.toLowerCase();
  return allUpperCase(text) && lowered.length === text.length ? lowered : text;
}

/** Every self-introduction in the text, in order of appearance (apostrophes already straight). */
export function findSelfIntros(original: string, numbers: PhoneMention[]): SelfIntro[] {
  const text = caseless(original);
  const found = introsIn(text, numbers);
  if (text === original) return found;
  // (offsets match, so the words are quoted as the script writes them)
  return found.map((f) => ({
    ...f,
    words: original.slice(f.start, f.end),
    person: f.person && original.substr(f.start + f.words.indexOf(f.person), f.person.length),
  }));
}

function introsIn(text: string, numbers: PhoneMention[]): SelfIntro[] {
  const found: SelfIntro[] = [];
  const companyVoice = speaksAsCompany(text);
  const add = (name: string, start: number, end: number) => {
    // ("I am phoning from …": a word in -ing is a verb, never a name)
    // (in lower case, a trade word still names a firm, "teamhr crew", and so does a name that
    // goes on speaking as "we": "this is bluline frieght we got trucks open")
    let kind = /^\p{Ll}/u.test(name)
      ? STOP_LOWER.has(name) ||
        NOT_NAMES.has(name) ||
        /ing$/u.test(name) ||
        /^\p{Ll}+ing\s/u.test(name) ||
        STOP_LOWER.has(name.split(/\s+/)[0] ?? '')
        ? 'neither'
        : COMPANY_WORDS.has(name.split(/\s+/).at(-1) ?? '') || /^\s+we\b/i.test(text.slice(end))
          ? 'company'
          : 'person'
      : classify(name);
    // "Vendio here." in a script that only ever says "we": the company announcing itself; so is a
    // name the script goes on to speak of in the third person ("Zephyr here. Zephyr reads …").
    const words = text.slice(start, end);
    if (
      kind === 'person' &&
      ((companyVoice &&
        ((LONE_HERE.test(words) && !COMPANY_NEXT.test(text.slice(end))) ||
          introducesOnlyName(text, name, start, end))) ||
        thirdPersonLater(name, text, end) ||
        firmAlready(name, found))
    )
      kind = 'company';
    // "its annual service": "its" is a possessive, not "it's", unless the script drops every
    // apostrophe and capital ("its jordan with max marketing").
    if (/^[Ii]ts\s/.test(words) && /^\p{Ll}/u.test(name) && !allLowerCase(text)) kind = 'neither';
    // (a name in -ing with a firm of its own after it is a person's: "this is Mary Anne Fleming from Axle")
    if (
      kind === 'company' &&
      TRADE_IN_ING.test(name) &&
      /\s(?:from|frm|with|at|of|@)\s/.test(words)
    )
      kind = 'person';
    // "it is India's most trusted …": a possessive is never the caller's name.
    if (/'s$/.test(name)) kind = 'neither';
    if (kind === 'neither' || found.some((f) => start < f.end && end > f.start)) return;
    found.push({
      person: kind === 'person' ? name : null,
      words: text.slice(start, end),
      start,
      end,
    });
  };
  for (const form of FORMS) {
    for (const m of text.matchAll(form)) add(m[1] ?? '', m.index, m.index + m[0].length);
  }
  // "hi its zoomdrop couriers please call us": in a script without capitals, a firm whose name ends
  // in a trade word, as a clause of its own (not "it's energy bill season")
  if (allLowerCase(text))
    for (const m of text.matchAll(LOWER_FIRM)) add(m[1] ?? '', m.index, m.index + m[0].length);
  const { start: opened } = opening(text);
  const first = text.slice(opened);
  const lowerIntro = allLowerCase(text) ? LOWER_INTRO.exec(first) : null;
  const lowerName = lowerIntro?.[1] ?? '';
  if (lowerIntro && !lowerName.split(/\s+/).some((w) => STOP_LOWER.has(w) || NOT_NAMES.has(w)))
    add(lowerName, opened, opened + lowerIntro[0].length);
  // (the opening skip may have taken the caller's name for theirs: "Hello Fiona, Niamh Byrne, …")
  const signed = NAME_THEN_COMPANY.exec(text);
  // (after their name said alone: "Paul. Jenny, Fastfix Plumbing.")
  const lone = LONE_NAME.exec(text.slice(opened))?.[0].length ?? 0;
  if (signed?.[1] && signed.index <= opened + lone && classify(signed[2] ?? '') === 'company')
    add(signed[1], signed.index, signed.index + signed[0].length);
  const lone1 = NAME_AFTER_THEIRS.exec(text);
  if (lone1?.[1] && classify(lone1[1]) === 'person') {
    const at = lone1[0].length - lone1[1].length - (lone1[0].length - lone1[0].trimEnd().length);
    add(lone1[1], at, at + lone1[1].length);
  }
  // "Hey Ray, Gulf Coast Wash Supply. Uh, callin' about …": after the greeting and their name, a
  // firm's name as a sentence of its own is the caller's firm saying who calls (their own firm
  // comes before the greeting: "Northside Deli — hi Marieke").
  const firm = FIRM_SENTENCE.exec(first);
  if (firm?.[1] && classify(firm[1]) === 'company') add(firm[1], opened, opened + firm[1].length);
  const bare = BARE_NAME_FIRST.exec(first);
  if (bare?.[1]) add(bare[1], opened, opened + bare[1].length);
  for (const m of text.matchAll(FULL_NAME_THEN_COMPANY))
    if (classify(m[2] ?? '') === 'company' && classify(m[1] ?? '') === 'person')
      add(m[1] ?? '', m.index, m.index + m[0].length);
  const nameAtNumber = FULL_NAME_AT_NUMBER.exec(text);
  if (nameAtNumber?.[1] && numbers[0] && numbers[0].start - nameAtNumber[0].length <= 1)
    add(nameAtNumber[1], 0, nameAtNumber[1].length);
  for (const n of numbers) {
    const before = text.slice(Math.max(0, n.start - 80), n.start);
    const offset = n.start - before.length;
    let m = BEFORE_NUMBER.exec(before);
    // "Siobhan, Liam O'Connor, 312-…": the first name is the prospect's, the caller's comes next.
    if (m && offset + m.index < opened) m = NAME_BEFORE_NUMBER.exec(before);
    if (!m?.[1] || classify(m[1]) !== 'person') continue;
    add(m[1], offset + m.index, offset + m.index + m[1].length);
  }
  // "jess at bookly 0412 …": in an all-lower-case script, a name and a company right before a number.
  if (allLowerCase(text))
    for (const n of numbers) {
      const m = LOWER_BEFORE_NUMBER.exec(text.slice(Math.max(0, n.start - 60), n.start));
      const name = m?.[1] ?? '';
      if (m && !STOP_LOWER.has(name) && !NOT_NAMES.has(name))
        add(name, n.start - m[0].length, n.start - m[0].length + name.length);
    }
  // "Call me on 98200 55912 — Amit —", "Ring 0161 496 0913, Priya, …": the caller's name right after it.
  for (const n of numbers) {
    const m = AFTER_NUMBER.exec(text.slice(n.end));
    if (m?.[1] && classify(m[1]) === 'person')
      add(m[1], n.end + m.index + (m[0].length - m[0].trimStart().length), n.end + m[0].length);
  }
  // "I'm calling from Northwind", "I'm calling to let you know about Cleanstream": a company's intro.
  const rest = text.slice(opened);
  const company = COMPANY_INTRO.exec(rest) ?? FROM_COMPANY.exec(rest);
  if (company) {
    const words = rest.split(/[.,;!?—–](?!\d)/)[0] ?? company[0];
    if (!found.some((f) => f.start < opened + words.length && f.end > opened))
      found.push({ person: null, words, start: opened, end: opened + words.length });
  }
  // "Cheers, Becca": the name the message is signed with is the caller's.
  // (not their own name said on the way out: "Thanks, Dana.")
  const sign = SIGNED_OFF.exec(text);
  if (sign?.[1] && classify(sign[1]) === 'person' && sign[1] !== opening(text).theirName)
    add(sign[1], sign.index + sign[0].indexOf(sign[1]), sign.index + sign[0].length);
  for (const m of text.matchAll(NAME_CLAUSE)) {
    // "Tony here, Rapid Rooter.": the clause after an intro names the intro's company.
    if (found.some((f) => /^[\s,;—–]*$/.test(text.slice(f.end, m.index)))) continue;
    if (classify(m[1] ?? '') === 'person') add(m[1] ?? '', m.index, m.index + m[0].length);
  }
  return found.sort((a, b) => a.start - b.start);
}
