import { Prisma } from '@linja/db';

import { type TSearchLocale } from '../models/service-search.model';
import { requiredGroups, type WordGroup } from '../utils/search-text.util';
import { cheapScore, matchCondition, nameSimilarity, score, strengths } from './ranking';
import { type FacetName, type SearchFilters } from './search-filters';

/**
 * Bounded ranking: only this many of the matches, the best by how many word groups they match and
 * then by the cheap score (ts_rank of the typed words alone, see cheapScore), get the full score of
 * the ranking rules; the rest follow them in that order. totalCount and the facets still count every
 * match.
 */
export const RANK_CANDIDATES = 200;

/**
 * How a search finds its matches (ServiceSearchService.run picks):
 *  - `every`: every group — no text, one group, or any number as the first step. One scan by the
 *    first group's GIN indexes with the scope, the further groups as id sets of their own indexes
 *    that the scan's rows must be in;
 *  - `most`: at least k of n groups (after `every` found none of two groups, or fewer than
 *    ENOUGH_FULL_MATCHES of three or more). Each group's matches are an id set from its GIN indexes
 *    (no row is tested against a group's query: the index answers exactly), counted per service with
 *    one hash aggregation along with whether it passes every facet filter; only services with at
 *    least k groups are read again, by their row address (ctid), for the ranking. k is
 *    requiredGroups(n), or the most any filtered match has when none reaches it.
 */
export type MatchShape = 'every' | 'most';

/** The matches with what the ranking needs (`base`) and the threshold (`k`, and `best`: see above). */
function baseAndThreshold(
  filters: SearchFilters,
  groups: readonly WordGroup[],
  locale: TSearchLocale,
  all: Prisma.Sql,
  shape: MatchShape,
): Prisma.Sql {
  const columns = Prisma.sql`s.service_id AS id, s.sort_name, s.facet_key,
             ${cheapScore(groups, locale)} AS cheap,
             ${filters.facet.theme} AS f_theme,
             ${filters.facet.targetGroup} AS f_target_group,
             ${filters.facet.language} AS f_language,
             ${filters.facet.channel} AS f_channel,
             ${filters.facet.free} AS f_free,
             ${filters.hasAccepting} AS has_accepting,
             ${filters.hasFull} AS has_full`;
  if (shape === 'every' || groups.length <= 1) {
    const [first, ...others] = groups;
    const where = first ? [...filters.scope, matchCondition(first, locale)] : [...filters.scope];
    for (const other of others) {
      where.push(
        Prisma.sql`s.service_id IN (SELECT s.service_id FROM service_search_row s
                                    WHERE ${matchCondition(other, locale)})`,
      );
    }
    return Prisma.sql`base AS MATERIALIZED (
      SELECT ${columns}, ${groups.length}::int AS words
      FROM service_search_row s WHERE ${Prisma.join(where, ' AND ')}
    ), threshold AS (
      SELECT ${groups.length}::int AS k,
             coalesce(max(b.words) FILTER (WHERE ${all}), 0) AS best FROM base b
    )`;
  }
  const legs = groups.map(
    (group) => Prisma.sql`SELECT s.service_id AS id, s.ctid AS row, ${filters.allFacetsOnRow} AS ok
      FROM service_search_row s
      WHERE ${Prisma.join([...filters.scope, matchCondition(group, locale)], ' AND ')}`,
  );
  const required = requiredGroups(groups.length);
  return Prisma.sql`matched AS MATERIALIZED (
      SELECT h.id, min(h.row) AS row, count(*)::int AS words, bool_or(h.ok) AS ok
      FROM (${Prisma.join(legs, ' UNION ALL ')}) h GROUP BY h.id
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
 * The one query that ranks, pages and counts facets (see the ranking rules in ServiceSearchService).
 * Answers one row: total, the page's ids with how many groups each matches, the best such number
 * among the filtered matches, and the facets.
 */
export function searchQuery(
  filters: SearchFilters,
  groups: readonly WordGroup[],
  locale: TSearchLocale,
  offset: number,
  take: number,
  shape: MatchShape,
): Prisma.Sql {
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
    WITH ${baseAndThreshold(filters, groups, locale, all(''), shape)}, candidates AS (
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
    ), scored AS (
      SELECT c.id, c.sort_name, c.words, ${strengths(groups, locale)} AS st,
             ${nameSimilarity(groups)} AS ns
      FROM candidates c JOIN service_search_row s ON s.service_id = c.id
    ), page AS (
      SELECT p.* FROM (
        SELECT 0 AS tier, c.id, c.sort_name, c.words, ${score(groups.length)} AS score FROM scored c
        UNION ALL
        SELECT 1, r.id, r.sort_name, r.words, r.cheap FROM rest r) p
      ORDER BY p.tier, p.words DESC, p.score DESC, p.sort_name, p.id OFFSET ${offset} LIMIT ${take}
    )
    SELECT
      (SELECT total FROM counts) AS total,
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
       WHERE x.n > 0) AS accepting`;
}
