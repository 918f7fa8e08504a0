-- CreateEnum
CREATE TYPE "outbox_status" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "freshness_digest" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "language" VARCHAR(2) NOT NULL DEFAULT 'fi';

-- CreateTable
CREATE TABLE "outbox" (
    "id" UUID NOT NULL,
    "template" TEXT NOT NULL,
    "language" VARCHAR(2) NOT NULL,
    "to_address" TEXT NOT NULL,
    "user_id" UUID,
    "params" JSONB NOT NULL DEFAULT '{}',
    "dedupe_key" TEXT,
    "status" "outbox_status" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "claimed_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "outbox_dedupe_key_key" ON "outbox"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbox_status_created_at_idx" ON "outbox"("status", "created_at");
