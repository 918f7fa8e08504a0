/** Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit, e.g. 0201256-6. */
const BUSINESS_ID = /^(\d{7})-(\d)$/;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/**
 * True when `value` is a well-formed business ID whose check digit is right: the digits are weighted
 * 7, 9, 10, 5, 8, 4, 2; the sum mod 11 is 0 (check digit 0) or 2–10 (check digit 11 − remainder);
 * remainder 1 is never issued.
 */
export function isValidBusinessId(value: string): boolean {
  const match = BUSINESS_ID.exec(value);
  if (!match?.[1] || !match[2]) return false;
  const digits = match[1];
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === Number(match[2]);
}

/** Accepts old 6-digit forms written without the leading zero ("201256-6") and trims spaces. */
export function normalizeBusinessId(value: string): string {
  const trimmed = value.trim();
  return /^\d{6}-\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
}
