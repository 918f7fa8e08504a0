import { Injectable } from '@nestjs/common';
import { Prisma, PrismaClient, type SqlSessions } from '@linja/db';

import { BadUserInputError } from '../common/errors/domain-error';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type PaginationArgs,
} from '../common/pagination/pagination.args';
import { cursorPart, decodeCursor, encodeCursor } from '../common/pagination/cursor';
import { toServiceParent } from '../service-offering/service-offering.mapper';
import { type SearchServicesInput } from './dto/search-services.input';
import {
  SEARCH_LOCALES,
  type ServiceSearchConnection,
  type TSearchLocale,
} from './models/service-search.model';
import {
  lookUpFilters,
  NetworkIds,
  resolveFilters,
  type SearchFilters,
  searchFilters,
} from './query/search-filters';
import { type SearchSql, sqlInTransaction, sqlOnSessions } from './query/search-sql';
import { parseJsonColumns, type SearchRow, toFacets } from './query/search-result';
import { type MatchShape, type RowsOfPage, searchQuery } from './query/search.query';
import { type PageRowsShown } from './query/page-rows';
import { keepPageRows, readPageServices } from './cache/kept-page-rows';
import { MunicipalityScopes } from '../region/region-scope';
import { defaultSearchConcurrency, SearchGate } from './limits/search-gate';
import { SearchAnswerRows } from './cache/search-answer-rows';
import { readSearchGeneration, searchedNetworkSlugs } from './cache/search-generation';
import {
  RESULT_SET_POSITIONS,
  resultSetKey,
  SearchResultSets,
  slice,
} from './cache/search-result-sets';
import { isStatementTimeout, searchTimeoutError } from './limits/search-timeout';
import { queryWords, type WordGroup } from './utils/search-text.util';
import { WordExpander } from './words/word-expander';
import { applySettings } from './query/search-settings';

/**
 * With at least this many services matching every word group, the search does not look for those
 * matching most of them: they would only follow these (rule 3).
 */
const ENOUGH_FULL_MATCHES = 50;

/**
 * Of two word groups, with fewer services than a page of results (the portal shows 10) matching
 * both, those matching one of them follow (rule 3): "mieheni lyö" finds the shelter that has both
 * words, and then the other services about violence, each marked as matching some of the words.
 */
const FEW_FULL_MATCHES = 10;

/** How much work one search may do, and how many run at once (env SEARCH_*; AppConfig). */
export interface SearchOptions {
  /**
   * Most matches one search reads (search.query.ts, windowed); results, facets and totalCount come
   * from them. No page starts beyond it.
   */
  readonly matchWindow: number;
  /** statement_timeout of the search's statements: a longer one is cancelled (SEARCH_TIMEOUT). */
  readonly statementTimeoutMs: number;
  /** Searches using the database at once, and searches that may wait for a turn (SearchGate). */
  readonly concurrency: number;
  readonly queue: number;
  /**
   * How long a computed ranking is kept for the search's next pages (SearchResultSets; the public
   * search cache's SEARCH_CACHE_TTL_SECONDS), and how many are kept. 0 keeps none.
   */
  readonly keepSeconds: number;
  readonly keepEntries: number;
}

/** The current catalogue generation of the networks a search is within (search-generation.ts). */
export type GenerationReader = (networkSlugs: readonly string[] | null) => Promise<string>;

export const DEFAULT_SEARCH_OPTIONS: SearchOptions = {
  matchWindow: 1000,
  statementTimeoutMs: 3000,
  concurrency: defaultSearchConcurrency(),
  queue: 500,
  keepSeconds: 0,
  keepEntries: 2000,
};
/** What a search reads of its page's services unless told (the resolver tells: answerShows). */
const SHOWN_BY_DEFAULT: PageRowsShown = { revisions: true, deliveries: false, areas: false };
/** A search cursor is `['o', offset]`: the position of the last result shown. */
const SEARCH_CURSOR = [cursorPart.literal('o'), cursorPart.offset] as const;

/**
 * Public search over published services (issues 5 and 12), entirely in PostgreSQL: full-text search
 * with each language's configuration, a vocabulary of the texts' words with trigram similarity
 * (pg_trgm), a network-managed synonym list. A search reads only service_search_row (one denormalised
 * row per published service, kept by triggers; see ARCHITECTURE.md "Search").
 *
 * Ranking rules (also in ARCHITECTURE.md, "Search"):
 *  1. Words. The query is split into words (at most 8); stop words of the query's locale are
 *     dropped. A word the vocabulary does not know (no vocabulary word starts with its stem) that
 *     splits into two known parts becomes those two words (eroperhe → ero + perhe, babyblues → baby
 *     + blues); two typed words the vocabulary knows written together also match as one (turva koti
 *     ~ turvakoti). Words that a multi-word synonym entry names ("violence at home") become one
 *     word group of that synonym group's entries. Each remaining word is a word group.
 *  2. Matching. A group matches in any of these ways:
 *     a. a prefix of its stem in the Finnish, Swedish or English document (each stemmed with its own
 *        configuration): turvakotiin → 'turvakot':*, väkivalta → väkivaltatyö;
 *     b. for Finnish, the stem without its last letter (consonant gradation: turvakodista → turvakoti);
 *     c. the exact stem of a vocabulary word (search_word: every distinct word of the search texts)
 *        with trigram word similarity ≥ 0.6 to it (at most 40, most similar first; ≥ 0.5 for a word
 *        that matches no other way: aggeredi → Aggredi): a part of a compound (väkivalta →
 *        lähisuhdeväkivaltaa) and typos (turvakti → turvakoti). Comparing with the small vocabulary
 *        instead of every service's text keeps every condition on the GIN-indexed tsvectors;
 *     d. any of the above for an entry of a synonym group of the network (of any network when no
 *        network is chosen) that contains the word (ero ~ avioero; abuse ~ violence): a Finnish
 *        entry by its prefix, a Swedish or English one by its exact stem; the words of a phrase
 *        entry all in one document (the phrases of groups that the typed words did not name only in
 *        the Finnish document: "support group" would match any English text with both words).
 *  3. Most words. A service must match requiredGroups(n) of the n groups: all of one or two, then
 *     ⌈2n/3⌉; services matching more groups come first. When no service matches that many, those
 *     matching most (at least one) come. A service that misses a group is a partial match (the edge
 *     says so; `partialMatch` when no service has every group). "turvakoti lahti" thus still finds
 *     the shelter, and an extra word no longer hides it. With ENOUGH_FULL_MATCHES services that
 *     match every group, the partial ones (which would only follow them) are not looked for. Of
 *     two groups, when fewer than FEW_FULL_MATCHES (a page) match both, those matching one follow
 *     them: "mieheni lyö" ("my husband hits") is not one result when others are about violence.
 *  4. Score (higher first, within the same number of groups; query/ranking.ts): a weighted mean of
 *     the groups' strengths, each group weighted by 1 / (its mean strength among the candidates +
 *     0.1), so a word every candidate has strongly ("help") decides less than one that tells them
 *     apart; + 0.3 × trigram word similarity of the query to the names. A group's strength is its
 *     best cover-density rank (ts_rank_cd by field: name 1, summary 0.3, description 0.1;
 *     saturating; a phrase's words the closer the better) of the typed alternatives in the document
 *     of the query's locale (× 1), of the synonyms and the 3 most similar words there (× 0.6), and
 *     of any of them in another language's document (× 0.5; × 0.8 for a service without text in
 *     the query's language).
 *  5. Ties: Finnish name, then id. Without text every visible service matches with score 0 and the
 *     list is alphabetical. Bounded: only the RANK_CANDIDATES best matches by groups matched and
 *     cheapScore get the score of 4. and come first; the rest follow in that order (totalCount and
 *     facets stay exact).
 *  Prefixes: stems under 4 letters match whole words only, except Finnish ones in the Finnish
 *  document of a Finnish query ("men" is not "mental"; "ero" → eroryhmä), and words under 4 letters
 *  are not compared by trigrams.
 *
 * Pagination: the cursor is an opaque offset into the ranking. The score is computed per request for
 * every match (no index can order by it), so a keyset cursor would save nothing, and it would need a
 * float comparison that drifts when content changes; offset paging is stable enough for results a
 * person reads, and the match window bounds the work (no page starts beyond it).
 */
@Injectable()
export class ServiceSearchService {
  /** Synonym lists, similar vocabulary words and word families, kept per vocabulary generation. */
  private readonly words = new WordExpander();
  /** Municipalities' areas and regions (reference data: the process's municipality table). */
  private readonly municipalities = new MunicipalityScopes();
  /** Networks' ids by slug, kept per catalogue generation. */
  private readonly networkIds = new NetworkIds();
  private readonly gate: SearchGate;
  /** Computed rankings kept for their next pages. */
  private readonly resultSets: SearchResultSets;
  /** The rows answers show (services, revisions, organisations, terms), kept per generation. */
  readonly answerRows: SearchAnswerRows;

  /**
   * @param sessions a pool whose sessions start with searchSessionSettings (Database.sessionPool, a
   *   PostgreSQL server): the search's raw statements then run on it without a transaction. Without
   *   one (PGlite) each search is a transaction that sets them first (SET LOCAL).
   */
  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: SearchOptions = DEFAULT_SEARCH_OPTIONS,
    private readonly sessions: SqlSessions | null = null,
  ) {
    this.gate = new SearchGate(options.concurrency, options.queue);
    const keep = { ttlSeconds: options.keepSeconds, maxEntries: options.keepEntries };
    this.resultSets = new SearchResultSets(keep);
    this.answerRows = new SearchAnswerRows(keep);
  }

  /**
   * One page of the search. `generation` reads the catalogue generation (the GraphQL request's,
   * which the public response cache may have read already); by default one primary-key read.
   * `shown`: what the answer shows of the services besides themselves (answerShows: their
   * published revisions, deliveries, the deliveries' areas), which a computed ranking then reads
   * with the page's services.
   */
  async search(
    input: SearchServicesInput | null | undefined,
    args: PaginationArgs,
    generation: GenerationReader = (slugs) => readSearchGeneration(this.prisma, slugs),
    shown: PageRowsShown = SHOWN_BY_DEFAULT,
  ): Promise<ServiceSearchConnection> {
    const filter = input ?? {};
    const take = args.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(take) || take < 1 || take > MAX_PAGE_SIZE) {
      throw new BadUserInputError('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
    }
    const offset = args.after ? decodeCursor(args.after, SEARCH_CURSOR)[1] : 0;
    if (!Number.isInteger(offset) || offset < 0 || offset >= this.options.matchWindow) {
      throw new BadUserInputError('after', 'The cursor is not valid for this list.');
    }
    const locale = checkLocale(filter.locale);

    // A page ends with the window (it holds one match more, to tell that there are more).
    const pageSize = Math.min(take, this.options.matchWindow - offset);
    const rowsOf = { ...shown, offset, take: pageSize };
    const { row, groups, at } = await this.page(filter, locale, rowsOf, generation);
    const services = await readPageServices(this.prisma, this.answerRows, at, row.ids, shown);
    const edges = row.ids.flatMap((id, index) => {
      const service = services[index];
      return service
        ? [
            {
              cursor: encodeCursor(['o', offset + index + 1]),
              node: toServiceParent(service),
              partialMatch: (row.words[index] ?? 0) < groups,
            },
          ]
        : [];
    });
    const total = row.totalCut ? this.options.matchWindow : row.total;
    return {
      edges,
      pageInfo: {
        hasNextPage: offset + row.ids.length < total,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: total,
      totalCountExact: !row.totalCut,
      facetsExact: !row.facetsCut,
      partialMatch: row.total > 0 && row.best < groups,
      facets: toFacets(row),
    };
  }

  /**
   * The page's positions of the ranking, with its counts and the number of word groups: a slice of
   * the kept ranking of the same search when it holds them (SearchResultSets), else computed — from
   * position 0 up to at least RESULT_SET_POSITIONS, which is kept for the next pages. `at`: the
   * generation they belong to ('' when nothing is kept).
   */
  private async page(
    filter: SearchServicesInput,
    locale: TSearchLocale,
    rowsOf: RowsOfPage,
    generation: GenerationReader,
  ): Promise<{ row: SearchRow; groups: number; at: string }> {
    const { offset, take } = rowsOf;
    if (!this.resultSets.enabled) {
      const { row, groups } = await this.gate.run(() =>
        this.rank(filter, locale, offset, take, ''),
      );
      return { row, groups: groups.length, at: '' };
    }
    const key = resultSetKey(filter, locale);
    const at = await generation(searchedNetworkSlugs(filter));
    const kept = this.resultSets.page(key, at, offset, take);
    if (kept) return { ...kept, at };
    const end = Math.min(Math.max(offset + take, RESULT_SET_POSITIONS), this.options.matchWindow);
    // The page's services and revisions come with the ranking, and are kept with the answer's rows.
    const withRows = this.answerRows.enabled ? rowsOf : null;
    const ranked = await this.gate.run(() => this.rank(filter, locale, 0, end, at, withRows));
    const { pageRows, ...row } = ranked.row;
    if (pageRows !== undefined) keepPageRows(this.answerRows, at, pageRows);
    this.resultSets.keep(key, at, row, ranked.groups.length, end);
    return { row: slice(row, offset, take), groups: ranked.groups.length, at };
  }

  /**
   * The ranked page and its counts, with settings of the search's own (searchSessionSettings): on the
   * search's own sessions, or in one transaction that sets them. Its time is bounded by the
   * statements' timeout: a statement cancelled by it (PostgreSQL's 57014) is answered with
   * SEARCH_TIMEOUT, never a pool or transaction timeout. `at`: the catalogue generation the
   * search reads ('' when nothing is kept); `rowsOf`: the positions whose rows it also reads.
   */
  private async rank(
    filter: SearchServicesInput,
    locale: TSearchLocale,
    offset: number,
    take: number,
    at: string,
    rowsOf: RowsOfPage | null = null,
  ): Promise<{ row: SearchRow; groups: WordGroup[] }> {
    const { statementTimeoutMs } = this.options;
    const { sessions } = this;
    // The network and the municipality first, on the application's client, usually kept from an
    // earlier search: on PGlite the transaction below holds the one session.
    const lookups = await lookUpFilters(this.prisma, filter, {
      municipalities: this.municipalities,
      networks: this.networkIds,
      generation: at,
    });
    // The words statement, then the ranking (two statements, three with rule 3's second step).
    const rankOn = async (sql: SearchSql) => {
      const words = queryWords(filter.text);
      const groups = await this.words.expand(sql, words, locale, filter.networkSlug);
      const filters = searchFilters(filter, lookups, groups.length > 0);
      const row = await this.run(sql, filters, groups, locale, offset, take, rowsOf);
      return { row, groups };
    };
    try {
      // Each statement within the sessions' statement timeout.
      if (sessions) return await rankOn(sqlOnSessions(sessions));
      return await this.prisma.$transaction(
        async (tx) => {
          await applySettings(tx, statementTimeoutMs);
          return rankOn(sqlInTransaction(tx));
        },
        // Four statements at most, each within its timeout; waiting for a connection is short
        // because the gate keeps searches to part of the pool.
        { maxWait: 5_000, timeout: 4 * statementTimeoutMs + 2_000 },
      );
    } catch (error) {
      if (isStatementTimeout(error)) throw searchTimeoutError(statementTimeoutMs);
      throw error;
    }
  }

  /**
   * Rule 3 in two steps: the services matching every group (cheap: the first group's scan, the
   * others as id sets); when they are fewer than ENOUGH_FULL_MATCHES of three or more groups,
   * those matching most groups, ranked after them; of two groups, when fewer than FEW_FULL_MATCHES
   * match both, those matching either, ranked after them.
   */
  private async run(
    sql: SearchSql,
    filters: SearchFilters,
    groups: readonly WordGroup[],
    locale: TSearchLocale,
    offset: number,
    take: number,
    rowsOf: RowsOfPage | null,
  ): Promise<SearchRow> {
    const { matchWindow } = this.options;
    const query = async (shape: MatchShape) => {
      const [row] = await sql.rows<SearchRow>(
        searchQuery(filters, groups, locale, offset, take, shape, matchWindow, rowsOf),
      );
      if (!row) throw new Error('search returned no row');
      return parseJsonColumns(row);
    };
    // With rowsOf both statements read the page's rows; the first's are dropped when the second
    // runs (rule 3's second step): cheaper than a round trip after it.
    const every = await query('every');
    const n = groups.length;
    if (n <= 1) return every;
    if (n === 2) return every.total >= FEW_FULL_MATCHES ? every : query('any');
    return every.total >= ENOUGH_FULL_MATCHES ? every : query('most');
  }

  /**
   * The statements one search sends, for the benchmark's SQL floor (apps/api/bench): the two word
   * statements and the ranking-and-facets query (its word groups are resolved here), reading the
   * page's rows as for the portal's results query.
   */
  async statements(
    input: SearchServicesInput,
    take = DEFAULT_PAGE_SIZE,
    // As the portal's results query reads them: deliveries for the search's municipality.
    shown: PageRowsShown = {
      revisions: true,
      deliveries: true,
      areas: Boolean(input.municipalityCode),
    },
  ): Promise<Prisma.Sql[]> {
    const locale = checkLocale(input.locale);
    return this.prisma.$transaction(async (tx) => {
      await applySettings(tx, this.options.statementTimeoutMs);
      const statements: Prisma.Sql[] = [];
      const words = queryWords(input.text);
      const groups = await this.words.expand(
        sqlInTransaction(tx),
        words,
        locale,
        input.networkSlug,
        statements,
      );
      const filters = await resolveFilters(tx, input, groups.length > 0);
      const rowsOf = { ...shown, offset: 0, take };
      return [
        ...statements,
        searchQuery(filters, groups, locale, 0, take, 'every', this.options.matchWindow, rowsOf),
      ];
    });
  }
}

function checkLocale(value: string | null | undefined): TSearchLocale {
  const locale = (value ?? 'fi') as TSearchLocale;
  if (!SEARCH_LOCALES.includes(locale)) throw new BadUserInputError('locale', 'fi, sv or en.');
  return locale;
}
