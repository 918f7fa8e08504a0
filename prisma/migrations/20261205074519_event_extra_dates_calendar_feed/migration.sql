-- AlterTable
ALTER TABLE "event" ADD COLUMN     "extra_dates" TIMESTAMPTZ(3)[] DEFAULT ARRAY[]::TIMESTAMPTZ(3)[];

-- CreateTable
CREATE TABLE "calendar_feed_token" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "calendar_feed_token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feed_token_user_id_key" ON "calendar_feed_token"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feed_token_token_hash_key" ON "calendar_feed_token"("token_hash");

-- AddForeignKey
ALTER TABLE "calendar_feed_token" ADD CONSTRAINT "calendar_feed_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
