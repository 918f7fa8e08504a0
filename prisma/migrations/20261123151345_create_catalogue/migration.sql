-- CreateEnum
CREATE TYPE "wellbeing_area_kind" AS ENUM ('WELLBEING_SERVICES_COUNTY', 'CITY_OF_HELSINKI', 'ALAND');

-- CreateEnum
CREATE TYPE "membership_role" AS ENUM ('MEMBER', 'PARTNER', 'COORDINATOR');

-- CreateEnum
CREATE TYPE "membership_status" AS ENUM ('ACTIVE', 'SUSPENDED', 'ENDED');

-- CreateEnum
CREATE TYPE "taxonomy_kind" AS ENUM ('THEME', 'TARGET_GROUP');

-- CreateEnum
CREATE TYPE "service_status" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "cost" AS ENUM ('FREE', 'FEE');

-- CreateEnum
CREATE TYPE "access_mode" AS ENUM ('SELF_REFERRAL', 'PROFESSIONAL_REFERRAL', 'BOTH');

-- CreateEnum
CREATE TYPE "revision_state" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "delivery_status" AS ENUM ('PLANNING', 'ACTIVE', 'ENDED');

-- AlterTable
ALTER TABLE "network" ADD COLUMN     "brand_accent_color" TEXT,
ADD COLUMN     "brand_primary_color" TEXT,
ADD COLUMN     "contact_email" TEXT,
ADD COLUMN     "contact_phone" TEXT,
ADD COLUMN     "description" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "freshness_hide_months" INTEGER NOT NULL DEFAULT 18,
ADD COLUMN     "freshness_remind_months" INTEGER NOT NULL DEFAULT 11,
ADD COLUMN     "freshness_stale_months" INTEGER NOT NULL DEFAULT 12,
ADD COLUMN     "logo_url" TEXT,
ADD COLUMN     "principles" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "website" TEXT;

-- CreateTable
CREATE TABLE "region" (
    "code" VARCHAR(2) NOT NULL,
    "name_fi" TEXT NOT NULL,
    "name_sv" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "wellbeing_area" (
    "code" VARCHAR(2) NOT NULL,
    "name_fi" TEXT NOT NULL,
    "name_sv" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "kind" "wellbeing_area_kind" NOT NULL,
    "region_code" VARCHAR(2) NOT NULL,

    CONSTRAINT "wellbeing_area_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "municipality" (
    "code" VARCHAR(3) NOT NULL,
    "name_fi" TEXT NOT NULL,
    "name_sv" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "wellbeing_area_code" VARCHAR(2) NOT NULL,
    "region_code" VARCHAR(2) NOT NULL,

    CONSTRAINT "municipality_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "organization" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "business_id" TEXT,
    "website" TEXT,
    "description" JSONB NOT NULL DEFAULT '{}',
    "contact_email" TEXT,
    "contact_phone" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "network_membership" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "role" "membership_role" NOT NULL,
    "status" "membership_status" NOT NULL DEFAULT 'ACTIVE',
    "since" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "network_membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "taxonomy_term" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "kind" "taxonomy_kind" NOT NULL,
    "slug" TEXT NOT NULL,
    "label" JSONB NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "taxonomy_term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "responsible_organization_id" UUID NOT NULL,
    "status" "service_status" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "published_revision_id" UUID,
    "working_revision_id" UUID,
    "sort_name" TEXT NOT NULL,
    "verified_at" TIMESTAMPTZ(3),
    "visible_until" TIMESTAMPTZ(3),
    "archived_at" TIMESTAMPTZ(3),
    "status_before_archive" "service_status",
    "age_min" INTEGER,
    "age_max" INTEGER,
    "cost" "cost",
    "access_mode" "access_mode",
    "service_languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "channels" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_term" (
    "service_id" UUID NOT NULL,
    "term_id" UUID NOT NULL,

    CONSTRAINT "service_term_pkey" PRIMARY KEY ("service_id","term_id")
);

-- CreateTable
CREATE TABLE "service_revision" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "state" "revision_state" NOT NULL DEFAULT 'DRAFT',
    "content" JSONB NOT NULL,
    "return_reason" TEXT,
    "created_by_id" TEXT,
    "submitted_at" TIMESTAMPTZ(3),
    "submitted_by_id" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),
    "reviewed_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_delivery" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "status" "delivery_status" NOT NULL DEFAULT 'ACTIVE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "is_nationwide" BOOLEAN NOT NULL DEFAULT false,
    "is_remote" BOOLEAN NOT NULL DEFAULT false,
    "contact" JSONB NOT NULL DEFAULT '{}',
    "opening_hours" JSONB NOT NULL DEFAULT '{}',
    "capacity_places" INTEGER,
    "group_size" INTEGER,
    "starts_on" DATE,
    "ends_on" DATE,
    "accepting_clients" BOOLEAN NOT NULL DEFAULT true,
    "is_anonymous" BOOLEAN NOT NULL DEFAULT false,
    "is_open_24_7" BOOLEAN NOT NULL DEFAULT false,
    "has_online_booking" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delivery_area" (
    "id" UUID NOT NULL,
    "delivery_id" UUID NOT NULL,
    "municipality_code" VARCHAR(3),
    "wellbeing_area_code" VARCHAR(2),
    "region_code" VARCHAR(2),

    CONSTRAINT "delivery_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delivery_location" (
    "id" UUID NOT NULL,
    "delivery_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT,
    "street_address" TEXT NOT NULL,
    "postal_code" VARCHAR(5) NOT NULL,
    "post_office" TEXT NOT NULL,
    "municipality_code" VARCHAR(3),
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "accessibility" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "delivery_location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" UUID NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "actor_label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" UUID NOT NULL,
    "service_id" UUID,
    "network_id" UUID,
    "organization_id" UUID,
    "changes" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "wellbeing_area_region_code_idx" ON "wellbeing_area"("region_code");

-- CreateIndex
CREATE INDEX "municipality_wellbeing_area_code_idx" ON "municipality"("wellbeing_area_code");

-- CreateIndex
CREATE INDEX "municipality_region_code_idx" ON "municipality"("region_code");

-- CreateIndex
CREATE UNIQUE INDEX "organization_business_id_key" ON "organization"("business_id");

-- CreateIndex
CREATE INDEX "network_membership_organization_id_idx" ON "network_membership"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "network_membership_network_id_organization_id_key" ON "network_membership"("network_id", "organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "taxonomy_term_network_id_kind_slug_key" ON "taxonomy_term"("network_id", "kind", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "service_published_revision_id_key" ON "service"("published_revision_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_working_revision_id_key" ON "service"("working_revision_id");

-- CreateIndex
CREATE INDEX "service_network_id_status_sort_name_idx" ON "service"("network_id", "status", "sort_name");

-- CreateIndex
CREATE INDEX "service_responsible_organization_id_status_idx" ON "service"("responsible_organization_id", "status");

-- CreateIndex
CREATE INDEX "service_status_visible_until_idx" ON "service"("status", "visible_until");

-- CreateIndex
CREATE INDEX "service_term_term_id_idx" ON "service_term"("term_id");

-- CreateIndex
CREATE INDEX "service_revision_state_submitted_at_idx" ON "service_revision"("state", "submitted_at");

-- CreateIndex
CREATE UNIQUE INDEX "service_revision_service_id_number_key" ON "service_revision"("service_id", "number");

-- CreateIndex
CREATE INDEX "service_delivery_service_id_idx" ON "service_delivery"("service_id");

-- CreateIndex
CREATE INDEX "service_delivery_organization_id_idx" ON "service_delivery"("organization_id");

-- CreateIndex
CREATE INDEX "delivery_area_delivery_id_idx" ON "delivery_area"("delivery_id");

-- CreateIndex
CREATE INDEX "delivery_area_municipality_code_idx" ON "delivery_area"("municipality_code");

-- CreateIndex
CREATE INDEX "delivery_area_wellbeing_area_code_idx" ON "delivery_area"("wellbeing_area_code");

-- CreateIndex
CREATE INDEX "delivery_area_region_code_idx" ON "delivery_area"("region_code");

-- CreateIndex
CREATE INDEX "delivery_location_delivery_id_idx" ON "delivery_location"("delivery_id");

-- CreateIndex
CREATE INDEX "audit_event_service_id_occurred_at_idx" ON "audit_event"("service_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_event_network_id_occurred_at_idx" ON "audit_event"("network_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_occurred_at_idx" ON "audit_event"("entity_type", "entity_id", "occurred_at");

-- AddForeignKey
ALTER TABLE "wellbeing_area" ADD CONSTRAINT "wellbeing_area_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_wellbeing_area_code_fkey" FOREIGN KEY ("wellbeing_area_code") REFERENCES "wellbeing_area"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "network_membership" ADD CONSTRAINT "network_membership_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "network_membership" ADD CONSTRAINT "network_membership_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taxonomy_term" ADD CONSTRAINT "taxonomy_term_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_responsible_organization_id_fkey" FOREIGN KEY ("responsible_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_published_revision_id_fkey" FOREIGN KEY ("published_revision_id") REFERENCES "service_revision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_working_revision_id_fkey" FOREIGN KEY ("working_revision_id") REFERENCES "service_revision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_term" ADD CONSTRAINT "service_term_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_term" ADD CONSTRAINT "service_term_term_id_fkey" FOREIGN KEY ("term_id") REFERENCES "taxonomy_term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_revision" ADD CONSTRAINT "service_revision_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_delivery" ADD CONSTRAINT "service_delivery_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_delivery" ADD CONSTRAINT "service_delivery_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delivery_area" ADD CONSTRAINT "delivery_area_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "service_delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delivery_area" ADD CONSTRAINT "delivery_area_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delivery_area" ADD CONSTRAINT "delivery_area_wellbeing_area_code_fkey" FOREIGN KEY ("wellbeing_area_code") REFERENCES "wellbeing_area"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delivery_area" ADD CONSTRAINT "delivery_area_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delivery_location" ADD CONSTRAINT "delivery_location_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "service_delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delivery_location" ADD CONSTRAINT "delivery_location_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE SET NULL ON UPDATE CASCADE;
