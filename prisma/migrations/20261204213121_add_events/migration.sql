-- CreateEnum
CREATE TYPE "event_kind" AS ENUM ('INFO_SESSION', 'GROUP', 'PUBLIC_EVENT', 'WEBINAR', 'TRAINING');

-- CreateEnum
CREATE TYPE "event_audience" AS ENUM ('PUBLIC', 'PROFESSIONALS', 'MEMBERS');

-- CreateEnum
CREATE TYPE "event_status" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "signup_status" AS ENUM ('CONFIRMED', 'WAITLISTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "presentation_status" AS ENUM ('INVITED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "network" ADD COLUMN     "events_require_review" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "signup_retention_days" INTEGER NOT NULL DEFAULT 30;

-- CreateTable
CREATE TABLE "event" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "organization_id" UUID,
    "service_id" UUID,
    "series_id" UUID,
    "kind" "event_kind" NOT NULL,
    "audience" "event_audience" NOT NULL,
    "status" "event_status" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL DEFAULT '{}',
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "cost" "cost" NOT NULL DEFAULT 'FREE',
    "cost_note" JSONB NOT NULL DEFAULT '{}',
    "age_min" INTEGER,
    "age_max" INTEGER,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "time_zone" TEXT NOT NULL DEFAULT 'Europe/Helsinki',
    "recurrence" TEXT,
    "last_ends_at" TIMESTAMPTZ(3) NOT NULL,
    "meeting_count" INTEGER,
    "place_name" TEXT,
    "street_address" TEXT,
    "postal_code" VARCHAR(5),
    "post_office" TEXT,
    "municipality_code" VARCHAR(3),
    "accessibility" JSONB NOT NULL DEFAULT '{}',
    "is_online" BOOLEAN NOT NULL DEFAULT false,
    "online_url" TEXT,
    "signup_enabled" BOOLEAN NOT NULL DEFAULT false,
    "capacity" INTEGER,
    "waitlist_enabled" BOOLEAN NOT NULL DEFAULT true,
    "signup_deadline" TIMESTAMPTZ(3),
    "signup_question" JSONB NOT NULL DEFAULT '{}',
    "attendance_count" INTEGER,
    "recording_url" TEXT,
    "return_reason" TEXT,
    "cancel_reason" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "signups_erased_at" TIMESTAMPTZ(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_term" (
    "event_id" UUID NOT NULL,
    "term_id" UUID NOT NULL,

    CONSTRAINT "event_term_pkey" PRIMARY KEY ("event_id","term_id")
);

-- CreateTable
CREATE TABLE "event_exception" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "occurrence_start" TIMESTAMPTZ(3) NOT NULL,
    "new_starts_at" TIMESTAMPTZ(3),
    "new_ends_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_exception_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_signup" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "user_id" UUID,
    "name" TEXT,
    "email" TEXT,
    "answer" TEXT,
    "language" VARCHAR(2) NOT NULL DEFAULT 'fi',
    "status" "signup_status" NOT NULL,
    "cancel_token_hash" TEXT,
    "attended" BOOLEAN,
    "promoted_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "erased_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_signup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_attachment" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "info_series" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL DEFAULT '{}',
    "audience_note" JSONB NOT NULL DEFAULT '{}',
    "wellbeing_area_code" VARCHAR(2),
    "weekday" INTEGER NOT NULL,
    "start_time" VARCHAR(5) NOT NULL,
    "duration_minutes" INTEGER NOT NULL DEFAULT 30,
    "presenters_per_session" INTEGER NOT NULL DEFAULT 2,
    "facilitator_name" TEXT,
    "backup_name" TEXT,
    "online_url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "info_series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "info_presentation" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "status" "presentation_status" NOT NULL DEFAULT 'INVITED',
    "respond_by" TIMESTAMPTZ(3),
    "responded_at" TIMESTAMPTZ(3),
    "responded_by_id" TEXT,
    "decline_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "info_presentation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "info_series_subscription" (
    "series_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "info_series_subscription_pkey" PRIMARY KEY ("series_id","user_id")
);

-- CreateIndex
CREATE INDEX "event_network_id_status_last_ends_at_idx" ON "event"("network_id", "status", "last_ends_at");

-- CreateIndex
CREATE INDEX "event_organization_id_starts_at_idx" ON "event"("organization_id", "starts_at");

-- CreateIndex
CREATE INDEX "event_service_id_idx" ON "event"("service_id");

-- CreateIndex
CREATE INDEX "event_series_id_starts_at_idx" ON "event"("series_id", "starts_at");

-- CreateIndex
CREATE INDEX "event_status_last_ends_at_idx" ON "event"("status", "last_ends_at");

-- CreateIndex
CREATE INDEX "event_term_term_id_idx" ON "event_term"("term_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_exception_event_id_occurrence_start_key" ON "event_exception"("event_id", "occurrence_start");

-- CreateIndex
CREATE UNIQUE INDEX "event_signup_cancel_token_hash_key" ON "event_signup"("cancel_token_hash");

-- CreateIndex
CREATE INDEX "event_signup_event_id_status_created_at_idx" ON "event_signup"("event_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "event_signup_user_id_idx" ON "event_signup"("user_id");

-- CreateIndex
CREATE INDEX "event_attachment_event_id_idx" ON "event_attachment"("event_id");

-- CreateIndex
CREATE INDEX "info_series_network_id_idx" ON "info_series"("network_id");

-- CreateIndex
CREATE INDEX "info_presentation_organization_id_status_idx" ON "info_presentation"("organization_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "info_presentation_event_id_organization_id_key" ON "info_presentation"("event_id", "organization_id");

-- CreateIndex
CREATE INDEX "info_series_subscription_user_id_idx" ON "info_series_subscription"("user_id");

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "info_series"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_term" ADD CONSTRAINT "event_term_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_term" ADD CONSTRAINT "event_term_term_id_fkey" FOREIGN KEY ("term_id") REFERENCES "taxonomy_term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_exception" ADD CONSTRAINT "event_exception_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_signup" ADD CONSTRAINT "event_signup_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_signup" ADD CONSTRAINT "event_signup_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_attachment" ADD CONSTRAINT "event_attachment_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "info_series" ADD CONSTRAINT "info_series_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "info_presentation" ADD CONSTRAINT "info_presentation_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "info_presentation" ADD CONSTRAINT "info_presentation_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "info_series_subscription" ADD CONSTRAINT "info_series_subscription_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "info_series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "info_series_subscription" ADD CONSTRAINT "info_series_subscription_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Checks the API also makes (defence in depth): an event ends after it starts; counts are not negative.
ALTER TABLE "event" ADD CONSTRAINT "event_time_order_check" CHECK ("ends_at" > "starts_at" AND "last_ends_at" >= "ends_at");
ALTER TABLE "event" ADD CONSTRAINT "event_capacity_check" CHECK ("capacity" IS NULL OR "capacity" > 0);
ALTER TABLE "event" ADD CONSTRAINT "event_attendance_check" CHECK ("attendance_count" IS NULL OR "attendance_count" >= 0);
ALTER TABLE "event" ADD CONSTRAINT "event_age_check" CHECK ("age_min" IS NULL OR "age_max" IS NULL OR "age_min" <= "age_max");
ALTER TABLE "info_series" ADD CONSTRAINT "info_series_weekday_check" CHECK ("weekday" BETWEEN 1 AND 7);
ALTER TABLE "info_series" ADD CONSTRAINT "info_series_start_time_check" CHECK ("start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');
ALTER TABLE "info_series" ADD CONSTRAINT "info_series_presenters_check" CHECK ("presenters_per_session" BETWEEN 1 AND 10 AND "duration_minutes" BETWEEN 5 AND 600);
