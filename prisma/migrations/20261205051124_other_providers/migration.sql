-- AlterTable
ALTER TABLE "network" ADD COLUMN     "other_providers_by_members" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "other_provider" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" JSONB NOT NULL DEFAULT '{}',
    "phone" TEXT,
    "chat_url" TEXT,
    "website" TEXT,
    "opening_hours" JSONB NOT NULL DEFAULT '{}',
    "is_open_24_7" BOOLEAN NOT NULL DEFAULT false,
    "is_nationwide" BOOLEAN NOT NULL DEFAULT false,
    "is_online" BOOLEAN NOT NULL DEFAULT false,
    "municipality_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "wellbeing_area_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "region_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "checked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archived_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "other_provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "other_provider_term" (
    "provider_id" UUID NOT NULL,
    "term_id" UUID NOT NULL,

    CONSTRAINT "other_provider_term_pkey" PRIMARY KEY ("provider_id","term_id")
);

-- CreateIndex
CREATE INDEX "other_provider_network_id_name_idx" ON "other_provider"("network_id", "name");

-- CreateIndex
CREATE INDEX "other_provider_term_term_id_idx" ON "other_provider_term"("term_id");

-- AddForeignKey
ALTER TABLE "other_provider" ADD CONSTRAINT "other_provider_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "other_provider_term" ADD CONSTRAINT "other_provider_term_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "other_provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "other_provider_term" ADD CONSTRAINT "other_provider_term_term_id_fkey" FOREIGN KEY ("term_id") REFERENCES "taxonomy_term"("id") ON DELETE CASCADE ON UPDATE CASCADE;
