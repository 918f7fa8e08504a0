import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { NotFound, PageLoading } from './components/page';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Route, Switch, useParams, useSearch } from 'wouter';
import { Shell } from './components/Shell';
import { firstRouteModule, type RouteModule } from './lib/firstPage';
import { currentLanguage } from './lib/i18n';
import { languageFromSearch } from './lib/language';
import { useMunicipalityFromUrl } from './lib/municipalityMemory';
import { SingleEntryRouter } from './lib/singleEntryHistory';
import { NetworkContext } from './lib/network';
import { NETWORK_QUERY, type NetworkData } from './lib/queries';

// One chunk per route: a phone loads only the page it opens.
const routes = {
  allNetworks: () => import('./routes/AllNetworksPage'),
  home: () => import('./routes/HomePage'),
  search: () => import('./routes/SearchPage'),
  service: () => import('./routes/ServicePage'),
  safety: () => import('./routes/SafetyPage'),
  signIn: () => import('./routes/SignInPage'),
  embed: () => import('./routes/EmbedPage'),
  events: () => import('./routes/events/EventsPage'),
  event: () => import('./routes/events/EventPage'),
  signupLink: () => import('./routes/events/SignupLinkPage'),
  infoSessions: () => import('./routes/info-sessions/InfoSessionsPage'),
  myReferrals: () => import('./routes/referrals/MyReferralsPage'),
  feedback: () => import('./routes/feedback/FeedbackPage'),
};
const AllNetworksPage = lazy(routes.allNetworks);
const HomePage = lazy(routes.home);
const SearchPage = lazy(routes.search);
const ServicePage = lazy(routes.service);
const SafetyPage = lazy(routes.safety);
const SignInPage = lazy(routes.signIn);
const EmbedPage = lazy(routes.embed);
const EventsPage = lazy(routes.events);
const EventPage = lazy(routes.event);
const SignupLinkPage = lazy(routes.signupLink);
const InfoSessionsPage = lazy(routes.infoSessions);
const MyReferralsPage = lazy(routes.myReferrals);
const FeedbackPage = lazy(routes.feedback);

/** The route chunks lib/firstPage.ts names (the API preloads the same chunk from the page's HTML). */
const firstRoutes: Record<RouteModule, () => Promise<unknown>> = {
  AllNetworksPage: routes.allNetworks,
  HomePage: routes.home,
  SearchPage: routes.search,
  ServicePage: routes.service,
  EmbedPage: routes.embed,
  'events/EventsPage': routes.events,
  'events/EventPage': routes.event,
  'info-sessions/InfoSessionsPage': routes.infoSessions,
};

/**
 * Starts loading the first page's chunk at once, alongside the network query, instead of after it
 * (the route renders only once the network has loaded).
 */
export function preloadRoute(pathname: string): void {
  const first = firstRouteModule(pathname);
  if (first) void firstRoutes[first]();
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

/** Loads the network (brand, taxonomy) once for all of its pages; urql keeps it cached. */
function NetworkPages({ children }: { children: ReactNode }) {
  const { networkSlug } = useParams<{ networkSlug: string }>();
  const [{ data, error }] = useQuery<NetworkData>({
    query: NETWORK_QUERY,
    variables: { slug: networkSlug },
  });
  const network = data?.network ?? null;
  return (
    <Shell
      network={network}
      networkSlug={networkSlug}
      me={data?.me ?? null}
      ready={Boolean(network ?? error)}
    >
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
        {/* Renders its own Shell (no network); until its code loads, the Shell's placeholder. */}
        <Suspense
          fallback={
            <Shell network={null} ready={false}>
              {null}
            </Shell>
          }
        >
          <AllNetworksPage />
        </Suspense>
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
            <Route path="/:networkSlug/events">
              <EventsPage />
            </Route>
            <Route path="/:networkSlug/events/:eventId">
              <EventPage />
            </Route>
            <Route path="/:networkSlug/events/:eventId/confirm">
              <SignupLinkPage action="confirm" />
            </Route>
            <Route path="/:networkSlug/events/:eventId/cancel">
              <SignupLinkPage action="cancel" />
            </Route>
            <Route path="/:networkSlug/info-sessions">
              <InfoSessionsPage />
            </Route>
            <Route path="/:networkSlug/feedback/:surveyId/referrer">
              <FeedbackPage audience="REFERRER" />
            </Route>
            <Route path="/:networkSlug/feedback/:surveyId">
              <FeedbackPage />
            </Route>
            <Route path="/:networkSlug/referrals">
              <MyReferralsPage />
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
