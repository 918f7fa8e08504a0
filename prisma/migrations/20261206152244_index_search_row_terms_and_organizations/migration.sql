-- Issue 20 (search without a text index to start from). A search filtered by a theme or target group
-- (term_ids) or by an organisation (organization_ids) had no index for it: without text or a
-- municipality, the filtered window scanned the whole search row table, and with text it read every
-- text match to find the organisation's few. On the benchmark's 100 000 services: a rare target group
-- with "accepting clients" 86–95 ms → 20–26 ms; an organisation's services 71 ms → 5 ms, with "tuki"
-- 231 ms → 14 ms. The planner's element statistics of the arrays tell a rare term (the index) from a
-- common one (a filter on the rows read anyway).

-- CreateIndex
CREATE INDEX "service_search_row_term_ids_idx" ON "service_search_row" USING GIN ("term_ids");

-- CreateIndex
CREATE INDEX "service_search_row_organization_ids_idx" ON "service_search_row" USING GIN ("organization_ids");

-- As the search row's other GIN indexes (migration *_bound_search_gin_pending_lists): a pending list
-- of at most 64 kB, so a burst of catalogue changes does not slow the searches that follow. Prisma's
-- schema cannot express index storage parameters.
ALTER INDEX "service_search_row_term_ids_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "service_search_row_organization_ids_idx" SET (gin_pending_list_limit = 64);
