-- Serikat membership over time (issue 12, point 3; docs/decisions/0026-serikat-membership.md):
-- a serikat's member count as recorded on a day, one per serikat and day.

-- CreateTable
CREATE TABLE "serikat_membership" (
    "id" SERIAL NOT NULL,
    "serikat_id" INTEGER NOT NULL,
    "recorded_on" DATE NOT NULL,
    "member_count" INTEGER NOT NULL,
    "note" TEXT,
    "recorded_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "serikat_membership_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
-- Also the index "the latest count on or before a day" reads (serikat, day descending).
CREATE UNIQUE INDEX "serikat_membership_serikat_id_recorded_on_key" ON "serikat_membership"("serikat_id", "recorded_on");

-- AddForeignKey
ALTER TABLE "serikat_membership" ADD CONSTRAINT "serikat_membership_serikat_id_fkey" FOREIGN KEY ("serikat_id") REFERENCES "serikat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "serikat_membership" ADD CONSTRAINT "serikat_membership_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A count is of people: never negative (decision 0003: constraints in the database).
ALTER TABLE "serikat_membership" ADD CONSTRAINT "serikat_membership_count_check" CHECK (member_count >= 0);

-- Dashboards cache at the data epoch (decision 0013): a new count changes it.
SELECT install_data_epoch_triggers('serikat_membership');
