import { createHash } from 'node:crypto';

import { LRUCache } from 'lru-cache';

import { type SearchServicesInput } from '../dto/search-services.input';
import { type SearchRow } from '../query/search-result';

/**
 * How many positions of a ranking a computed search keeps (RESULT_SET_POSITIONS / 10 pages of the
 * portal's 10): ranking the first 100 positions costs the same as ranking the first 10 — the
 * window is read, counted and its best candidates scored either way; only the order of the rest
 * (a top-N sort of at most the window) reaches further.
 */
export const RESULT_SET_POSITIONS = 100;

export interface SearchResultSetOptions {
  /** How long a kept ranking may be used while the catalogue's generation is unchanged (0: off). */
  readonly ttlSeconds: number;
  /** Most rankings kept. */
  readonly maxEntries: number;
}

/** A computed ranking: its first positions (`row.ids`, `row.words`), its counts and facets. */
interface ResultSet {
  readonly generation: string;
  readonly row: SearchRow;
  /** The word groups the ranking was made of (how many a result must match to be a full match). */
  readonly groups: number;
  /** The ranking ends within `row.ids`: every later page is empty. */
  readonly complete: boolean;
}

/** A page of a kept ranking: the positions [offset, offset + take) and the ranking's counts. */
export interface KeptPage {
  readonly row: SearchRow;
  readonly groups: number;
}

/**
 * Rankings of searches kept for their next pages (issue 20). A search computes its ranking, its total
 * and its facets in one statement whichever page is asked for; a person who reads page 1 and then
 * asks for page 2 asked for the same ranking again. So a computed search keeps its first
 * RESULT_SET_POSITIONS positions with its counts, keyed by everything the ranking depends on (the
 * input without the page: text, filters, locale, network) and tagged with the catalogue generation
 * it was computed at (search-generation.ts: of its network, or of the whole catalogue); a later page
 * of the same search within those positions is a slice of it, not another ranking. Elasticsearch's
 * point-in-time search and Algolia's paginated hits keep a result set for paging the same way.
 *
 * Unlike the public response cache (public-search-cache.plugin.ts), a ranking depends on nobody's
 * identity — what a signed-in reader may see more is in the fields of the services, which are read
 * for each page — so signed-in searches use these too. The generation makes any committed change
 * seen by the next page at once; the TTL (SEARCH_CACHE_TTL_SECONDS, 0 turns this off with the
 * response cache) bounds what changes with the clock alone (a service hidden when its check is
 * overdue).
 */
export class SearchResultSets {
  private readonly sets: LRUCache<string, ResultSet> | null;

  constructor(options: SearchResultSetOptions) {
    this.sets =
      options.ttlSeconds > 0
        ? new LRUCache<string, ResultSet>({
            max: options.maxEntries,
            ttl: options.ttlSeconds * 1000,
          })
        : null;
  }

  get enabled(): boolean {
    return this.sets !== null;
  }

  /** The page [offset, offset + take) of the kept ranking of `key` at `generation`, if it holds it. */
  page(key: string, generation: string, offset: number, take: number): KeptPage | null {
    const set = this.sets?.get(key);
    if (!set || set.generation !== generation) return null;
    if (!set.complete && offset + take > set.row.ids.length) return null;
    return { row: slice(set.row, offset, take), groups: set.groups };
  }

  /** Keeps a ranking's first positions (`row` computed from position 0; `asked` positions asked). */
  keep(key: string, generation: string, row: SearchRow, groups: number, asked: number): void {
    this.sets?.set(key, { generation, row, groups, complete: row.ids.length < asked });
  }
}

/** The positions [offset, offset + take) of a ranking computed from position 0. */
export function slice(row: SearchRow, offset: number, take: number): SearchRow {
  return {
    ...row,
    ids: row.ids.slice(offset, offset + take),
    words: row.words.slice(offset, offset + take),
  };
}

/**
 * What a ranking depends on: the input without the page, its fields in a fixed order (so the same
 * search written with its fields in another order is the same key) and the locale as it defaults —
 * hashed, so a key's size does not follow the input's (a text may be as long as a request body).
 */
export function resultSetKey(input: SearchServicesInput, locale: string): string {
  const fields = Object.entries(input)
    .filter(([name, value]) => name !== 'locale' && value !== undefined && value !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify([locale, fields]))
    .digest('base64url');
}
