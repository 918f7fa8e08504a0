import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { SERVICE_EVENTS_QUERY, type EventsData } from '../../lib/eventQueries';
import { clockNow, useHydrated } from '../../lib/firstRender';
import { useHref } from '../../lib/language';
import { byDate, EventList } from './EventList';

/** Dates listed on a service page; the rest are on the events page. */
const SERVICE_ROWS = 5;

/** Events asked: more than the rows, since the day's events already over are asked too. */
const ASKED = 15;

const DAY_MS = 24 * 60 * 60 * 1000;

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
  // Asked from the start of the day (UTC) of the first render's moment (clockNow: on the server
  // and while hydrating, the moment the server rendered the page), so the server, which renders the
  // page with its answer (server/render.tsx), and the browser that hydrates it later ask the same
  // question and show the same dates; the dates already over are left out, by the real clock once
  // hydrated.
  const [from] = useState(() => new Date(Math.floor(clockNow() / DAY_MS) * DAY_MS).toISOString());
  // Renders again right after hydration, when clockNow is the real clock.
  useHydrated();
  const [{ data }] = useQuery<EventsData>({
    query: SERVICE_EVENTS_QUERY,
    variables: { filter: { serviceId }, from, to: null, first: ASKED },
  });
  const rows = data
    ? byDate(
        data.events.edges.map((edge) => edge.node),
        SERVICE_ROWS,
        clockNow(),
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
