-- The facets of a search group its matches by their facet values (cost, themes, target groups,
-- service languages, channels) and then count per distinct combination. Grouping 100 000 rows by
-- four arrays was a third of a text-less search; grouping by this one 64-bit key and looking the
-- arrays up once per combination (a few dozen) takes two thirds of the time. Generated, so every
-- writer of the row (the refresh function) keeps it right without knowing about it.
--
-- The function is declared IMMUTABLE although the text form of an enum label could in principle
-- change: the key only has to be equal for equal values within what is stored, and a stored key
-- that outlived a label rename still groups the same rows together. Two different combinations
-- with the same 64-bit hash (odds ~10^-13 for a few thousand combinations) would be counted
-- together.
CREATE FUNCTION "search_facet_key"(cost "cost", theme_ids uuid[], target_group_ids uuid[],
                                   service_languages text[], channels text[])
RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT hashtextextended(concat_ws('|', coalesce(cost::text, '-'), coalesce(theme_ids::text, '-'),
                                    coalesce(target_group_ids::text, '-'),
                                    coalesce(service_languages::text, '-'), coalesce(channels::text, '-')), 0)
$$;

-- AlterTable
ALTER TABLE "service_search_row" ADD COLUMN "facet_key" BIGINT NOT NULL GENERATED ALWAYS AS (
  "search_facet_key"("cost", "theme_ids", "target_group_ids", "service_languages", "channels")
) STORED;

-- CreateIndex
CREATE INDEX "service_search_row_facet_key_idx" ON "service_search_row"("facet_key");
