import {
  DEFAULT_FRESHNESS_POLICY,
  freshnessOf,
  isValidFreshnessPolicy,
  verifiedBefore,
  visibleUntil,
} from './freshness';

const NOW = new Date('2026-11-23T12:00:00Z');
const monthsAgo = (months: number, days = 0) => {
  const date = new Date(NOW);
  date.setUTCMonth(date.getUTCMonth() - months);
  date.setUTCDate(date.getUTCDate() - days);
  return date;
};

describe('freshness under the default policy (11 / 12 / 18 months)', () => {
  it.each([
    [0, 0, 'FRESH'],
    [10, 27, 'FRESH'],
    [11, 0, 'DUE_FOR_CHECK'],
    [11, 29, 'DUE_FOR_CHECK'],
    [12, 0, 'STALE'],
    [17, 27, 'STALE'],
    [18, 0, 'HIDDEN'],
    [30, 0, 'HIDDEN'],
  ])('verified %i months and %i days ago is %s', (months, days, state) => {
    expect(freshnessOf(monthsAgo(months, days), DEFAULT_FRESHNESS_POLICY, NOW)).toBe(state);
  });

  it('gives the query cut-offs that agree with freshnessOf', () => {
    const staleCutoff = verifiedBefore('STALE', DEFAULT_FRESHNESS_POLICY, NOW);

    expect(freshnessOf(new Date(staleCutoff.getTime() - 1), DEFAULT_FRESHNESS_POLICY, NOW)).toBe(
      'STALE',
    );
    expect(freshnessOf(new Date(staleCutoff.getTime() + 1000), DEFAULT_FRESHNESS_POLICY, NOW)).toBe(
      'DUE_FOR_CHECK',
    );
    expect(visibleUntil(monthsAgo(18), DEFAULT_FRESHNESS_POLICY).getTime()).toBe(NOW.getTime());
  });

  it('validates a policy', () => {
    expect(isValidFreshnessPolicy(DEFAULT_FRESHNESS_POLICY)).toBe(true);
    expect(isValidFreshnessPolicy({ remindMonths: 12, staleMonths: 11, hideMonths: 18 })).toBe(
      false,
    );
    expect(isValidFreshnessPolicy({ remindMonths: 0, staleMonths: 1, hideMonths: 2 })).toBe(false);
  });
});
