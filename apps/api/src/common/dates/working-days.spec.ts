import { addWorkingDays } from './working-days';

/** An instant given as Helsinki wall-clock time ("2027-03-25 14:00", winter or summer time). */
const helsinki = (isoLocal: string, offset: '+02:00' | '+03:00') =>
  new Date(`${isoLocal.replace(' ', 'T')}:00${offset}`);

describe('Finnish working days', () => {
  it.each([
    [
      'a Tuesday: Thursday',
      helsinki('2027-03-09 10:00', '+02:00'),
      helsinki('2027-03-11 10:00', '+02:00'),
    ],
    [
      'a Friday: Tuesday',
      helsinki('2027-03-12 16:30', '+02:00'),
      helsinki('2027-03-16 16:30', '+02:00'),
    ],
    // Easter 2027: Good Friday 26.3, Easter Monday 29.3 (summer time starts 28.3).
    [
      'Maundy Thursday: the Wednesday after Easter',
      helsinki('2027-03-25 14:00', '+02:00'),
      helsinki('2027-03-31 14:00', '+03:00'),
    ],
    // Midsummer Eve (Fri 25.6.2027) is a day off.
    [
      'the Thursday before Midsummer: Tuesday',
      helsinki('2027-06-24 09:00', '+03:00'),
      helsinki('2027-06-29 09:00', '+03:00'),
    ],
    // Christmas Eve, Christmas Day and St Stephen's (Fri–Sun 24–26.12.2027), then Monday 27.12.
    [
      '23 December 2027: 28 December',
      helsinki('2027-12-23 12:00', '+02:00'),
      helsinki('2027-12-28 12:00', '+02:00'),
    ],
    // Independence Day, Monday 6.12.2027.
    [
      'Friday 3 December 2027: Wednesday 8 December',
      helsinki('2027-12-03 08:00', '+02:00'),
      helsinki('2027-12-08 08:00', '+02:00'),
    ],
    // May Day (Sat 1.5.2027) and Ascension (Thu 6.5.2027).
    [
      'Tuesday 4 May 2027: Friday 7 May',
      helsinki('2027-05-04 11:00', '+03:00'),
      helsinki('2027-05-07 11:00', '+03:00'),
    ],
  ])('two working days after %s', (_name, from, expected) => {
    expect(addWorkingDays(from, 2).toISOString()).toBe(expected.toISOString());
  });

  it('a Saturday’s arrival counts from Monday', () => {
    expect(addWorkingDays(helsinki('2027-03-13 20:00', '+02:00'), 2).toISOString()).toBe(
      helsinki('2027-03-16 20:00', '+02:00').toISOString(),
    );
  });
});
