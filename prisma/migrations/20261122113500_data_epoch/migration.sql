-- The data epoch (docs/decisions/0013-dashboard-cache.md): one row whose value
-- changes in the same transaction as any write to a program table, so cached
-- dashboard aggregates can tell at the cost of one indexed read whether they
-- still hold.

CREATE TABLE "data_epoch" (
    "id" INTEGER NOT NULL,
    "epoch" BIGINT NOT NULL,

    CONSTRAINT "data_epoch_pkey" PRIMARY KEY ("id")
);

-- Not owned by any column, so TRUNCATE … RESTART IDENTITY (the seeds and tests
-- empty the database that way) never restarts it: an epoch value is never
-- reused, and a cache entry from before a reset can never match again.
CREATE SEQUENCE "data_epoch_seq";

INSERT INTO "data_epoch" ("id", "epoch") VALUES (1, nextval('data_epoch_seq'));

-- Upsert, because a TRUNCATE of every table also empties data_epoch.
-- A transaction-local flag makes it one bump per transaction, however many
-- rows it wrote.
CREATE FUNCTION "bump_data_epoch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('pekka.data_epoch_bumped', true) IS DISTINCT FROM 'on' THEN
    PERFORM set_config('pekka.data_epoch_bumped', 'on', true);
    INSERT INTO "data_epoch" ("id", "epoch") VALUES (1, nextval('data_epoch_seq'))
      ON CONFLICT ("id") DO UPDATE SET "epoch" = EXCLUDED."epoch";
  END IF;
  RETURN NULL;
END $$;

-- TRUNCATE has no rows, so it bumps straight away (and always: the flag is
-- only for the row triggers).
CREATE FUNCTION "bump_data_epoch_on_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "data_epoch" ("id", "epoch") VALUES (1, nextval('data_epoch_seq'))
    ON CONFLICT ("id") DO UPDATE SET "epoch" = EXCLUDED."epoch";
  RETURN NULL;
END $$;

-- Every table of the app except the audit log (reading sealed details writes
-- it), the login throttle and the epoch itself. The row triggers are
-- constraint triggers deferred to commit: the epoch row is locked last, after
-- every other lock of the transaction, so writers queue on it but cannot
-- deadlock through it. A new table gets its triggers from
-- "install_data_epoch_triggers" in its migration (a test checks every table
-- has them).
CREATE FUNCTION "install_data_epoch_triggers"(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE CONSTRAINT TRIGGER data_epoch_row AFTER INSERT OR UPDATE OR DELETE ON %s
                  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_epoch()', tbl);
  EXECUTE format('CREATE TRIGGER data_epoch_truncate AFTER TRUNCATE ON %s
                  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_epoch_on_truncate()', tbl);
END $$;

DO $$
DECLARE t record;
BEGIN
  FOR t IN
    SELECT c.oid::regclass AS tbl
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r'
       AND c.relname NOT IN ('_prisma_migrations', 'audit_log', 'rate_limiter', 'data_epoch')
  LOOP
    PERFORM install_data_epoch_triggers(t.tbl);
  END LOOP;
END $$;
