/**
 * What describes us rather than them: figures about the firm, boasts, explanations of the
 * product and lists of what we sell (shared by the opener, context, hook and no pitch).
 */
import { firstHit } from './text';
import { FIGURES, NUMBER_WORD } from './words';

/**
 * Whether a sentence only describes what we sell (how it works, its features, a general claim with
 * no figure): its "every five minutes" or "reduce waste" is a spec, not a result for them. A boast
 * is pitch too, but a real result beside it still counts as a hook.
 */
export function describesUs(sentence: string): boolean {
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
// stars", "a 25-year warranty", "we've run 2 million payslips", "we've placed over 1,200 nurses").
const OUR_FIGURE: RegExp[] = [
  new RegExp(
    String.raw`\b(?:over|more than|nearly|almost|some)\s+${NUMBER_WORD}(?:\s+(?:hundred|thousand|million))?\+?\s+(?:happy |satisfied |active )?(?:customers|clients|users|businesses|companies|members|homes|installs|installations)\b|\b\d[\d,]*\+\s*(?:customers|clients|users|businesses|companies|installs)\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:we|i)(?:'ve| have)\s+(?:done|run|processed|served|sold|shipped|delivered|installed|fitted|paid|built|handled|completed|made|placed|recruited|hired|trained|supplied|insured|housed|cleaned)\s+(?:over |more than |nearly |well over |almost )?${NUMBER_WORD}(?:\s+(?:hundred|thousand|million|billion))?\b`,
    'i',
  ),
  // how many trust or use us, whoever they are: "Over 10,000 landlords across Ontario trust Keystone"
  // (not their own people: "your 40 drivers use paper logs")
  new RegExp(
    String.raw`(?<!\b(?:your|their)\s+(?:[\w-]+\s+)?)\b(?:(?:over|more than|nearly|almost|some)\s+)?${NUMBER_WORD}(?:\s+(?:hundred|thousand|million))?\+?\s+(?:[\w-]+\s+)?[\w-]+s\b(?:\s+[\w-]+){0,3}\s+(?:already\s+)?(?:trust|use|choose|rely on|run on|love|work with|(?:have )?switched to)\b`,
    'i',
  ),
  /\b(?:been (?:around|in business|trading|going|doing this)|in business (?:for|since)|established in|founded in|since (?:19|20)\d\d)\b/i,
  // "since ten years" is "for ten years" in many learners' English: "we are supplying boxes to
  // Amul Dairy since 10 years"
  new RegExp(String.raw`\bsince ${NUMBER_WORD}\+? years\b`, 'i'),
  // years in the trade: "thirty years in the events business", "25 years in commercial cleaning",
  // "fifteen years in office removals" (as its own clause),
  // "we've supplied timber to builders for forty years" (how long we have traded, not a result we
  // kept up for a customer: "we've kept Mitsuwa's containers on schedule for two years"; nor how much
  // we did in that time: "we've installed over 4,000 signs across Ghana and the UK in 25 years")
  new RegExp(
    String.raw`(?<!\b(?:your?|you're|they|their)\b(?<!\bdid you\b)[^.!?—–]{0,80})\b${NUMBER_WORD}\+?\s+years?\s+(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:business|trade|industry|game|sector|experience|\w+ing)\b|(?:^\s*|(?<=[,;:!?—–]\s*|\bthan\s+|\bover\s+))${NUMBER_WORD}\+?\s+years?\s+in\s+(?:[\w-]+\s+)?[\w-]+s\b|(?<!\b(?:your?|they|their)\b(?<!\bdid you\b)[^.!?]{0,40})\b(?:has been (?:\w+ing|around|trading)\b|(?:serving|supplying|trading|operating)\b(?=[^.!?]{0,40}\bfor (?:over |more than |nearly |almost )?${NUMBER_WORD}\+? years\b)|we(?:'ve| have) (?:been \w+ing|been|supplied|served|sold|worked|run|operated|traded|made|built|installed|done|provided|fitted|cleaned|delivered)\b)[^.!?]{0,60}\b(?:for|in) (?:over |more than |nearly |almost )?${NUMBER_WORD}\+? years\b`,
    'i',
  ),
  // how many we serve: "we look after payroll for about forty dental practices" (not "for two of
  // your sites", nor a customer story: "for a shoe shop")
  new RegExp(
    String.raw`\bwe(?:'re| are)?\s+(?:[\w-]+\s+){1,5}?for\s+(?:about|around|over|more than|nearly|almost|some|roughly)\s+${NUMBER_WORD}(?:\s+(?:hundred|thousand))?\+?\s+(?!of\b)(?:[\w-]+\s+)?[\w-]+s\b`,
    'i',
  ),
  // (or in the present tense with a plain count: "We launder for sixty hotels across Aberdeenshire";
  // a story in the past tense, "we did the rota for three care homes", is a result, not a count)
  new RegExp(
    String.raw`\b(?:we|our (?:team|crew|firm|company))\s+(?!(?:\w+ed|did|got|made|took|built|ran|put|gave|found|cut|won|sold|can|could|will|would|should|might|may|'ll|'d)\b)[\w-]+\s+(?:[\w-]+\s+){0,3}?for\s+(?!(?:a|an|one|half|the)\b)${NUMBER_WORD}(?:\s+(?:hundred|thousand))?\+?\s+(?!of\b)(?:[\w-]+\s+)?[\w-]+s\s+(?:across|throughout|all over|nationwide|up and down)\b`,
    'i',
  ),
  WARRANTY,
  /\b(?:rated|ranked) (?:[\d.]+|number|#|(?:four|five)[- ]stars?\b)|\b[\d.]+[- ]stars?\b|\b(?:five|5)[- ]star reviews\b|\b\w+ years running\b/i,
];
/** The first boast about the firm with a figure (customers, years, ratings; not a warranty). */
export const firmFigure = (text: string) =>
  firstHit(
    text,
    OUR_FIGURE.filter((p) => p !== WARRANTY),
  );
/** OUR_FIGURE made global once, for matchAll. */
const OUR_FIGURE_ALL = OUR_FIGURE.map((p) => new RegExp(p.source, `${p.flags}g`));
/** Every figure about us in a text, as spans, overlapping ones included. */
export const ourFigures = (text: string) =>
  OUR_FIGURE_ALL.flatMap((p) =>
    [...text.matchAll(p)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    })),
  );
/** The first figure about us in a text, if any. */
export const ourFigure = (text: string) => firstHit(text, OUR_FIGURE);
/** Whether a text calls us the best of something ("India's number one host", "the leading …"). */
export const ourBoast = (text: string) =>
  SUPERLATIVE.test(text) || OUR_SUPERLATIVE.test(text) || NONE_BETTER.test(text);
/** Nobody beats us, said as a boast: "unbeatable on price", "nobody trains drivers faster than we do". */
export const NONE_BETTER =
  /\b(?:unbeatable|unrivall?ed|unmatched|unbeaten)\b|\b(?:nobody|no one|no-one)\b[^.!?]{0,40}\b(?:better|faster|cheaper|quicker|more)\b[^.!?]{0,20}\bthan (?:us|we)\b/i;

// What we do in general, with no figure: "We help kitchens reduce waste."
// (or a wish to: "we'd love to help grow your business online")
const GENERIC_CLAIM =
  /\bwe (?:help|make|enable|allow|let|support|assist|empower)\b|\bwe(?:'d| would) (?:love|like|be happy|be glad) to (?:help|support|assist|work)\b/i;
/** A phrase that calls us the best: "award-winning", "number one", "we are the only platform that …". */
export const SUPERLATIVE =
  /\b(?:(?:a |the )?leading|award[- ]winning|(?:best|top|highest)[- ]rated|number one|#1|world[- ]class|industry[- ]leading|most advanced|cutting[- ]edge|state[- ]of[- ]the[- ]art|trusted by|premier|market leader|second to none|best in (?:class|town|the)|the best \w+(?: \w+)? in|lowest|innovative solutions|one[- ]stop shop|on the market|out there|(?:we're|we are|is) the only (?:[\w-]+ ){0,2}(?:platform|company|agency|firm|provider|tool|app|system|service|solution|one|team|supplier))\b|\b(?:we're|we are|is|are|runs|has|have|offers?) the (?:best|\w{2,}est|most \w+)(?![- ](?:way|time|route|number|person|bet|place|days?)\b)[- ]\w+/i;
// One superlative word about us: "the largest chilled fleet", "India's most trusted HR software",
// "Best turnaround in Mpumalanga.", "Fastest fitting in Swansea." (a sentence of its own, the "we have the" left out), "the #1
// rated platform" ("#" is no word character, so "#1" needs its own boundary),
// "a top-ranked tool", "we're Boston's top grant writers". Capitalised words are a title ("the Best Bakery award"); a superlative about
// them ("the biggest headache for clinics like yours") is not a boast.
export const OUR_SUPERLATIVE =
  /\b[Ww]e(?:'re| are) (?:(?:\p{Lu}\p{L}+'s|the) )?top\b|(?<!\bof )\b(?:[Tt]he|[Oo]ur|\p{L}+'s|an?) (?:(?:largest|biggest|fastest(?:[- ]growing)?|greatest|cheapest|quickest|smartest|safest|finest|strongest|top[- ](?:ranked|rated|selling)|best[- ](?:selling|known|loved|reviewed|value|performing)|favou?rite|best-loved|most-loved|most (?:loved|trusted|efficient|accurate|popular|reliable|complete|comprehensive|experienced|affordable|powerful|recommended|awarded))\b)(?![- ](?:way|route|time)\b)(?![^.!?,]{0,30}\b(?:you|your|yours)\b)|\ball[- ]in[- ]one\b|(?:^|[.!?—–]\s*)(?:[Bb]est|[Ff]astest|[Qq]uickest|[Cc]heapest|[Ll]owest|[Bb]iggest|[Ll]argest) (?:[\p{Ll}-]+ ){1,2}in \p{Lu}|(?<![\w#])#1\b/u;
// (Saying what kind of firm we are, "we're a telematics company", explains nothing; saying what it
// does, "a platform that handles …", does; so does announcing how it works: "so what happens is you
// connect your sources …", "how we work is we screen them first …". What THEIR thing includes is no explanation of ours:
// "the password dump from your payroll vendor includes three logins".)
const EXPLAINS =
  /\bwe(?:'re| are) an? [\w-]+(?: [\w-]+){0,3} (?:agency|company|provider|firm|platform|consultancy|system|app|tool|software|service|solution|marketplace|network)\b(?=,?\s+(?:that|which|who|where|with|for|helping|offering)\b)|\b(?:our|the)(?: [\w-]+){0,2} (?:platform|software|product|solution|tool|app|system|service|point of sale)s? (?:uses|does|reads|lets|helps|is|includes|integrates|offers|combines|works|automates|handles|connects|gives)\b|\bwe (?:offer|provide|do|sell|specialise|specialize)\b|\bwe(?:'re| are) (?:offering|providing|selling)\b|\b(?:a|an) [\w-]+(?: [\w-]+){0,4} (?:service|platform|solution|tool|app|software|system) (?:that|where|which)\b|(?<!\byour\b[^.!?]*)\b(?:integrates with|comes with|includes)\b|\b(?:what happens is|how (?:it|this|we) works? is|the way (?:it|this|we) works? is)\b/i;

// A list said as ours: "our …", "we do …", "we have …", or our product's name as the subject ("PayLah HR does
// CPF calculations, IR8A submission, …").
// ("we're a firm of accountants in Leeds offering tax returns, bookkeeping, payroll and VAT")
// (or offered as anything they need: "to see if you needed anything, banners, vinyl, wraps, whatever")
export const LISTS_OURS =
  /\b[Oo]ur\b|\b[Ww]e (?:do|offer|provide|sell|handle|cover|have|stock|carry|host|run|install|fit|supply|make|build|design|deliver|manage|repair|clean|cater|organi[sz]e|arrange|ship|import|export|distribute|service|insure|lend|fund|train|teach|recruit|specialise in|specialize in|help (?:[\w-]+ ){1,4}with)\b|\b[Ww]e(?:'d| would) (?:love|like) to help (?:[\w-]+ ){1,4}with\b|\b[Ww]e(?:'re| are)\b[^.!?]{0,60}\b(?:offering|providing|selling|stocking|specialising in|specializing in)\b|\b\p{Lu}[\p{L}]+ (?:does|offers|provides|handles|covers|includes)\b|\bif you (?:need|needed|want|wanted) anything\b/u;
/**
 * The clause of a sentence that explains what we sell, if one does. A dash or semicolon ends a
 * clause, so what they did ("you filled in the form about two years of bookkeeping — that's the
 * kind of cleanup we do") is not counted in the explanation's length.
 */
export function explanation(sentence: string): string | undefined {
  const m = EXPLAINS.exec(sentence);
  if (!m) return undefined;
  let from = 0;
  for (const part of sentence.split(/(?<=\s[—–-]\s|;\s)/)) {
    if (m.index < from + part.length) return part;
    from += part.length;
  }
  return sentence;
}

// Three or more things in a row: "inventory, loyalty, gift cards and reporting".
// (or that trails off instead of ending in "and": "brochures, signs, stickers, pretty much anything",
// "banners, shopfront, vinyl, whatever really")
// (or three things or more with no "and" before the last, as second-language English lists them:
// "We make the cleaning of the collector, the calibration of the burner, change of the bearings.")
export const LIST =
  /(?:[^,.;?!]{1,40},\s*){2,}[^,.;?!]{0,40}\b(?:and|or|plus|etc|anything|everything|the lot|you name it|all sorts|whatever)\b|(?:\bthe [^,.;?!]{3,40},\s*){2,}[^,.;?!\d]{3,40}[.!]/;
