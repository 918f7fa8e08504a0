-- AlterTable
ALTER TABLE "service_revision" ADD COLUMN     "hidden_translations" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Hand-written (functions are invisible to the drift check): the public search must not find a service
-- by a translation hidden at approval (out of date against the Finnish text; see @linja/domain
-- translation-freshness.ts). service_revision's generated search_sv/search_en/search_names hold every
-- translation, so the search row takes them from the revision only when nothing is hidden, and
-- otherwise rebuilds them here without the hidden texts. The vector is the generated column's
-- expression (migration 20261123163600_service_search) with each hidden text left out.
CREATE FUNCTION "service_search_shown_vector"(content jsonb, hidden text[], locale text, config regconfig)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(config, CASE WHEN 'name.' || locale = ANY(hidden) THEN ''
                                            ELSE coalesce(content #>> ARRAY['name', locale], '') END), 'A') ||
         setweight(to_tsvector(config, CASE WHEN 'summary.' || locale = ANY(hidden) THEN ''
                                            ELSE coalesce(content #>> ARRAY['summary', locale], '') END), 'B') ||
         setweight(to_tsvector(config, CASE WHEN 'description.' || locale = ANY(hidden) THEN ''
                                            ELSE coalesce(content #>> ARRAY['description', locale], '') END), 'C')
$$;

-- The refresh of 20261130060300_service_search_row_refresh_lock, with the sv/en documents and names
-- from "v" (above) instead of straight from the revision.
CREATE OR REPLACE FUNCTION "service_search_row_refresh"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- One refresh per service at a time: without this, two transactions changing the same service (two
  -- deliveries, an area and a publication) could each rebuild its row from a snapshot without the
  -- other's change (the later commit would win with stale reach), or collide on the primary key.
  -- The next statements take their snapshots after the lock, so they see the other's committed change.
  -- NO KEY UPDATE does not conflict with the KEY SHARE locks of foreign-key checks (a delivery
  -- inserted for the service), so concurrent child inserts do not deadlock on it.
  PERFORM 1 FROM "service" WHERE "id" = ANY(ids) ORDER BY "id" FOR NO KEY UPDATE;
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
         r.search_fi, v.search_sv, v.search_en, v.search_names,
         ts_filter(r.search_fi, '{a,b}'), ts_filter(v.search_sv, '{a,b}'), ts_filter(v.search_en, '{a,b}'),
         coalesce(d.accepting_any, false), coalesce(d.full_any, false),
         coalesce(d.accepting_everywhere, false), coalesce(d.full_everywhere, false),
         coalesce(a.accepting_areas, '{}'), coalesce(a.full_areas, '{}'),
         coalesce(a.areas, '{}')
           || CASE WHEN coalesce(d.accepting_everywhere OR d.full_everywhere, false)
                   THEN '{*}'::text[] ELSE '{}'::text[] END
  FROM "service" s
  JOIN "service_revision" r ON r.id = s.published_revision_id
  -- The revision's own documents unless it hides translations (approved with them out of date).
  CROSS JOIN LATERAL (
    SELECT CASE WHEN cardinality(r.hidden_translations) > 0
                THEN "service_search_shown_vector"(r.content, r.hidden_translations, 'sv', 'swedish')
                ELSE r.search_sv END AS search_sv,
           CASE WHEN cardinality(r.hidden_translations) > 0
                THEN "service_search_shown_vector"(r.content, r.hidden_translations, 'en', 'english')
                ELSE r.search_en END AS search_en,
           CASE WHEN cardinality(r.hidden_translations) > 0
                THEN lower(coalesce(r.content #>> '{name,fi}', '') || ' ' ||
                           CASE WHEN 'name.sv' = ANY(r.hidden_translations) THEN ''
                                ELSE coalesce(r.content #>> '{name,sv}', '') END || ' ' ||
                           CASE WHEN 'name.en' = ANY(r.hidden_translations) THEN ''
                                ELSE coalesce(r.content #>> '{name,en}', '') END || ' ' ||
                           coalesce(r.content #>> '{name,fiPlain}', ''))
                ELSE r.search_names END AS search_names) v
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
