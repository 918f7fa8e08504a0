import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { isWeekend } from 'date-fns/isWeekend';
import type Holidays from 'date-holidays';

const ZONE = 'Europe/Helsinki';

/**
 * Finland's days off besides weekends, from date-holidays' Finnish calendar: the public holidays
 * (New Year, Epiphany, Good Friday, Easter Monday, May Day, Ascension, Midsummer, All Saints',
 * Independence Day, Christmas, St Stephen's) and the customary days off it lists as bank holidays
 * (Midsummer Eve, Christmas Eve). One calendar per process: it is pure data. Loaded on first use:
 * date-holidays brings ~100 modules (astronomical calendars, every time zone), ~0.2 s of every
 * process start and of every test file's app, for the few features that count working days.
 */
let finland: Holidays | undefined;

function finnishCalendar(): Holidays {
  if (!finland) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
    const Calendar = require('date-holidays') as typeof Holidays;
    finland = new Calendar('FI');
  }
  return finland;
}

/** Whether the Helsinki day of `date` is a working day (not a weekend, holiday or day off). */
export function isWorkingDay(date: TZDate): boolean {
  if (isWeekend(date)) return false;
  const holidays = finnishCalendar().isHoliday(new Date(date.getTime())) || [];
  return !holidays.some((holiday) => holiday.type === 'public' || holiday.type === 'bank');
}

/**
 * `instant` moved on by `days` Finnish working days, at the same Helsinki time of day: Friday
 * afternoon + 2 is Tuesday afternoon, and Maundy Thursday + 2 is the Wednesday after Easter.
 */
export function addWorkingDays(instant: Date, days: number): Date {
  let day = new TZDate(instant, ZONE);
  let left = days;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return new Date(day.getTime());
}
