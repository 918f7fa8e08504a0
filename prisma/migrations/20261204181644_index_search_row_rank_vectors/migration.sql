-- CreateIndex
CREATE INDEX "service_search_row_rank_fi_idx" ON "service_search_row" USING GIN ("rank_fi");

-- CreateIndex
CREATE INDEX "service_search_row_rank_sv_idx" ON "service_search_row" USING GIN ("rank_sv");

-- CreateIndex
CREATE INDEX "service_search_row_rank_en_idx" ON "service_search_row" USING GIN ("rank_en");

-- CreateIndex
CREATE INDEX "service_search_row_sort_name_service_id_idx" ON "service_search_row"("sort_name", "service_id");
