import { isValidBusinessId, normalizeBusinessId } from './business-id';

describe('Finnish business ID', () => {
  it.each(['0201256-6', '1572860-0', '0112038-9', '2464491-9'])('accepts %s', (id) => {
    expect(isValidBusinessId(id)).toBe(true);
  });

  it.each([
    ['0201256-5', 'wrong check digit'],
    ['1572860-1', 'wrong check digit'],
    ['0201256', 'no check digit'],
    ['02012566', 'no hyphen'],
    ['A201256-6', 'not digits'],
    ['0000001-1', 'remainder 1 is never issued'],
  ])('refuses %s (%s)', (id) => {
    expect(isValidBusinessId(id)).toBe(false);
  });

  it('restores the leading zero of old six-digit forms', () => {
    expect(normalizeBusinessId(' 201256-6 ')).toBe('0201256-6');
  });
});
