-- AlterTable
ALTER TABLE "network" ADD COLUMN     "catalogue_export_public" BOOLEAN NOT NULL DEFAULT false;
