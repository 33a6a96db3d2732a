/**
 * Phone numbers as matching keys, so "(412) 555-0187", "412.555.0187", "+1 412 555 0187" and
 * "4125550187" are one number. Pure: no DOM.
 */

/**
 * Country code assumed for a number written without one. Afterbeep's reps dial North American
 * numbers by default (10 digits); a number written with + or 00 keeps its own country code.
 */
export const DEFAULT_COUNTRY_CODE = '1';

/** Fewest digits in a query before it is matched as part of a number. */
export const MIN_QUERY_DIGITS = 3;

/** Only the digits of a text. */
export function digitsOf(text: string): string {
  return text.replace(/\D+/g, '');
}

/**
 * The number as a matching key: its digits with the country code ("14125550187"), "" when the
 * text has no digits. An extension ("x12", "ext. 12") is left out.
 */
export function phoneKey(phone: string): string {
  const main = phone.split(/\s*(?:x|ext\.?|extension|#)\s*\d+\s*$/i)[0] ?? phone;
  const trimmed = main.trim();
  const digits = digitsOf(trimmed);
  if (digits === '') return '';
  if (trimmed.startsWith('+')) return digits;
  if (digits.startsWith('00')) return digits.slice(2);
  if (digits.length === 10) return DEFAULT_COUNTRY_CODE + digits;
  return digits;
}

/**
 * The digit strings a query can match inside a phone key, or [] when the query has too few digits
 * to be a number. A whole national number with a trunk 0 ("020 7946 0958") is also tried without the 0.
 */
export function queryDigits(query: string): string[] {
  const digits = digitsOf(query);
  if (digits.length < MIN_QUERY_DIGITS) return [];
  const trimmed = query.trim();
  if (trimmed.startsWith('+')) return [digits];
  if (digits.startsWith('00')) return [digits.slice(2)];
  if (digits.startsWith('0') && digits.length >= 9) return [digits, digits.slice(1)];
  return [digits];
}
