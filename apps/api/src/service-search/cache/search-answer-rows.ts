import { LRUCache } from 'lru-cache';

/**
 * What a search answer shows besides its ranking: the rows its fields are resolved from. A service,
 * revision, organisation or term by its id; `deliveries`: a service's delivery rows by the
 * service's id; `areas`: a delivery's area rows by the delivery's id.
 */
export type AnswerRowKind =
  'service' | 'revision' | 'organization' | 'term' | 'deliveries' | 'areas';

export interface SearchAnswerRowOptions {
  /** How long a row may be used while the catalogue's generation is unchanged (0: off). */
  readonly ttlSeconds: number;
  /** Most rows kept (of every kind and generation together). */
  readonly maxEntries: number;
}

/**
 * Rows kept at most: SEARCH_CACHE_MAX_ENTRIES × this (12 000 with the defaults). A computed page
 * keeps ~40 (10 services, their revisions, delivery lists and, for a municipality, each delivery's
 * areas) and the facets' ~20 terms are shared, so the rows of the last few hundred computed pages
 * are kept: popular services stay, a distinct search's rows age out. An entry is one row or one
 * short list (a service's deliveries, a delivery's areas); a revision's content is the largest, a
 * few kB, so ~40 MB at most.
 */
export const ROWS_PER_KEPT_SEARCH = 6;

/**
 * The rows a search answer is made of — the page's services, their published revisions,
 * deliveries (with their areas) and responsible organisations, the facets' terms — kept per
 * catalogue generation (issue 20). Each was a round trip of every search: the services' read and
 * the DataLoader batches. Popular services,
 * the few organisations behind them and a network's terms appear in answer after answer, and every
 * table they come from raises the generation of their network and of the whole catalogue when it
 * changes (search-generation.ts), so a row read at a generation is right for every request that
 * reads the same generation. Keys are kind, generation and id: a change makes the next request read
 * the rows again (and the old ones age out of the LRU); a row read just after a change is kept under
 * the generation read before it at worst, which is newer than that generation, never older.
 *
 * The rows are the database's rows, the same whoever asks: what an actor may see of them is decided
 * where they are resolved (service-fields.resolver.ts), as when the loaders read them.
 */
export class SearchAnswerRows {
  private readonly rows: LRUCache<string, object> | null;

  constructor(options: SearchAnswerRowOptions) {
    this.rows =
      options.ttlSeconds > 0
        ? new LRUCache<string, object>({
            max: options.maxEntries * ROWS_PER_KEPT_SEARCH,
            ttl: options.ttlSeconds * 1000,
          })
        : null;
  }

  get enabled(): boolean {
    return this.rows !== null;
  }

  /** Keeps rows read elsewhere (the page's services and revisions read by the ranking statement). */
  keep(kind: AnswerRowKind, generation: string, rows: readonly { id: string }[]): void {
    this.keepEntries(
      kind,
      generation,
      rows.map((row) => [row.id, row]),
    );
  }

  /** Keeps values read elsewhere by their ids (a service's deliveries by the service's id). */
  keepEntries(kind: AnswerRowKind, generation: string, entries: Iterable<[string, object]>): void {
    const { rows } = this;
    if (!rows) return;
    for (const [id, value] of entries) rows.set(rowKey(kind, generation, id), value);
  }

  /** The row of `id` kept at `generation`, if it is. */
  peek(kind: AnswerRowKind, generation: string, id: string): object | undefined {
    return this.rows?.get(rowKey(kind, generation, id));
  }

  /**
   * The rows of `ids` in their order (null where there is none): those kept at `generation`, the
   * others read by `read` in one call (then kept).
   */
  async read<V extends object>(
    kind: AnswerRowKind,
    generation: string,
    ids: readonly string[],
    read: (ids: readonly string[]) => Promise<readonly (V | null | Error)[]>,
  ): Promise<(V | null)[]> {
    const { rows } = this;
    if (!rows) return toRows(await read(ids));
    const key = (id: string) => rowKey(kind, generation, id);
    const found = ids.map((id) => (rows.get(key(id)) as V | undefined) ?? null);
    const missing = [...new Set(ids.filter((_, index) => found[index] === null))];
    if (missing.length === 0) return found;
    const readRows = toRows(await read(missing));
    const byId = new Map<string, V>();
    missing.forEach((id, index) => {
      const row = readRows[index];
      if (!row) return;
      byId.set(id, row);
      rows.set(key(id), row);
    });
    return ids.map((id, index) => found[index] ?? byId.get(id) ?? null);
  }
}

const rowKey = (kind: AnswerRowKind, generation: string, id: string) =>
  `${kind}|${generation}|${id}`;

/** A DataLoader's loadMany answers an Error per failed key: the read then fails as a whole. */
function toRows<V>(answers: readonly (V | null | Error)[]): (V | null)[] {
  return answers.map((answer) => {
    if (answer instanceof Error) throw answer;
    return answer;
  });
}
