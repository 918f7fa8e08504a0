/*
  Warnings:

  - You are about to drop the column `failed_sign_ins` on the `app_user` table. All the data in the column will be lost.
  - You are about to drop the column `locked_until` on the `app_user` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "app_user" DROP COLUMN "failed_sign_ins",
DROP COLUMN "locked_until";

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "sign_in_throttle_updated_at_idx" ON "sign_in_throttle"("updated_at");
