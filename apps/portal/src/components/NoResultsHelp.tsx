import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useHref, useLanguage } from '../lib/language';
import { pickText } from '../lib/localized';
import {
  ALTERNATIVES_QUERY,
  MUNICIPALITY_QUERY,
  type AlternativesData,
  type MunicipalityNode,
} from '../lib/queries';
import {
  activeFilterCount,
  EMPTY_SEARCH,
  serializeSearch,
  toSearchInput,
  type SearchServicesInput,
  type SearchState,
} from '../lib/searchState';
import { CallForHelp } from './Helplines';
import { municipalityName } from './MunicipalityPicker';

/** The API input for a search in one network, or in all of them (`networkSlug` null). */
export function searchInput(
  state: SearchState,
  networkSlug: string | null,
  locale: 'fi' | 'sv' | 'en',
): Omit<SearchServicesInput, 'networkSlug'> & { networkSlug?: string } {
  const { networkSlug: slug, ...input } = toSearchInput(state, networkSlug ?? '', locale);
  return networkSlug ? { ...input, networkSlug: slug } : input;
}

/** Where a search's results are: the network's results page, or `/` for all networks. */
export function resultsPath(networkSlug: string | null, state: Partial<SearchState>): string {
  const query = serializeSearch(state);
  return `${networkSlug ? `/${networkSlug}/search` : '/'}${query ? `?${query}` : ''}`;
}

type AlternativeKey = 'withoutPlace' | 'withoutFilters' | 'nearby' | 'remote';

interface Alternative {
  key: AlternativeKey;
  state: SearchState;
  label: string;
}

interface NoResultsHelpProps {
  state: SearchState;
  /** null: the search across all networks. */
  networkSlug: string | null;
  /** Some services matched some of the words (they are listed above this). */
  partial?: boolean;
  network?: { name: string; phone: string | null } | null;
  /** The network's other providers that fit (components/OtherHelp), shown before anything else. */
  otherHelp?: ReactNode;
  /** Only 112 among the helplines (when other providers are shown). */
  emergencyOnly?: boolean;
}

/**
 * Nothing found is never a dead end: other searches that do find something (the same words without
 * the municipality, without the filters, everything offered in the municipality — its wellbeing area
 * and nationwide services included — and what can be reached there by phone or chat), each with its
 * count, then a plain suggestion to call and the national helplines. The links are known at once and
 * the counts fill in (one round trip), so nothing moves when they arrive.
 */
export function NoResultsHelp({
  state,
  networkSlug,
  partial = false,
  network = null,
  otherHelp = null,
  emergencyOnly = false,
}: NoResultsHelpProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const href = useHref();
  const code = state.municipality;
  // The results line asked this already (cached): the name and the wellbeing area.
  const [{ data: place }] = useQuery<{ municipality: MunicipalityNode | null }>({
    query: MUNICIPALITY_QUERY,
    variables: { code: code ?? '' },
    pause: !code,
  });
  const municipality = code && place?.municipality?.code === code ? place.municipality : null;
  const name = municipality ? municipalityName(municipality, language) : (code ?? '');
  const area = pickText(municipality?.wellbeingArea?.name, language);

  const base: SearchState = { ...state, page: 1 };
  const alternatives: Alternative[] = [];
  if (code) {
    alternatives.push({
      key: 'withoutPlace',
      state: { ...base, municipality: null },
      label: state.q
        ? t('alternatives.withoutPlace', { q: state.q })
        : t('alternatives.withoutPlaceNoWords'),
    });
  }
  if (state.q && activeFilterCount(state) > 0) {
    alternatives.push({
      key: 'withoutFilters',
      state: { ...EMPTY_SEARCH, q: state.q, municipality: code },
      label: t('alternatives.withoutFilters'),
    });
  }
  if (code) {
    alternatives.push({
      key: 'nearby',
      state: { ...EMPTY_SEARCH, municipality: code },
      label: area
        ? t('alternatives.nearbyArea', { name, area })
        : t('alternatives.nearby', { name }),
    });
    alternatives.push({
      key: 'remote',
      state: { ...EMPTY_SEARCH, municipality: code, channels: ['PHONE', 'CHAT'] },
      label: t('alternatives.remote', { name }),
    });
  }
  const inputOf = (key: AlternativeKey) => {
    const alternative = alternatives.find((a) => a.key === key);
    return searchInput(alternative?.state ?? base, networkSlug, language);
  };
  const has = (key: AlternativeKey) => alternatives.some((a) => a.key === key);
  const [{ data }] = useQuery<AlternativesData>({
    query: ALTERNATIVES_QUERY,
    variables: {
      withoutPlace: inputOf('withoutPlace'),
      withoutFilters: inputOf('withoutFilters'),
      nearby: inputOf('nearby'),
      remote: inputOf('remote'),
      skipWithoutPlace: !has('withoutPlace'),
      skipWithoutFilters: !has('withoutFilters'),
      skipNearby: !has('nearby'),
    },
    pause: alternatives.length === 0,
  });

  return (
    <div className={partial ? 'empty empty--partial' : 'empty'}>
      <h2>{partial ? t('alternatives.partialHeading') : t('results.emptyTitle')}</h2>
      {partial ? null : <p>{t('results.emptyTips')}</p>}
      {otherHelp}
      {alternatives.length ? (
        <>
          <h3>{t('alternatives.heading')}</h3>
          <ul className="alternatives">
            {alternatives.map((alternative) => {
              const count = data?.[alternative.key]?.totalCount;
              return (
                <li key={alternative.key} className="alternative">
                  {count === 0 ? (
                    <span className="alternative__label">{alternative.label}</span>
                  ) : (
                    <Link
                      className="alternative__label"
                      href={href(resultsPath(networkSlug, alternative.state))}
                    >
                      {alternative.label}
                    </Link>
                  )}
                  <span
                    className="alternative__count"
                    // Asked by the app: a rendered page with it starts the app at once (lazyHydration.ts).
                    data-linja-asks={count === undefined ? '' : undefined}
                  >
                    {count === undefined ? '…' : t('alternatives.count', { count })}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <CallForHelp network={network} emergencyOnly={emergencyOnly} />
    </div>
  );
}
