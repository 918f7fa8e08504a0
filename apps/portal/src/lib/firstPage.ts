import { type Language } from '@linja/ui';
import { type AnyVariables, type DocumentInput } from 'urql';
import { OTHER_HELP_QUERY, otherHelpVariables } from './otherHelp';
import { MUNICIPALITY_QUERY, NETWORK_QUERY, SEARCH_QUERY, SERVICE_QUERY } from './queries';
import { PAGE_SIZE, parseSearch, toSearchInput } from './searchState';

/** One query a page asks, with its exact variables (urql's operation key is made of both). */
export interface FirstPageOperation {
  query: DocumentInput<unknown, AnyVariables>;
  variables: AnyVariables;
}

/** The same municipality rule as the service page: a 3-digit code, else none. */
function serviceMunicipality(search: string): string | null {
  const code = new URLSearchParams(search).get('municipality') ?? '';
  return /^\d{3}$/.test(code) ? code : null;
}

/**
 * The queries the page at `pathname` + `search` asks first, in `language`: the network (brand,
 * taxonomy, `me`), then a results page's search (page 1, with the facets) and other help, or a
 * service page's service, and the municipality's name. Used at start-up (lib/prefetch.ts) and by the
 * API, which answers them into the page's HTML (server/firstPage.ts). Pages not listed here fetch
 * their own data.
 */
export function firstPageOperations(
  pathname: string,
  search: string,
  language: Language,
): FirstPageOperation[] {
  const [networkSlug, section, id] = pathname.split('/').filter(Boolean);
  if (!networkSlug || networkSlug === 'embed') return [];
  const operations: FirstPageOperation[] = [];
  const ask = <V extends AnyVariables>(query: DocumentInput<unknown, V>, variables: V) => {
    operations.push({ query, variables });
  };
  ask(NETWORK_QUERY, { slug: networkSlug });
  let municipality: string | null = null;
  if (section === 'search') {
    const state = parseSearch(search);
    // Page 1 only: a deeper page also asks the widened list, after the facets.
    if (state.page !== 1) return operations;
    municipality = state.municipality;
    ask(SEARCH_QUERY, {
      input: toSearchInput(state, networkSlug, language),
      first: PAGE_SIZE,
      municipalityCode: state.municipality ?? undefined,
    });
    ask(
      OTHER_HELP_QUERY,
      otherHelpVariables({
        networkSlug,
        municipality: state.municipality,
        themes: state.themes,
        targetGroups: state.targetGroups,
      }),
    );
  } else if (section === 'services' && id) {
    municipality = serviceMunicipality(search);
    ask(SERVICE_QUERY, { id, municipalityCode: municipality });
  }
  if (municipality) ask(MUNICIPALITY_QUERY, { code: municipality });
  return operations;
}

/** The route modules, by the page they render (App.tsx loads them lazily, one chunk each). */
export type RouteModule =
  | 'AllNetworksPage'
  | 'HomePage'
  | 'SearchPage'
  | 'ServicePage'
  | 'EmbedPage'
  | 'events/EventsPage'
  | 'events/EventPage'
  | 'info-sessions/InfoSessionsPage';

/** The route module the page at `pathname` renders first, when it is one worth loading at once. */
export function firstRouteModule(pathname: string): RouteModule | undefined {
  const [first, second, third] = pathname.split('/').filter(Boolean);
  if (first === 'embed') return 'EmbedPage';
  if (!first) return 'AllNetworksPage';
  if (!second) return 'HomePage';
  if (second === 'search') return 'SearchPage';
  if (second === 'services') return 'ServicePage';
  if (second === 'events') return third ? 'events/EventPage' : 'events/EventsPage';
  if (second === 'info-sessions') return 'info-sessions/InfoSessionsPage';
  return undefined;
}
