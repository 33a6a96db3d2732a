/** Price talk, and money that is theirs rather than our price (shared by the hook and no pitch). */
import { blankWhere, firstHit, SENTENCE } from './text';
import { NUMBER_WORD } from './words';

const CURRENCY = String.raw`(?:pounds?|quid|pence|dollars?|bucks|cents?|euros?|rupees?|rand|dirhams?|pesos?|yen|yuan|ringgit|naira|francs?|kronor|krona|shekels?)`;
// Prices and claims about us: never what is in it for them.
const PRICE_TALK: RegExp[] = [
  /[$£€₹]\s?\d[\d,.]*(?:\s*(?:\/|per|a|an|each)\s*(?:month|mo|year|yr|seat|user|license|employee|week|head))?/i,
  // (not a product named for what it sets: "our rate tool", "our pricing engine")
  /\b(?:our|low|lower|lowest|cheapest|best|great|competitive|unbeatable|special|one low|very low) (?:prices?|pricing|rates?|costs?)\b(?![- ](?:tool|engine|software|app|platform|system|checker|tracker|optimi[sz]er)s?\b)/i,
  /\b(?:lowered|lowering|cut|cutting) our (?:prices?|rates?)\b/i,
  // being cheaper than others is our price, said as a comparison: "cheaper than florist 40 percent",
  // "30% cheaper than the big suppliers"
  /\b(?:cheaper|less expensive|lower[- ]priced|more affordable) than\b/i,
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
  // any amount per unit: "2 pounds a box", "19 dollars a van", "14.50 a bay", "18.99 for 20 litres",
  // "nine US dollars a sheet" (a currency may say whose it is)
  new RegExp(
    String.raw`\b${NUMBER_WORD}(?:\s+(?:hundred|thousand|million))?\s+(?:(?:US|Canadian|Australian|Singapore|NZ|HK|Jamaican)\s+)?${CURRENCY}\s+(?:a|an|per|each)\s+\w+|\b\d+\.\d\d\s+(?:a|an|per|each|for)\s+\w+`,
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
// diesel", "a tariff that's costing about 400 pounds a month"; what they are over- or under-insured
// or charged by: "over-insured by about €300k")
const AMOUNT = String.raw`(?:[$£€₹]\s?\d|\b${NUMBER_WORD}(?:\s+(?:hundred|thousand|million))?\s+${CURRENCY}\b)`;
// (what something is worth may be vaguer: "worth a couple of hundred quid")
const MONEY = String.raw`(?:${AMOUNT}|\ba couple(?: of)?(?:\s+(?:hundred|thousand|million))?\s+${CURRENCY}\b)`;
// Money off a bill of theirs, in any tense: "would knocking $400 off every quarterly power bill …",
// "shaves two grand off the fleet's fuel costs".
const OFF_THEIR_BILL = String.raw`\b(?:knock(?:s|ed|ing)?|tak(?:e|es|ing)|took|shav(?:e|es|ed|ing)|chop(?:s|ped|ping)?|trim(?:s|med|ming)?|cut(?:s|ting)?)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|up to\s+|over\s+)?(?:${MONEY}|${NUMBER_WORD}\s+grand\b)[^.!?;]{0,25}?\boff (?:your|their|every|each|the|a|his|her)\b[^.!?;]{0,30}\b(?:bills?|invoices?|costs?|premiums?|spend|fees?)\b`;
/** Money that is theirs: a grant, what something is worth or costs them, what they lose or keep. */
// (or money added for them: "what would an extra two hundred quid a month do for the shop?")
const EXTRA_FOR_THEM = String.raw`\b(?:an )?(?:extra|additional)\s+${MONEY}`;
export const THEIR_MONEY = new RegExp(
  String.raw`${OFF_THEIR_BILL}|${EXTRA_FOR_THEM}|\b(?:grants?|rebates?|subsid(?:y|ies)|incentives?|allowances?|reliefs?|tax credits?)\b[^.!?;]{0,40}?${MONEY}|\b(?:worth|costing(?: you| your [\w-]+)?)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|up to\s+|over\s+)?${MONEY}|\byou(?:'re| are|'d| would| could| might)?\s+(?:\w+\s+){0,2}(?:losing|lose|leaving|leave|wasting|waste|overpaying|overpay|saving|save|keeping|keep|making|make|earning|earn|recovering|recover)\b[^.!?;]{0,30}?${AMOUNT}|${AMOUNT}[^.!?;]{0,30}\byou(?:'ll| can| could| would)? (?:keep|save|get back|recover|pocket)\b|\bon the table\b|\b(?:over|under)-?(?:insured|paying|paid|charged|billed|valued|priced)\b[^.!?;]{0,20}?${MONEY}`,
  'i',
);
/** The first price in the text, leaving out clauses about their own money. */
export function priceTalk(text: string): { start: number; end: number } | null {
  const theirs = blankWhere(text, SENTENCE, (c) => THEIR_MONEY.test(c));
  return firstHit(theirs, PRICE_TALK);
}
