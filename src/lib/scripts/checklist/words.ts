/** Word patterns shared by more than one check: numbers said as words, durations, figures, sign-offs. */

// Numbers said as words, as a trainer would hear them in a result ("twenty-five percent").
export const UNITS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/** Tens said as words, "twenty" to "ninety". */
export const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
// The days of the week and the months, in lower case (for patterns with the 'i' flag).
export const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
export const MONTH =
  'january|february|march|april|may|june|july|august|september|october|november|december';
/** A number in digits or words: "25", "twenty-five", "a few", "half an". */
export const NUMBER_WORD = String.raw`(?:\d[\d,.]*|(?:${TENS})(?:[- ](?:${UNITS}))?|${UNITS}|a|an|a few|half an?|hundred|thousand)`;
// A duration asked for is one token, hyphenated or spelled out: "ten minutes", "a ten-minute",
// "a quick 15-min", "twenty-five minutes". One source for the next step and the hook.
export const MINUTES = String.raw`${NUMBER_WORD}[\s-]min(?:ute)?s?\b`;
/** Time asked for: "a quick 15-min", "ten minutes". */
export const TIME_ASKED = String.raw`(?:an? )?(?:(?:short|quick|brief) )?${MINUTES}`;
// A figure may carry one qualifier before its unit: "three working days", "nine extra jobs".
const UNIT_QUALIFIER = String.raw`(?:(?:working|business|full|whole|extra|more|fewer|less|new)\s)?`;
// ("times" only as a comparison, "three times faster", not "tried you a few times")
const RESULT_UNIT = String.raw`(?:%|percent|per cent|x\b|times(?=\s+(?:faster|quicker|more|less|fewer|cheaper|better|as|over)\b)|seconds?|minutes?|hours?|days?|weeks?|months?|years?|(?:hundred|thousand|million) (?:dollars|pounds|euros)|dollars|pounds|euros|k\b|jobs|clients|customers|patients|orders|leads|calls|bookings|appointments|sales|members|sign-?ups|enquiries|inquiries|reviews|deals)`;

// A result with a figure, in digits, words or hyphenated ("a five-minute fix", "25 percent").
export const FIGURES: RegExp[] = [
  // ("a second shop" is an ordinal, not a duration; "30%" needs no space, nor "3x more" where "3x
  // a week" is how often)
  new RegExp(
    String.raw`\b(?!(?:a|an|the) second\s+[a-z])${NUMBER_WORD}(?:[\s-]|(?=%|x\s+(?:more|faster|quicker|higher|better|fewer|less|as)\b))${UNIT_QUALIFIER}${RESULT_UNIT}(?![\w-])`,
    'i',
  ),
  /\b(?:a third|a quarter|a fifth|in half|by half|double[sd]?|halve[sd]?|twice as|from \w+ \w+ to \w+)\b/i,
];

// A closing courtesy after the number ("Thank you and God bless.", "Have a great day.") does not
// bury it; END_SLACK_WORDS covers short ones such as "call me". Nor does a filler said on the way
// out ("…, yeah, cheers, bye").
export const SIGN_OFF =
  /(?:[\s.,!]*(?:thank you(?: so much)?|thanks(?: so much| again)?|cheers|bye|goodbye|god bless|take care|have a (?:great|good|nice|lovely) (?:day|week|weekend|one)|all the best|x+|and|yeah|yep|okay|ok|alright|right))+[\s.,!]*$/i;
