import { DomainError } from '../common/errors/domain-error';
import { isoDate, periodRange, periodsUpTo } from './period';

function refusal(run: () => unknown): DomainError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
  }
  return undefined;
}

describe('periodRange', () => {
  it('gives the first day and the day after the last of a year, a term and a month', () => {
    const year = periodRange({ kind: 'YEAR', year: 2025 }, 'period');
    expect([isoDate(year.start), isoDate(year.end)]).toEqual(['2025-01-01', '2026-01-01']);
    const term = periodRange({ kind: 'TERM', year: 2025, index: 2 }, 'period');
    expect([isoDate(term.start), isoDate(term.end)]).toEqual(['2025-07-01', '2026-01-01']);
    const month = periodRange({ kind: 'MONTH', year: 2025, index: 12 }, 'period');
    expect([isoDate(month.start), isoDate(month.end)]).toEqual(['2025-12-01', '2026-01-01']);
  });

  it('refuses a period that does not exist, naming the field', () => {
    const error = refusal(() =>
      periodRange({ kind: 'MONTH', year: 2025, index: 13 }, 'input.period'),
    );
    expect(error?.details).toEqual({ field: 'input.period.index' });
    expect(refusal(() => periodRange({ kind: 'YEAR', year: 1999 }, 'p'))?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('periodsUpTo', () => {
  it('walks back over years, terms and months, oldest first', () => {
    const years = periodsUpTo({ kind: 'YEAR', year: 2025 }, 3);
    expect(years.map((spec) => spec.year)).toEqual([2023, 2024, 2025]);
    const terms = periodsUpTo({ kind: 'TERM', year: 2025, index: 1 }, 3);
    expect(terms.map((spec) => [spec.year, spec.index])).toEqual([
      [2024, 1],
      [2024, 2],
      [2025, 1],
    ]);
    const months = periodsUpTo({ kind: 'MONTH', year: 2025, index: 2 }, 3);
    expect(months.map((spec) => [spec.year, spec.index])).toEqual([
      [2024, 12],
      [2025, 1],
      [2025, 2],
    ]);
  });
});
