-- AlterTable
ALTER TABLE "event" ADD COLUMN     "change_return_reason" TEXT,
ADD COLUMN     "pending_change" JSONB,
ADD COLUMN     "pending_change_at" TIMESTAMPTZ(3);
