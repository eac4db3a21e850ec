-- RKTL targets are imported into a plan: the batch names it (parent_id; no
-- foreign key, since what a parent is depends on the kind of import).
ALTER TYPE "ImportKind" ADD VALUE 'RKTL_TARGETS';

ALTER TABLE "import_batch" ADD COLUMN "parent_id" INTEGER;
