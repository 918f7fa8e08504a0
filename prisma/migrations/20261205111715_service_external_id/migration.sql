-- Issue 19 (CSV import): the organisation's own identifier of a service, unique per organisation.
-- The unique index cannot fail on existing rows: the new column is NULL everywhere, and NULLs are distinct.
-- AlterTable
ALTER TABLE "service" ADD COLUMN     "external_id" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "service_responsible_organization_id_external_id_key" ON "service"("responsible_organization_id", "external_id");
