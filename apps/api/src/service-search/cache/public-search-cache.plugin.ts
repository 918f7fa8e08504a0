import { createHash } from 'node:crypto';

import {
  type ApolloServerPlugin,
  type GraphQLRequestContext,
  type GraphQLRequestContextWillSendResponse,
  type GraphQLRequestListener,
  type GraphQLResponse,
  HeaderMap,
} from '@apollo/server';
import { LRUCache } from 'lru-cache';

import { type GraphQLContext } from '../../graphql/graphql-context';
import { isCacheableSearch, searchedNetworks } from './cacheable-operation';
import { rememberedGeneration } from './search-generation';

/** Response header on every cacheable search: `hit` (served from the cache) or `miss` (computed). */
export const SEARCH_CACHE_HEADER = 'x-linja-search-cache';

export interface PublicSearchCacheOptions {
  /** How long a response may be reused while the catalogue's generation is unchanged. */
  readonly ttlSeconds: number;
  /** Most responses kept. */
  readonly maxEntries: number;
  /**
   * The current generation of what a search depends on (search-generation.ts): of the networks it
   * searches within (their slugs), or of the whole catalogue (null).
   */
  readonly generation: (networkSlugs: readonly string[] | null) => Promise<string>;
}

interface Entry {
  readonly generation: string;
  readonly data: Record<string, unknown>;
  /** Bytes of the response as JSON, for the size bound. */
  readonly size: number;
}

/** Most memory the kept responses may take (their JSON size). */
const MAX_BYTES = 64 * 1024 * 1024;
/** How long an identical search waits for the one computing its response before running itself. */
const MAX_WAIT_MS = 10_000;

/**
 * The public search response cache: an Apollo Server plugin that keeps the `data` of anonymous
 * `searchServices` queries (cacheable-operation.ts) in an in-process LRU, keyed by the query text,
 * operation name and variables, and tagged with the catalogue generation read at the start of the
 * request — of the networks the search is within, or of the whole catalogue for a search across
 * networks. A response is served from the cache only while that generation is still the same, so a
 * change committed by any API process (or straight into the database) is seen by the next search,
 * and a change in one network leaves the other networks' searches cached;
 * the TTL bounds what changes with the clock alone.
 *
 * Per request: one primary-key read of the generation; on a hit nothing else touches the database,
 * no resolver runs. Identical searches that arrive while one is being computed wait for its result
 * instead of computing it again. Errors are never kept. Operation limits (depth, cost, aliases) have
 * run before this plugin's hook, so a cached response is refused in the same cases as a computed one.
 */
export function createPublicSearchCachePlugin(
  options: PublicSearchCacheOptions,
): ApolloServerPlugin<GraphQLContext> {
  const cache = new LRUCache<string, Entry>({
    max: options.maxEntries,
    maxSize: MAX_BYTES,
    sizeCalculation: (entry) => Math.max(1, entry.size),
    ttl: options.ttlSeconds * 1000,
  });
  /** Searches being computed, by key and generation: the entry they will store (null: none). */
  const inFlight = new Map<string, Promise<Entry | null>>();

  return {
    requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
      let hit = false;
      let computing: {
        key: string;
        flight: string;
        generation: string;
        promise: Promise<Entry | null>;
        settle(entry: Entry | null): void;
      } | null = null;

      return Promise.resolve({
        async responseForOperation(
          context: GraphQLRequestContext<GraphQLContext>,
        ): Promise<GraphQLResponse | null> {
          const { operation } = context;
          if (!operation || !isCacheableSearch(operation, context.contextValue.actor)) return null;
          const key = cacheKey(context);
          let generation: string;
          try {
            generation = await rememberedGeneration(
              context.contextValue.searchGenerations,
              options.generation,
              searchedNetworks(operation, context.schema, context.request.variables),
            );
          } catch {
            // Unreadable (the database is down): run the search uncached. A failure thrown from
            // here would become Apollo's opaque 500; the resolver's own query reports it properly
            // (a database outage as SERVICE_UNAVAILABLE, 503).
            return null;
          }
          const flight = `${generation}:${key}`;
          let entry = cache.get(key);
          if (entry?.generation !== generation) {
            const pending = inFlight.get(flight);
            entry = (pending ? await withTimeout(pending, MAX_WAIT_MS) : null) ?? undefined;
          }
          if (entry?.generation === generation) {
            hit = true;
            return {
              body: { kind: 'single', singleResult: { data: entry.data } },
              http: { status: undefined, headers: new HeaderMap() },
            };
          }
          let settle: (entry: Entry | null) => void = () => undefined;
          const promise = new Promise<Entry | null>((resolve) => (settle = resolve));
          inFlight.set(flight, promise);
          computing = { key, flight, generation, promise, settle };
          return null;
        },

        willSendResponse(
          context: GraphQLRequestContextWillSendResponse<GraphQLContext>,
        ): Promise<void> {
          if (hit) {
            context.response.http.headers.set(SEARCH_CACHE_HEADER, 'hit');
          } else if (computing) {
            context.response.http.headers.set(SEARCH_CACHE_HEADER, 'miss');
            const { body } = context.response;
            let entry: Entry | null = null;
            if (body.kind === 'single' && !body.singleResult.errors && body.singleResult.data) {
              const data = body.singleResult.data;
              entry = { generation: computing.generation, data, size: JSON.stringify(data).length };
              cache.set(computing.key, entry);
            }
            if (inFlight.get(computing.flight) === computing.promise)
              inFlight.delete(computing.flight);
            computing.settle(entry);
            computing = null;
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/** The query text, operation name and variables: everything an anonymous response depends on. */
function cacheKey(context: GraphQLRequestContext<GraphQLContext>): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        context.source ?? '',
        context.operationName ?? null,
        context.request.variables ?? {},
      ]),
    )
    .digest('base64url');
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      resolve(null);
    }, ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
