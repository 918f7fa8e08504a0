-- CreateEnum
CREATE TYPE "support_contact_channel" AS ENUM ('PHONE', 'EMAIL', 'MEETING', 'VISIT', 'CHAT');

-- CreateEnum
CREATE TYPE "support_contact_status" AS ENUM ('OPEN', 'FOLLOW_UP', 'CLOSED');

-- CreateTable
CREATE TABLE "support_topic" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "label" JSONB NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "support_topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_contact" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "contacted_on" DATE NOT NULL,
    "channel" "support_contact_channel" NOT NULL,
    "status" "support_contact_status" NOT NULL DEFAULT 'OPEN',
    "follow_up_on" DATE,
    "contact_person" TEXT,
    "note" TEXT,
    "created_by_id" UUID,
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "support_contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_contact_topic" (
    "contact_id" UUID NOT NULL,
    "topic_id" UUID NOT NULL,

    CONSTRAINT "support_contact_topic_pkey" PRIMARY KEY ("contact_id","topic_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "support_topic_network_id_slug_key" ON "support_topic"("network_id", "slug");

-- CreateIndex
CREATE INDEX "support_contact_network_id_contacted_on_idx" ON "support_contact"("network_id", "contacted_on");

-- CreateIndex
CREATE INDEX "support_contact_organization_id_idx" ON "support_contact"("organization_id");

-- CreateIndex
CREATE INDEX "support_contact_status_follow_up_on_idx" ON "support_contact"("status", "follow_up_on");

-- CreateIndex
CREATE INDEX "support_contact_topic_topic_id_idx" ON "support_contact_topic"("topic_id");

-- AddForeignKey
ALTER TABLE "support_topic" ADD CONSTRAINT "support_topic_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_contact" ADD CONSTRAINT "support_contact_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_contact" ADD CONSTRAINT "support_contact_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_contact_topic" ADD CONSTRAINT "support_contact_topic_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "support_contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_contact_topic" ADD CONSTRAINT "support_contact_topic_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "support_topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
