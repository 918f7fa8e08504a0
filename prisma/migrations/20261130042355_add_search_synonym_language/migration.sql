-- AlterTable
ALTER TABLE "search_synonym" ADD COLUMN     "language" VARCHAR(2) NOT NULL DEFAULT 'fi';
