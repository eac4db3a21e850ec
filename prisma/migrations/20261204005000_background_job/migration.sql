-- CreateEnum
CREATE TYPE "BackgroundJobStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "background_job" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "status" "BackgroundJobStatus" NOT NULL DEFAULT 'QUEUED',
    "payload" JSONB NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "of" INTEGER,
    "result" JSONB,
    "error_key" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "heartbeat_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "background_job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "background_job_owner_id_created_at_idx" ON "background_job"("owner_id", "created_at");

-- CreateIndex
CREATE INDEX "background_job_status_created_at_idx" ON "background_job"("status", "created_at");

-- AddForeignKey
ALTER TABLE "background_job" ADD CONSTRAINT "background_job_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- No install_data_epoch_triggers('background_job'): job state and progress
-- change while dashboards must stay cached (decision 0025).
