-- AlterTable
ALTER TABLE "search_generation" ADD COLUMN     "words_generation" BIGINT NOT NULL DEFAULT 0;

-- Hand-written below (triggers and functions are invisible to Prisma's schema diff).
--
-- The vocabulary's own generation (issue 20). What a query's words expand to — which typed words the
-- vocabulary knows, their similar vocabulary words and word families, the networks' synonym lists —
-- depends only on search_word (insert-only: the new words of written revisions, 20261130044544),
-- search_synonym and network (slugs). The API keeps those expansions per words_generation, so an edit
-- that brings no new word (most edits: a phone number, opening hours, a text in known words) leaves
-- them warm after the change, while `generation` still makes every cached answer it affects stale.
-- words_generation is raised by the same deferred bump at commit, only when the transaction noted a
-- vocabulary change.

-- Notes a vocabulary change for the transaction's bump (transaction-local, like the networks noted by
-- search_generation_collect: it ends with the transaction and is undone with a rolled-back savepoint).
CREATE FUNCTION "search_words_note"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('linja.search_words_changed', 'on', true);
  RETURN NULL;
END
$$;

-- On search_word only when the statement inserted words: the revision triggers insert with ON CONFLICT
-- DO NOTHING, so a revision in known words inserts none. (A function of its own: PL/pgSQL plans a
-- reference to a transition table even where the other tables' triggers would never reach it.)
CREATE FUNCTION "search_words_note_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_words) THEN
    PERFORM set_config('linja.search_words_changed', 'on', true);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "search_words_note_search_word" AFTER INSERT ON "search_word"
  REFERENCING NEW TABLE AS new_words FOR EACH STATEMENT EXECUTE FUNCTION "search_words_note_inserted"();
-- The vocabulary is insert-only (20261130044544), but a word changed or removed by hand counts too.
CREATE TRIGGER "search_words_note_search_word_changes" AFTER UPDATE OR DELETE ON "search_word"
  FOR EACH STATEMENT EXECUTE FUNCTION "search_words_note"();
-- Only the columns the expansions read: a synonym group's network, language and words; a network's
-- slug (a search names its network by it). Retention days or branding leave the expansions valid.
CREATE TRIGGER "search_words_note_search_synonym"
  AFTER INSERT OR DELETE OR UPDATE OF "network_id", "language", "words" ON "search_synonym"
  FOR EACH STATEMENT EXECUTE FUNCTION "search_words_note"();
CREATE TRIGGER "search_words_note_network" AFTER INSERT OR DELETE OR UPDATE OF "slug" ON "network"
  FOR EACH STATEMENT EXECUTE FUNCTION "search_words_note"();

-- A word written without a revision (by hand, a later migration) queues the bump itself, as the
-- catalogue's tables do (20261130072249_search_generation).
CREATE CONSTRAINT TRIGGER "search_generation_search_word" AFTER INSERT OR UPDATE OR DELETE ON "search_word"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN ("search_generation_mark"())
  EXECUTE FUNCTION "search_generation_bump"();

-- TRUNCATE fires no row trigger, so no deferred bump: raise both numbers at once instead (nothing in
-- Linja truncates these tables; a maintenance script or a test's reset might).
CREATE FUNCTION "search_generation_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "search_generation"
  SET "generation" = "generation" + 1, "words_generation" = "words_generation" + 1, "changed_at" = now()
  WHERE "id" = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER "search_generation_truncate_search_word" AFTER TRUNCATE ON "search_word"
  FOR EACH STATEMENT EXECUTE FUNCTION "search_generation_truncated"();
CREATE TRIGGER "search_generation_truncate_search_synonym" AFTER TRUNCATE ON "search_synonym"
  FOR EACH STATEMENT EXECUTE FUNCTION "search_generation_truncated"();

-- The bump at commit (replaces the one of 20261204180725_add_network_search_generation): the whole
-- catalogue's number, the vocabulary's when noted, then each noted network's. It also clears the
-- transaction's mark, so a write after a bump that ran early (SET CONSTRAINTS … IMMEDIATE) queues
-- another instead of going unnoticed.
CREATE OR REPLACE FUNCTION "search_generation_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  noted text := coalesce(current_setting('linja.search_networks', true), '');
  words boolean := coalesce(current_setting('linja.search_words_changed', true), '') = 'on';
BEGIN
  UPDATE "search_generation"
  SET "generation" = "generation" + 1,
      "words_generation" = "words_generation" + CASE WHEN words THEN 1 ELSE 0 END,
      "changed_at" = now()
  WHERE "id" = 1;
  PERFORM set_config('linja.search_generation_marked', '', true);
  IF words THEN
    PERFORM set_config('linja.search_words_changed', '', true);
  END IF;
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
