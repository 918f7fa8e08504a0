-- CreateEnum
CREATE TYPE "indicator_aggregation" AS ENUM ('COUNT', 'SUM', 'AVERAGE', 'SHARE');

-- CreateEnum
CREATE TYPE "indicator_source" AS ENUM ('COMPUTED', 'REPORTED');

-- CreateEnum
CREATE TYPE "computed_indicator_kind" AS ENUM ('SERVICES_PUBLISHED', 'MUNICIPALITIES_REACHED', 'WELLBEING_AREAS_REACHED', 'DELIVERIES_OPENED', 'SERVICES_VERIFIED_ON_TIME', 'EVENTS_HELD', 'EVENT_PARTICIPANTS', 'INFO_SESSION_PRESENTATIONS', 'REFERRALS');

-- CreateEnum
CREATE TYPE "reporting_period_kind" AS ENUM ('YEAR', 'TERM', 'MONTH');

-- CreateEnum
CREATE TYPE "funding_type" AS ENUM ('GRANT', 'STATE_COMPENSATION', 'PURCHASE_WELLBEING_AREA', 'PURCHASE_MUNICIPALITY', 'DONATION');

-- CreateEnum
CREATE TYPE "reporting_round_status" AS ENUM ('OPEN', 'LOCKED');

-- CreateEnum
CREATE TYPE "organization_report_status" AS ENUM ('DRAFT', 'SUBMITTED', 'CORRECTION_REQUESTED');

-- AlterEnum
ALTER TYPE "assigned_role" ADD VALUE 'REPORT_VIEWER';

-- CreateTable
CREATE TABLE "network_goal" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "network_goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "organization_id" UUID,
    "goal_id" UUID,
    "name" JSONB NOT NULL,
    "description" JSONB NOT NULL DEFAULT '{}',
    "unit" JSONB NOT NULL DEFAULT '{}',
    "aggregation" "indicator_aggregation" NOT NULL,
    "source" "indicator_source" NOT NULL,
    "computed_kind" "computed_indicator_kind",
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_target" (
    "id" UUID NOT NULL,
    "indicator_id" UUID NOT NULL,
    "period_kind" "reporting_period_kind" NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "service_id" UUID,
    "municipality_code" VARCHAR(3),
    "wellbeing_area_code" VARCHAR(2),
    "age_band" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "funding_source" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "type" "funding_type" NOT NULL,
    "funder_name" TEXT NOT NULL,
    "amount" DECIMAL(12,2),
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "is_permanent" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "funding_source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reporting_round" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "period_kind" "reporting_period_kind" NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "due_on" DATE NOT NULL,
    "status" "reporting_round_status" NOT NULL DEFAULT 'OPEN',
    "locked_at" TIMESTAMPTZ(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reporting_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization_report" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "status" "organization_report_status" NOT NULL DEFAULT 'DRAFT',
    "submitted_at" TIMESTAMPTZ(3),
    "correction_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organization_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization_report_indicator" (
    "report_id" UUID NOT NULL,
    "indicator_id" UUID NOT NULL,

    CONSTRAINT "organization_report_indicator_pkey" PRIMARY KEY ("report_id","indicator_id")
);

-- CreateTable
CREATE TABLE "reported_figure" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "indicator_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "updated_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reported_figure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "network_goal_network_id_position_idx" ON "network_goal"("network_id", "position");

-- CreateIndex
CREATE INDEX "indicator_network_id_position_idx" ON "indicator"("network_id", "position");

-- CreateIndex
CREATE INDEX "indicator_organization_id_idx" ON "indicator"("organization_id");

-- CreateIndex
CREATE INDEX "indicator_target_indicator_id_period_start_idx" ON "indicator_target"("indicator_id", "period_start");

-- CreateIndex
CREATE INDEX "funding_source_service_id_idx" ON "funding_source"("service_id");

-- CreateIndex
CREATE INDEX "reporting_round_network_id_period_start_idx" ON "reporting_round"("network_id", "period_start");

-- CreateIndex
CREATE INDEX "reporting_round_status_due_on_idx" ON "reporting_round"("status", "due_on");

-- CreateIndex
CREATE INDEX "organization_report_organization_id_idx" ON "organization_report"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "organization_report_round_id_organization_id_key" ON "organization_report"("round_id", "organization_id");

-- CreateIndex
CREATE INDEX "organization_report_indicator_indicator_id_idx" ON "organization_report_indicator"("indicator_id");

-- CreateIndex
CREATE INDEX "reported_figure_indicator_id_idx" ON "reported_figure"("indicator_id");

-- CreateIndex
CREATE INDEX "reported_figure_service_id_idx" ON "reported_figure"("service_id");

-- CreateIndex
CREATE UNIQUE INDEX "reported_figure_report_id_indicator_id_service_id_key" ON "reported_figure"("report_id", "indicator_id", "service_id");

-- AddForeignKey
ALTER TABLE "network_goal" ADD CONSTRAINT "network_goal_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_goal_id_fkey" FOREIGN KEY ("goal_id") REFERENCES "network_goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_target" ADD CONSTRAINT "indicator_target_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_target" ADD CONSTRAINT "indicator_target_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "funding_source" ADD CONSTRAINT "funding_source_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_round" ADD CONSTRAINT "reporting_round_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_report" ADD CONSTRAINT "organization_report_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "reporting_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_report" ADD CONSTRAINT "organization_report_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_report_indicator" ADD CONSTRAINT "organization_report_indicator_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "organization_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_report_indicator" ADD CONSTRAINT "organization_report_indicator_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reported_figure" ADD CONSTRAINT "reported_figure_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "organization_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reported_figure" ADD CONSTRAINT "reported_figure_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reported_figure" ADD CONSTRAINT "reported_figure_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A computed indicator names what it counts; a reported one does not.
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_computed_kind_check"
  CHECK (("source" = 'COMPUTED') = ("computed_kind" IS NOT NULL));

-- A reported figure is a count: never negative.
ALTER TABLE "reported_figure" ADD CONSTRAINT "reported_figure_value_check" CHECK ("value" >= 0);
