-- CreateEnum
CREATE TYPE "service_import_run_status" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "service_import_run" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_label" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "content_language" VARCHAR(2),
    "file_hash" TEXT NOT NULL,
    "file" BYTEA,
    "status" "service_import_run_status" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "error_rows" JSONB NOT NULL DEFAULT '[]',
    "failure_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "service_import_run_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "service_import_run_organization_id_created_at_idx" ON "service_import_run"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "service_import_run_network_id_idx" ON "service_import_run"("network_id");

-- AddForeignKey
ALTER TABLE "service_import_run" ADD CONSTRAINT "service_import_run_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_import_run" ADD CONSTRAINT "service_import_run_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE CASCADE;
