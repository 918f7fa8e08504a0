import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { NotFound, PageLoading, useDocumentTitle } from './components/page';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link, Redirect, Route, Switch, useParams, useSearch } from 'wouter';
import { Shell } from './components/Shell';
import { currentLanguage } from './lib/i18n';
import { languageFromSearch, withLang } from './lib/language';
import { useMunicipalityFromUrl } from './lib/municipalityMemory';
import { SingleEntryRouter } from './lib/singleEntryHistory';
import { NetworkContext } from './lib/network';
import { NETWORK_QUERY, NETWORKS_QUERY, type NetworkData, type NetworksData } from './lib/queries';
import { Localized } from './components/Localized';

// One chunk per route: a phone loads only the page it opens.
const routes = {
  home: () => import('./routes/HomePage'),
  search: () => import('./routes/SearchPage'),
  service: () => import('./routes/ServicePage'),
  safety: () => import('./routes/SafetyPage'),
  signIn: () => import('./routes/SignInPage'),
  embed: () => import('./routes/EmbedPage'),
};
const HomePage = lazy(routes.home);
const SearchPage = lazy(routes.search);
const ServicePage = lazy(routes.service);
const SafetyPage = lazy(routes.safety);
const SignInPage = lazy(routes.signIn);
const EmbedPage = lazy(routes.embed);

/**
 * Starts loading the first page's chunk at once, alongside the network query, instead of after it
 * (the route renders only once the network has loaded).
 */
export function preloadRoute(pathname: string): void {
  const [first, second] = pathname.split('/').filter(Boolean);
  const load =
    first === 'embed'
      ? routes.embed
      : !first
        ? undefined
        : !second
          ? routes.home
          : second === 'search'
            ? routes.search
            : second === 'services'
              ? routes.service
              : undefined;
  void load?.();
}

/** Loads every route's chunk (tests: lazy routes then render without waiting for a module load). */
export function preloadAllRoutes(): Promise<unknown> {
  return Promise.all(Object.values(routes).map((load) => load()));
}

/** Follows `?lang=` in the URL (a shared link, Back/Forward across a language switch). */
function useLanguageFromUrl() {
  const search = useSearch();
  const { i18n } = useTranslation();
  const fromUrl = languageFromSearch(search);
  useEffect(() => {
    if (fromUrl && fromUrl !== currentLanguage(i18n)) void i18n.changeLanguage(fromUrl);
  }, [fromUrl, i18n]);
}

/** `/`: the networks on this instance; with only one, straight to it. */
function NetworksPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [{ data, fetching, error }] = useQuery<NetworksData>({ query: NETWORKS_QUERY });
  useDocumentTitle(null);
  const networks = data?.networks.edges.map((edge) => edge.node) ?? [];
  if (networks.length === 1 && networks[0]) {
    return <Redirect to={withLang(`/${networks[0].slug}`, language)} replace />;
  }
  return (
    <Shell network={null} ready={!fetching}>
      <div className="hero">
        <div className="hero__inner">
          <h1 className="hero__heading">{t('hero.heading')}</h1>
          <p className="hero__intro">{t('hero.intro')}</p>
          <p className="emergency">
            {t('emergency.beforeNumber')} <a href="tel:112">112</a>.
          </p>
        </div>
      </div>
      <div className="content">
        <h2>{t('networks.heading')}</h2>
        {error ? <p role="alert">{t('results.error')}</p> : null}
        <ul className="network-list">
          {networks.map((network) => (
            <li key={network.id} className="card">
              <h3 className="card__title">
                <Link className="card__link" href={withLang(`/${network.slug}`, language)}>
                  {network.name}
                </Link>
              </h3>
              <Localized value={network.description} as="p" className="card__summary clamp" />
            </li>
          ))}
        </ul>
      </div>
    </Shell>
  );
}

/** Loads the network (brand, taxonomy) once for all of its pages; urql keeps it cached. */
function NetworkPages({ children }: { children: ReactNode }) {
  const { networkSlug } = useParams<{ networkSlug: string }>();
  const [{ data, error }] = useQuery<NetworkData>({
    query: NETWORK_QUERY,
    variables: { slug: networkSlug },
  });
  const network = data?.network ?? null;
  return (
    <Shell network={network} networkSlug={networkSlug} ready={Boolean(network ?? error)}>
      {network ? (
        <NetworkContext.Provider value={network}>
          <Suspense fallback={<PageLoading />}>{children}</Suspense>
        </NetworkContext.Provider>
      ) : error ? (
        <NotFound />
      ) : (
        <PageLoading />
      )}
    </Shell>
  );
}

/**
 * The public portal: routes as in ARCHITECTURE.md (Portal). The whole visit stays in one browser
 * history entry (lib/singleEntryHistory.tsx), so quick exit leaves nothing to go Back to.
 */
export function App() {
  return (
    <SingleEntryRouter>
      <PortalRoutes />
    </SingleEntryRouter>
  );
}

function PortalRoutes() {
  useLanguageFromUrl();
  useMunicipalityFromUrl();
  return (
    <Switch>
      <Route path="/">
        <NetworksPage />
      </Route>
      <Route path="/embed/:networkSlug">
        <Suspense fallback={<PageLoading />}>
          <EmbedPage />
        </Suspense>
      </Route>
      <Route path="/:networkSlug/*?">
        <NetworkPages>
          <Switch>
            <Route path="/:networkSlug">
              <HomePage />
            </Route>
            <Route path="/:networkSlug/search">
              <SearchPage />
            </Route>
            <Route path="/:networkSlug/services/:serviceId">
              <ServicePage />
            </Route>
            <Route path="/:networkSlug/safety">
              <SafetyPage />
            </Route>
            <Route path="/:networkSlug/signin">
              <SignInPage />
            </Route>
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </NetworkPages>
      </Route>
    </Switch>
  );
}
