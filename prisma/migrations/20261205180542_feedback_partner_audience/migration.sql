-- AlterEnum
ALTER TYPE "feedback_audience" ADD VALUE 'PARTNER';

-- Only a REFERRER survey must be on a service; a PARTNER survey, like a CLIENT one, may be on an
-- event too (same rule as before for the existing values).
ALTER TABLE "feedback_survey" DROP CONSTRAINT "feedback_survey_referrer_on_service";
ALTER TABLE "feedback_survey" ADD CONSTRAINT "feedback_survey_referrer_on_service"
    CHECK ("audience" <> 'REFERRER' OR "service_id" IS NOT NULL);
