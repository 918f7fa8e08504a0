import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { Filters } from '../components/Filters';
import { useMunicipalityName } from '../components/MunicipalityPicker';
import { NoResultsHelp } from '../components/NoResultsHelp';
import { OtherHelp } from '../components/OtherHelp';
import { useOtherHelp } from '../lib/otherHelp';
import { useDocumentTitle } from '../components/page';
import { SearchForm } from '../components/SearchForm';
import { partlyMatchingIds, ServiceCard } from '../components/ServiceCard';
import { useHref, useLanguage } from '../lib/language';
import { pickText } from '../lib/localized';
import { useNetwork } from '../lib/network';
import {
  SEARCH_LIST_QUERY,
  SEARCH_QUERY,
  type SearchData,
  type SearchListData,
} from '../lib/queries';
import {
  MAX_PAGE,
  PAGE_SIZE,
  parseSearch,
  serializeSearch,
  toSearchInput,
  type SearchState,
} from '../lib/searchState';
import { resultCount, showingCount } from '../lib/resultCount';

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
  const input = toSearchInput(state, network.slug, language);
  // The cards' contact is the delivery serving the municipality (undefined: left out of the request).
  const municipalityCode = state.municipality ?? undefined;
  // The first page with the facets; "load more" widens a list without them (the API's cost limit:
  // see CARD_FIELDS in lib/queries.ts).
  const [head, reexecuteHead] = useQuery<SearchData>({
    query: SEARCH_QUERY,
    variables: { input, first: PAGE_SIZE, municipalityCode },
  });
  const [list, reexecuteList] = useQuery<SearchListData>({
    query: SEARCH_LIST_QUERY,
    variables: { input, first: PAGE_SIZE * state.page, municipalityCode },
    pause: state.page === 1,
  });
  const current =
    head.data && (state.page === 1 || list.data)
      ? { head: head.data, list: state.page > 1 ? (list.data ?? null) : null }
      : null;
  // While the next result loads, keep the last one on screen (no flash, no jump).
  const [shown, setShown] = useState<typeof current>(null);
  if (current && (!shown || current.head !== shown.head || current.list !== shown.list)) {
    setShown(current);
  }
  const error = head.error ?? list.error;
  // A failed search never shows the previous search's results under its own heading; a failed
  // "load more" keeps the pages this search already has. Both say that it failed (below).
  const data = current ?? (error && !head.data ? null : shown);
  const connection = data ? (data.list ?? data.head).searchServices : undefined;
  const facets = data?.head.searchServices.facets ?? null;
  const fetching = head.fetching || list.fetching;
  const services = connection?.edges.map((edge) => edge.node) ?? [];
  const partlyMatching = partlyMatchingIds(connection);
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
    if (index === null || fetching || !listRef.current) return;
    const link = listRef.current.querySelectorAll<HTMLElement>('.card__link')[index];
    if (link) {
      link.focus();
      focusIndex.current = null;
    }
  }, [fetching, services.length]);

  const networkPhone = { name: network.name, phone: network.contact.phone };
  // Help outside the network for the same place and terms: its own section, never mixed in.
  const otherProviders =
    useOtherHelp({
      networkSlug: network.slug,
      municipality: state.municipality,
      themes: state.themes,
      targetGroups: state.targetGroups,
    }) ?? [];
  const otherHelp = <OtherHelp networkName={network.name} providers={otherProviders} />;

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
          facets={facets}
          facetsExact={data?.head.searchServices.facetsExact}
          terms={network.taxonomy.edges.map((edge) => edge.node)}
          onChange={(next) => {
            go(next);
          }}
        />
        <section className="results__main" aria-labelledby="results-count" aria-busy={fetching}>
          <p id="results-count" className="results__count" role="status">
            {connection
              ? `${resultCount(t, connection)}${
                  placeName ? ` ${t('results.near', { name: placeName })}` : ''
                }`
              : error
                ? ''
                : t('results.loading')}
          </p>
          {error && !current ? (
            <div role="alert" className="notice">
              <p>{t('results.error')}</p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  reexecuteHead({ requestPolicy: 'network-only' });
                  if (state.page > 1) reexecuteList({ requestPolicy: 'network-only' });
                }}
              >
                {t('results.retry')}
              </button>
            </div>
          ) : null}
          {connection?.partialMatch && connection.totalCount > 0 ? (
            <p className="notice">{t('results.partial')}</p>
          ) : null}
          {!data && !error ? <SkeletonCards /> : null}
          {connection && connection.totalCount === 0 ? (
            <NoResultsHelp
              state={state}
              networkSlug={network.slug}
              network={networkPhone}
              otherHelp={
                <OtherHelp networkName={network.name} providers={otherProviders} headingLevel={3} />
              }
              emergencyOnly={otherProviders.length > 0}
            />
          ) : null}
          {services.length ? (
            <ul ref={listRef} className={fetching ? 'results__list is-stale' : 'results__list'}>
              {services.map((service) => (
                <li key={service.id}>
                  <ServiceCard
                    service={service}
                    href={serviceHref(service.id)}
                    municipality={state.municipality}
                    partialMatch={partlyMatching.has(service.id)}
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
                  disabled={fetching}
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
          {connection?.partialMatch && connection.totalCount > 0 ? (
            <NoResultsHelp
              state={state}
              networkSlug={network.slug}
              network={networkPhone}
              partial
            />
          ) : null}
          {connection && connection.totalCount > 0 ? otherHelp : null}
        </section>
      </div>
    </div>
  );
}
