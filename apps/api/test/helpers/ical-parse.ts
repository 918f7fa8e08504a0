import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };

/**
 * ical.js (Mozilla's iCalendar parser), an implementation independent of ical-generator and rrule,
 * for tests that parse our feeds back. It ships ESM types with a CommonJS build: the types are
 * imported as ESM, the code required (Jest runs CommonJS).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const ICAL = require('ical.js') as typeof ICALModule;

export interface ParsedOccurrence {
  readonly uid: string;
  readonly summary: string;
  /** Wall-clock start in the event's zone, "YYYY-MM-DDTHH:MM:SS". */
  readonly local: string;
  readonly tzid: string | null;
  /** The instant, ISO in UTC. */
  readonly utc: string;
  readonly status: string | null;
}

/** Parses a VCALENDAR, registers its VTIMEZONEs and expands every event (rules, EXDATEs, overrides). */
export function parseOccurrences(ics: string): ParsedOccurrence[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const vevents = calendar.getAllSubcomponents('vevent');
  const uidOf = (c: ICALModule.Component) => String(c.getFirstPropertyValue('uid'));
  const out: ParsedOccurrence[] = [];
  for (const master of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
    const event = new ICAL.Event(master, {
      exceptions: vevents.filter(
        (v) => v.hasProperty('recurrence-id') && uidOf(v) === uidOf(master),
      ),
    });
    const push = (item: ICALModule.Event, start: ICALModule.Time) =>
      out.push({
        uid: item.uid,
        summary: item.summary,
        local: start.toString(),
        tzid: (start.zone as ICALModule.Timezone | undefined)?.tzid ?? null,
        utc: start.toJSDate().toISOString(),
        status: (item.component.getFirstPropertyValue('status') as string | null) ?? null,
      });
    if (!event.isRecurring()) {
      push(event, event.startDate);
      continue;
    }
    const iterator = event.iterator();
    for (;;) {
      const next = iterator.next() as ICALModule.Time | undefined;
      if (!next) break;
      const details = event.getOccurrenceDetails(next) as {
        item: ICALModule.Event;
        startDate: ICALModule.Time;
      };
      push(details.item, details.startDate);
    }
  }
  return out;
}
