import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { Filters } from '../components/Filters';
import { useMunicipalityName } from '../components/MunicipalityPicker';
import { useDocumentTitle } from '../components/page';
import { SearchForm } from '../components/SearchForm';
import { ServiceCard } from '../components/ServiceCard';
import { useHref, useLanguage } from '../lib/language';
import { pickText } from '../lib/localized';
import { useNetwork } from '../lib/network';
import { SEARCH_QUERY, type SearchData } from '../lib/queries';
import {
  MAX_PAGE,
  PAGE_SIZE,
  parseSearch,
  serializeSearch,
  toSearchInput,
  type SearchState,
} from '../lib/searchState';

/** Help when nothing matches: emergency number and Nollalinja, and how to widen the search. */
export function EmptyResults() {
  const { t } = useTranslation();
  return (
    <div className="empty">
      <h2>{t('results.emptyTitle')}</h2>
      <p>{t('results.emptyTips')}</p>
      <h3>{t('results.emptyHelp')}</h3>
      <ul>
        <li>
          {t('results.emptyEmergency')} <a href="tel:112">112</a>.
        </li>
        <li>
          {t('results.emptyNollalinja')} <a href="tel:+358800005005">080 005 005</a>.
        </li>
      </ul>
    </div>
  );
}

function SkeletonCards() {
  return (
    <ul className="results__list" aria-hidden="true">
      {[0, 1, 2].map((i) => (
        <li key={i} className="card card--skeleton" />
      ))}
    </ul>
  );
}

/** `/:networkSlug/search?…`: results with filters; the whole search is the URL. */
export default function SearchPage() {
  const { t } = useTranslation();
  const network = useNetwork();
  const language = useLanguage();
  const href = useHref();
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = useMemo(() => parseSearch(search), [search]);
  const placeName = useMunicipalityName(state.municipality);
  const [result, reexecute] = useQuery<SearchData>({
    query: SEARCH_QUERY,
    variables: {
      input: toSearchInput(state, network.slug, language),
      first: PAGE_SIZE * state.page,
    },
  });
  // While the next result loads, keep the last one on screen (no flash, no jump).
  const [shown, setShown] = useState<SearchData | null>(null);
  if (result.data && result.data !== shown) setShown(result.data);
  const data = result.data ?? shown;
  const connection = data?.searchServices;
  const services = connection?.edges.map((edge) => edge.node) ?? [];
  const focusIndex = useRef<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // Without words, a search by theme (a quick entry) is titled by its themes.
  const themeNames = state.themes
    .map((id) =>
      pickText(network.taxonomy.edges.find((edge) => edge.node.id === id)?.node.label, language),
    )
    .filter(Boolean);
  const heading = state.q || themeNames.join(', ');
  const title = heading ? t('results.titleFor', { query: heading }) : t('results.title');
  useDocumentTitle(title);

  function go(next: SearchState, replace = false) {
    const query = serializeSearch(next);
    navigate(href(`/${network.slug}/search${query ? `?${query}` : ''}`), { replace });
  }

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

  const serviceHref = (id: string) =>
    href(
      `/${network.slug}/services/${id}${state.municipality ? `?municipality=${state.municipality}` : ''}`,
    );

  return (
    <div className="content content--results">
      <div className="results__top">
        <h1 className="results__heading">{title}</h1>
        <SearchForm
          key={`${state.q}|${state.municipality ?? ''}`}
          networkSlug={network.slug}
          state={state}
        />
      </div>
      <div className="results">
        <Filters
          state={state}
          facets={connection?.facets ?? null}
          terms={network.taxonomy.edges.map((edge) => edge.node)}
          onChange={(next) => {
            go(next);
          }}
        />
        <section
          className="results__main"
          aria-labelledby="results-count"
          aria-busy={result.fetching}
        >
          <p id="results-count" className="results__count" role="status">
            {connection
              ? `${t('results.count', { count: connection.totalCount })}${
                  placeName ? ` ${t('results.near', { name: placeName })}` : ''
                }`
              : t('results.loading')}
          </p>
          {result.error && !data ? (
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
          {!data && !result.error ? <SkeletonCards /> : null}
          {connection && connection.totalCount === 0 ? <EmptyResults /> : null}
          {services.length ? (
            <ul
              ref={listRef}
              className={result.fetching ? 'results__list is-stale' : 'results__list'}
            >
              {services.map((service) => (
                <li key={service.id}>
                  <ServiceCard service={service} href={serviceHref(service.id)} />
                </li>
              ))}
            </ul>
          ) : null}
          {connection && services.length > 0 ? (
            <div className="results__more">
              <p className="hint">
                {t('results.showing', { shown: services.length, total: connection.totalCount })}
              </p>
              {connection.pageInfo.hasNextPage && state.page < MAX_PAGE ? (
                <button
                  type="button"
                  className="button"
                  disabled={result.fetching}
                  onClick={() => {
                    focusIndex.current = services.length;
                    go({ ...state, page: state.page + 1 }, true);
                  }}
                >
                  {t('results.loadMore')}
                </button>
              ) : null}
            </div>
          ) : null}
        </section>
      </div>
    </div>
  );
}
