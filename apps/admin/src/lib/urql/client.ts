import { Client, fetchExchange } from 'urql';

/**
 * The admin's one GraphQL client. Same origin: the API serves the admin under /admin/ and answers
 * /graphql (Vite proxies it in dev), so the session cookie of a later issue just works.
 *
 * Only the fetch exchange for now; the normalised cache (Graphcache) arrives with the first real
 * entities in a later issue.
 */
export function createUrqlClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [fetchExchange],
    // Always POST with a JSON body: urql would send queries as GET, which Apollo's CSRF prevention
    // (rightly) refuses without a preflight-forcing header, and GET URLs end up in proxy logs.
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
  });
}

export const client = createUrqlClient();
