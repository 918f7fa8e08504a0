-- CreateEnum
CREATE TYPE "referral_kind" AS ENUM ('REFERRAL', 'CONTACT_REQUEST');

-- CreateEnum
CREATE TYPE "referral_status" AS ENUM ('NEW', 'OPENED', 'ACCEPTED', 'DECLINED', 'CLOSED');

-- CreateEnum
CREATE TYPE "referral_urgency" AS ENUM ('ROUTINE', 'SOON', 'URGENT');

-- AlterTable
ALTER TABLE "network" ADD COLUMN     "referral_auto_close_days" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "referral_retention_days" INTEGER NOT NULL DEFAULT 90;

-- CreateTable
CREATE TABLE "service_referral_settings" (
    "service_id" UUID NOT NULL,
    "accepts_referrals" BOOLEAN NOT NULL DEFAULT false,
    "accepts_contact_requests" BOOLEAN NOT NULL DEFAULT false,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_referral_settings_pkey" PRIMARY KEY ("service_id")
);

-- CreateTable
CREATE TABLE "referral" (
    "id" UUID NOT NULL,
    "kind" "referral_kind" NOT NULL,
    "network_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "delivery_id" UUID,
    "organization_id" UUID NOT NULL,
    "referrer_id" UUID,
    "municipality_code" VARCHAR(3),
    "reason_key" TEXT,
    "urgency" "referral_urgency" NOT NULL DEFAULT 'ROUTINE',
    "contact_method" TEXT,
    "contact_window" TEXT,
    "consent_at" TIMESTAMPTZ(3),
    "client_name_enc" TEXT,
    "client_phone_enc" TEXT,
    "client_email_enc" TEXT,
    "message_enc" TEXT,
    "key_id" TEXT,
    "status" "referral_status" NOT NULL DEFAULT 'NEW',
    "decline_reason" TEXT,
    "opened_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    "first_contact_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "erased_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "referral_note" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "author_id" UUID,
    "text_enc" TEXT,
    "key_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referral_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "referral_read_log" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "user_id" UUID,
    "actor_label" TEXT NOT NULL,
    "read_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referral_read_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "referral_organization_id_status_created_at_idx" ON "referral"("organization_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "referral_referrer_id_created_at_idx" ON "referral"("referrer_id", "created_at");

-- CreateIndex
CREATE INDEX "referral_service_id_created_at_idx" ON "referral"("service_id", "created_at");

-- CreateIndex
CREATE INDEX "referral_status_closed_at_idx" ON "referral"("status", "closed_at");

-- CreateIndex
CREATE INDEX "referral_note_referral_id_created_at_idx" ON "referral_note"("referral_id", "created_at");

-- CreateIndex
CREATE INDEX "referral_read_log_referral_id_read_at_idx" ON "referral_read_log"("referral_id", "read_at");

-- AddForeignKey
ALTER TABLE "service_referral_settings" ADD CONSTRAINT "service_referral_settings_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_referrer_id_fkey" FOREIGN KEY ("referrer_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral_note" ADD CONSTRAINT "referral_note_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral_read_log" ADD CONSTRAINT "referral_read_log_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Checks the API also makes: positive periods; a contact request has no referrer, a referral has one
-- while the referrer's account exists (SetNull on deletion keeps the row for the counts).
ALTER TABLE "network" ADD CONSTRAINT "network_referral_days_check" CHECK ("referral_retention_days" BETWEEN 1 AND 3650 AND "referral_auto_close_days" BETWEEN 1 AND 365);
ALTER TABLE "referral" ADD CONSTRAINT "referral_contact_request_check" CHECK ("kind" <> 'CONTACT_REQUEST' OR "referrer_id" IS NULL);
