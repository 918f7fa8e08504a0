import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link, Redirect, useLocation, useSearch } from 'wouter';
import { Localized } from '../components/Localized';
import { useMunicipalityName } from '../components/MunicipalityPicker';
import { NoResultsHelp, resultsPath, searchInput } from '../components/NoResultsHelp';
import { useDocumentTitle } from '../components/page';
import { SearchForm } from '../components/SearchForm';
import { partlyMatchingIds, ServiceCard } from '../components/ServiceCard';
import { Shell } from '../components/Shell';
import { useHref, useLanguage } from '../lib/language';
import {
  ALL_NETWORKS_SEARCH_QUERY,
  NETWORKS_QUERY,
  type AllNetworksSearchData,
  type NetworksData,
} from '../lib/queries';
import { MAX_PAGE, PAGE_SIZE, parseSearch, type SearchState } from '../lib/searchState';
import { resultCount, showingCount } from '../lib/resultCount';

function AllResults({ state }: { state: SearchState }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const href = useHref();
  const [, navigate] = useLocation();
  const placeName = useMunicipalityName(state.municipality);
  const [result, reexecute] = useQuery<AllNetworksSearchData>({
    query: ALL_NETWORKS_SEARCH_QUERY,
    variables: {
      input: searchInput(state, null, language),
      first: PAGE_SIZE * state.page,
      municipalityCode: state.municipality ?? undefined,
    },
  });
  // While the next result loads, keep the last one on screen (no flash, no jump).
  const [shown, setShown] = useState<AllNetworksSearchData | null>(null);
  if (result.data && result.data !== shown) setShown(result.data);
  const connection = (result.data ?? shown)?.searchServices;
  const services = connection?.edges.map((edge) => edge.node) ?? [];
  const partlyMatching = partlyMatchingIds(connection);
  const focusIndex = useRef<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // After "load more", move focus to the first new result.
  useEffect(() => {
    const index = focusIndex.current;
    if (index === null || result.fetching || !listRef.current) return;
    const link = listRef.current.querySelectorAll<HTMLElement>('.card__link')[index];
    if (link) {
      link.focus();
      focusIndex.current = null;
    }
  }, [result.fetching, services.length]);

  return (
    <section className="results__main" aria-labelledby="results-count" aria-busy={result.fetching}>
      <p id="results-count" className="results__count" role="status">
        {connection
          ? `${resultCount(t, connection)}${
              placeName ? ` ${t('results.near', { name: placeName })}` : ''
            }`
          : t('results.loading')}
      </p>
      {result.error && !connection ? (
        <div role="alert" className="notice">
          <p>{t('results.error')}</p>
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
      {connection?.partialMatch && connection.totalCount > 0 ? (
        <p className="notice">{t('results.partial')}</p>
      ) : null}
      {!connection && !result.error ? (
        <ul className="results__list" aria-hidden="true">
          {[0, 1, 2].map((i) => (
            <li key={i} className="card card--skeleton" />
          ))}
        </ul>
      ) : null}
      {connection && connection.totalCount === 0 ? (
        <NoResultsHelp state={state} networkSlug={null} />
      ) : null}
      {services.length ? (
        <ul ref={listRef} className={result.fetching ? 'results__list is-stale' : 'results__list'}>
          {services.map((service) => (
            <li key={service.id}>
              <ServiceCard
                service={service}
                networkName={service.network.name}
                municipality={state.municipality}
                partialMatch={partlyMatching.has(service.id)}
                href={href(
                  `/${service.network.slug}/services/${service.id}${
                    state.municipality ? `?municipality=${state.municipality}` : ''
                  }`,
                )}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {connection && services.length > 0 ? (
        <div className="results__more">
          <p className="hint">{showingCount(t, services.length, connection)}</p>
          {connection.pageInfo.hasNextPage && state.page < MAX_PAGE ? (
            <button
              type="button"
              className="button"
              disabled={result.fetching}
              onClick={() => {
                focusIndex.current = services.length;
                navigate(href(resultsPath(null, { ...state, page: state.page + 1 })), {
                  replace: true,
                });
              }}
            >
              {t('results.loadMore')}
            </button>
          ) : null}
        </div>
      ) : null}
      {connection?.partialMatch && connection.totalCount > 0 ? (
        <NoResultsHelp state={state} networkSlug={null} partial />
      ) : null}
    </section>
  );
}

/**
 * `/`: one search across every network (words + municipality; `/?q=&municipality=&page=`), each result
 * naming its network and linking to that network's branded service page; without a search, the
 * networks' own branded pages. With only one network, straight to it.
 */
export default function AllNetworksPage() {
  const { t } = useTranslation();
  const href = useHref();
  const search = useSearch();
  const state = useMemo(() => parseSearch(search), [search]);
  const searching = Boolean(state.q || state.municipality);
  const [{ data, fetching, error }] = useQuery<NetworksData>({ query: NETWORKS_QUERY });
  const title = state.q
    ? t('allNetworks.resultsFor', { query: state.q })
    : searching
      ? t('allNetworks.results')
      : null;
  useDocumentTitle(title);
  const networks = data?.networks.edges.map((edge) => edge.node) ?? [];
  const only = networks.length === 1 ? networks[0] : undefined;
  if (only) {
    return (
      <Redirect to={href(searching ? resultsPath(only.slug, state) : `/${only.slug}`)} replace />
    );
  }

  const networkList = (
    <section aria-labelledby="networks-heading" className="entries">
      <h2 id="networks-heading">{t('allNetworks.networksHeading')}</h2>
      {error ? <p role="alert">{t('results.error')}</p> : null}
      <ul className="network-list">
        {networks.map((network) => (
          <li key={network.id} className="card">
            <h3 className="card__title">
              <Link className="card__link" href={href(`/${network.slug}`)}>
                {network.name}
              </Link>
            </h3>
            <Localized value={network.description} as="p" className="card__summary clamp" />
          </li>
        ))}
      </ul>
    </section>
  );

  return (
    <Shell network={null} me={data?.me ?? null} ready={!fetching}>
      {searching && title ? (
        <div className="content content--results">
          <div className="results__top">
            <h1 className="results__heading">{title}</h1>
            <SearchForm
              key={`${state.q}|${state.municipality ?? ''}`}
              networkSlug={null}
              state={state}
            />
          </div>
          <AllResults state={state} />
        </div>
      ) : (
        <>
          <div className="hero">
            <div className="hero__inner">
              <h1 className="hero__heading">{t('hero.heading')}</h1>
              <p className="hero__intro">{t('hero.intro')}</p>
              <SearchForm networkSlug={null} />
              <p className="emergency">
                {t('emergency.beforeNumber')} <a href="tel:112">112</a>.
              </p>
            </div>
          </div>
          <div className="content">{networkList}</div>
        </>
      )}
    </Shell>
  );
}
