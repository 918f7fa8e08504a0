import {
  createElement,
  lazy,
  Suspense,
  useEffect,
  useRef,
  type ComponentType,
  type ReactNode,
} from 'react';
import { NotFound, PageLoading } from './components/page';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Route, Switch, useLocation, useParams, useSearch } from 'wouter';
import { Shell } from './components/Shell';
import { forgetCarriedValues } from './lib/carriedFields';
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
type RouteLoader = () => Promise<{ default: ComponentType<never> }>;

/**
 * A lazily loaded route that renders at once when its chunk is already in: `React.lazy` alone
 * suspends on its first render even then, which would leave a server-rendered page's HTML to be
 * replaced by a placeholder while hydrating. `load` runs the import and remembers the module.
 */
function lazyRoute<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined;
  const remember = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(remember);
  function Route(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy, props);
  }
  return Object.assign(Route, { load: remember as RouteLoader });
}

const AllNetworksPage = lazyRoute(routes.allNetworks);
const HomePage = lazyRoute(routes.home);
const SearchPage = lazyRoute(routes.search);
const ServicePage = lazyRoute(routes.service);
const SafetyPage = lazyRoute(routes.safety);
const SignInPage = lazyRoute(routes.signIn);
const EmbedPage = lazyRoute(routes.embed);
const EventsPage = lazyRoute(routes.events);
const EventPage = lazyRoute(routes.event);
const SignupLinkPage = lazyRoute(routes.signupLink);
const InfoSessionsPage = lazyRoute(routes.infoSessions);
const MyReferralsPage = lazyRoute(routes.myReferrals);
// Its props are optional (`= {}`), which lazyRoute cannot infer.
const FeedbackPage = lazyRoute<{ audience?: 'CLIENT' | 'REFERRER' }>(routes.feedback);

/** The route chunks lib/firstPage.ts names (the API preloads the same chunk from the page's HTML). */
const firstRoutes: Record<RouteModule, RouteLoader> = {
  AllNetworksPage: AllNetworksPage.load,
  HomePage: HomePage.load,
  SearchPage: SearchPage.load,
  ServicePage: ServicePage.load,
  EmbedPage: EmbedPage.load,
  'events/EventsPage': EventsPage.load,
  'events/EventPage': EventPage.load,
  'info-sessions/InfoSessionsPage': InfoSessionsPage.load,
};

/**
 * Starts loading the first page's chunk at once, alongside the network query, instead of after it
 * (the route renders only once the network has loaded). Resolves when it is in (then the route
 * renders without suspending: main.tsx hydrates a server-rendered page only then).
 */
export function preloadRoute(pathname: string): Promise<void> {
  const first = firstRouteModule(pathname);
  return first ? firstRoutes[first]().then(() => undefined) : Promise.resolve();
}

/** Loads every route's chunk (tests: lazy routes then render without waiting for a module load). */
export function preloadAllRoutes(): Promise<unknown> {
  return Promise.all(
    [
      AllNetworksPage,
      HomePage,
      SearchPage,
      ServicePage,
      SafetyPage,
      SignInPage,
      EmbedPage,
      EventsPage,
      EventPage,
      SignupLinkPage,
      InfoSessionsPage,
      MyReferralsPage,
      FeedbackPage,
    ].map((page) => page.load()),
  );
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

/**
 * Values carried over from a failed hydration (lib/carriedFields.ts) are for the page they were
 * typed on: forgotten when the person goes to another.
 */
function useCarriedFieldsForThisPageOnly() {
  const [location] = useLocation();
  const first = useRef(location);
  useEffect(() => {
    if (location !== first.current) forgetCarriedValues();
  }, [location]);
}

function PortalRoutes() {
  useCarriedFieldsForThisPageOnly();
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
