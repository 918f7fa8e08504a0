import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useParams, useSearch } from 'wouter';
import { OtherHelp } from '../components/OtherHelp';
import { PageLoading, useDocumentTitle } from '../components/page';
import { ServiceCard } from '../components/ServiceCard';
import { useLanguage, withLang } from '../lib/language';
import { EMBED_QUERY, NETWORK_QUERY, type NetworkData, type SearchData } from '../lib/queries';
import { brandStyle } from '../lib/brand';
import { useOtherHelp } from '../lib/otherHelp';
import { listenForEscapeExit, quickExitTop } from '../lib/quickExit';
import { serializeSearch, type SearchServicesInput } from '../lib/searchState';
import { EmbedEventList } from './events/EmbedEventList';

export const EMBED_HEIGHT_MESSAGE = 'linja:embed-height';
const EMBED_SIZE = 50;

export interface EmbedParams {
  organization: string | null;
  region: string | null;
  theme: string | null;
  /** `otherHelp=1`: also the network's other providers that fit (embed.js `data-other-help`). */
  otherHelp: boolean;
}

/**
 * The widget's filters: `organization` (id), `region` (a 3-digit municipality code: services offered
 * there), `theme` (a term id or the theme's slug in the network) and `otherHelp` (1 or true: also
 * help outside the network, in its own labelled section after the network's services).
 */
export function parseEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const organization = params.get('organization');
  const region = params.get('region');
  const theme = params.get('theme');
  return {
    organization: organization && /^[0-9a-f-]{36}$/i.test(organization) ? organization : null,
    region: region && /^\d{3}$/.test(region) ? region : null,
    theme: theme && /^[0-9a-z-]{1,64}$/i.test(theme) ? theme : null,
    otherHelp: ['1', 'true'].includes(params.get('otherHelp') ?? ''),
  };
}

/** Tells the embedding page our height, whenever it changes (embed.js sizes the iframe). */
function usePostHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // The height is no secret; embed.js checks the message comes from its own iframe.
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    post();
    return () => {
      observer.disconnect();
    };
  }, []);
}

/**
 * `/embed/:networkSlug?organization=&region=&theme=&otherHelp=&lang=`: the page embed.js puts in an iframe on a
 * member association's site. Only this path may be framed by other sites (see create-app.ts). Links
 * open the portal's service page in a new tab.
 */
export default function EmbedPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { networkSlug } = useParams<{ networkSlug: string }>();
  const search = useSearch();
  const embed = useMemo(() => parseEmbedParams(search), [search]);
  // `view=events`: the network's public events instead of its services (routes/events).
  const showEvents = new URLSearchParams(search).get('view') === 'events';
  const [networkResult] = useQuery<NetworkData>({
    query: NETWORK_QUERY,
    variables: { slug: networkSlug },
  });
  const network = networkResult.data?.network;
  const themeId = embed.theme
    ? (network?.taxonomy.edges.find(
        (edge) => edge.node.id === embed.theme || edge.node.slug === embed.theme,
      )?.node.id ?? null)
    : null;
  const input: SearchServicesInput = { networkSlug, locale: language };
  if (embed.organization) input.organizationId = embed.organization;
  if (embed.region) input.municipalityCode = embed.region;
  if (themeId) input.themes = [themeId];
  const [{ data, fetching, error }] = useQuery<SearchData>({
    query: EMBED_QUERY,
    variables: { input, first: EMBED_SIZE, municipalityCode: embed.region ?? undefined },
    pause: !network || showEvents,
  });
  const title = network
    ? showEvents
      ? `${network.name}: ${t('events.heading')}`
      : t('embed.title', { network: network.name })
    : null;
  useDocumentTitle(title);
  usePostHeight();
  const otherProviders = useOtherHelp(
    embed.otherHelp && network && !showEvents
      ? {
          networkSlug,
          municipality: embed.region,
          themes: themeId ? [themeId] : [],
          targetGroups: [],
        }
      : null,
  );
  const rootRef = useRef<HTMLDivElement>(null);

  // Esc ×3 as on the portal's own pages, leaving the whole tab.
  useEffect(() => listenForEscapeExit(window, quickExitTop), []);

  useEffect(() => {
    document.body.classList.add('is-embed');
    return () => {
      document.body.classList.remove('is-embed');
    };
  }, []);

  const services = showEvents ? [] : (data?.searchServices.edges.map((edge) => edge.node) ?? []);
  const municipalityQuery = embed.region ? `?municipality=${embed.region}` : '';
  const portalSearch = serializeSearch({
    municipality: embed.region,
    themes: themeId ? [themeId] : [],
  });

  return (
    <div className="embed" ref={rootRef} style={brandStyle(network?.brand)}>
      <main className="embed__main">
        <div className="embed__top">
          <h1 className="embed__title">{title ?? t('app.title')}</h1>
          <button
            type="button"
            className="button button--exit button--small"
            onClick={quickExitTop}
          >
            {t('quickExit')}
          </button>
        </div>
        {network && showEvents ? (
          <EmbedEventList
            networkSlug={networkSlug}
            organizationId={embed.organization}
            municipalityCode={embed.region}
            themeId={themeId}
          />
        ) : null}
        {(fetching || !network) && !error && !networkResult.error ? <PageLoading /> : null}
        {error || networkResult.error ? <p role="alert">{t('results.error')}</p> : null}
        {data && !showEvents ? (
          <p className="results__count">
            {t('results.count', { count: data.searchServices.totalCount })}
          </p>
        ) : null}
        <ul className="results__list">
          {services.map((service) => (
            <li key={service.id}>
              <ServiceCard
                service={service}
                headingLevel={2}
                newTab
                municipality={embed.region}
                href={withLang(
                  `/${networkSlug}/services/${service.id}${municipalityQuery}`,
                  language,
                )}
              />
            </li>
          ))}
        </ul>
        {network && otherProviders && !showEvents ? (
          <OtherHelp networkName={network.name} providers={otherProviders} />
        ) : null}
        <p hidden={showEvents}>
          <a
            href={withLang(
              `/${networkSlug}/search${portalSearch ? `?${portalSearch}` : ''}`,
              language,
            )}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('embed.showAll')}
            <span className="linja-visually-hidden"> {t('embed.opensInNewTab')}</span>
          </a>
        </p>
      </main>
    </div>
  );
}
