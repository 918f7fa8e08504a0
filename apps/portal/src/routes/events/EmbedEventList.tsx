import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Localized } from '../../components/Localized';
import { EVENTS_QUERY, type EventsData } from '../../lib/eventQueries';
import { formatTimeRange } from '../../lib/eventTime';
import { useLanguage, withLang } from '../../lib/language';
import { byDate } from './EventList';

const EMBED_ROWS = 20;

/**
 * The widget's events (`/embed/:networkSlug?view=events`): public upcoming events of the network,
 * or of one organisation, in one municipality (online ones too) or with one theme. Each links to the
 * portal's event page in a new tab (the widget never navigates inside the association's page).
 */
export function EmbedEventList({
  networkSlug,
  organizationId,
  municipalityCode,
  themeId,
}: {
  networkSlug: string;
  organizationId: string | null;
  municipalityCode: string | null;
  themeId: string | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [now] = useState(() => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString());
  const [{ data, error }] = useQuery<EventsData>({
    query: EVENTS_QUERY,
    variables: {
      filter: {
        networkSlug,
        organizationId,
        municipalityCode,
        includeOnline: municipalityCode ? true : null,
        termIds: themeId ? [themeId] : null,
        audiences: ['PUBLIC'],
      },
      from: now,
      to: null,
      first: EMBED_ROWS,
    },
  });
  const rows = data
    ? byDate(
        data.events.edges.map((edge) => edge.node),
        EMBED_ROWS,
      )
    : [];
  const query = new URLSearchParams();
  if (municipalityCode) query.set('municipality', municipalityCode);
  if (themeId) query.set('theme', themeId);
  const all = `/${networkSlug}/events${query.size ? `?${query.toString()}` : ''}`;
  return (
    <>
      {error ? <p role="alert">{t('events.error')}</p> : null}
      {data ? (
        <p className="results__count">{t('events.count', { count: data.events.totalCount })}</p>
      ) : null}
      <ul className="event-day__list">
        {rows.map(({ event, startsAt, endsAt }) => (
          <li key={`${event.id}-${startsAt.toISOString()}`} className="event-row">
            <p className="event-row__time">{formatTimeRange(startsAt, endsAt, language)}</p>
            <div className="event-row__body">
              <p className="event-row__title">
                <a
                  href={withLang(`/${networkSlug}/events/${event.id}`, language)}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  <Localized value={event.title} />
                  <span className="linja-visually-hidden"> {t('embed.opensInNewTab')}</span>
                </a>
              </p>
              <p className="event-row__meta">
                <span>{t(`events.kind.${event.kind}`)}</span>
                {event.status === 'CANCELLED' ? (
                  <strong className="badge badge--alert">{t('events.cancelled')}</strong>
                ) : null}
              </p>
            </div>
          </li>
        ))}
      </ul>
      <p>
        <a href={withLang(all, language)} target="_blank" rel="noopener noreferrer">
          {t('events.allEvents')}
          <span className="linja-visually-hidden"> {t('embed.opensInNewTab')}</span>
        </a>
      </p>
    </>
  );
}
