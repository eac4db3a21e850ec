#!/usr/bin/env node
// npm run test:backup — the backup and restore drill (issue 10 point 9, decision 0017).
// For a real PostgreSQL and for the embedded database alike: seed a database
// (plus one 3 MiB uploaded file), back it up with `npm run db:backup`, restore
// it into a fresh one with `npm run db:restore`, and compare every table's row
// count and row md5, every sequence and every stored file's sha256 (as read
// back from its bytes). Checks that restore refuses a non-empty target without
// --force, a damaged file, and a snapshot of the other kind. Then runs the smoke
// journeys (Playwright) against a server on the restored PostgreSQL copy; needs
// a build (`npm run build`), skipped with a loud line without one unless
// BACKUP_DRILL_SMOKE=1. Prints durations and sizes.
//
// Env: BACKUP_DRILL_ONLY=postgres|embedded (one kind, no smoke), TEST_PG_BASE (postgres://postgres@127.0.0.1:5432), BACKUP_DRILL_DB_PREFIX
// (pekka_backup), E2E_PORT, BACKUP_DRILL_SPECS (space-separated spec files).
import { spawn } from "node:child_process";
import { randomBytes, createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureDatabase } from "./ensure-database.mjs";
import { fingerprint } from "./lib/db-fingerprint.mjs";
import { PROJECT_ROOT, startEmbeddedDb } from "./lib/embedded-db.mjs";

const BASE = process.env.TEST_PG_BASE ?? "postgres://postgres@127.0.0.1:5432";
const PREFIX = process.env.BACKUP_DRILL_DB_PREFIX ?? "pekka_backup";
const SRC_URL = `${BASE}/${PREFIX}_src`;
const COPY_URL = `${BASE}/${PREFIX}_copy`;
const WORK = path.join(PROJECT_ROOT, ".tmp", `${PREFIX}-drill`);
const SPECS = (process.env.BACKUP_DRILL_SPECS ?? "tests/e2e/login-and-navigation.spec.ts tests/e2e/policy.spec.ts")
  .split(/\s+/)
  .filter(Boolean);
const figures = [];
let failures = 0;

const say = (line) => process.stdout.write(`${line}\n`);
const env = (extra) => {
  const e = { ...process.env, ...extra };
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete e[k];
  return e;
};
// Asynchronous: the embedded database of the drill is served from this process.
function run(cmd, args, extra = {}, { quiet = true } = {}) {
  const t = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: PROJECT_ROOT, env: env(extra), stdio: quiet ? "pipe" : "inherit" });
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.stderr?.on("data", (d) => (out += d));
    child.on("error", (e) => resolve({ status: 127, out: e.message, ms: Date.now() - t }));
    child.on("close", (status) => resolve({ status, out, ms: Date.now() - t }));
  });
}
async function must(p, what) {
  const r = await p;
  if (r.status !== 0) {
    say(r.out);
    throw new Error(`${what} failed (exit ${r.status})`);
  }
  return r;
}
function check(ok, what) {
  say(`${ok ? "  ✔" : "  ✖"} ${what}`);
  if (!ok) failures++;
}
const size = (f) => fs.statSync(f).size;
const mb = (b) => `${(b / 1024 / 1024).toFixed(2)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Seeds the database at `url` (migrations, seed, one 3 MiB PDF-like upload). */
async function seed(url, extra = {}) {
  await must(run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: url, ...extra }), "migrate");
  await must(run("npx", ["tsx", "prisma/seed.ts"], { DATABASE_URL: url, PEKKA_GEO: "program", ...extra }), "seed");
}
async function addBigFile(url) {
  const data = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(3 * 1024 * 1024)]);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query("INSERT INTO stored_file (original_name, mime_type, size_bytes, sha256, data) VALUES ($1, $2, $3, $4, $5)", [
    "drill-3mib.pdf",
    "application/pdf",
    data.length,
    createHash("sha256").update(data).digest("hex"),
    data,
  ]);
  await c.end();
}
async function sequences(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query(
    "SELECT sequencename::text AS name, last_value::text AS v FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1",
  );
  await c.end();
  return rows;
}
async function compare(a, b, label) {
  const [fa, fb] = [await fingerprint(a), await fingerprint(b)];
  const rows = fa.tables.reduce((n, t) => n + t.rows, 0);
  check(
    fa.tables.length > 20 && JSON.stringify(fa.tables) === JSON.stringify(fb.tables),
    `${label}: ${fb.tables.length} tables, ${rows} rows, same count and md5 per table`,
  );
  const big = fb.files.find((f) => f.bytes > 3 * 1024 * 1024);
  check(
    fb.files.length === fa.files.length &&
      fb.files.length > 1 &&
      !!big &&
      fb.files.every((f) => f.actual === f.sha256) &&
      JSON.stringify(fa.files) === JSON.stringify(fb.files),
    `${label}: ${fb.files.length} stored files, ${mb(fb.files.reduce((n, f) => n + f.bytes, 0))}, every sha256 of the bytes read back matches`,
  );
  check(JSON.stringify(await sequences(a)) === JSON.stringify(await sequences(b)), `${label}: every sequence at the same value`);
}

async function postgresDrill() {
  say(`▶ PostgreSQL: ${SRC_URL} → backup → ${COPY_URL}`);
  await ensureDatabase(SRC_URL, { fresh: true });
  await seed(SRC_URL);
  await addBigFile(SRC_URL);
  const dump = path.join(WORK, "pg.dump");
  const b = await must(run("node", ["scripts/db-backup.mjs", "--out", dump], { DATABASE_URL: SRC_URL }), "db:backup");
  figures.push(`PostgreSQL backup: ${mb(size(dump))} in ${s(b.ms)}`);
  await ensureDatabase(COPY_URL, { fresh: true });
  const r = await must(run("node", ["scripts/db-restore.mjs", dump, "--into", COPY_URL], { DATABASE_URL: undefined }), "db:restore");
  figures.push(`PostgreSQL restore into an empty database: ${s(r.ms)}`);
  await compare(SRC_URL, COPY_URL, "PostgreSQL copy");

  const again = await run("node", ["scripts/db-restore.mjs", dump, "--into", COPY_URL]);
  check(again.status === 1 && /refusing to overwrite/.test(again.out), "restore into a non-empty database is refused without --force");
  const forced = await run("node", ["scripts/db-restore.mjs", dump, "--into", COPY_URL, "--force"]);
  check(forced.status === 0, `restore --force over the copy works (${s(forced.ms)})`);
  await compare(SRC_URL, COPY_URL, "PostgreSQL copy after --force");

  const cut = path.join(WORK, "cut.dump");
  fs.writeFileSync(cut, fs.readFileSync(dump).subarray(0, Math.floor(size(dump) / 2)));
  await ensureDatabase(`${COPY_URL}_x`, { fresh: true });
  const damaged = await run("node", ["scripts/db-restore.mjs", cut, "--into", `${COPY_URL}_x`]);
  check(damaged.status === 1, "a truncated backup (no .sha256) is refused or fails without leaving tables");
  const left = (await fingerprint(`${COPY_URL}_x`).catch(() => ({ tables: [] }))).tables.length;
  check(left === 0, `… and the target holds no tables afterwards (${left})`);
  fs.copyFileSync(dump, path.join(WORK, "bad.dump"));
  fs.writeFileSync(path.join(WORK, "bad.dump.sha256"), `${"0".repeat(64)}  bad.dump\n`);
  const badSum = await run("node", ["scripts/db-restore.mjs", path.join(WORK, "bad.dump"), "--into", `${COPY_URL}_x`]);
  check(badSum.status === 1 && /does not match/.test(badSum.out), "a backup that does not match its .sha256 is refused");
  const notBackup = path.join(WORK, "note.txt");
  fs.writeFileSync(notBackup, "x".repeat(200));
  check(
    (await run("node", ["scripts/db-restore.mjs", notBackup, "--into", `${COPY_URL}_x`])).status === 1,
    "a file that is not a backup is refused",
  );
}

async function embeddedDrill() {
  const srcDir = path.relative(PROJECT_ROOT, path.join(WORK, "pglite-src"));
  const copyDir = path.relative(PROJECT_ROOT, path.join(WORK, "pglite-copy"));
  say(`▶ embedded database: ${srcDir} → backup → ${copyDir}`);
  const src = await startEmbeddedDb({ dataDir: srcDir, reuse: false });
  try {
    await seed(src.url, { PEKKA_EMBEDDED_DB: "1" });
    await addBigFile(src.url);
  } finally {
    await src.stop();
  }
  const snap = path.join(WORK, "embedded.tar.gz");
  const noUrl = { DATABASE_URL: undefined, PEKKA_PGLITE_DIR: srcDir };
  const b = await must(run("node", ["scripts/db-backup.mjs", "--out", snap], noUrl), "db:backup (embedded)");
  figures.push(`embedded backup: ${mb(size(snap))} in ${s(b.ms)}`);
  const into = { DATABASE_URL: undefined, PEKKA_PGLITE_DIR: copyDir };
  const r = await must(run("node", ["scripts/db-restore.mjs", snap], into), "db:restore (embedded)");
  figures.push(`embedded restore: ${s(r.ms)}`);
  const again = await run("node", ["scripts/db-restore.mjs", snap], into);
  check(
    again.status === 1 && /refusing to overwrite/.test(again.out),
    "embedded: restore over a non-empty directory is refused without --force",
  );
  const wrongKind = await run("node", ["scripts/db-restore.mjs", snap, "--into", `${COPY_URL}_x`]);
  check(wrongKind.status === 1, "an embedded snapshot is refused as a PostgreSQL restore");
  const a = await startEmbeddedDb({ dataDir: srcDir, reuse: false });
  const c = await startEmbeddedDb({ dataDir: copyDir, reuse: false });
  try {
    await compare(a.url, c.url, "embedded copy");
  } finally {
    await a.stop();
    await c.stop();
  }
}

async function smoke() {
  const built = fs.existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID"));
  if (!built) {
    const msg = "SMOKE JOURNEYS NOT RUN: no build (.next/BUILD_ID); run `npm run build` first";
    if (process.env.BACKUP_DRILL_SMOKE === "1") {
      check(false, msg);
    } else say(`  ⚠ ${msg}`);
    return;
  }
  say(`▶ smoke journeys against the restored copy: ${SPECS.join(" ")}`);
  const r = await run("npx", ["playwright", "test", ...SPECS], { E2E_DATABASE_URL: COPY_URL }, { quiet: false });
  figures.push(`smoke journeys on the copy: ${s(r.ms)}`);
  check(r.status === 0, "smoke journeys pass on the restored copy");
}

const t0 = Date.now();
fs.rmSync(WORK, { recursive: true, force: true });
fs.mkdirSync(WORK, { recursive: true });
try {
  const only = process.env.BACKUP_DRILL_ONLY; // "postgres" | "embedded" (quick checks)
  if (only !== "embedded") await postgresDrill();
  if (only !== "postgres") await embeddedDrill();
  if (!only) await smoke();
  else say(`  ⚠ BACKUP_DRILL_ONLY=${only}: the other kind and the smoke journeys were NOT run`);
} catch (e) {
  check(false, e.message);
}
say(`\nFigures:\n${figures.map((f) => `  ${f}`).join("\n")}\n  whole drill: ${s(Date.now() - t0)}`);
if (failures) say(`✖ backup drill: ${failures} check(s) failed`);
else {
  say("✔ backup drill passed");
  fs.rmSync(WORK, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);
