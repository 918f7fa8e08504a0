import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { MunicipalityPicker, useMunicipalityName } from '../../components/MunicipalityPicker';
import { useDocumentTitle } from '../../components/page';
import { EVENTS_QUERY, type EventAudience, type EventsData } from '../../lib/eventQueries';
import { helsinkiStartOfDay, nextDay } from '../../lib/eventTime';
import { useHref, useLanguage } from '../../lib/language';
import { pickText } from '../../lib/localized';
import { useNetwork } from '../../lib/network';
import { NETWORK_QUERY, type NetworkData } from '../../lib/queries';
import { byDate, EventList } from './EventList';
import { PersonalFeed } from './PersonalFeed';

/** At most this many events are asked for, and this many dated rows shown. */
const EVENTS_FIRST = 50;
const ROWS_SHOWN = 100;

export interface EventsState {
  municipality: string | null;
  /** Helsinki days "YYYY-MM-DD". */
  from: string | null;
  to: string | null;
  /** Signed-in readers only: all they may see, public ones, or professionals' ones. */
  audience: 'all' | 'public' | 'professionals';
  theme: string | null;
  online: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The events page's state from its query string (malformed values dropped). */
export function parseEventsSearch(search: string): EventsState {
  const params = new URLSearchParams(search);
  const day = (key: string) => {
    const value = params.get(key) ?? '';
    return DAY.test(value) && helsinkiStartOfDay(value) ? value : null;
  };
  const audience = params.get('audience');
  const theme = params.get('theme') ?? '';
  const municipality = params.get('municipality') ?? '';
  return {
    municipality: /^\d{3}$/.test(municipality) ? municipality : null,
    from: day('from'),
    to: day('to'),
    audience: audience === 'public' || audience === 'professionals' ? audience : 'all',
    theme: /^[\w-]{1,64}$/.test(theme) ? theme : null,
    online: params.get('online') === '1',
  };
}

export function serializeEventsSearch(state: EventsState): string {
  const params = new URLSearchParams();
  if (state.municipality) params.set('municipality', state.municipality);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.audience !== 'all') params.set('audience', state.audience);
  if (state.theme) params.set('theme', state.theme);
  if (state.online) params.set('online', '1');
  return params.toString();
}

/** The calendar feed with the page's filters (public events only: a feed is anonymous). */
export function feedPath(networkSlug: string, state: EventsState, language: string): string {
  const params = new URLSearchParams();
  if (state.municipality) {
    params.set('municipality', state.municipality);
    params.set('includeOnline', 'true');
  }
  if (state.theme) params.set('theme', state.theme);
  if (state.online) params.set('online', 'true');
  if (language !== 'fi') params.set('lang', language);
  const query = params.toString();
  return `/ical/networks/${encodeURIComponent(networkSlug)}/events.ics${query ? `?${query}` : ''}`;
}

function audiencesOf(state: EventsState, signedIn: boolean): EventAudience[] | null {
  if (!signedIn || state.audience === 'public') return ['PUBLIC'];
  if (state.audience === 'professionals') return ['PROFESSIONALS'];
  return null;
}

/**
 * `/:networkSlug/events?municipality=&from=&to=&audience=&theme=&online=1`: the network's events by
 * date (each occurrence of a recurring one on its own day), filters in the URL, and the calendar
 * feed with the same filters. Anonymous readers see public events; a signed-in professional also
 * the professionals' events the API lets them see.
 */
export default function EventsPage() {
  const { t } = useTranslation();
  const network = useNetwork();
  const language = useLanguage();
  const href = useHref();
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = useMemo(() => parseEventsSearch(search), [search]);
  const [{ data: networkData }] = useQuery<NetworkData>({
    query: NETWORK_QUERY,
    variables: { slug: network.slug },
  });
  const signedIn = Boolean(networkData?.me);
  const placeName = useMunicipalityName(state.municipality);
  const [picked, setPicked] = useState<EventsState>(state);
  // "Now" once per page view, so the query's variables stay the same while it is shown.
  const [now] = useState(() => new Date(Math.floor(Date.now() / 60_000) * 60_000));
  const from = (state.from && helsinkiStartOfDay(state.from)) || now;
  const to = state.to ? helsinkiStartOfDay(nextDay(state.to)) : null;
  const themes = network.taxonomy.edges
    .map((edge) => edge.node)
    .filter((term) => term.kind === 'THEME')
    .sort((a, b) =>
      pickText(a.label, language).localeCompare(pickText(b.label, language), language),
    );
  const themeId = themes.find((term) => term.id === state.theme || term.slug === state.theme)?.id;

  const [{ data, error, fetching }, reexecute] = useQuery<EventsData>({
    query: EVENTS_QUERY,
    variables: {
      filter: {
        networkSlug: network.slug,
        municipalityCode: state.municipality,
        includeOnline: state.municipality ? true : null,
        onlineOnly: state.online || null,
        audiences: audiencesOf(state, signedIn),
        termIds: themeId ? [themeId] : null,
        from: from.toISOString(),
        to: to?.toISOString() ?? null,
      },
      from: from.toISOString(),
      to: to?.toISOString() ?? null,
      first: EVENTS_FIRST,
    },
  });
  const rows = data
    ? byDate(
        data.events.edges.map((edge) => edge.node),
        ROWS_SHOWN,
      )
    : [];
  useDocumentTitle(t('events.heading'));

  function apply(next: EventsState) {
    const query = serializeEventsSearch(next);
    navigate(href(`/${network.slug}/events${query ? `?${query}` : ''}`));
  }

  const feed = feedPath(network.slug, state, language);
  const feedUrl = typeof window === 'undefined' ? feed : `${window.location.origin}${feed}`;

  return (
    <div className="content content--events">
      <h1>
        {t('events.heading')}
        {placeName ? ` – ${placeName}` : ''}
      </h1>
      {signedIn ? (
        <p className="events__info-sessions">
          <Link href={href(`/${network.slug}/info-sessions`)}>{t('infoSessions.eventsLink')}</Link>
        </p>
      ) : null}
      <form
        className="event-filters"
        aria-label={t('events.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          apply(picked);
        }}
      >
        <MunicipalityPicker
          value={picked.municipality}
          onChange={(code) => {
            setPicked((p) => ({ ...p, municipality: code }));
          }}
        />
        <p className="hint">{t('events.municipalityHint')}</p>
        <div className="event-filters__row">
          <p className="field">
            <label className="field__label" htmlFor="events-from">
              {t('events.from')}
            </label>
            <input
              className="field__input"
              id="events-from"
              type="date"
              value={picked.from ?? ''}
              onChange={(event) => {
                setPicked((p) => ({ ...p, from: event.target.value || null }));
              }}
            />
          </p>
          <p className="field">
            <label className="field__label" htmlFor="events-to">
              {t('events.to')}
            </label>
            <input
              className="field__input"
              id="events-to"
              type="date"
              value={picked.to ?? ''}
              onChange={(event) => {
                setPicked((p) => ({ ...p, to: event.target.value || null }));
              }}
            />
          </p>
        </div>
        {signedIn ? (
          <p className="field">
            <label className="field__label" htmlFor="events-audience">
              {t('events.audience')}
            </label>
            <select
              className="field__input"
              id="events-audience"
              value={picked.audience}
              onChange={(event) => {
                setPicked((p) => ({
                  ...p,
                  audience: event.target.value as EventsState['audience'],
                }));
              }}
            >
              <option value="all">{t('events.audienceAll')}</option>
              <option value="public">{t('events.audiencePublic')}</option>
              <option value="professionals">{t('events.audienceProfessionals')}</option>
            </select>
          </p>
        ) : null}
        <p className="field">
          <label className="field__label" htmlFor="events-theme">
            {t('events.theme')}
          </label>
          <select
            className="field__input"
            id="events-theme"
            value={picked.theme ?? ''}
            onChange={(event) => {
              setPicked((p) => ({ ...p, theme: event.target.value || null }));
            }}
          >
            <option value="">{t('events.anyTheme')}</option>
            {themes.map((term) => (
              <option key={term.id} value={term.id}>
                {pickText(term.label, language)}
              </option>
            ))}
          </select>
        </p>
        <p className="field field--check">
          <input
            id="events-online"
            type="checkbox"
            checked={picked.online}
            onChange={(event) => {
              setPicked((p) => ({ ...p, online: event.target.checked }));
            }}
          />
          <label htmlFor="events-online">{t('events.onlineOnly')}</label>
        </p>
        <button type="submit" className="button">
          {t('events.apply')}
        </button>
      </form>

      <section className="events__main" aria-labelledby="events-count" aria-busy={fetching}>
        <p id="events-count" className="results__count" role="status">
          {data ? t('events.count', { count: data.events.totalCount }) : t('events.loading')}
        </p>
        {error && !data ? (
          <div role="alert" className="notice">
            <p>{t('events.error')}</p>
            <button
              type="button"
              className="button"
              onClick={() => {
                reexecute({ requestPolicy: 'network-only' });
              }}
            >
              {t('results.retry')}
            </button>
          </div>
        ) : null}
        {data && rows.length === 0 ? <p>{t('events.none')}</p> : null}
        {rows.length > 0 ? <EventList items={rows} networkSlug={network.slug} /> : null}
        <p className="hint">{t('events.timeZoneNote')}</p>
      </section>

      <section className="events__subscribe" aria-labelledby="subscribe-heading">
        <h2 id="subscribe-heading">{t('events.subscribe')}</h2>
        <p>{t('events.subscribeHint')}</p>
        <p className="field">
          <label className="field__label" htmlFor="events-feed">
            {t('events.feedAddress')}
          </label>
          <input
            className="field__input"
            id="events-feed"
            type="text"
            readOnly
            value={feedUrl}
            onFocus={(event) => {
              event.target.select();
            }}
          />
        </p>
        <p>
          <a href={feed} download data-testid="events-feed-link">
            {t('events.downloadFeed')}
          </a>
        </p>
        {signedIn ? <PersonalFeed /> : null}
      </section>
    </div>
  );
}
