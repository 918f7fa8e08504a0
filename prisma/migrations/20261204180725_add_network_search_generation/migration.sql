-- CreateTable
CREATE TABLE "search_network_generation" (
    "network_id" UUID NOT NULL,
    "generation" BIGINT NOT NULL DEFAULT 0,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_network_generation_pkey" PRIMARY KEY ("network_id")
);

-- Hand-written below (triggers and functions are invisible to Prisma's schema diff).
--
-- Per-network generations (issue 20): a catalogue change no longer makes every cached search of every
-- network stale. Each statement that writes a table of the public catalogue notes the networks its
-- rows belong to (old and new) in a transaction-local setting; the deferred bump of
-- 20261130072249_search_generation, which runs once at the commit of a transaction that wrote any of
-- them, now also raises those networks' numbers. search_generation stays the number of the whole
-- catalogue (searches across networks). Rows are updated in network id order, so two committing
-- transactions cannot lock each other's rows in opposite orders.

-- Adds networks to the transaction's noted set (comma-separated ids; set_config(…, true): it ends with
-- the transaction and is undone with a rolled-back savepoint, like the bump it belongs to).
CREATE FUNCTION "search_generation_note"(ids uuid[]) RETURNS void LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  noted text := coalesce(current_setting('linja.search_networks', true), '');
  id uuid;
BEGIN
  FOREACH id IN ARRAY coalesce(ids, '{}') LOOP
    IF id IS NOT NULL AND position(id::text IN noted) = 0 THEN
      noted := CASE WHEN noted = '' THEN id::text ELSE noted || ',' || id::text END;
    END IF;
  END LOOP;
  PERFORM set_config('linja.search_networks', noted, true);
END
$$;

-- The networks of a statement's rows, by table. Transition tables: `new_rows` on INSERT and UPDATE,
-- `old_rows` on UPDATE and DELETE (each branch is planned only when it runs).
CREATE FUNCTION "search_generation_collect"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[] := '{}';
  part uuid[];
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    CASE TG_TABLE_NAME
      WHEN 'service', 'service_search_row', 'search_synonym', 'taxonomy_term', 'network_membership' THEN
        SELECT array_agg(DISTINCT r.network_id) INTO part FROM new_rows r;
      WHEN 'network' THEN
        SELECT array_agg(DISTINCT r.id) INTO part FROM new_rows r;
      WHEN 'service_revision', 'service_term', 'service_delivery' THEN
        SELECT array_agg(DISTINCT s.network_id) INTO part FROM new_rows r JOIN service s ON s.id = r.service_id;
      WHEN 'delivery_area', 'delivery_location' THEN
        SELECT array_agg(DISTINCT s.network_id) INTO part
        FROM new_rows r JOIN service_delivery d ON d.id = r.delivery_id JOIN service s ON s.id = d.service_id;
      WHEN 'organization' THEN
        SELECT array_agg(DISTINCT x.network_id) INTO part FROM (
          SELECT m.network_id FROM new_rows r JOIN network_membership m ON m.organization_id = r.id
          UNION
          SELECT s.network_id FROM new_rows r JOIN service s ON s.responsible_organization_id = r.id
          UNION
          SELECT s.network_id FROM new_rows r JOIN service_delivery d ON d.organization_id = r.id
          JOIN service s ON s.id = d.service_id) x;
    END CASE;
    ids := ids || coalesce(part, '{}');
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    CASE TG_TABLE_NAME
      WHEN 'service', 'service_search_row', 'search_synonym', 'taxonomy_term', 'network_membership' THEN
        SELECT array_agg(DISTINCT r.network_id) INTO part FROM old_rows r;
      WHEN 'network' THEN
        SELECT array_agg(DISTINCT r.id) INTO part FROM old_rows r;
      WHEN 'service_revision', 'service_term', 'service_delivery' THEN
        SELECT array_agg(DISTINCT s.network_id) INTO part FROM old_rows r JOIN service s ON s.id = r.service_id;
      WHEN 'delivery_area', 'delivery_location' THEN
        SELECT array_agg(DISTINCT s.network_id) INTO part
        FROM old_rows r JOIN service_delivery d ON d.id = r.delivery_id JOIN service s ON s.id = d.service_id;
      WHEN 'organization' THEN
        SELECT array_agg(DISTINCT x.network_id) INTO part FROM (
          SELECT m.network_id FROM old_rows r JOIN network_membership m ON m.organization_id = r.id
          UNION
          SELECT s.network_id FROM old_rows r JOIN service s ON s.responsible_organization_id = r.id) x;
    END CASE;
    ids := ids || coalesce(part, '{}');
  END IF;
  IF cardinality(ids) > 0 THEN
    PERFORM "search_generation_note"(ids);
  END IF;
  RETURN NULL;
END
$$;

-- The bump at commit (replaces the one of 20261130072249_search_generation): the whole catalogue's
-- number, then each noted network's.
CREATE OR REPLACE FUNCTION "search_generation_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  noted text := coalesce(current_setting('linja.search_networks', true), '');
BEGIN
  UPDATE "search_generation" SET "generation" = "generation" + 1, "changed_at" = now() WHERE "id" = 1;
  IF noted <> '' THEN
    INSERT INTO "search_network_generation" ("network_id", "generation")
    SELECT DISTINCT n.id, 1 FROM unnest(string_to_array(noted, ',')::uuid[]) AS n(id) ORDER BY n.id
    ON CONFLICT ("network_id") DO UPDATE
      SET "generation" = "search_network_generation"."generation" + 1, "changed_at" = now();
    PERFORM set_config('linja.search_networks', '', true);
  END IF;
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'service', 'service_revision', 'service_term', 'service_delivery', 'delivery_area',
    'delivery_location', 'service_search_row', 'search_synonym', 'taxonomy_term', 'network',
    'network_membership', 'organization'
  ] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION "search_generation_collect"()', 'search_networks_' || t || '_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION "search_generation_collect"()', 'search_networks_' || t || '_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION "search_generation_collect"()', 'search_networks_' || t || '_delete', t);
  END LOOP;
END
$$;

-- Every existing network starts at the catalogue's current number.
INSERT INTO "search_network_generation" ("network_id", "generation")
SELECT n.id, g.generation FROM "network" n CROSS JOIN "search_generation" g WHERE g.id = 1;
