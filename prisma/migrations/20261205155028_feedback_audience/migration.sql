-- CreateEnum
CREATE TYPE "feedback_audience" AS ENUM ('CLIENT', 'REFERRER');

-- AlterTable
ALTER TABLE "feedback_survey" ADD COLUMN     "audience" "feedback_audience" NOT NULL DEFAULT 'CLIENT';

-- CreateTable
CREATE TABLE "feedback_respondent" (
    "survey_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,

    CONSTRAINT "feedback_respondent_pkey" PRIMARY KEY ("survey_id","user_id")
);

-- CreateIndex
CREATE INDEX "feedback_respondent_user_id_idx" ON "feedback_respondent"("user_id");

-- AddForeignKey
ALTER TABLE "feedback_respondent" ADD CONSTRAINT "feedback_respondent_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "feedback_survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_respondent" ADD CONSTRAINT "feedback_respondent_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A referrer refers clients to a service: a REFERRER survey is on a service, not an event.
ALTER TABLE "feedback_survey" ADD CONSTRAINT "feedback_survey_referrer_on_service"
    CHECK ("audience" = 'CLIENT' OR "service_id" IS NOT NULL);
