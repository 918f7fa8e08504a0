-- Issue 20 (search after a burst of catalogue changes). A GIN index takes new entries into a pending
-- list (fastupdate) that VACUUM or a full list merges into the index; until then every scan of the
-- index reads the whole list, up to gin_pending_list_limit (4 MB by default), row by row. After 3 000
-- of 100 000 services changed, the lists held 3 000 rows each and the ranking statements of the
-- benchmark's distinct searches took 13.3 s instead of 3.5–5 s, and the API served 25.7 searches a
-- second instead of 36. A 64 kB list (the least allowed) keeps that reading to a few dozen rows; the
-- writer that fills it merges it in one batch (3 000 services' rows rewritten in 2.5–2.7 s against
-- 1.6–4.4 s with 4 MB lists; fastupdate off, one index insertion per row, took 5.7 s).
-- Prisma's schema cannot express index storage parameters.
ALTER INDEX "service_search_row_search_fi_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "service_search_row_search_sv_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "service_search_row_search_en_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "service_search_row_rank_fi_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "service_search_row_rank_sv_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "service_search_row_rank_en_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "service_search_row_areas_idx" SET (gin_pending_list_limit = 64);
-- The vocabulary's trigram index answers the similar words of every new word a search looks up.
ALTER INDEX "search_word_word_trgm_idx" SET (gin_pending_list_limit = 64);

-- What the lists hold now goes into the indexes at once.
SELECT gin_clean_pending_list(index_name::regclass)
FROM unnest(ARRAY[
  'service_search_row_search_fi_idx', 'service_search_row_search_sv_idx',
  'service_search_row_search_en_idx', 'service_search_row_rank_fi_idx',
  'service_search_row_rank_sv_idx', 'service_search_row_rank_en_idx',
  'service_search_row_areas_idx', 'search_word_word_trgm_idx'
]) AS index_name;
