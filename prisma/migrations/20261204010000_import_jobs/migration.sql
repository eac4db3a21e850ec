-- Imports run as background jobs (decisions 0025, 0028): the batch keeps its
-- file until the job has read it, the job now working on it, and why the last
-- check or commit did not go through, with the values its message names.
ALTER TYPE "ImportStatus" ADD VALUE 'CHECKING';
ALTER TYPE "ImportStatus" ADD VALUE 'COMMITTING';
ALTER TYPE "ImportStatus" ADD VALUE 'FAILED';

ALTER TABLE "import_batch"
  ADD COLUMN "file_data" BYTEA,
  ADD COLUMN "job_id" INTEGER,
  ADD COLUMN "failure_key" TEXT,
  ADD COLUMN "failure_values" JSONB;
