import { Injectable } from '@nestjs/common';
import { Prisma, PrismaClient } from '@linja/db';

import { isUuid } from '../common/ids/is-uuid';
import { BadUserInputError } from '../common/errors/domain-error';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type PaginationArgs,
} from '../common/pagination/pagination.args';
import { cursorPart, decodeCursor, encodeCursor } from '../common/pagination/cursor';
import { resolveMunicipalityScope } from '../region/region-scope';
import { toServiceParent } from '../service-offering/service-offering.mapper';
import { type SearchServicesInput } from './dto/search-services.input';
import {
  SEARCH_LOCALES,
  type ServiceSearchConnection,
  type ServiceSearchFacets,
  type TSearchLocale,
} from './models/service-search.model';
import {
  MIN_TRIGRAM_WORD_LENGTH,
  prefixQuery,
  queryWords,
  rankQuery,
  type SearchLanguage,
  type WordAlternative,
  type WordGroup,
} from './utils/search-text.util';

const LANGUAGES: readonly SearchLanguage[] = ['fi', 'sv', 'en'];
const DOCUMENT: Record<SearchLanguage, Prisma.Sql> = {
  fi: Prisma.raw('s.search_fi'),
  sv: Prisma.raw('s.search_sv'),
  en: Prisma.raw('s.search_en'),
};
/** The name and summary parts of the documents (weights A and B), kept in the row for the cheap score. */
const RANK_DOCUMENT: Record<SearchLanguage, Prisma.Sql> = {
  fi: Prisma.raw('s.rank_fi'),
  sv: Prisma.raw('s.rank_sv'),
  en: Prisma.raw('s.rank_en'),
};
/** Trigram word similarity of a typed word to a vocabulary word for it to count (pg_trgm's default). */
const WORD_SIMILARITY = 0.6;
/** The same for a widened (partial) search, which forgives bigger typos. */
const PARTIAL_WORD_SIMILARITY = 0.5;
/** At most this many similar vocabulary words join a typed word (the most similar first). */
const MAX_SIMILAR_WORDS = 40;
/**
 * Settings of the search's own transaction (SET LOCAL; the benchmark's SQL floor uses them too):
 *  - the vocabulary lookup returns words down to the widened search's similarity (rule 4);
 *  - no JIT: compiling cost ~0.7 s per query, far more than the query (the planner's cost estimates
 *    of these queries are far above jit_above_cost);
 *  - work_mem 32 MB: the facets group the matches (up to every published service) by their facet
 *    values in one hash aggregation, which the planner otherwise does by sorting them all;
 *  - no sequential scan where an index applies: a common word matches half of the catalogue, so the
 *    planner would scan and test every row's three text vectors against a query of up to 40 similar
 *    words per typed word; the GIN indexes answer the same in a fraction of the time. (A search
 *    without text has no index condition and still scans.)
 */
export const SEARCH_SETTINGS: Readonly<Record<string, string>> = {
  'pg_trgm.word_similarity_threshold': String(PARTIAL_WORD_SIMILARITY),
  jit: 'off',
  work_mem: '32MB',
  enable_seqscan: 'off',
};
/** The client or the search's transaction. */
type Db = Pick<Prisma.TransactionClient, '$queryRaw' | 'network' | 'municipality'>;
/** `all`: every query word must match; `some`: at least one (the fallback when `all` finds nothing). */
type MatchMode = 'all' | 'some';
/** Deep pages of a relevance ranking are not useful and cost a full ranking each: cap the offset. */
const MAX_OFFSET = 1000;
/** A search cursor is `['o', offset]`: the position of the last result shown. */
const SEARCH_CURSOR = [cursorPart.literal('o'), cursorPart.offset] as const;
/**
 * Bounded ranking: only this many of the matches, the best by the cheap score (ts_rank of the typed
 * words alone, see cheapScore), get the full score of the ranking rules; the rest follow
 * them in the cheap score's order. totalCount and the facets still count every match.
 */
const RANK_CANDIDATES = 200;

interface SearchRow {
  total: number;
  ids: string[];
  themes: { id: string; count: number }[] | null;
  targetGroups: { id: string; count: number }[] | null;
  languages: { value: string; count: number }[] | null;
  channels: { value: string; count: number }[] | null;
  free: { value: boolean; count: number }[] | null;
  accepting: { value: boolean; count: number }[] | null;
}

/**
 * Public search over published services (issue 5), entirely in PostgreSQL: full-text search with each
 * language's configuration, trigram similarity (pg_trgm), a network-managed synonym list. A search reads
 * only service_search_row (one denormalised row per published service, kept by triggers; see
 * ARCHITECTURE.md "Search").
 *
 * Ranking rules (also in ARCHITECTURE.md, "Search"):
 *  1. Matching. The query is split into words (at most 8); stop words of the query's locale are
 *     dropped. Every remaining word must match (AND), each in any of these ways:
 *     a. a prefix of its stem in the Finnish, Swedish or English document (each stemmed with its own
 *        configuration): turvakotiin → 'turvakot':*, väkivalta → väkivaltatyö;
 *     b. for Finnish, the stem without its last letter (consonant gradation: turvakodista → turvakoti);
 *     c. the exact stem of a vocabulary word (search_word: every distinct word of the search texts)
 *        with trigram word similarity ≥ 0.6 to it (at most 40, most similar first): a part of a
 *        compound (väkivalta → lähisuhdeväkivaltaa) and small typos (turvakti → turvakoti). Comparing
 *        with the small vocabulary instead of every service's text keeps every condition on the
 *        GIN-indexed tsvectors (the benchmark's "turvakoti" went from 32.7 s to 4.2 s);
 *     d. any of the above for a synonym of the word in a synonym group of the network
 *        (or of any network when no network is chosen): ero ~ avioero.
 *  2. Score (higher first), the sum of
 *     - ts_rank of the words in the document of the query's locale (weights: name 1.0, summary and
 *       plain-language text 0.4, description 0.2), plus 0.4 × the same for synonyms;
 *     - 0.5 × the best ts_rank in the other two languages' documents (a Swedish query still finds a
 *       service described only in Finnish, below one described in Swedish);
 *     - 0.6 × trigram word similarity of the whole query to the names (typos in a name);
 *     (the similar vocabulary words of c. count with the synonyms).
 *  3. Ties: Finnish name, then id. Without text every visible service matches with score 0 and the
 *     list is alphabetical. Bounded: only the RANK_CANDIDATES best matches by cheapScore get the score
 *     of 2. and come first; the rest follow in cheap-score order (totalCount and facets stay exact).
 *  4. Widening. When no service matches every word, the search runs again requiring only one word
 *     (trigram threshold lowered to 0.5 for bigger typos), adds 1 to the score for each word a service
 *     matches (more words first), and answers `partialMatch: true`. "turvakoti lahti" or "help for men
 *     who use violence" thus still find the service instead of nothing.
 *  Prefixes: Swedish and English stems under 4 letters match whole words only, and words under 4
 *  letters are not compared by trigrams ("men" is not "mental"); Finnish keeps short prefixes for
 *  compounds ("ero" → eroryhmä).
 *
 * Pagination: the cursor is an opaque offset into the ranking. The score is computed per request for
 * every match (no index can order by it), so a keyset cursor would save nothing, and it would need a
 * float comparison that drifts when content changes; offset paging is stable enough for results a
 * person reads, and MAX_OFFSET bounds the work.
 */
@Injectable()
export class ServiceSearchService {
  constructor(private readonly prisma: PrismaClient) {}

  async search(
    input: SearchServicesInput | null | undefined,
    args: PaginationArgs,
  ): Promise<ServiceSearchConnection> {
    const filter = input ?? {};
    const take = args.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(take) || take < 1 || take > MAX_PAGE_SIZE) {
      throw new BadUserInputError('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
    }
    const offset = args.after ? decodeCursor(args.after, SEARCH_CURSOR)[1] : 0;
    if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
      throw new BadUserInputError('after', 'The cursor is not valid for this list.');
    }
    const locale = (filter.locale ?? 'fi') as TSearchLocale;
    if (!SEARCH_LOCALES.includes(locale)) throw new BadUserInputError('locale', 'fi, sv or en.');

    // One transaction, for two settings of its own: the vocabulary lookup returns words down to the
    // widened search's similarity (rule 4: a lower trigram threshold for `<%`, the trigram index
    // still applies), and no JIT compilation — its ~0.7 s of compiling per query dwarfed the query
    // itself in the benchmark (the planner's cost estimates of this query are far above jit_above_cost).
    const { row, partialMatch } = await this.prisma.$transaction(
      async (tx) => {
        const settings = Object.entries(SEARCH_SETTINGS).map(
          ([name, value]) => Prisma.sql`set_config(${name}, ${value}, true)`,
        );
        await tx.$queryRaw`SELECT ${Prisma.join(settings, ', ')}`;
        const groups = await this.wordGroups(
          tx,
          queryWords(filter.text),
          locale,
          filter.networkSlug,
        );
        const all = await this.run(tx, filter, groups, locale, offset, take, 'all');
        // Nothing has every word: widen to services that match some of them (rule 4).
        if (all.total > 0 || groups.length === 0) return { row: all, partialMatch: false };
        return {
          row: await this.run(tx, filter, groups, locale, offset, take, 'some'),
          partialMatch: true,
        };
      },
      { maxWait: 5_000, timeout: 30_000 },
    );
    const rows = await this.prisma.service.findMany({ where: { id: { in: row.ids } } });
    const byId = new Map(rows.map((service) => [service.id, service]));
    const edges = row.ids.flatMap((id, index) => {
      const service = byId.get(id);
      return service
        ? [{ cursor: encodeCursor(['o', offset + index + 1]), node: toServiceParent(service) }]
        : [];
    });
    return {
      edges,
      pageInfo: {
        hasNextPage: offset + row.ids.length < row.total,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: row.total,
      partialMatch,
      facets: toFacets(row),
    };
  }

  /**
   * The typed words with their synonyms and stems, in one query. A word that is a stop word in the
   * query's language is dropped (and a query of stop words only lists everything).
   */
  private async wordGroups(
    db: Db,
    words: string[],
    locale: TSearchLocale,
    networkSlug: string | null | undefined,
  ): Promise<WordGroup[]> {
    if (words.length === 0) return [];
    const rows = await db.$queryRaw<WordRow[]>(wordGroupsQuery(words, locale, networkSlug));
    const groups = new Map<
      number,
      { word: string; stop: boolean; alternatives: WordAlternative[] }
    >();
    for (const row of rows) {
      const ord = Number(row.ord);
      const group = groups.get(ord) ?? {
        word: words[ord - 1] ?? '',
        stop: row.stop,
        alternatives: [],
      };
      group.alternatives.push({
        word: row.word,
        isSynonym: row.is_synonym,
        ...(row.similarity === null ? {} : { similarity: Number(row.similarity) }),
        fi: row.fi ?? [],
        sv: row.sv ?? [],
        en: row.en ?? [],
      });
      groups.set(ord, group);
    }
    return [...groups.values()].filter((group) => !group.stop);
  }

  private async run(
    db: Db,
    filter: SearchServicesInput,
    groups: readonly WordGroup[],
    locale: TSearchLocale,
    offset: number,
    take: number,
    mode: MatchMode,
  ): Promise<SearchRow> {
    const query = await this.searchQuery(db, filter, groups, locale, offset, take, mode);
    const [row] = await db.$queryRaw<SearchRow[]>(query);
    if (!row) throw new Error('search returned no row');
    return parseJsonColumns(row);
  }

  /**
   * The statements one search sends, for the benchmark's SQL floor (apps/api/bench): the word-group
   * query and the ranking-and-facets query of an every-word match (its word groups are resolved here).
   */
  async statements(input: SearchServicesInput, take = DEFAULT_PAGE_SIZE): Promise<Prisma.Sql[]> {
    const locale = (input.locale ?? 'fi') as TSearchLocale;
    const words = queryWords(input.text);
    const groups = await this.wordGroups(this.prisma, words, locale, input.networkSlug);
    const search = await this.searchQuery(this.prisma, input, groups, locale, 0, take, 'all');
    return words.length > 0
      ? [wordGroupsQuery(words, locale, input.networkSlug), search]
      : [search];
  }

  /** The one query that ranks, pages and counts facets (see the ranking rules above). */
  private async searchQuery(
    db: Db,
    filter: SearchServicesInput,
    groups: readonly WordGroup[],
    locale: TSearchLocale,
    offset: number,
    take: number,
    mode: MatchMode,
  ): Promise<Prisma.Sql> {
    // One row per published service (service_search_row, kept by triggers): no joins per search.
    const where: Prisma.Sql[] = [Prisma.sql`s.visible_until > now()`];
    if (filter.networkSlug) {
      // The id as a constant (not a sub-select): the planner then knows how many services it has.
      const network = await db.network.findUnique({
        where: { slug: filter.networkSlug },
        select: { id: true },
      });
      where.push(network ? Prisma.sql`s.network_id = ${network.id}::uuid` : Prisma.sql`FALSE`);
    }
    if (filter.organizationId) {
      if (!isUuid(filter.organizationId))
        throw new BadUserInputError('organizationId', 'Not an id.');
      // The responsible organisation or one with an active delivery.
      where.push(Prisma.sql`s.organization_ids @> ARRAY[${filter.organizationId}::uuid]`);
    }
    if (filter.age !== null && filter.age !== undefined) {
      if (!Number.isInteger(filter.age) || filter.age < 0 || filter.age > 120) {
        throw new BadUserInputError('age', 'Age must be between 0 and 120.');
      }
      where.push(Prisma.sql`(s.age_min IS NULL OR s.age_min <= ${filter.age})`);
      where.push(Prisma.sql`(s.age_max IS NULL OR s.age_max >= ${filter.age})`);
    }
    // Region inclusion (as in ServiceQueryService): an active delivery names the municipality, its
    // wellbeing area or its region, or is nationwide or remote. The row carries the codes its active
    // deliveries name ('m:091', 'w:01', 'r:01'; '*' in `areas` for nationwide or remote), separately
    // for those accepting clients and not.
    let hasAccepting = Prisma.sql`s.accepting_any`;
    let hasFull = Prisma.sql`s.full_any`;
    if (filter.municipalityCode) {
      const place = await resolveMunicipalityScope(db, filter.municipalityCode);
      const codes = [
        '*',
        `m:${place.municipalityCode}`,
        `w:${place.wellbeingAreaCode}`,
        `r:${place.regionCode}`,
      ];
      // One GIN-indexed condition: areas also holds '*' for a nationwide or remote delivery.
      where.push(Prisma.sql`s.areas && ${codes}::text[]`);
      hasAccepting = Prisma.sql`(s.accepting_everywhere OR s.accepting_areas && ${codes}::text[])`;
      hasFull = Prisma.sql`(s.full_everywhere OR s.full_areas && ${codes}::text[])`;
    }
    const similarity = mode === 'all' ? WORD_SIMILARITY : PARTIAL_WORD_SIMILARITY;
    const matches = groups.map((group) => matchCondition(group, similarity));
    if (mode === 'all') {
      // The first word filters the scan (its GIN indexes); each further word is a set of its own,
      // answered by its indexes too, instead of a test of every candidate row against its (up to 40
      // similar words') query.
      const [first, ...others] = matches;
      if (first) where.push(first);
      for (const other of others) {
        where.push(
          Prisma.sql`s.service_id IN (SELECT s.service_id FROM service_search_row s WHERE ${other})`,
        );
      }
    } else if (matches.length > 0) where.push(Prisma.sql`(${Prisma.join(matches, ' OR ')})`);

    const themes = uuidList('themes', filter.themes);
    const targetGroups = uuidList('targetGroups', filter.targetGroups);
    const facet = {
      theme: themes ? Prisma.sql`s.term_ids && ${themes}::uuid[]` : Prisma.sql`TRUE`,
      targetGroup: targetGroups
        ? Prisma.sql`s.term_ids && ${targetGroups}::uuid[]`
        : Prisma.sql`TRUE`,
      language: filter.languages?.length
        ? Prisma.sql`s.service_languages && ${filter.languages}::text[]`
        : Prisma.sql`TRUE`,
      channel: filter.channels?.length
        ? Prisma.sql`s.channels && ${filter.channels}::text[]`
        : Prisma.sql`TRUE`,
      free: isSet(filter.freeOfCharge)
        ? Prisma.sql`(s.cost = 'FREE') = ${filter.freeOfCharge}`
        : Prisma.sql`TRUE`,
    };
    const accepting = isSet(filter.acceptingClients)
      ? Prisma.sql`CASE WHEN ${filter.acceptingClients} THEN b.has_accepting ELSE b.has_full END`
      : Prisma.sql`TRUE`;
    const all = (except: string) =>
      Prisma.join(
        [
          except === 'theme' ? Prisma.sql`TRUE` : Prisma.sql`b.f_theme`,
          except === 'targetGroup' ? Prisma.sql`TRUE` : Prisma.sql`b.f_target_group`,
          except === 'language' ? Prisma.sql`TRUE` : Prisma.sql`b.f_language`,
          except === 'channel' ? Prisma.sql`TRUE` : Prisma.sql`b.f_channel`,
          except === 'free' ? Prisma.sql`TRUE` : Prisma.sql`b.f_free`,
          except === 'accepting' ? Prisma.sql`TRUE` : accepting,
        ],
        ' AND ',
      );

    return Prisma.sql`
      WITH base AS MATERIALIZED (
        SELECT s.service_id AS id, s.sort_name, s.facet_key,
               ${cheapScore(groups, locale, mode === 'some' ? matches : [])} AS cheap,
               ${facet.theme} AS f_theme,
               ${facet.targetGroup} AS f_target_group,
               ${facet.language} AS f_language,
               ${facet.channel} AS f_channel,
               ${facet.free} AS f_free,
               ${hasAccepting} AS has_accepting,
               ${hasFull} AS has_full
        FROM service_search_row s
        WHERE ${Prisma.join(where, ' AND ')}
      ), candidates AS (
        -- Bounded ranking: the full score only for the RANK_CANDIDATES best matches by the cheap score
        -- (two top-N sorts instead of sorting every match).
        SELECT b.id, b.sort_name FROM base b WHERE ${all('')}
        ORDER BY b.cheap DESC, b.sort_name, b.id LIMIT ${RANK_CANDIDATES}
      ), rest AS (
        SELECT b.id, b.sort_name, b.cheap FROM base b WHERE ${all('')}
        ORDER BY b.cheap DESC, b.sort_name, b.id
        OFFSET ${RANK_CANDIDATES} LIMIT ${Math.max(0, offset + take - RANK_CANDIDATES)}
      ), combos AS MATERIALIZED (
        -- The matches grouped by everything the facets look at: one hash pass over the matches by
        -- their flags and facet_key (a hash of their facet values), then each distinct combination
        -- (a few dozen) looks its values up once, and the facets unnest arrays per combination
        -- instead of per match.
        SELECT g.*, v.cost, v.theme_ids, v.target_group_ids, v.service_languages, v.channels
        FROM (
          SELECT b.f_theme, b.f_target_group, b.f_language, b.f_channel, b.f_free,
                 b.has_accepting, b.has_full, b.facet_key, count(*)::int AS n
          FROM base b
          GROUP BY b.f_theme, b.f_target_group, b.f_language, b.f_channel, b.f_free,
                   b.has_accepting, b.has_full, b.facet_key) g
        CROSS JOIN LATERAL (
          SELECT r.cost, r.theme_ids, r.target_group_ids, r.service_languages, r.channels
          FROM service_search_row r WHERE r.facet_key = g.facet_key LIMIT 1) v
      ), counts AS (
        -- One pass for the total and the yes/no facets.
        SELECT coalesce(sum(b.n) FILTER (WHERE ${all('')}), 0)::int AS total,
               coalesce(sum(b.n) FILTER (WHERE ${all('free')} AND b.cost = 'FREE'), 0)::int AS free_yes,
               coalesce(sum(b.n) FILTER (WHERE ${all('free')} AND b.cost <> 'FREE'), 0)::int AS free_no,
               coalesce(sum(b.n) FILTER (WHERE ${all('accepting')} AND b.has_accepting), 0)::int AS accepting_yes,
               coalesce(sum(b.n) FILTER (WHERE ${all('accepting')} AND b.has_full), 0)::int AS accepting_no
        FROM combos b
      ), terms AS (
        -- One pass for both taxonomy facets.
        SELECT x.kind, x.term_id, sum(b.n)::int AS n FROM combos b
        CROSS JOIN LATERAL (
          SELECT 'THEME' AS kind, t AS term_id FROM unnest(b.theme_ids) AS t WHERE ${all('theme')}
          UNION ALL
          SELECT 'TARGET_GROUP', t FROM unnest(b.target_group_ids) AS t WHERE ${all('targetGroup')}) x
        GROUP BY x.kind, x.term_id
      ), facet_values AS (
        -- One pass for the service languages and channels.
        SELECT x.facet, x.v, sum(b.n)::int AS n FROM combos b
        CROSS JOIN LATERAL (
          SELECT 'language' AS facet, l AS v FROM unnest(b.service_languages) AS l WHERE ${all('language')}
          UNION ALL
          SELECT 'channel', c FROM unnest(b.channels) AS c WHERE ${all('channel')}) x
        GROUP BY x.facet, x.v
      )
      SELECT
        (SELECT total FROM counts) AS total,
        (SELECT coalesce(array_agg(p.id::text ORDER BY p.tier, p.score DESC, p.sort_name, p.id), '{}') FROM (
           SELECT p.* FROM (
             SELECT 0 AS tier, c.id, c.sort_name,
                    ${score(groups, locale, similarity, mode === 'some' ? matches : [])} AS score
             FROM candidates c JOIN service_search_row s ON s.service_id = c.id
             UNION ALL
             SELECT 1, r.id, r.sort_name, r.cheap FROM rest r) p
           ORDER BY p.tier, p.score DESC, p.sort_name, p.id OFFSET ${offset} LIMIT ${take}) p) AS ids,
        (SELECT json_agg(json_build_object('id', term_id, 'count', n) ORDER BY n DESC, term_id)
           FROM terms WHERE kind = 'THEME') AS themes,
        (SELECT json_agg(json_build_object('id', term_id, 'count', n) ORDER BY n DESC, term_id)
           FROM terms WHERE kind = 'TARGET_GROUP') AS "targetGroups",
        (SELECT json_agg(json_build_object('value', v, 'count', n) ORDER BY n DESC, v)
           FROM facet_values WHERE facet = 'language') AS languages,
        (SELECT json_agg(json_build_object('value', v, 'count', n) ORDER BY n DESC, v)
           FROM facet_values WHERE facet = 'channel') AS channels,
        (SELECT json_agg(json_build_object('value', x.v, 'count', x.n) ORDER BY x.v DESC) FROM (
           SELECT true AS v, free_yes AS n FROM counts UNION ALL SELECT false, free_no FROM counts) x
         WHERE x.n > 0) AS free,
        (SELECT json_agg(json_build_object('value', x.v, 'count', x.n) ORDER BY x.v DESC) FROM (
           SELECT true AS v, accepting_yes AS n FROM counts UNION ALL SELECT false, accepting_no FROM counts) x
         WHERE x.n > 0) AS accepting`;
  }
}

const LOCALE_DICTIONARY: Record<TSearchLocale, string> = {
  fi: 'finnish_stem',
  sv: 'swedish_stem',
  en: 'english_stem',
};

interface WordRow {
  ord: bigint | number;
  word: string;
  is_synonym: boolean;
  similarity: number | string | null;
  fi: string[] | null;
  sv: string[] | null;
  en: string[] | null;
  stop: boolean;
}

/**
 * The typed words with their synonyms and their stems in each language. A typed word joins a synonym
 * group when it equals one of its words or has the same stem by the rules of the group's language
 * (avioerosta ~ avioero in a Finnish group).
 */
function wordGroupsQuery(
  words: readonly string[],
  locale: TSearchLocale,
  networkSlug: string | null | undefined,
): Prisma.Sql {
  const network = networkSlug
    ? Prisma.sql`AND s.network_id IN (SELECT id FROM network WHERE slug = ${networkSlug})`
    : Prisma.empty;
  return Prisma.sql`
    WITH typed AS (
      SELECT t.word, t.ord FROM unnest(${words}::text[]) WITH ORDINALITY AS t(word, ord)
    ), alternatives AS (
      SELECT ord, word, false AS is_synonym FROM typed
      UNION
      SELECT typed.ord, synonym.word, true
      FROM typed
      JOIN search_synonym s ON EXISTS (
        SELECT 1 FROM unnest(s.words) AS m(word)
        CROSS JOIN LATERAL (SELECT (CASE s.language WHEN 'sv' THEN 'swedish_stem'
                                     WHEN 'en' THEN 'english_stem'
                                     ELSE 'finnish_stem' END)::regdictionary AS dictionary) d
        WHERE m.word = typed.word
           OR (cardinality(ts_lexize(d.dictionary, m.word)) > 0
               AND ts_lexize(d.dictionary, m.word) = ts_lexize(d.dictionary, typed.word))
      ) ${network}
      CROSS JOIN LATERAL unnest(s.words) AS synonym(word)
      WHERE synonym.word <> typed.word
    ), similar_words AS (
      SELECT ord, word, similarity FROM (
        SELECT x.ord, v.word, max(word_similarity(x.word, v.word)) AS similarity,
               row_number() OVER (PARTITION BY x.ord ORDER BY max(word_similarity(x.word, v.word)) DESC, v.word) AS n
        FROM (SELECT DISTINCT ord, word FROM alternatives
              WHERE char_length(word) >= ${MIN_TRIGRAM_WORD_LENGTH}) x
        JOIN search_word v ON x.word <% v.word
        GROUP BY x.ord, v.word) ranked
      WHERE n <= ${MAX_SIMILAR_WORDS}
    ), everything AS (
      SELECT ord, word, bool_and(is_synonym) AS is_synonym, NULL::real AS similarity
      FROM alternatives GROUP BY ord, word
      UNION ALL
      SELECT ord, word, true, similarity FROM similar_words
    )
    SELECT a.ord, a.word, a.is_synonym, a.similarity,
           ts_lexize('finnish_stem', a.word) AS fi,
           ts_lexize('swedish_stem', a.word) AS sv,
           ts_lexize('english_stem', a.word) AS en,
           cardinality(ts_lexize(${LOCALE_DICTIONARY[locale]}::regdictionary, t.word)) = 0 AS stop
    FROM everything a JOIN typed t ON t.ord = a.ord
    ORDER BY a.ord, a.is_synonym, a.similarity DESC NULLS FIRST, a.word`;
}

const isSet = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function uuidList(field: string, ids: string[] | null | undefined): string[] | null {
  if (!ids || ids.length === 0) return null;
  if (!ids.every((id) => isUuid(id))) throw new BadUserInputError(field, 'Not a list of ids.');
  return ids;
}

/**
 * One typed word (with its synonyms and similar vocabulary words) matches by a stem prefix, or the
 * exact stem of a similar word, in some language's document: only tsvector conditions, which the
 * GIN indexes answer.
 */
function matchCondition(group: WordGroup, minSimilarity: number): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  for (const language of LANGUAGES) {
    const query = prefixQuery(group.alternatives, language, minSimilarity);
    if (query) parts.push(Prisma.sql`${DOCUMENT[language]} @@ to_tsquery('simple', ${query})`);
  }
  return parts.length > 0 ? Prisma.sql`(${Prisma.join(parts, ' OR ')})` : Prisma.sql`FALSE`;
}

/**
 * The score of the ranking rules (see the class comment). `counted` are the match conditions of a
 * widened search: each one a service meets adds 1, so services matching more of the words come first.
 */
function score(
  groups: readonly WordGroup[],
  locale: TSearchLocale,
  minSimilarity: number,
  counted: readonly Prisma.Sql[],
): Prisma.Sql {
  if (groups.length === 0) return Prisma.sql`0::real`;
  const matched =
    counted.length > 0
      ? Prisma.sql`${Prisma.join(
          counted.map((condition) => Prisma.sql`(${condition})::int`),
          ' + ',
        )} + `
      : Prisma.empty;
  const rank = (language: SearchLanguage, synonyms: boolean) => {
    const query = rankQuery(groups, language, synonyms, minSimilarity);
    return query
      ? Prisma.sql`ts_rank(${DOCUMENT[language]}, to_tsquery('simple', ${query}))`
      : Prisma.sql`0::real`;
  };
  const others = LANGUAGES.filter((language) => language !== locale);
  const text = groups.map((group) => group.word).join(' ');
  return Prisma.sql`(${matched}
    ${rank(locale, false)} + 0.4 * ${rank(locale, true)}
    + 0.5 * greatest(${Prisma.join(
      others.map((language) => rank(language, false)),
      ', ',
    )})
    + 0.6 * word_similarity(${text}, s.search_names))`;
}

/**
 * The cheap score that picks the candidates of the full ranking: the ts_rank of the typed words' own
 * stems (no synonyms or similar vocabulary words) in the name and summary part (rank_*, small) of
 * the document of the query's locale, for a Swedish
 * or English query the better of that and the Finnish document (every service has Finnish content),
 * plus the words matched in a widened search. Small queries, at most two ranks per match (this pass
 * over every match is most of a text search's cost).
 */
function cheapScore(
  groups: readonly WordGroup[],
  locale: TSearchLocale,
  counted: readonly Prisma.Sql[],
): Prisma.Sql {
  if (groups.length === 0) return Prisma.sql`0::real`;
  const languages: SearchLanguage[] = locale === 'fi' ? ['fi'] : [locale, 'fi'];
  const ranks = languages.flatMap((language) => {
    const query = rankQuery(groups, language, false);
    return query
      ? [Prisma.sql`ts_rank(${RANK_DOCUMENT[language]}, to_tsquery('simple', ${query}))`]
      : [];
  });
  const matched = counted.map((condition) => Prisma.sql`(${condition})::int`);
  const best = ranks.length > 0 ? Prisma.sql`greatest(${Prisma.join(ranks, ', ')})` : Prisma.sql`0`;
  return Prisma.sql`(${Prisma.join([...matched, best], ' + ')})::real`;
}

/** json columns arrive parsed from one driver adapter and as text from the other. */
function parseJsonColumns(row: SearchRow): SearchRow {
  const parse = <T>(value: T | string | null): T | null =>
    typeof value === 'string' ? (JSON.parse(value) as T) : value;
  return {
    total: row.total,
    ids: row.ids,
    themes: parse(row.themes),
    targetGroups: parse(row.targetGroups),
    languages: parse(row.languages),
    channels: parse(row.channels),
    free: parse(row.free),
    accepting: parse(row.accepting),
  };
}

function toFacets(row: SearchRow): ServiceSearchFacets {
  return {
    themes: (row.themes ?? []).map(({ id, count }) => ({ termId: id, count })),
    targetGroups: (row.targetGroups ?? []).map(({ id, count }) => ({ termId: id, count })),
    languages: (row.languages ?? []).map(({ value, count }) => ({ language: value, count })),
    channels: (row.channels ?? []).map(({ value, count }) => ({ channel: value, count })),
    freeOfCharge: row.free ?? [],
    acceptingClients: row.accepting ?? [],
  };
}
