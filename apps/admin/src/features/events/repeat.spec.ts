import { parseRule, repeatKindsFor, ruleOf, type RepeatValues } from './repeat';

const values = (over: Partial<RepeatValues>): RepeatValues => ({
  repeat: 'none',
  repeatEnd: 'count',
  repeatCount: 9,
  repeatUntil: '',
  ...over,
});

describe('event repeat rules', () => {
  it('offers the monthly choices the first date allows', () => {
    // Tue 12.10.2027: the second Tuesday. Thu 28.10.2027: the fourth and last Thursday.
    expect(repeatKindsFor('2027-10-12')).toEqual(['none', 'weekly', 'monthlyNth', 'monthlyDate']);
    expect(repeatKindsFor('2027-10-28')).toEqual([
      'none',
      'weekly',
      'monthlyNth',
      'monthlyLast',
      'monthlyDate',
    ]);
    // Fri 29.10.2027 is a fifth Friday: only "the last".
    expect(repeatKindsFor('2027-10-29')).toEqual(['none', 'weekly', 'monthlyLast', 'monthlyDate']);
  });

  it('writes weekly and monthly rules ending by count or date, and reads them back', () => {
    const cases: [RepeatValues, string, string][] = [
      [values({ repeat: 'weekly', repeatCount: 8 }), '2027-10-12', 'FREQ=WEEKLY;COUNT=8'],
      [values({ repeat: 'monthlyNth' }), '2027-10-12', 'FREQ=MONTHLY;BYDAY=+2TU;COUNT=9'],
      [
        values({ repeat: 'monthlyLast', repeatEnd: 'until', repeatUntil: '2028-05-31' }),
        '2027-10-28',
        'FREQ=MONTHLY;BYDAY=-1TH;UNTIL=20280531T235959Z',
      ],
      [
        values({ repeat: 'monthlyDate', repeatCount: 3 }),
        '2027-10-12',
        'FREQ=MONTHLY;BYMONTHDAY=12;COUNT=3',
      ],
    ];
    for (const [input, date, rule] of cases) {
      expect(ruleOf(input, date)).toBe(rule);
      expect(parseRule(rule, 9)).toEqual(input);
    }
    expect(ruleOf(values({}), '2027-10-12')).toBeNull();
    expect(parseRule('FREQ=DAILY;COUNT=5', 9).repeat).toBe('custom');
    expect(ruleOf(values({ repeat: 'custom' }), '2027-10-12')).toBeUndefined();
  });
});
