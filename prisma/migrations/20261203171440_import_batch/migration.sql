-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('KADER');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PREVIEWED', 'COMMITTED', 'UNDONE');

-- CreateEnum
CREATE TYPE "ImportOutcome" AS ENUM ('CREATE', 'UPDATE', 'UNCHANGED', 'DUPLICATE', 'ERROR');

-- CreateTable
CREATE TABLE "import_batch" (
    "id" SERIAL NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'PREVIEWED',
    "user_id" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "counts" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committed_at" TIMESTAMP(3),
    "undone_at" TIMESTAMP(3),

    CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_row" (
    "id" SERIAL NOT NULL,
    "batch_id" INTEGER NOT NULL,
    "row_number" INTEGER NOT NULL,
    "outcome" "ImportOutcome" NOT NULL,
    "data" JSONB,
    "errors" JSONB,
    "match_id" INTEGER,
    "same_as_row" INTEGER,

    CONSTRAINT "import_row_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_change" (
    "id" SERIAL NOT NULL,
    "batch_id" INTEGER NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "created" BOOLEAN NOT NULL,
    "before" JSONB,
    "version" INTEGER NOT NULL,

    CONSTRAINT "import_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_batch_user_id_created_at_idx" ON "import_batch"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "import_batch_sha256_idx" ON "import_batch"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "import_row_batch_id_row_number_key" ON "import_row"("batch_id", "row_number");

-- CreateIndex
CREATE INDEX "import_change_batch_id_idx" ON "import_change"("batch_id");

-- CreateIndex
CREATE INDEX "import_change_entity_entity_id_idx" ON "import_change"("entity", "entity_id");

-- AddForeignKey
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_row" ADD CONSTRAINT "import_row_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_change" ADD CONSTRAINT "import_change_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The data epoch's triggers, as on every table (decision 0013).
SELECT install_data_epoch_triggers('import_batch');
SELECT install_data_epoch_triggers('import_row');
SELECT install_data_epoch_triggers('import_change');
