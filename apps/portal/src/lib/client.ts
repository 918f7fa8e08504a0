import { cacheExchange, Client, fetchExchange, ssrExchange, type SSRData } from 'urql';

/** The element in which the API puts the first page's answers (server/firstPage.ts). */
export const FIRST_PAGE_DATA_ID = 'linja-first-page';

/**
 * The first page's answers the API wrote into the HTML (a JSON data block, never run as script),
 * or none: a page it did not answer, a signed-in reader, a build without the server module.
 */
export function readFirstPageData(doc: Document = document): SSRData | undefined {
  const text = doc.getElementById(FIRST_PAGE_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    return data && typeof data === 'object' ? (data as SSRData) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The portal's GraphQL client (same origin /graphql). urql's document cache answers a repeated
 * (query, variables) pair from memory (`cache-first`): the network shell is fetched once, Back to a
 * search or a service is instant and asks the API nothing. Mutations (sign-in/out) are followed by a
 * full page load, which starts a fresh cache. `firstPage`: answers already in the page's HTML, each
 * used once for its exact (query, variables) pair (then the document cache keeps it) instead of a
 * round trip; any other operation goes to the API as usual.
 */
export function createClient(url = '/graphql', firstPage?: SSRData): Client {
  return new Client({
    url,
    exchanges: firstPage
      ? [cacheExchange, ssrExchange({ isClient: true, initialState: firstPage }), fetchExchange]
      : [cacheExchange, fetchExchange],
    requestPolicy: 'cache-first',
    // POST with a JSON body: Apollo's CSRF prevention refuses a GET without a preflight-forcing header,
    // and GET URLs (with search words such as "turvakoti") would land in proxy logs.
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
  });
}
