import { instantOf } from '@linja/domain';

import { ICAL, parseOccurrences } from '../../test/helpers/ical-parse';
import { buildCalendar, buildEventIcs, type CalendarEventInput } from './ical-calendar';

const PORTAL = 'https://linja.example';

/** Weekly Tuesdays 17:00–18:30 Helsinki time across the end of summer time (25 Oct 2026). */
function weekly(overrides: Partial<CalendarEventInput> = {}): CalendarEventInput {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    version: 3,
    status: 'PUBLISHED',
    title: { fi: 'Vertaisryhmä', sv: 'Kamratgrupp' },
    description: { fi: 'Kuvaus; pilkku, ja rivi\nvaihto' },
    startsAt: instantOf('2026-10-13', '17:00'),
    endsAt: instantOf('2026-10-13', '18:30'),
    timeZone: 'Europe/Helsinki',
    recurrence: 'FREQ=WEEKLY;UNTIL=20261110T235900',
    placeName: 'Perhetupa',
    streetAddress: 'Kauppakatu 1',
    postalCode: '15140',
    postOffice: 'Lahti',
    isOnline: true,
    onlineUrl: 'https://meet.example/secret-room',
    network: { slug: 'ensi' },
    exceptions: [
      // 20 Oct cancelled; 3 Nov moved to Wednesday 4 Nov 18:00.
      { occurrenceStart: instantOf('2026-10-20', '17:00'), newStartsAt: null, newEndsAt: null },
      {
        occurrenceStart: instantOf('2026-11-03', '17:00'),
        newStartsAt: instantOf('2026-11-04', '18:00'),
        newEndsAt: instantOf('2026-11-04', '19:30'),
      },
    ],
    ...overrides,
  };
}

describe('buildCalendar', () => {
  it('repeats a weekly event at 17:00 Helsinki time on both sides of the DST change, without the cancelled date and with the moved one', () => {
    const ics = buildCalendar([weekly()], {
      language: 'fi',
      includeOnlineUrl: () => false,
      portalUrl: PORTAL,
    });
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);
    expect(ics).toContain('DTSTART;TZID=Europe/Helsinki:20261013T170000');
    expect(ics).toContain('UID:11111111-1111-4111-8111-111111111111@linja');
    const occurrences = parseOccurrences(ics);
    expect(occurrences.map((o) => o.local)).toEqual([
      '2026-10-13T17:00:00',
      '2026-10-27T17:00:00',
      '2026-11-04T18:00:00',
      '2026-11-10T17:00:00',
    ]);
    // 17:00 EEST (UTC+3) before the change, 17:00 EET (UTC+2) after it.
    expect(occurrences[0]?.utc).toBe('2026-10-13T14:00:00.000Z');
    expect(occurrences[1]?.utc).toBe('2026-10-27T15:00:00.000Z');
    expect(occurrences.every((o) => o.summary === 'Vertaisryhmä')).toBe(true);
  });

  it('writes an extra date as RDATE at its Helsinki time (not counted in COUNT), cancellable by EXDATE', () => {
    // Extra dates: Thursday 29 Oct (winter time) kept, Friday 16 Oct (summer time) cancelled.
    const extra = instantOf('2026-10-29', '12:00');
    const cancelledExtra = instantOf('2026-10-16', '09:00');
    const ics = buildCalendar(
      [
        weekly({
          extraDates: [extra, cancelledExtra],
          exceptions: [
            ...weekly().exceptions,
            { occurrenceStart: cancelledExtra, newStartsAt: null, newEndsAt: null },
          ],
        }),
      ],
      { language: 'fi', includeOnlineUrl: () => false, portalUrl: PORTAL },
    );
    expect(ics).toContain('COUNT=5');
    expect(ics).toContain('RDATE;TZID=Europe/Helsinki:20261016T090000,20261029T120000');
    const occurrences = parseOccurrences(ics);
    expect(occurrences.map((o) => o.local)).toEqual([
      '2026-10-13T17:00:00',
      '2026-10-27T17:00:00',
      '2026-10-29T12:00:00',
      '2026-11-04T18:00:00',
      '2026-11-10T17:00:00',
    ]);
    expect(occurrences[2]?.utc).toBe('2026-10-29T10:00:00.000Z');
  });

  it('never writes the meeting link unless allowed, and writes it when allowed', () => {
    const closed = buildCalendar([weekly()], {
      language: 'fi',
      includeOnlineUrl: () => false,
      portalUrl: PORTAL,
    });
    expect(closed).not.toContain('meet.example');
    const open = buildEventIcs(weekly(), {
      language: 'fi',
      includeOnlineUrl: () => true,
      portalUrl: PORTAL,
    });
    expect(open.replace(/\r\n /g, '')).toContain('https://meet.example/secret-room');
    expect(open).toContain('METHOD:PUBLISH');
  });

  it('writes the requested language with a Finnish fallback, the place, the portal URL and a cancelled status', () => {
    const ics = buildEventIcs(weekly({ status: 'CANCELLED', recurrence: null, exceptions: [] }), {
      language: 'sv',
      includeOnlineUrl: () => false,
      portalUrl: PORTAL,
    });
    const vevent = new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('summary')).toBe('Kamratgrupp');
    expect(vevent?.getFirstPropertyValue('description')).toContain(
      'Kuvaus; pilkku, ja rivi\nvaihto',
    );
    expect(vevent?.getFirstPropertyValue('location')).toBe(
      'Perhetupa, Kauppakatu 1, 15140 Lahti / På nätet',
    );
    expect(vevent?.getFirstPropertyValue('url')).toBe(
      `${PORTAL}/ensi/events/11111111-1111-4111-8111-111111111111?lang=sv`,
    );
    expect(vevent?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent?.getFirstPropertyValue('sequence')).toBe(3);
    expect(vevent?.hasProperty('rrule')).toBe(false);
  });
});
