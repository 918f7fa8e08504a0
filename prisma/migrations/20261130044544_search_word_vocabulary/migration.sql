-- The search vocabulary (issue 5 benchmark): every distinct word of the revisions' search texts, so that
-- the search compares a typed word with words by trigrams (compound parts, typos) through one small
-- trigram index, instead of computing word similarity against every matching service's whole text
-- (which took seconds on 100 000 services). Statement-level triggers with transition tables keep it
-- complete whoever writes revisions (API, seed, the set-based catalogue factory). Words are never
-- removed: a word no published revision has any more only expands a query to a term that matches
-- nothing.

-- CreateTable
CREATE TABLE "search_word" (
    "word" TEXT NOT NULL,

    CONSTRAINT "search_word_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "search_word_word_trgm_idx" ON "search_word" USING GIN ("word" gin_trgm_ops);

-- Collects the words of the written revisions (hand-written: Prisma cannot express functions or
-- triggers; they are invisible to the drift check).
CREATE FUNCTION "search_word_collect"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_word" ("word")
  SELECT DISTINCT v.lexeme
  FROM "new_revisions" r
  CROSS JOIN LATERAL unnest(to_tsvector('simple'::regconfig, coalesce(r."search_words", ''))) AS v
  WHERE char_length(v.lexeme) BETWEEN 3 AND 60
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER "service_revision_search_words_insert" AFTER INSERT ON "service_revision"
  REFERENCING NEW TABLE AS "new_revisions" FOR EACH STATEMENT EXECUTE FUNCTION "search_word_collect"();
CREATE TRIGGER "service_revision_search_words_update" AFTER UPDATE ON "service_revision"
  REFERENCING NEW TABLE AS "new_revisions" FOR EACH STATEMENT EXECUTE FUNCTION "search_word_collect"();

INSERT INTO "search_word" ("word")
SELECT DISTINCT v.lexeme
FROM "service_revision" r
CROSS JOIN LATERAL unnest(to_tsvector('simple'::regconfig, coalesce(r."search_words", ''))) AS v
WHERE char_length(v.lexeme) BETWEEN 3 AND 60
ON CONFLICT DO NOTHING;
