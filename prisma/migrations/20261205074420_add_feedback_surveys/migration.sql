-- CreateEnum
CREATE TYPE "feedback_survey_status" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "feedback_question_kind" AS ENUM ('SCALE', 'YES_NO', 'TEXT');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "computed_indicator_kind" ADD VALUE 'SUPPORT_CONTACTS';
ALTER TYPE "computed_indicator_kind" ADD VALUE 'FEEDBACK_RESPONSES';
ALTER TYPE "computed_indicator_kind" ADD VALUE 'FEEDBACK_AVERAGE_SCORE';

-- AlterTable
ALTER TABLE "network" ADD COLUMN     "support_contact_retention_days" INTEGER NOT NULL DEFAULT 183;

-- AlterTable
ALTER TABLE "support_contact" ADD COLUMN     "erased_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "feedback_survey" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "organization_id" UUID,
    "service_id" UUID,
    "event_id" UUID,
    "title" JSONB NOT NULL,
    "status" "feedback_survey_status" NOT NULL DEFAULT 'DRAFT',
    "opened_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "feedback_survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback_question" (
    "id" UUID NOT NULL,
    "survey_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "feedback_question_kind" NOT NULL,
    "text" JSONB NOT NULL,

    CONSTRAINT "feedback_question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback_response" (
    "id" UUID NOT NULL,
    "survey_id" UUID NOT NULL,
    "responded_on" DATE NOT NULL,

    CONSTRAINT "feedback_response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback_answer" (
    "response_id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "score" SMALLINT,
    "yes" BOOLEAN,
    "text" TEXT,

    CONSTRAINT "feedback_answer_pkey" PRIMARY KEY ("response_id","question_id")
);

-- CreateIndex
CREATE INDEX "feedback_survey_network_id_created_at_idx" ON "feedback_survey"("network_id", "created_at");

-- CreateIndex
CREATE INDEX "feedback_survey_service_id_idx" ON "feedback_survey"("service_id");

-- CreateIndex
CREATE INDEX "feedback_survey_event_id_idx" ON "feedback_survey"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "feedback_question_survey_id_position_key" ON "feedback_question"("survey_id", "position");

-- CreateIndex
CREATE INDEX "feedback_response_survey_id_responded_on_idx" ON "feedback_response"("survey_id", "responded_on");

-- CreateIndex
CREATE INDEX "feedback_answer_question_id_idx" ON "feedback_answer"("question_id");

-- AddForeignKey
ALTER TABLE "feedback_survey" ADD CONSTRAINT "feedback_survey_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_survey" ADD CONSTRAINT "feedback_survey_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_survey" ADD CONSTRAINT "feedback_survey_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_survey" ADD CONSTRAINT "feedback_survey_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_question" ADD CONSTRAINT "feedback_question_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "feedback_survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_response" ADD CONSTRAINT "feedback_response_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "feedback_survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_answer" ADD CONSTRAINT "feedback_answer_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "feedback_response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_answer" ADD CONSTRAINT "feedback_answer_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "feedback_question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A survey is tied to exactly one service or one event.
ALTER TABLE "feedback_survey" ADD CONSTRAINT "feedback_survey_target_check" CHECK (num_nonnulls("service_id", "event_id") = 1);

-- An answer holds one value, in range: a score 1–5, a yes/no, or a short text.
ALTER TABLE "feedback_answer" ADD CONSTRAINT "feedback_answer_value_check" CHECK (
  num_nonnulls("score", "yes", "text") = 1
  AND ("score" IS NULL OR "score" BETWEEN 1 AND 5)
  AND ("text" IS NULL OR char_length("text") BETWEEN 1 AND 500)
);
