import { Prisma } from '@linja/db';

import { LOOSE_WORD_SIMILARITY } from '../utils/search-text.util';

/**
 * Settings of the search's statements (its own sessions' startup settings on a server, SET LOCAL in
 * its transaction on PGlite; the benchmark's SQL floor uses them too):
 *  - the vocabulary lookup returns words down to the similarity of an unknown word (rule 2c);
 *  - no JIT: compiling cost ~0.7 s per query, far more than the query (the planner's cost estimates
 *    of these queries are far above jit_above_cost);
 *  - work_mem 32 MB: the facets group the matches (up to every published service) by their facet
 *    values in one hash aggregation, which the planner otherwise does by sorting them all;
 *  - no sequential scan where an index applies: a common word matches half of the catalogue, so the
 *    planner would scan and test every row's three text vectors against a query of up to 40 similar
 *    words per typed word; the GIN indexes answer the same in a fraction of the time. (A search
 *    without text has no index condition and still scans.)
 *  - and such a scan starts at the table's first page: a scan of a table larger than a quarter of
 *    shared_buffers otherwise joins one already running (synchronize_seqscans), so a window read
 *    without an order (search.query.ts) held other rows each time, and the same search's estimated
 *    facets (facetsExact false) changed from one request to the next.
 */
export const SEARCH_SETTINGS: Readonly<Record<string, string>> = {
  'pg_trgm.word_similarity_threshold': String(LOOSE_WORD_SIMILARITY),
  jit: 'off',
  work_mem: '32MB',
  enable_seqscan: 'off',
  synchronize_seqscans: 'off',
};

/** The settings a search's statements run with: SEARCH_SETTINGS and the statement timeout. */
export function searchSessionSettings(statementTimeoutMs: number): Record<string, string> {
  return { ...SEARCH_SETTINGS, statement_timeout: `${statementTimeoutMs}ms` };
}

/** Sets them for the rest of a transaction (SET LOCAL: PGlite, which has no search sessions). */
export async function applySettings(
  tx: Pick<Prisma.TransactionClient, '$queryRaw'>,
  statementTimeoutMs: number,
): Promise<void> {
  const all = searchSessionSettings(statementTimeoutMs);
  const settings = Object.entries(all).map(
    ([name, value]) => Prisma.sql`set_config(${name}, ${value}, true)`,
  );
  await tx.$queryRaw`SELECT ${Prisma.join(settings, ', ')}`;
}
