import { type Language } from '@linja/ui';
import { type AnyVariables, type Client, type DocumentInput } from 'urql';
import { OTHER_HELP_QUERY, otherHelpVariables } from './otherHelp';
import { MUNICIPALITY_QUERY, NETWORK_QUERY, SEARCH_QUERY, SERVICE_QUERY } from './queries';
import { PAGE_SIZE, parseSearch, toSearchInput } from './searchState';

/** The same municipality rule as the service page: a 3-digit code, else none. */
function serviceMunicipality(search: string): string | null {
  const code = new URLSearchParams(search).get('municipality') ?? '';
  return /^\d{3}$/.test(code) ? code : null;
}

/**
 * The first page's queries, asked at start-up side by side instead of one after another: the pages
 * render inside the network's shell, so their own query would otherwise leave only once the network
 * has arrived (a second round trip before a results or service page can show anything). Each is the
 * exact (query, variables) pair the page asks, so urql answers the page from this request, in flight
 * or done (`cache-first`), and nothing is asked twice. Pages not listed here fetch as before.
 */
export function prefetchFirstPage(
  client: Pick<Client, 'query'>,
  pathname: string,
  search: string,
  language: Language,
): void {
  const [networkSlug, section, id] = pathname.split('/').filter(Boolean);
  if (!networkSlug || networkSlug === 'embed') return;
  const ask = <V extends AnyVariables>(query: DocumentInput<unknown, V>, variables: V) => {
    void client.query(query, variables).toPromise();
  };
  ask(NETWORK_QUERY, { slug: networkSlug });
  let municipality: string | null = null;
  if (section === 'search') {
    const state = parseSearch(search);
    // Page 1 only: a deeper page also asks the widened list, after the facets.
    if (state.page !== 1) return;
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
}
