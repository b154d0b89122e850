// Check-digit rules for the identifiers the guard looks for. They are what turns
// "a run of digits" into "almost certainly a real document or card number".

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Control letter of a Spanish DNI number (0–99999999). */
export function dniLetter(num: number): string {
  return DNI_LETTERS[num % 23]!;
}

/** `digits` must be 8 digits; `letter` upper case. */
export function isValidDni(digits: string, letter: string): boolean {
  return digits.length === 8 && dniLetter(Number(digits)) === letter;
}

/** NIE: X/Y/Z stand for 0/1/2 in front of the 7 digits, then the DNI rule. */
export function isValidNie(prefix: string, digits: string, letter: string): boolean {
  const lead = 'XYZ'.indexOf(prefix);
  return lead >= 0 && digits.length === 7 && dniLetter(Number(lead + digits)) === letter;
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

// [lowest prefix, highest prefix, allowed lengths]. Prefixes of equal digit count are compared
// numerically, so 2221–2720 is one row. Sources: the networks' published IIN ranges.
const CARD_RANGES: readonly (readonly [string, string, readonly number[]])[] = [
  ['4', '4', [13, 16, 19]], // Visa
  ['51', '55', [16]], // Mastercard
  ['2221', '2720', [16]], // Mastercard 2-series
  ['34', '34', [15]], // American Express
  ['37', '37', [15]],
  ['6011', '6011', [16, 17, 18, 19]], // Discover
  ['644', '649', [16, 17, 18, 19]],
  ['65', '65', [16, 17, 18, 19]],
  ['300', '305', [14, 15, 16, 17, 18, 19]], // Diners Club
  ['36', '36', [14, 15, 16, 17, 18, 19]],
  ['38', '39', [14, 15, 16, 17, 18, 19]],
  ['3528', '3589', [16, 17, 18, 19]], // JCB
  ['62', '62', [16, 17, 18, 19]], // UnionPay
  ['50', '50', [13, 14, 15, 16, 17, 18, 19]], // Maestro
  ['56', '58', [13, 14, 15, 16, 17, 18, 19]],
  ['6304', '6304', [13, 14, 15, 16, 17, 18, 19]],
  ['6759', '6759', [13, 14, 15, 16, 17, 18, 19]],
  ['6761', '6763', [13, 14, 15, 16, 17, 18, 19]],
];

/** True when `digits` has a known card-network prefix and length and passes Luhn. */
export function isValidCard(digits: string): boolean {
  const n = digits.length;
  if (n < 13 || n > 19) return false;
  const known = CARD_RANGES.some(([lo, hi, lengths]) => {
    const head = Number(digits.slice(0, lo.length));
    return head >= Number(lo) && head <= Number(hi) && lengths.includes(n);
  });
  return known && luhnValid(digits);
}

/**
 * ISO 13616 check: move the first four characters to the end, read letters as 10–35, and the
 * number mod 97 must be 1. Computed in chunks so it never needs a bignum.
 */
export function ibanChecksumValid(electronic: string): boolean {
  const rearranged = electronic.slice(4) + electronic.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const v = parseInt(ch, 36);
    if (Number.isNaN(v)) return false;
    rest = v < 10 ? (rest * 10 + v) % 97 : (rest * 100 + v) % 97;
  }
  return rest === 1;
}
