import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { SERVICE_EVENTS_QUERY, type EventsData } from '../../lib/eventQueries';
import { useHref } from '../../lib/language';
import { byDate, EventList } from './EventList';

/** Dates listed on a service page; the rest are on the events page. */
const SERVICE_ROWS = 5;

/**
 * A service's upcoming events on its page ("Tapahtumat / Evenemang / Events"), linking to the event
 * pages; nothing when it has none.
 */
export function ServiceEvents({
  serviceId,
  networkSlug,
}: {
  serviceId: string;
  networkSlug: string;
}) {
  const { t } = useTranslation();
  const href = useHref();
  const [now] = useState(() => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString());
  const [{ data }] = useQuery<EventsData>({
    query: SERVICE_EVENTS_QUERY,
    variables: { filter: { serviceId }, from: now, to: null, first: 10 },
  });
  const rows = data
    ? byDate(
        data.events.edges.map((edge) => edge.node),
        SERVICE_ROWS,
      )
    : [];
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="service-events-heading" className="service__section service-events">
      <h2 id="service-events-heading">{t('events.serviceEvents')}</h2>
      <EventList items={rows} networkSlug={networkSlug} headingLevel={3} />
      <p>
        <Link href={href(`/${networkSlug}/events`)}>{t('events.allEvents')}</Link>
      </p>
    </section>
  );
}
