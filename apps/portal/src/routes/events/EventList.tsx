import { type Language } from '@linja/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Localized } from '../../components/Localized';
import { municipalityName } from '../../components/MunicipalityPicker';
import { type EventListNode } from '../../lib/eventQueries';
import { formatClock, formatDay, helsinkiDate } from '../../lib/eventTime';
import { useHref, useLanguage } from '../../lib/language';

export interface DatedEvent {
  event: EventListNode;
  startsAt: Date;
  endsAt: Date;
}

/** Every occurrence of the events as its own row, by start; at most `limit`. */
export function byDate(
  events: readonly EventListNode[],
  limit: number,
  /** Leave out the dates over by this moment (ms), if given. */
  endedBy?: number,
): DatedEvent[] {
  return events
    .flatMap((event) =>
      event.occurrences.map((o) => ({
        event,
        startsAt: new Date(o.startsAt),
        endsAt: new Date(o.endsAt),
      })),
    )
    .filter((item) => endedBy === undefined || item.endsAt.getTime() > endedBy)
    .sort(
      (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.event.id.localeCompare(b.event.id),
    )
    .slice(0, limit);
}

function placeLine(event: EventListNode, language: Language, online: string): string {
  const place = [
    event.placeName,
    event.municipality ? municipalityName(event.municipality, language) : event.postOffice,
  ]
    .filter(Boolean)
    .join(', ');
  return [place, event.isOnline ? online : ''].filter(Boolean).join(' · ');
}

/** One event row: time, title (the link), kind, place; "cancelled" in words, not only by style. */
function EventRow({ item, networkSlug }: { item: DatedEvent; networkSlug: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const href = useHref();
  const { event } = item;
  const cancelled = event.status === 'CANCELLED';
  return (
    <li className={cancelled ? 'event-row event-row--cancelled' : 'event-row'}>
      <p className="event-row__time">
        <time dateTime={item.startsAt.toISOString()}>
          {formatClock(item.startsAt, language)}–{formatClock(item.endsAt, language)}
        </time>
      </p>
      <div className="event-row__body">
        <p className="event-row__title">
          <Link href={href(`/${networkSlug}/events/${event.id}`)}>
            <Localized value={event.title} />
          </Link>
        </p>
        <p className="event-row__meta">
          <span>{t(`events.kind.${event.kind}`)}</span>
          {event.audience !== 'PUBLIC' ? (
            <span className="badge">{t(`events.audienceBadge.${event.audience}`)}</span>
          ) : null}
          {cancelled ? (
            <strong className="badge badge--alert">{t('events.cancelled')}</strong>
          ) : null}
        </p>
        <p className="event-row__place">{placeLine(event, language, t('events.online'))}</p>
      </div>
    </li>
  );
}

/** Occurrences grouped under a heading per Helsinki day. */
export function EventList({
  items,
  networkSlug,
  headingLevel = 2,
}: {
  items: readonly DatedEvent[];
  networkSlug: string;
  headingLevel?: 2 | 3;
}) {
  const language = useLanguage();
  const days = new Map<string, { label: string; items: DatedEvent[] }>();
  for (const item of items) {
    const day = helsinkiDate(item.startsAt);
    const group = days.get(day) ?? { label: formatDay(item.startsAt, language), items: [] };
    group.items.push(item);
    days.set(day, group);
  }
  const DayHeading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="event-days">
      {[...days].map(([day, { label, items: dayItems }]) => (
        <section key={day} className="event-day">
          <DayHeading className="event-day__heading">{label}</DayHeading>
          <ul className="event-day__list">
            {dayItems.map((item) => (
              <EventRow
                key={`${item.event.id}-${item.startsAt.toISOString()}`}
                item={item}
                networkSlug={networkSlug}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
