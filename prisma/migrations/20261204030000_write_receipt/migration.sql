-- Idempotency keys of writes (issue 13, point 4): a repeated key gets the first
-- write's result back instead of a second record.
CREATE TABLE "write_receipt" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "key" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "input_hash" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "write_receipt_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "write_receipt_user_id_key_key" ON "write_receipt"("user_id", "key");

ALTER TABLE "write_receipt" ADD CONSTRAINT "write_receipt_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- No install_data_epoch_triggers('write_receipt'): a receipt is written with
-- the record it answers for, whose own row moves the data epoch.
