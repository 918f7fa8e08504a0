import { cacheExchange, Client, fetchExchange } from 'urql';

/**
 * The portal's GraphQL client (same origin /graphql). urql's document cache answers a repeated
 * (query, variables) pair from memory (`cache-first`): the network shell is fetched once, Back to a
 * search or a service is instant and asks the API nothing. Mutations (sign-in/out) are followed by a
 * full page load, which starts a fresh cache.
 */
export function createClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    requestPolicy: 'cache-first',
    // POST with a JSON body: Apollo's CSRF prevention refuses a GET without a preflight-forcing header,
    // and GET URLs (with search words such as "turvakoti") would land in proxy logs.
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
  });
}
