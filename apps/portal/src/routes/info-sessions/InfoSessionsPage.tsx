import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { LoadMoreButton, useCursorPages } from '../../components/LoadMore';
import { useDocumentTitle } from '../../components/page';
import { helsinkiStartOfDay } from '../../lib/eventTime';
import {
  INFO_SESSION_ORGANIZATIONS_QUERY,
  PAST_INFO_SESSIONS_QUERY,
  type InfoSessionOrganizationsData,
  type PastInfoSessionsData,
} from '../../lib/infoSessionQueries';
import { useHref, useLanguage } from '../../lib/language';
import { pickText } from '../../lib/localized';
import { useNetwork } from '../../lib/network';
import { NETWORK_QUERY, type NetworkData } from '../../lib/queries';
import { SeriesList } from './SeriesList';
import { SessionItem } from './SessionItem';

/** Sessions per page ("Load more" asks for the next page). */
export const SESSIONS_PER_PAGE = 20;

export interface InfoSessionsState {
  organization: string | null;
  theme: string | null;
  /** Helsinki days "YYYY-MM-DD", inclusive. */
  from: string | null;
  to: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[\w-]{1,64}$/;

/** The page's state from its query string (malformed values dropped). */
export function parseInfoSessionsSearch(search: string): InfoSessionsState {
  const params = new URLSearchParams(search);
  const day = (key: string) => {
    const value = params.get(key) ?? '';
    return DAY.test(value) && helsinkiStartOfDay(value) ? value : null;
  };
  const id = (key: string) => {
    const value = params.get(key) ?? '';
    return ID.test(value) ? value : null;
  };
  return { organization: id('organization'), theme: id('theme'), from: day('from'), to: day('to') };
}

export function serializeInfoSessionsSearch(state: InfoSessionsState): string {
  const params = new URLSearchParams();
  if (state.organization) params.set('organization', state.organization);
  if (state.theme) params.set('theme', state.theme);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  return params.toString();
}

/** The path of the archive filtered by an organisation (a service page links here). */
export function infoSessionsPath(networkSlug: string, organizationId?: string): string {
  const query = organizationId
    ? serializeInfoSessionsSearch({
        organization: organizationId,
        theme: null,
        from: null,
        to: null,
      })
    : '';
  return `/${networkSlug}/info-sessions${query ? `?${query}` : ''}`;
}

/**
 * `/:networkSlug/info-sessions?organization=&theme=&from=&to=`: past info sessions (Järjestöinfot),
 * newest first, for the network's professionals and staff: date, series, presenters, recording and
 * slides; filters in the URL, "Load more" for the next page. An anonymous reader gets a short
 * explanation and the sign-in link, and the API is not asked.
 */
export default function InfoSessionsPage() {
  const { t } = useTranslation();
  const network = useNetwork();
  const href = useHref();
  const search = useSearch();
  const [location] = useLocation();
  const [{ data: networkData }] = useQuery<NetworkData>({
    query: NETWORK_QUERY,
    variables: { slug: network.slug },
  });
  const signedIn = Boolean(networkData?.me);
  useDocumentTitle(t('infoSessions.heading'));

  if (!signedIn) {
    return (
      <div className="content content--info-sessions">
        <h1>{t('infoSessions.heading')}</h1>
        <p>{t('infoSessions.forProfessionals')}</p>
        <p>
          <Link
            href={href(
              `/${network.slug}/signin?return=${encodeURIComponent(`${location}${search ? `?${search}` : ''}`)}`,
            )}
          >
            {t('signIn.link')}
          </Link>
        </p>
      </div>
    );
  }
  return <Archive />;
}

function Archive() {
  const { t } = useTranslation();
  const network = useNetwork();
  const language = useLanguage();
  const href = useHref();
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = useMemo(() => parseInfoSessionsSearch(search), [search]);
  const [picked, setPicked] = useState<InfoSessionsState>(state);
  const [{ data: orgData }] = useQuery<InfoSessionOrganizationsData>({
    query: INFO_SESSION_ORGANIZATIONS_QUERY,
    variables: { slug: network.slug },
  });
  const organizations = useMemo(() => {
    const byId = new Map<string, string>();
    for (const edge of orgData?.network.members.edges ?? []) {
      byId.set(edge.node.organization.id, edge.node.organization.name);
    }
    return [...byId]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, language));
  }, [orgData, language]);
  const terms = (kind: string) =>
    network.taxonomy.edges
      .map((edge) => edge.node)
      .filter((term) => term.kind === kind)
      .sort((a, b) =>
        pickText(a.label, language).localeCompare(pickText(b.label, language), language),
      );
  const themes = terms('THEME');
  const targetGroups = terms('TARGET_GROUP');

  function apply(next: InfoSessionsState) {
    const query = serializeInfoSessionsSearch(next);
    navigate(href(`/${network.slug}/info-sessions${query ? `?${query}` : ''}`));
  }

  return (
    <div className="content content--info-sessions">
      <h1>{t('infoSessions.heading')}</h1>
      <SeriesList />
      <h2>{t('infoSessions.pastHeading')}</h2>
      <p>{t('infoSessions.intro')}</p>
      <form
        className="event-filters"
        aria-label={t('infoSessions.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          apply(picked);
        }}
      >
        <p className="field">
          <label className="field__label" htmlFor="info-sessions-organization">
            {t('infoSessions.organization')}
          </label>
          <select
            className="field__input"
            id="info-sessions-organization"
            value={picked.organization ?? ''}
            onChange={(event) => {
              setPicked((p) => ({ ...p, organization: event.target.value || null }));
            }}
          >
            <option value="">{t('infoSessions.anyOrganization')}</option>
            {picked.organization && !organizations.some((o) => o.id === picked.organization) ? (
              <option value={picked.organization}>{t('infoSessions.chosenOrganization')}</option>
            ) : null}
            {organizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </select>
        </p>
        <p className="field">
          <label className="field__label" htmlFor="info-sessions-theme">
            {t('infoSessions.theme')}
          </label>
          <select
            className="field__input"
            id="info-sessions-theme"
            value={picked.theme ?? ''}
            onChange={(event) => {
              setPicked((p) => ({ ...p, theme: event.target.value || null }));
            }}
          >
            <option value="">{t('infoSessions.anyTheme')}</option>
            {themes.length > 0 ? (
              <optgroup label={t('infoSessions.themes')}>
                {themes.map((term) => (
                  <option key={term.id} value={term.id}>
                    {pickText(term.label, language)}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {targetGroups.length > 0 ? (
              <optgroup label={t('infoSessions.targetGroups')}>
                {targetGroups.map((term) => (
                  <option key={term.id} value={term.id}>
                    {pickText(term.label, language)}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </p>
        <div className="event-filters__row">
          <p className="field">
            <label className="field__label" htmlFor="info-sessions-from">
              {t('events.from')}
            </label>
            <input
              className="field__input"
              id="info-sessions-from"
              type="date"
              value={picked.from ?? ''}
              onChange={(event) => {
                setPicked((p) => ({ ...p, from: event.target.value || null }));
              }}
            />
          </p>
          <p className="field">
            <label className="field__label" htmlFor="info-sessions-to">
              {t('events.to')}
            </label>
            <input
              className="field__input"
              id="info-sessions-to"
              type="date"
              value={picked.to ?? ''}
              onChange={(event) => {
                setPicked((p) => ({ ...p, to: event.target.value || null }));
              }}
            />
          </p>
        </div>
        <button type="submit" className="button">
          {t('infoSessions.apply')}
        </button>
      </form>
      {/* A new filter starts from the first page again. */}
      <Results key={search} state={state} />
    </div>
  );
}

function variablesOf(networkSlug: string, state: InfoSessionsState, after: string | null) {
  return {
    networkSlug,
    organizationId: state.organization,
    termId: state.theme,
    from: state.from,
    to: state.to,
    first: SESSIONS_PER_PAGE,
    after,
  };
}

/** One page of sessions (same variables: urql answers a repeated page from its cache). */
function usePage(state: InfoSessionsState, after: string | null) {
  const network = useNetwork();
  return useQuery<PastInfoSessionsData>({
    query: PAST_INFO_SESSIONS_QUERY,
    variables: variablesOf(network.slug, state, after),
  });
}

function Results({ state }: { state: InfoSessionsState }) {
  const { t } = useTranslation();
  const { cursors, last, more } = useCursorPages();
  const [{ data, error, fetching }, reexecute] = usePage(state, null);
  const [{ data: lastData, fetching: lastFetching }] = usePage(state, last);
  const next = lastData?.pastInfoSessions.pageInfo;
  return (
    <section
      className="info-sessions__main"
      aria-labelledby="info-sessions-count"
      aria-busy={fetching || lastFetching}
    >
      <p id="info-sessions-count" className="results__count" role="status">
        {data
          ? t('infoSessions.count', { count: data.pastInfoSessions.totalCount })
          : t('infoSessions.loading')}
      </p>
      {error && !data ? (
        <div role="alert" className="notice">
          <p>{t('infoSessions.error')}</p>
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
      {data && data.pastInfoSessions.totalCount === 0 ? <p>{t('infoSessions.none')}</p> : null}
      <ol className="info-sessions" aria-labelledby="info-sessions-count">
        {cursors.map((after) => (
          <SessionsPage key={after ?? 'first'} state={state} after={after} />
        ))}
      </ol>
      <LoadMoreButton
        pageInfo={next}
        busy={lastFetching}
        label={t('infoSessions.loadMore')}
        onMore={more}
      />
      <p className="hint">{t('events.timeZoneNote')}</p>
    </section>
  );
}

function SessionsPage({ state, after }: { state: InfoSessionsState; after: string | null }) {
  const [{ data }] = usePage(state, after);
  return (
    <>
      {data?.pastInfoSessions.edges.map((edge) => (
        <SessionItem key={edge.node.id} session={edge.node} headingLevel={3} />
      ))}
    </>
  );
}
