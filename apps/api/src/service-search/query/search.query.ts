import { Prisma } from '@linja/db';

import { type TSearchLocale } from '../models/service-search.model';
import { requiredGroups, type WordGroup } from '../utils/search-text.util';
import {
  cheapScore,
  matchCondition,
  nameSimilarity,
  score,
  strongCondition,
  strengths,
  typedCondition,
} from './ranking';
import { pageRowsColumn, type PageRowsShown } from './page-rows';
import { type FacetName, type SearchFilters } from './search-filters';

/**
 * Bounded ranking: only this many of the matches, the best by how many word groups they match and
 * then by the cheap score (ts_rank of the typed words alone, see cheapScore), get the full score of
 * the ranking rules; the rest follow them in that order.
 */
export const RANK_CANDIDATES = 60;

/**
 * Bounded work (issue 20): a search reads at most `window` matching rows (+ 1, to know there are
 * more) of service_search_row, whatever the catalogue's size (SearchOptions.matchWindow, 1000). Each set of matches is read in two
 * tiers (see windowed): the services whose names or summaries have the typed words first, then the
 * others; a GIN bitmap scan with a LIMIT stops reading rows when the window is full, and the second
 * tier (its query the larger one: synonyms, similar words, full texts) is not run at all once the
 * first has filled it. The results, the facets and totalCount come from the window: when a set
 * overflows, totalCount is a lower bound and the facets count the window (the connection says so),
 * exactly as search engines bound their counting (Elasticsearch's track_total_hits, Algolia's
 * exhaustive facet counts). With fewer matches everything is exact, as before.
 */

/**
 * How a search finds its matches (ServiceSearchService.run picks):
 *  - `every`: every group — no text, one group, or any number as the first step: one window of the
 *    services matching all groups (the GIN bitmaps of the groups combined);
 *  - `most`: at least k of n groups (after `every` found none of two groups, or fewer than
 *    ENOUGH_FULL_MATCHES of three or more). Each group's matches are a window of ids (no row is
 *    tested against a group's query: the index answers exactly), counted per service with one hash
 *    aggregation along with whether it passes every facet filter; only services with at least k
 *    groups are read again, by their row address (ctid), for the ranking. k is requiredGroups(n),
 *    or the most any filtered match has when none reaches it;
 *  - `any`: at least one group, counted as `most` does (after `every` found fewer than
 *    FEW_FULL_MATCHES of two groups): those matching both come first, then those matching one.
 */
export type MatchShape = 'every' | 'most' | 'any';

/**
 * CTEs `<name>_0` … `<name>_<n-1>` and `<name>`: the rows of `select` (over service_search_row
 * `s`) that meet `scope` and the last of `tiers` (the whole match), at most `rows` of them, read
 * tier by tier: those meeting the first tier, then the second, and so on, each tier skipping the
 * rows of the earlier ones and reading only as many as are still missing. Each tier implies the
 * next and is tested without it, so a tier reads only its own index ranges, and a later, larger
 * one (its bitmaps built from more index ranges) is not run at all once the window is full
 * (LIMIT 0). With `when`, nothing is read unless it holds (the same LIMIT 0).
 */
function windowed(
  rows: number,
  name: string,
  select: Prisma.Sql,
  scope: readonly Prisma.Sql[],
  tiers: readonly Prisma.Sql[],
  when?: Prisma.Sql,
): Prisma.Sql {
  const part = (index: number) => Prisma.raw(`${name}_${index}`);
  const ctes: Prisma.Sql[] = [];
  tiers.forEach((tier, index) => {
    const where = [...scope, tier];
    const earlier = Array.from({ length: index }, (_, i) => part(i));
    let limit: Prisma.Sql = Prisma.sql`${rows}`;
    if (earlier.length > 0) {
      const ids = Prisma.join(
        earlier.map((cte) => Prisma.sql`SELECT e.id FROM ${cte} e`),
        ' UNION ALL ',
      );
      where.push(Prisma.sql`NOT (s.service_id = ANY (ARRAY(${ids})))`);
      const taken = Prisma.join(
        earlier.map((cte) => Prisma.sql`(SELECT count(*) FROM ${cte})`),
        ' - ',
      );
      limit = Prisma.sql`greatest(0, ${rows} - ${taken})`;
    }
    if (when) limit = Prisma.sql`CASE WHEN ${when} THEN ${limit} ELSE 0 END`;
    ctes.push(Prisma.sql`${part(index)} AS MATERIALIZED (
      SELECT ${select} FROM service_search_row s WHERE ${Prisma.join(where, ' AND ')}
      LIMIT ${limit}
    )`);
  });
  const union = Prisma.join(
    tiers.map((_, index) => Prisma.sql`SELECT * FROM ${part(index)}`),
    ' UNION ALL ',
  );
  ctes.push(Prisma.sql`${Prisma.raw(name)} AS MATERIALIZED (${union})`);
  return Prisma.join(ctes, ', ');
}

/**
 * A window's tiers for word groups that must all match: the typed words in names and summaries,
 * then the typed words anywhere, then everything rule 2 matches (synonyms, similar words, phrases).
 * With one group, `within` (a municipality's areas) is part of each document's condition, which
 * its index answers together with the text (ranking.ts textIn). With several it stays a filter of
 * the rows read: with it in every group the planner judged one group's index scan selective enough
 * and tested the other groups on the rows ("associations ages" in a municipality 34 → 86 ms).
 */
function tiersOf(
  groups: readonly WordGroup[],
  locale: TSearchLocale,
  within: Prisma.Sql | null,
): Prisma.Sql[] {
  type Condition = (group: WordGroup, locale: TSearchLocale, within?: Prisma.Sql) => Prisma.Sql;
  const areas = groups.length === 1 && within ? within : undefined;
  const all = (condition: Condition) =>
    Prisma.join(
      groups.map((group) => condition(group, locale, areas)),
      ' AND ',
    );
  return [all(strongCondition), all(typedCondition), all(matchCondition)];
}

/** The matches with what the ranking needs (`base`), the threshold (`k`, `best`) and `window`. */
function baseAndThreshold(
  filters: SearchFilters,
  groups: readonly WordGroup[],
  locale: TSearchLocale,
  all: Prisma.Sql,
  shape: MatchShape,
  window: number,
): Prisma.Sql {
  const rows = window + 1;
  const columns = Prisma.sql`s.service_id AS id, s.sort_name, s.facet_key,
             s.cost, s.theme_ids, s.target_group_ids, s.service_languages, s.channels,
             ${cheapScore(groups, locale)} AS cheap,
             ${filters.facet.theme} AS f_theme,
             ${filters.facet.targetGroup} AS f_target_group,
             ${filters.facet.language} AS f_language,
             ${filters.facet.channel} AS f_channel,
             ${filters.facet.free} AS f_free,
             ${filters.hasAccepting} AS has_accepting,
             ${filters.hasFull} AS has_full`;
  const filtered = filters.hasFacetFilter;
  if (shape === 'every' || groups.length <= 1) {
    // Without text the window is any `rows` of the matches, read from the filters' indexes (the
    // areas, the terms) in the heap's order: it gives the total and the facets. Reading it in
    // alphabetical order instead walked the name index and tested row after row against the filters
    // (a municipality and a rare theme: most of the catalogue). The alphabetical page itself comes
    // from the window when it holds every match, else from `ordered` (searchQuery).
    const tiers = groups.length > 0 ? tiersOf(groups, locale, filters.areas) : [Prisma.sql`TRUE`];
    const select = Prisma.sql`${columns}, ${groups.length}::int AS words`;
    // Without facet filters one window; with them also the window of the filtered matches, so that
    // the results and their total are right when the unfiltered window overflows. When it does not,
    // it holds every match and the filtered ones are its rows that pass the filters: the second
    // window is read only when the first overflowed (reading it anyway read the same rows twice).
    const filteredScope = [...filters.scope, filters.allFacetsOnRow];
    const overflowed = Prisma.sql`(SELECT count(*) > ${window} FROM w_all)`;
    const windows = filtered
      ? Prisma.sql`${windowed(rows, 'w_all', select, filters.scope, tiers)},
    ${windowed(rows, 'w_scan', select, filteredScope, tiers, overflowed)},
    w_filtered AS MATERIALIZED (
      SELECT b.* FROM w_all b WHERE ${all} AND NOT ${overflowed}
      UNION ALL
      SELECT * FROM w_scan
    ),
    base AS MATERIALIZED (
      -- The filtered window's rows that the unfiltered one lacks (a row is the same in both): an
      -- anti-join on the id, not UNION's hashing of every column (arrays included).
      SELECT * FROM w_all
      UNION ALL
      SELECT f.* FROM w_scan f WHERE NOT EXISTS (SELECT 1 FROM w_all a WHERE a.id = f.id)
    )`
      : Prisma.sql`${windowed(rows, 'w_all', select, filters.scope, tiers)},
    w_filtered AS (SELECT * FROM w_all), base AS (SELECT * FROM w_all)`;
    return Prisma.sql`${windows}, window_state AS (
      SELECT (SELECT count(*) FROM w_all) > ${window} AS facets_cut,
             (SELECT count(*) FROM w_filtered) > ${window} AS total_cut
    ), threshold AS (
      SELECT ${groups.length}::int AS k,
             coalesce(max(b.words) FILTER (WHERE ${all}), 0) AS best FROM base b
    )`;
  }
  const legs = groups.map((group, index) => {
    const select = Prisma.sql`s.service_id AS id, s.ctid AS row, ${filters.allFacetsOnRow} AS ok`;
    const tiers = tiersOf([group], locale, filters.areas);
    return windowed(rows, `leg${index}`, select, filters.scope, tiers);
  });
  const legRows = groups.map(
    (_, index) => Prisma.sql`SELECT id, row, ok FROM ${Prisma.raw(`leg${index}`)}`,
  );
  const cut = groups.map(
    (_, index) => Prisma.sql`(SELECT count(*) FROM ${Prisma.raw(`leg${index}`)}) > ${window}`,
  );
  const required = shape === 'any' ? 1 : requiredGroups(groups.length);
  return Prisma.sql`${Prisma.join(legs, ', ')}, matched AS MATERIALIZED (
      SELECT h.id, min(h.row) AS row, count(*)::int AS words, bool_or(h.ok) AS ok
      FROM (${Prisma.join(legRows, ' UNION ALL ')}) h GROUP BY h.id
    ), window_state AS (
      SELECT ${Prisma.join(cut, ' OR ')} AS facets_cut, ${Prisma.join(cut, ' OR ')} AS total_cut
    ), threshold AS (
      SELECT least(${required}, coalesce(max(m.words) FILTER (WHERE m.ok), ${required})) AS k,
             coalesce(max(m.words) FILTER (WHERE m.ok), 0) AS best
      FROM matched m
    ), base AS MATERIALIZED (
      SELECT ${columns}, m.words
      FROM matched m JOIN service_search_row s ON s.ctid = m.row
      WHERE m.words >= (SELECT k FROM threshold)
    )`;
}

/**
 * CTE `page`: the ranked page (`ranked_page`, from the window). Without text the list is
 * alphabetical and the window is not read in that order (baseAndThreshold), so when the window does
 * not hold every filtered match the page is read in order instead (`ordered`: the name index, up to
 * the page's end; run only then, the one-time filter on window_state).
 */
function pageOf(filters: SearchFilters, hasText: boolean, offset: number, take: number) {
  // With text the ranked page is the page. Without, `cheap` and the score are constants, so the
  // ranked page is alphabetical among the window's rows: the true page when the window holds all.
  if (hasText) return Prisma.sql`page AS (SELECT * FROM ranked_page)`;
  const where = [...filters.scope, filters.allFacetsOnRow];
  return Prisma.sql`ordered AS MATERIALIZED (
      SELECT s.service_id AS id, s.sort_name FROM service_search_row s
      WHERE ${Prisma.join(where, ' AND ')} AND (SELECT total_cut FROM window_state)
      ORDER BY s.sort_name, s.service_id LIMIT ${offset + take}
    ), page AS (
      SELECT * FROM ranked_page WHERE NOT (SELECT total_cut FROM window_state)
      UNION ALL
      (SELECT 0, o.id, o.sort_name, 0, 0::float8 FROM ordered o
       ORDER BY o.sort_name, o.id OFFSET ${offset} LIMIT ${take})
    )`;
}

/** The positions of the ranking whose services (and what `PageRowsShown` asks of them) the statement returns. */
export interface RowsOfPage extends PageRowsShown {
  readonly offset: number;
  readonly take: number;
}

/**
 * The one query that ranks, pages and counts facets (see the ranking rules in ServiceSearchService).
 * Answers one row: total, the page's ids with how many groups each matches, the best such number
 * among the filtered matches, and the facets; with `rowsOf`, also the services at those positions
 * with their published revisions and deliveries as asked (`pageRows`, page-rows.ts).
 */
export function searchQuery(
  filters: SearchFilters,
  groups: readonly WordGroup[],
  locale: TSearchLocale,
  offset: number,
  take: number,
  shape: MatchShape,
  window: number,
  rowsOf: RowsOfPage | null = null,
): Prisma.Sql {
  const order = Prisma.sql`p.tier, p.words DESC, p.score DESC, p.sort_name, p.id`;
  const pageRows = rowsOf
    ? Prisma.sql`,
      ${pageRowsColumn(
        Prisma.sql`(SELECT p.id, row_number() OVER (ORDER BY ${order}) AS n FROM page p)`,
        rowsOf.offset - offset,
        rowsOf.take,
        rowsOf,
      )} AS "pageRows"`
    : Prisma.empty;
  const all = (except: FacetName | '') =>
    Prisma.join(
      [
        except === 'theme' ? Prisma.sql`TRUE` : Prisma.sql`b.f_theme`,
        except === 'targetGroup' ? Prisma.sql`TRUE` : Prisma.sql`b.f_target_group`,
        except === 'language' ? Prisma.sql`TRUE` : Prisma.sql`b.f_language`,
        except === 'channel' ? Prisma.sql`TRUE` : Prisma.sql`b.f_channel`,
        except === 'free' ? Prisma.sql`TRUE` : Prisma.sql`b.f_free`,
        except === 'accepting' ? Prisma.sql`TRUE` : filters.accepting,
      ],
      ' AND ',
    );
  return Prisma.sql`
    WITH ${baseAndThreshold(filters, groups, locale, all(''), shape, window)}, candidates AS (
      -- Bounded ranking: the full score only for the RANK_CANDIDATES best matches by the number of
      -- groups and the cheap score (two top-N sorts instead of sorting every match).
      SELECT b.id, b.sort_name, b.words FROM base b WHERE ${all('')}
      ORDER BY b.words DESC, b.cheap DESC, b.sort_name, b.id LIMIT ${RANK_CANDIDATES}
    ), rest AS (
      SELECT b.id, b.sort_name, b.words, b.cheap FROM base b WHERE ${all('')}
      ORDER BY b.words DESC, b.cheap DESC, b.sort_name, b.id
      OFFSET ${RANK_CANDIDATES} LIMIT ${Math.max(0, offset + take - RANK_CANDIDATES)}
    ), combos AS MATERIALIZED (
      -- The matches grouped by everything the facets look at: one hash pass over the matches by
      -- their flags and facet_key (a hash of their facet values: the matches of one key have the
      -- same values, so min() is any one's), and the facets unnest arrays per combination (a few
      -- dozen) instead of per match.
      SELECT b.f_theme, b.f_target_group, b.f_language, b.f_channel, b.f_free,
             b.has_accepting, b.has_full, b.facet_key, count(*)::int AS n,
             min(b.cost) AS cost, min(b.theme_ids) AS theme_ids,
             min(b.target_group_ids) AS target_group_ids,
             min(b.service_languages) AS service_languages, min(b.channels) AS channels
      FROM base b
      GROUP BY b.f_theme, b.f_target_group, b.f_language, b.f_channel, b.f_free,
               b.has_accepting, b.has_full, b.facet_key
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
    ), scored AS MATERIALIZED (
      -- MATERIALIZED: inlined, every reference to st in the score (each group's weight is a window
      -- mean of its strength) would compute all the ts_rank_cd calls again — 6 times with two groups.
      SELECT c.id, c.sort_name, c.words, ${strengths(groups, locale)} AS st,
             ${nameSimilarity(groups)} AS ns
      FROM candidates c JOIN service_search_row s ON s.service_id = c.id
    ), ranked_page AS (
      SELECT p.* FROM (
        SELECT 0 AS tier, c.id, c.sort_name, c.words, ${score(groups.length)} AS score FROM scored c
        UNION ALL
        SELECT 1, r.id, r.sort_name, r.words, r.cheap FROM rest r) p
      ORDER BY p.tier, p.words DESC, p.score DESC, p.sort_name, p.id OFFSET ${offset} LIMIT ${take}
    ), ${pageOf(filters, groups.length > 0, offset, take)}
    SELECT
      (SELECT total FROM counts) AS total,
      (SELECT total_cut FROM window_state) AS "totalCut",
      (SELECT facets_cut FROM window_state) AS "facetsCut",
      (SELECT best FROM threshold) AS best,
      (SELECT coalesce(array_agg(p.id::text ORDER BY p.tier, p.words DESC, p.score DESC, p.sort_name, p.id), '{}')
         FROM page p) AS ids,
      (SELECT coalesce(array_agg(p.words ORDER BY p.tier, p.words DESC, p.score DESC, p.sort_name, p.id), '{}')
         FROM page p) AS words,
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
       WHERE x.n > 0) AS accepting${pageRows}`;
}
