import { cacheExchange, type UpdateResolver } from '@urql/exchange-graphcache';
import { Kind } from 'graphql';
import { Client, fetchExchange, mapExchange } from 'urql';
import { coreMutationUpdates, keys } from './cache';
import { isUnauthenticated } from './errors';

/** Fired on window when the API says the session is gone; the router sends the person to sign in. */
export const UNAUTHENTICATED_EVENT = 'linja:unauthenticated';

/** Operations whose UNAUTHENTICATED is an answer, not a lost session (wrong password, bad token). */
const AUTH_OPERATIONS = new Set([
  'SignIn',
  'AcceptInvitation',
  'ResetPassword',
  'CreateApiToken',
  'DisableTotp',
]);

export interface AdminClientOptions {
  url?: string;
  /** Graphcache `updates.Mutation` from the features (merged over the core ones). */
  mutationUpdates?: Record<string, UpdateResolver>;
  onUnauthenticated?: () => void;
}

/**
 * The admin's one GraphQL client: normalised cache (Graphcache), session cookie, POST only.
 *
 * - Same origin: the API serves the admin under /admin/ and answers /graphql (Vite proxies it in
 *   dev); `credentials: 'include'` sends the httpOnly session cookie also when the API is elsewhere.
 * - Always POST with a JSON body: Apollo's CSRF prevention refuses GETs without a preflight-forcing
 *   header, and GET URLs end up in proxy logs.
 * - UNAUTHENTICATED on any operation but sign-in itself → `onUnauthenticated` (the app goes to the
 *   sign-in page and comes back to the page afterwards).
 */
export function createUrqlClient(options: AdminClientOptions = {}): Client {
  const onUnauthenticated =
    options.onUnauthenticated ??
    (() => {
      window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
    });
  return new Client({
    url: options.url ?? '/graphql',
    exchanges: [
      mapExchange({
        onError(error, operation) {
          const name = operation.query.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)
            ?.name?.value;
          if (isUnauthenticated(error) && !(name && AUTH_OPERATIONS.has(name))) onUnauthenticated();
        },
      }),
      cacheExchange({
        keys,
        updates: { Mutation: { ...coreMutationUpdates, ...options.mutationUpdates } },
      }),
      fetchExchange,
    ],
    preferGetMethod: false,
    fetchOptions: { credentials: 'include' },
  });
}
