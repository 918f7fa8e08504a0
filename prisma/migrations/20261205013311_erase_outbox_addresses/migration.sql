-- A sent or failed mail keeps its outbox row (status, dedupe key: a mail is never queued twice) but
-- not its recipient's address after OUTBOX_RETENTION_DAYS: the daily mail.prune job sets it to NULL.
-- AlterTable
ALTER TABLE "outbox" ALTER COLUMN "to_address" DROP NOT NULL;
