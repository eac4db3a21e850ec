#!/usr/bin/env node
// npm run db:restore -- FILE [--into URL] [--force]
// Checks FILE (format, .sha256 beside it, pg_restore's table of contents),
// then restores it:
// - a pg_dump file into the PostgreSQL database --into URL (default
//   DATABASE_URL), created if missing, in one transaction (pg_restore
//   --single-transaction): either all of it or nothing;
// - an embedded snapshot into the embedded database directory (PEKKA_PGLITE_DIR
//   or .data/pglite), checked by loading it in memory first.
// A database that already holds tables is refused unless --force: then a
// PostgreSQL target has the backup's objects dropped and recreated (same
// transaction), an embedded directory is moved aside to <dir>.before-restore-<time>.
// Decision 0017.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureDatabase } from "./ensure-database.mjs";
import { DEFAULT_DATA_DIR, PROJECT_ROOT, describeUrl, loadDotEnv, openEmbeddedDirectly } from "./lib/embedded-db.mjs";
import { checkBackupFile, fail, mb, parseArgs, pgEnv, runPgTool, say, secs, stamp } from "./lib/backup.mjs";

const args = parseArgs(process.argv.slice(2), { options: ["into"], flags: ["force", "help"] });
if (args.help || args._.length !== 1) {
  say("usage: npm run db:restore -- FILE [--into postgres://…] [--force]");
  process.exit(args.help ? 0 : 2);
}
loadDotEnv();
const file = path.resolve(args._[0]);
const t0 = Date.now();

let check;
try {
  check = checkBackupFile(file);
  if (check.format === "pg") runPgTool("pg_restore", ["--list", file], process.env);
} catch (e) {
  fail(`refusing to restore: ${e.message}`);
}
say(
  `✔ ${file}: ${check.format === "pg" ? "pg_dump custom format" : "embedded snapshot"}, ${mb(check.size)}, ${check.verified ? "sha256 matches" : "no .sha256 beside it (not verified)"}`,
);

const target = args.into ?? process.env.DATABASE_URL;
if (check.format === "pg") {
  if (!target) fail("a pg_dump backup needs a PostgreSQL target: --into postgres://… or DATABASE_URL");
  await restorePg(target);
} else {
  if (args.into) fail("an embedded snapshot restores into the embedded database only (PEKKA_PGLITE_DIR, no --into)");
  await restoreEmbedded(process.env.PEKKA_PGLITE_DIR || DEFAULT_DATA_DIR);
}
say(`✔ restored in ${secs(Date.now() - t0)}`);

/** Tables outside the system schemas; `db` is a pg Client or a PGlite. */
async function userTables(db) {
  const { rows } = await db.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')");
  return rows[0].n;
}

async function restorePg(url) {
  if (/^[a-z0-9_]+$/i.test(decodeURIComponent(new URL(url).pathname.slice(1)))) await ensureDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let tables;
  try {
    tables = await userTables(client);
  } finally {
    await client.end();
  }
  if (tables > 0 && !args.force)
    fail(
      `${describeUrl(url)} already holds ${tables} table(s): refusing to overwrite it (add --force to replace what the backup contains)`,
    );
  say(`▶ pg_restore into ${describeUrl(url)}${tables ? " (--force: replacing)" : ""}`);
  const flags = ["--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges"];
  if (tables > 0) flags.push("--clean", "--if-exists");
  try {
    runPgTool("pg_restore", [...flags, `--dbname=${pgEnv(url).PGDATABASE}`, file], pgEnv(url));
  } catch (e) {
    fail(`restore failed, nothing was changed (one transaction): ${e.message}`);
  }
}

async function restoreEmbedded(dataDir) {
  const dir = path.resolve(PROJECT_ROOT, dataDir);
  const blob = new Blob([fs.readFileSync(file)]);
  // Load it in memory first: a damaged snapshot fails here, before the target is touched.
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const probe = await PGlite.create({ loadDataDir: blob });
    const n = await userTables(probe);
    await probe.close();
    say(`✔ the snapshot opens (${n} tables)`);
  } catch (e) {
    fail(`refusing to restore: ${file} does not open as a PGlite database (${e.message})`);
  }
  let aside = null;
  if (fs.existsSync(path.join(dir, "PG_VERSION"))) {
    const { db, close } = await openEmbeddedDirectly(dataDir).catch((e) => fail(e.message));
    let tables;
    try {
      tables = await userTables(db);
    } finally {
      await close();
    }
    if (tables > 0 && !args.force)
      fail(`${dataDir} already holds ${tables} table(s): refusing to overwrite it (add --force; the old directory is kept beside it)`);
    aside = `${dir}.before-restore-${stamp()}`;
    fs.renameSync(dir, aside);
  } else if (fs.existsSync(dir)) {
    fs.rmSync(dir, { recursive: true }); // an empty or half-created directory
  }
  say(`▶ restoring into ${dataDir}${aside ? ` (previous data moved to ${path.relative(PROJECT_ROOT, aside)})` : ""}`);
  try {
    const { close } = await openEmbeddedDirectly(dataDir, { loadDataDir: blob });
    await close();
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    if (aside) fs.renameSync(aside, dir);
    fail(`restore failed${aside ? ", previous data put back" : ""}: ${e.message}`);
  }
}
