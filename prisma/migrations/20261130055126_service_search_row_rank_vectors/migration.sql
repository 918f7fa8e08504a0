-- AlterTable
ALTER TABLE "service_search_row" ADD COLUMN     "rank_en" tsvector,
ADD COLUMN     "rank_fi" tsvector,
ADD COLUMN     "rank_sv" tsvector;

-- Hand-written from here (functions are invisible to the drift check). The rank_* vectors are the name
-- and summary parts (weights A and B) of the full vectors: the cheap score of the bounded ranking
-- (see ServiceSearchService) reads these small vectors for every match instead of the full ones.
CREATE OR REPLACE FUNCTION "service_search_row_refresh"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "service_search_row" WHERE "service_id" = ANY(ids);
  INSERT INTO "service_search_row" (
    "service_id", "network_id", "organization_ids", "sort_name", "visible_until", "age_min", "age_max",
    "cost", "service_languages", "channels", "term_ids", "theme_ids", "target_group_ids",
    "search_fi", "search_sv", "search_en", "search_names", "rank_fi", "rank_sv", "rank_en",
    "accepting_any", "full_any", "accepting_everywhere", "full_everywhere",
    "accepting_areas", "full_areas", "areas")
  SELECT s.id, s.network_id,
         array(SELECT s.responsible_organization_id UNION
               SELECT d.organization_id FROM service_delivery d
               WHERE d.service_id = s.id AND d.status = 'ACTIVE'),
         s.sort_name, s.visible_until, s.age_min, s.age_max, s.cost,
         coalesce(s.service_languages, '{}'), coalesce(s.channels, '{}'),
         coalesce(t.term_ids, '{}'), coalesce(t.theme_ids, '{}'), coalesce(t.target_group_ids, '{}'),
         r.search_fi, r.search_sv, r.search_en, r.search_names,
         ts_filter(r.search_fi, '{a,b}'), ts_filter(r.search_sv, '{a,b}'), ts_filter(r.search_en, '{a,b}'),
         coalesce(d.accepting_any, false), coalesce(d.full_any, false),
         coalesce(d.accepting_everywhere, false), coalesce(d.full_everywhere, false),
         coalesce(a.accepting_areas, '{}'), coalesce(a.full_areas, '{}'),
         coalesce(a.areas, '{}')
  FROM "service" s
  JOIN "service_revision" r ON r.id = s.published_revision_id
  LEFT JOIN LATERAL (
    SELECT array_agg(st.term_id) AS term_ids,
           array_agg(st.term_id) FILTER (WHERE tt.kind = 'THEME') AS theme_ids,
           array_agg(st.term_id) FILTER (WHERE tt.kind = 'TARGET_GROUP') AS target_group_ids
    FROM service_term st JOIN taxonomy_term tt ON tt.id = st.term_id
    WHERE st.service_id = s.id) t ON true
  LEFT JOIN LATERAL (
    SELECT bool_or(d.accepting_clients) AS accepting_any,
           bool_or(NOT d.accepting_clients) AS full_any,
           bool_or(d.accepting_clients AND (d.is_nationwide OR d.is_remote)) AS accepting_everywhere,
           bool_or(NOT d.accepting_clients AND (d.is_nationwide OR d.is_remote)) AS full_everywhere
    FROM service_delivery d WHERE d.service_id = s.id AND d.status = 'ACTIVE') d ON true
  LEFT JOIN LATERAL (
    SELECT array_agg(DISTINCT x.code) FILTER (WHERE x.accepting) AS accepting_areas,
           array_agg(DISTINCT x.code) FILTER (WHERE NOT x.accepting) AS full_areas,
           array_agg(DISTINCT x.code) AS areas
    FROM (
      SELECT d.accepting_clients AS accepting,
             CASE WHEN a.municipality_code IS NOT NULL THEN 'm:' || a.municipality_code
                  WHEN a.wellbeing_area_code IS NOT NULL THEN 'w:' || a.wellbeing_area_code
                  ELSE 'r:' || a.region_code END AS code
      FROM service_delivery d JOIN delivery_area a ON a.delivery_id = d.id
      WHERE d.service_id = s.id AND d.status = 'ACTIVE'
        AND num_nonnulls(a.municipality_code, a.wellbeing_area_code, a.region_code) > 0) x) a ON true
  WHERE s.id = ANY(ids) AND s.status = 'PUBLISHED';
END
$$;


-- Fill the rank vectors of the existing rows (the refresh deletes and inserts them: a large table keeps
-- the dead space until (auto)vacuum; the benchmark's README reclaims it with VACUUM FULL).
SELECT "service_search_row_refresh"(array(SELECT "service_id" FROM "service_search_row"));
