-- Issue 20 (a word in a municipality). The six text indexes of the search row take the areas as a
-- second column. A one-word search in a municipality (ranking.ts textIn) is then one index scan per
-- document whose GIN scan intersects the word's postings with the municipality's codes, so the heap
-- reads only the matches in the municipality. Before, it read the word's matches and filtered out
-- the ~86 % elsewhere (coalesce(areas && …) kept the areas out of the plan: the planner read the
-- municipality's services and tested every text when it misjudged a query of many words). The
-- benchmark's 45 one-word searches with a municipality, one session: 942 → 661 ms on the pessimistic
-- catalogue, 491 → 395 ms on the varied one; every other kind within ±2 %. A search without text
-- reads the areas from any of these indexes, so the index of the areas alone goes: the planner took
-- it for a word's condition too, reading the municipality's services and testing their texts.
-- Rebuilding the indexes takes ~10 s per 100 000 services; the search row is locked meanwhile (the
-- migration's transaction).

-- DropIndex
DROP INDEX "service_search_row_areas_idx";

-- DropIndex
DROP INDEX "service_search_row_rank_en_idx";

-- DropIndex
DROP INDEX "service_search_row_rank_fi_idx";

-- DropIndex
DROP INDEX "service_search_row_rank_sv_idx";

-- DropIndex
DROP INDEX "service_search_row_search_en_idx";

-- DropIndex
DROP INDEX "service_search_row_search_fi_idx";

-- DropIndex
DROP INDEX "service_search_row_search_sv_idx";

-- CreateIndex
CREATE INDEX "service_search_row_search_fi_idx" ON "service_search_row" USING GIN ("search_fi", "areas");

-- CreateIndex
CREATE INDEX "service_search_row_search_sv_idx" ON "service_search_row" USING GIN ("search_sv", "areas");

-- CreateIndex
CREATE INDEX "service_search_row_search_en_idx" ON "service_search_row" USING GIN ("search_en", "areas");

-- CreateIndex
CREATE INDEX "service_search_row_rank_fi_idx" ON "service_search_row" USING GIN ("rank_fi", "areas");

-- CreateIndex
CREATE INDEX "service_search_row_rank_sv_idx" ON "service_search_row" USING GIN ("rank_sv", "areas");

-- CreateIndex
CREATE INDEX "service_search_row_rank_en_idx" ON "service_search_row" USING GIN ("rank_en", "areas");

-- As before (migration *_bound_search_gin_pending_lists): pending lists of at most 64 kB. Prisma's
-- schema cannot express index storage parameters.
ALTER INDEX "service_search_row_search_fi_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "service_search_row_search_sv_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "service_search_row_search_en_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "service_search_row_rank_fi_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "service_search_row_rank_sv_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "service_search_row_rank_en_idx" SET (gin_pending_list_limit = 64);
