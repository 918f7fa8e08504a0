-- CreateTable
CREATE TABLE "search_synonym" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "words" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "search_synonym_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "search_synonym_network_id_idx" ON "search_synonym"("network_id");

-- CreateIndex
CREATE INDEX "search_synonym_words_idx" ON "search_synonym" USING GIN ("words");

-- AddForeignKey
ALTER TABLE "search_synonym" ADD CONSTRAINT "search_synonym_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE CASCADE;
