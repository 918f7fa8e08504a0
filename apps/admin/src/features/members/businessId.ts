/**
 * Finnish business ID (Y-tunnus) "1234567-8": seven digits, a hyphen and a check digit (weights
 * 7 9 10 5 8 4 2, modulo 11; remainder 1 is never issued).
 */
export function businessIdProblem(value: string): 'format' | 'checksum' | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const match = /^(\d{7})-(\d)$/.exec(trimmed);
  if (!match) return 'format';
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const digits = (match[1] ?? '').split('').map(Number);
  const remainder = digits.reduce((sum, digit, i) => sum + digit * (weights[i] ?? 0), 0) % 11;
  if (remainder === 1) return 'checksum';
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === Number(match[2]) ? null : 'checksum';
}
