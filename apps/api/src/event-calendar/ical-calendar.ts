import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { expandOccurrences, pickText, type TLocale, type TLocalizedText } from '@linja/domain';
import ical, {
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
  type ICalEventData,
} from 'ical-generator';

/**
 * iCalendar (RFC 5545) for events, built with ical-generator: the feeds calendar programs subscribe
 * to (event-calendar.controller.ts), the `.ics` attached to sign-up confirmations and series
 * announcements, and the portal's "add to calendar".
 *
 * Times: every DTSTART/DTEND/EXDATE/RECURRENCE-ID is a Europe/Helsinki wall-clock time with
 * `TZID=Europe/Helsinki`, and the calendar carries that zone's VTIMEZONE (@touch4it/ical-timezones).
 * UTC times would be right for single events but wrong for a rule: a weekly 17:00 meeting repeated by
 * the calendar program in UTC would move to 16:00 or 18:00 at a daylight-saving change.
 *
 * Recurring events: ONE VEVENT with the rule (so a calendar shows a series, and an `.ics` in a mail
 * is imported whole — Outlook imports only the first of several unrelated VEVENTs), EXDATE for each
 * cancelled date, and for each moved date a second VEVENT with the same UID and a RECURRENCE-ID
 * naming the date it replaces (RFC 5545 3.8.4.4; Google, Apple and Outlook apply such overrides).
 * The rule is rewritten to end by COUNT (the number of dates @linja/domain's expansion gives), never
 * by UNTIL: the stored rule's UNTIL is read as local time by our expansion, which RFC 5545 forbids
 * with a TZID start, so COUNT makes every program produce exactly our dates.
 *
 * The meeting link is written only where `includeOnlineUrl(event)` says so (see mayReadOnlineUrl in
 * events/event-visibility.ts); a public feed passes `() => false`.
 */

export const CALENDAR_TIME_ZONE = 'Europe/Helsinki';

/** Texts a calendar shows besides the event's own: fi/sv/en. */
const TEXTS: Record<TLocale, { online: string; join: string; more: string; calendar: string }> = {
  fi: { online: 'Verkossa', join: 'Liity', more: 'Lisätietoja', calendar: 'Tapahtumat' },
  sv: { online: 'På nätet', join: 'Delta', more: 'Mer information', calendar: 'Evenemang' },
  en: { online: 'Online', join: 'Join', more: 'More information', calendar: 'Events' },
};

/** What the builder reads of an event: a Prisma `event` row with its exceptions and network slug. */
export interface CalendarEventInput {
  readonly id: string;
  readonly version: number;
  readonly status: string;
  readonly title: unknown;
  readonly description: unknown;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly timeZone: string;
  readonly recurrence: string | null;
  /** One-off extra starts (RDATE). */
  readonly extraDates?: readonly Date[];
  readonly placeName: string | null;
  readonly streetAddress: string | null;
  readonly postalCode: string | null;
  readonly postOffice: string | null;
  readonly isOnline: boolean;
  readonly onlineUrl: string | null;
  readonly createdAt?: Date;
  readonly updatedAt?: Date;
  readonly network: { readonly slug: string };
  readonly exceptions: readonly {
    readonly occurrenceStart: Date;
    readonly newStartsAt: Date | null;
    readonly newEndsAt: Date | null;
  }[];
}

export interface CalendarOptions<E extends CalendarEventInput = CalendarEventInput> {
  /** The language of SUMMARY/DESCRIPTION (Finnish fallback). */
  readonly language: TLocale;
  /** Whether this reader may see the event's meeting link (never for an anonymous feed). */
  readonly includeOnlineUrl: (event: E) => boolean;
  /** Where the portal is (PUBLIC_BASE_URL): each event's URL is its portal page. */
  readonly portalUrl: string;
  /** The calendar's name (X-WR-CALNAME), e.g. the network's name. */
  readonly name?: string;
}

/** The portal page of an event (apps/portal route /:networkSlug/events/:eventId). */
export function eventPageUrl(
  portalUrl: string,
  event: Pick<CalendarEventInput, 'id' | 'network'>,
  language?: TLocale,
): string {
  const base = `${portalUrl.replace(/\/+$/, '')}/${encodeURIComponent(event.network.slug)}/events/${event.id}`;
  return language && language !== 'fi' ? `${base}?lang=${language}` : base;
}

/** Stable across feeds and mails, so a calendar updates the event instead of adding another. */
export function eventUid(eventId: string): string {
  return `${eventId}@linja`;
}

function text(value: unknown, language: TLocale): string {
  return pickText(value as TLocalizedText | null, language)?.trim() ?? '';
}

/** A wall-clock time in the calendar's zone (ical-generator formats a TZDate in its own zone). */
function local(instant: Date): TZDate {
  return new TZDate(instant.getTime(), CALENDAR_TIME_ZONE);
}

function placeOf(event: CalendarEventInput, language: TLocale): string | null {
  const town = [event.postalCode, event.postOffice].filter(Boolean).join(' ');
  const parts = [event.placeName, event.streetAddress, town].filter((part): part is string =>
    Boolean(part?.trim()),
  );
  if (parts.length > 0) {
    return event.isOnline ? `${parts.join(', ')} / ${TEXTS[language].online}` : parts.join(', ');
  }
  return event.isOnline ? TEXTS[language].online : null;
}

/**
 * "RRULE:…" ending by COUNT, RDATE for the extra dates, then EXDATE for the cancelled dates (an
 * EXDATE removes a rule date or an extra date alike; see the module comment).
 */
function ruleLines(event: CalendarEventInput): string | null {
  const body = event.recurrence?.trim().replace(/^RRULE:/i, '');
  if (!body) return null;
  // The rule's own dates: the extra dates are RDATEs, not counted in COUNT.
  const count = expandOccurrences({ ...event, extraDates: [] }).length;
  const parts = body
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && !/^(COUNT|UNTIL|DTSTART)=/i.test(part));
  const lines = [`RRULE:${[...parts, `COUNT=${count}`].join(';')}`];
  const extras = [...(event.extraDates ?? [])].sort((a, b) => a.getTime() - b.getTime());
  if (extras.length > 0)
    lines.push(`RDATE;TZID=${CALENDAR_TIME_ZONE}:${extras.map(wallClock).join(',')}`);
  const cancelled = event.exceptions.filter((e) => !e.newStartsAt).map((e) => e.occurrenceStart);
  if (cancelled.length > 0) {
    lines.push(
      `EXDATE;TZID=${CALENDAR_TIME_ZONE}:${cancelled
        .sort((a, b) => a.getTime() - b.getTime())
        .map(wallClock)
        .join(',')}`,
    );
  }
  return lines.join('\n');
}

/** "YYYYMMDDTHHMMSS" in the calendar's zone. */
function wallClock(instant: Date): string {
  const t = local(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}${pad(t.getMonth() + 1)}${pad(t.getDate())}T${pad(t.getHours())}${pad(t.getMinutes())}${pad(t.getSeconds())}`;
}

function addEvent<E extends CalendarEventInput>(
  calendar: ICalCalendar,
  event: E,
  options: CalendarOptions<E>,
): void {
  const { language } = options;
  const url = eventPageUrl(options.portalUrl, event, language);
  const onlineUrl = event.isOnline && options.includeOnlineUrl(event) ? event.onlineUrl : null;
  const description = [
    text(event.description, language),
    onlineUrl ? `${TEXTS[language].join}: ${onlineUrl}` : '',
    `${TEXTS[language].more}: ${url}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const common: Partial<ICalEventData> = {
    id: eventUid(event.id),
    sequence: event.version,
    summary: text(event.title, language),
    description,
    location: placeOf(event, language),
    url,
    status: event.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    timezone: CALENDAR_TIME_ZONE,
    ...(event.updatedAt ? { stamp: event.updatedAt, lastModified: event.updatedAt } : {}),
    ...(event.createdAt ? { created: event.createdAt } : {}),
  };
  const rule = ruleLines(event);
  calendar.createEvent({
    ...common,
    start: local(event.startsAt),
    end: local(event.endsAt),
    ...(rule ? { repeating: rule } : {}),
  });
  if (!rule) return;
  for (const moved of event.exceptions) {
    if (!moved.newStartsAt) continue;
    const duration = event.endsAt.getTime() - event.startsAt.getTime();
    const endsAt = moved.newEndsAt ?? new Date(moved.newStartsAt.getTime() + duration);
    calendar.createEvent({
      ...common,
      recurrenceId: local(moved.occurrenceStart),
      start: local(moved.newStartsAt),
      end: local(endsAt),
    });
  }
}

function newCalendar(language: TLocale, name: string | undefined): ICalCalendar {
  return ical({
    prodId: { company: 'Linja', product: 'Events', language: language.toUpperCase() },
    name: name ?? `Linja – ${TEXTS[language].calendar}`,
    // No calendar-wide zone name: ical-generator would then write DTSTAMP/CREATED/LAST-MODIFIED
    // as local times without "Z", which RFC 5545 forbids. Each VEVENT names its TZID, and the
    // generator adds the VTIMEZONE of every zone the events use.
    timezone: { name: null, generator: getVtimezoneComponent },
    x: { 'X-WR-TIMEZONE': CALENDAR_TIME_ZONE },
    // Calendar programs that honour it poll a subscribed feed hourly.
    ttl: 60 * 60,
  });
}

/** A VCALENDAR of `events` (a feed): one VEVENT per event, plus one per moved date. */
export function buildCalendar<E extends CalendarEventInput>(
  events: readonly E[],
  options: CalendarOptions<E>,
): string {
  const calendar = newCalendar(options.language, options.name);
  for (const event of events) addEvent(calendar, event, options);
  return calendar.toString();
}

/**
 * One event as an `.ics` file (a mail attachment, the portal's "add to calendar"): METHOD:PUBLISH,
 * so a calendar program offers to add it; the same UID as in the feeds.
 */
export function buildEventIcs<E extends CalendarEventInput>(
  event: E,
  options: CalendarOptions<E>,
): string {
  const calendar = newCalendar(
    options.language,
    options.name ?? text(event.title, options.language),
  );
  calendar.method(ICalCalendarMethod.PUBLISH);
  addEvent(calendar, event, options);
  return calendar.toString();
}

/** The file name for an event's `.ics` (ASCII, no path characters). */
export function eventIcsFileName(event: Pick<CalendarEventInput, 'id'>): string {
  return `event-${event.id}.ics`;
}
