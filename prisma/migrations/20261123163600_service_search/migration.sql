-- Full-text and trigram search over service content (hand-written: Prisma's schema language cannot
-- express extensions, generated columns or trigram operator classes; schema.prisma declares the columns
-- as Unsupported("tsvector") / String so that the drift check agrees with this file).
--
-- Why generated columns on service_revision (and not a search table kept in step by the application):
-- the search documents are a pure function of a revision's content, so PostgreSQL derives them itself
-- when a revision is written, whoever writes it (the approve transaction, the demo seed, the set-based
-- catalogue factory, a hand edit). Nothing can forget to refresh them, and a published service's
-- documents are simply those of service.published_revision_id. Drafts carry documents too; they cost
-- some storage but are never searched (the search joins through published_revision_id).
--
-- Weights: A = name (every language variant), B = summary and plain-language name, C = description.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "service_revision"
  ADD COLUMN "search_fi" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('finnish'::regconfig, coalesce("content" #>> '{name,fi}', '')), 'A') ||
    setweight(to_tsvector('finnish'::regconfig, coalesce("content" #>> '{name,fiPlain}', '') || ' ' ||
                                                coalesce("content" #>> '{summary,fi}', '') || ' ' ||
                                                coalesce("content" #>> '{summary,fiPlain}', '')), 'B') ||
    setweight(to_tsvector('finnish'::regconfig, coalesce("content" #>> '{description,fi}', '') || ' ' ||
                                                coalesce("content" #>> '{description,fiPlain}', '')), 'C')
  ) STORED,
  ADD COLUMN "search_sv" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish'::regconfig, coalesce("content" #>> '{name,sv}', '')), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("content" #>> '{summary,sv}', '')), 'B') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("content" #>> '{description,sv}', '')), 'C')
  ) STORED,
  ADD COLUMN "search_en" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce("content" #>> '{name,en}', '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce("content" #>> '{summary,en}', '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce("content" #>> '{description,en}', '')), 'C')
  ) STORED,
  -- Every name in every language, lower case: for trigram similarity to the name (typos in names).
  ADD COLUMN "search_names" text GENERATED ALWAYS AS (
    lower(coalesce("content" #>> '{name,fi}', '') || ' ' || coalesce("content" #>> '{name,sv}', '') || ' ' ||
          coalesce("content" #>> '{name,en}', '') || ' ' || coalesce("content" #>> '{name,fiPlain}', ''))
  ) STORED,
  -- All searchable words, lower case: for trigram word similarity (compound parts, typos).
  ADD COLUMN "search_words" text GENERATED ALWAYS AS (
    lower(coalesce("content" #>> '{name,fi}', '') || ' ' || coalesce("content" #>> '{name,sv}', '') || ' ' ||
          coalesce("content" #>> '{name,en}', '') || ' ' || coalesce("content" #>> '{name,fiPlain}', '') || ' ' ||
          coalesce("content" #>> '{summary,fi}', '') || ' ' || coalesce("content" #>> '{summary,sv}', '') || ' ' ||
          coalesce("content" #>> '{summary,en}', '') || ' ' || coalesce("content" #>> '{summary,fiPlain}', '') || ' ' ||
          coalesce("content" #>> '{description,fi}', '') || ' ' || coalesce("content" #>> '{description,sv}', '') || ' ' ||
          coalesce("content" #>> '{description,en}', '') || ' ' || coalesce("content" #>> '{description,fiPlain}', ''))
  ) STORED;

CREATE INDEX "service_revision_search_fi_idx" ON "service_revision" USING GIN ("search_fi");
CREATE INDEX "service_revision_search_sv_idx" ON "service_revision" USING GIN ("search_sv");
CREATE INDEX "service_revision_search_en_idx" ON "service_revision" USING GIN ("search_en");
CREATE INDEX "service_revision_search_words_idx" ON "service_revision" USING GIN ("search_words" gin_trgm_ops);
