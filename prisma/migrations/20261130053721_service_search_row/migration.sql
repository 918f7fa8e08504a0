-- CreateTable
CREATE TABLE "service_search_row" (
    "service_id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "organization_ids" UUID[],
    "sort_name" TEXT NOT NULL,
    "visible_until" TIMESTAMPTZ(3),
    "age_min" INTEGER,
    "age_max" INTEGER,
    "cost" "cost",
    "service_languages" TEXT[],
    "channels" TEXT[],
    "term_ids" UUID[],
    "theme_ids" UUID[],
    "target_group_ids" UUID[],
    "search_fi" tsvector,
    "search_sv" tsvector,
    "search_en" tsvector,
    "search_names" TEXT,
    "accepting_any" BOOLEAN NOT NULL,
    "full_any" BOOLEAN NOT NULL,
    "accepting_everywhere" BOOLEAN NOT NULL,
    "full_everywhere" BOOLEAN NOT NULL,
    "accepting_areas" TEXT[],
    "full_areas" TEXT[],
    "areas" TEXT[],

    CONSTRAINT "service_search_row_pkey" PRIMARY KEY ("service_id")
);

-- Hand-written (Prisma cannot express functions or triggers; they are invisible to the drift check).
-- The search row of a published service: one statement for any set of services, so the set-based
-- catalogue factory and the backfill below cost one pass, and the API's single-row changes one row.
-- A service without a published revision, or not PUBLISHED, has no row.
CREATE FUNCTION "service_search_row_refresh"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "service_search_row" WHERE "service_id" = ANY(ids);
  INSERT INTO "service_search_row" (
    "service_id", "network_id", "organization_ids", "sort_name", "visible_until", "age_min", "age_max",
    "cost", "service_languages", "channels", "term_ids", "theme_ids", "target_group_ids",
    "search_fi", "search_sv", "search_en", "search_names",
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

CREATE FUNCTION "service_search_row_on_service"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "service_search_row_refresh"(array(SELECT id FROM "old_rows"));
  ELSE
    PERFORM "service_search_row_refresh"(array(SELECT id FROM "new_rows"));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "service_search_row_on_service_child"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "service_search_row_refresh"(array(SELECT DISTINCT service_id FROM "old_rows"));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "service_search_row_refresh"(array(
      SELECT service_id FROM "new_rows" UNION SELECT service_id FROM "old_rows"));
  ELSE
    PERFORM "service_search_row_refresh"(array(SELECT DISTINCT service_id FROM "new_rows"));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "service_search_row_on_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "service_search_row_refresh"(array(
    SELECT s.id FROM "service" s JOIN "new_rows" n ON s.published_revision_id = n.id));
  RETURN NULL;
END
$$;

CREATE FUNCTION "service_search_row_on_area"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "service_search_row_refresh"(array(
      SELECT DISTINCT d.service_id FROM "service_delivery" d
      WHERE d.id IN (SELECT delivery_id FROM "old_rows")));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "service_search_row_refresh"(array(
      SELECT DISTINCT d.service_id FROM "service_delivery" d
      WHERE d.id IN (SELECT delivery_id FROM "new_rows" UNION SELECT delivery_id FROM "old_rows")));
  ELSE
    PERFORM "service_search_row_refresh"(array(
      SELECT DISTINCT d.service_id FROM "service_delivery" d
      WHERE d.id IN (SELECT delivery_id FROM "new_rows")));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "service_search_row_service_insert" AFTER INSERT ON "service"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_search_row_on_service"();
CREATE TRIGGER "service_search_row_service_update" AFTER UPDATE ON "service"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_search_row_on_service"();
CREATE TRIGGER "service_search_row_service_delete" AFTER DELETE ON "service"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_search_row_on_service"();

CREATE TRIGGER "service_search_row_revision_update" AFTER UPDATE ON "service_revision"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_search_row_on_revision"();

CREATE TRIGGER "service_search_row_term_insert" AFTER INSERT ON "service_term"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_search_row_on_service_child"();
CREATE TRIGGER "service_search_row_term_update" AFTER UPDATE ON "service_term"
  REFERENCING NEW TABLE AS "new_rows" OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_search_row_on_service_child"();
CREATE TRIGGER "service_search_row_term_delete" AFTER DELETE ON "service_term"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_search_row_on_service_child"();

CREATE TRIGGER "service_search_row_delivery_insert" AFTER INSERT ON "service_delivery"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_search_row_on_service_child"();
CREATE TRIGGER "service_search_row_delivery_update" AFTER UPDATE ON "service_delivery"
  REFERENCING NEW TABLE AS "new_rows" OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_search_row_on_service_child"();
CREATE TRIGGER "service_search_row_delivery_delete" AFTER DELETE ON "service_delivery"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_search_row_on_service_child"();

CREATE TRIGGER "service_search_row_area_insert" AFTER INSERT ON "delivery_area"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_search_row_on_area"();
CREATE TRIGGER "service_search_row_area_update" AFTER UPDATE ON "delivery_area"
  REFERENCING NEW TABLE AS "new_rows" OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_search_row_on_area"();
CREATE TRIGGER "service_search_row_area_delete" AFTER DELETE ON "delivery_area"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_search_row_on_area"();

-- Backfill (before the indexes are built: one pass, then each index built once).
SELECT "service_search_row_refresh"(array(SELECT id FROM "service" WHERE published_revision_id IS NOT NULL AND status = 'PUBLISHED'));

-- CreateIndex
CREATE INDEX "service_search_row_search_fi_idx" ON "service_search_row" USING GIN ("search_fi");

-- CreateIndex
CREATE INDEX "service_search_row_search_sv_idx" ON "service_search_row" USING GIN ("search_sv");

-- CreateIndex
CREATE INDEX "service_search_row_search_en_idx" ON "service_search_row" USING GIN ("search_en");

-- CreateIndex
CREATE INDEX "service_search_row_areas_idx" ON "service_search_row" USING GIN ("areas");

-- CreateIndex
CREATE INDEX "service_search_row_network_id_sort_name_idx" ON "service_search_row"("network_id", "sort_name");
