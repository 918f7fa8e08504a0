import { DomainError } from '../common/errors/domain-error';
import { isoDate, periodRange } from './period';

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
