-- CreateTable
CREATE TABLE "search_generation" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "generation" BIGINT NOT NULL DEFAULT 0,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_generation_pkey" PRIMARY KEY ("id")
);

-- Hand-written below (triggers and functions are invisible to Prisma's schema diff).
--
-- The single row whose number the API's public search response cache compares (see schema.prisma).
ALTER TABLE "search_generation" ADD CONSTRAINT "search_generation_single_row" CHECK ("id" = 1);
INSERT INTO "search_generation" ("id", "generation") VALUES (1, 0);

-- True the first time a transaction writes a row of the public catalogue, false afterwards: the
-- triggers below queue one deferred bump per transaction however many rows it writes. The flag is
-- transaction-local (set_config(…, true)): it ends with the transaction and is undone with a rolled
-- back savepoint, together with the bump queued inside it.
CREATE FUNCTION "search_generation_mark"() RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF current_setting('linja.search_generation_marked', true) = 'on' THEN
    RETURN false;
  END IF;
  PERFORM set_config('linja.search_generation_marked', 'on', true);
  RETURN true;
END
$$;

-- Raises the generation. Runs at commit (the triggers are INITIALLY DEFERRED), so the row is locked
-- only for the moment of the commit: writers do not queue behind each other for their whole
-- transaction, and no lock cycle can form (nothing else runs after it). A rolled-back transaction
-- never gets here and changes nothing. Writers run at READ COMMITTED (as all of Linja's do): a
-- REPEATABLE READ writer committing at the same moment as another would get a serialization failure.
CREATE FUNCTION "search_generation_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "search_generation" SET "generation" = "generation" + 1, "changed_at" = now() WHERE "id" = 1;
  RETURN NULL;
END
$$;

-- Every table whose rows a public search response can show or depends on. (The WHEN condition of a
-- constraint trigger is evaluated when the row is written, not deferred: only the first row queues.)
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'service', 'service_revision', 'service_term', 'service_delivery', 'delivery_area',
    'delivery_location', 'service_search_row', 'search_synonym', 'taxonomy_term', 'network',
    'network_membership', 'organization'
  ] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
      'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN ("search_generation_mark"()) '
      'EXECUTE FUNCTION "search_generation_bump"()',
      'search_generation_' || t, t);
  END LOOP;
END
$$;
