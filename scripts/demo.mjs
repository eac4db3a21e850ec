#!/usr/bin/env node
// `npm run demo`: the whole app from a fresh checkout, in one process, with
// nothing downloaded and no PostgreSQL installed.
//   1. database: DATABASE_URL (environment or .env) if set, else the embedded
//      PGlite database in .data/pglite (docs/decisions/0004-embedded-database.md)
//   2. prisma migrate deploy
//   3. seed, only when there are no users yet (--reseed: always)
//   4. the build (scripts/build.mjs: next build and the service worker), unless
//      .next and public/sw.js are newer than the sources (--rebuild: always)
//   5. the production server (scripts/server.mjs) on 0.0.0.0:${PORT:-3000} until Ctrl-C
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import {
  DEFAULT_DATA_DIR,
  PROJECT_ROOT,
  childEnv,
  describeUrl,
  exitCodeOf,
  loadDotEnv,
  resolveBin,
  startEmbeddedDb,
} from "./lib/embedded-db.mjs";
import { ensureSecret } from "./lib/secret.mjs";
import { serverNodeOptions } from "./lib/server-memory.mjs";

const HELP = `usage: npm run demo [-- [--reseed] [--rebuild]]
  --reseed   run the seed even if the database already has users
  --rebuild  build again even if the existing build looks current
Environment: PORT (default 3000), DATABASE_URL (default: embedded PGlite in .data/pglite),
             NEXTAUTH_SECRET (default: generated once into .data/nextauth-secret)`;

const argv = new Set(process.argv.slice(2));
if (argv.has("--help") || argv.has("-h")) {
  console.log(HELP);
  process.exit(0);
}
for (const a of argv) {
  if (!["--reseed", "--rebuild"].includes(a)) {
    console.error(`unknown option ${a}\n${HELP}`);
    process.exit(2);
  }
}
const RESEED = argv.has("--reseed");
const REBUILD = argv.has("--rebuild");

const say = (line) => console.log(line);
const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

let db = null; // embedded database, when we started one
let child = null; // the step's running process
let stopping = null; // the signal that asked us to stop
let serving = false;

async function shutdown(code) {
  if (stopping && !shutdown.announced) {
    shutdown.announced = true;
    say("▶ Stopping…");
  }
  if (child && child.exitCode === null && child.signalCode === null) {
    // Let the step's process finish before its database goes away.
    const running = child;
    await new Promise((resolve) => {
      running.once("exit", resolve);
      setTimeout(() => running.kill("SIGKILL"), 10_000).unref();
    });
  }
  if (db) {
    try {
      await db.stop();
    } catch (e) {
      console.error(`✖ stopping the embedded database failed: ${e.message}`);
    }
    db = null;
  }
  if (stopping) say("✔ Stopped");
  process.exit(code);
}

class StepError extends Error {}

/** Runs one named step; any failure stops everything with the step's name. */
async function step(name, fn) {
  try {
    return await fn();
  } catch (e) {
    if (stopping) await shutdown(serving ? 0 : exitCodeOf(null, stopping));
    const detail = e instanceof StepError || !process.env.PEKKA_DEBUG ? (e?.message ?? e) : (e?.stack ?? e);
    console.error(`✖ ${name} failed: ${detail}`);
    await shutdown(1);
  }
}

/** Spawns a project command (node_modules/.bin first) and waits for it to succeed. */
function run(cmd, args, env) {
  return new Promise((resolve, reject) => {
    if (stopping) {
      reject(new StepError("stopped"));
      return;
    }
    child = spawn(resolveBin(cmd), args, { cwd: PROJECT_ROOT, env, stdio: "inherit", shell: false });
    child.on("error", (e) => {
      child = null;
      reject(new StepError(`cannot run ${cmd}: ${e.code === "ENOENT" ? "command not found" : e.message}`));
    });
    child.on("exit", (code, signal) => {
      child = null;
      if (code === 0) resolve();
      else reject(new StepError(`${[cmd, ...args].join(" ")} exited with ${signal ?? `code ${code}`}`));
    });
  });
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    const first = !stopping;
    stopping ??= signal;
    if (child) {
      // A terminal's Ctrl-C reaches the child as well; forwarding covers `kill`.
      child.kill(signal);
      if (first) setTimeout(() => child?.kill("SIGKILL"), 10_000).unref();
    } else if (first && !db?.starting) {
      shutdown(serving ? 0 : exitCodeOf(null, signal));
    }
  });
}

// ───────────────────────── 1. database ─────────────────────────
loadDotEnv();
const PORT = Number(process.env.PORT || 3000);
if (!Number.isInteger(PORT) || PORT <= 0 || PORT > 65535) {
  console.error(`✖ PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(2);
}

function portFree(port) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen({ port, host: "0.0.0.0", exclusive: true }, () => s.close(() => resolve(true)));
  });
}

await step("Checking the port", async () => {
  if (!(await portFree(PORT))) throw new StepError(`port ${PORT} is in use (set PORT to another one)`);
});

let databaseUrl = process.env.DATABASE_URL;
const embedded = !databaseUrl;
if (embedded) {
  const dataDir = process.env.PEKKA_PGLITE_DIR || DEFAULT_DATA_DIR;
  const shown = path.relative(PROJECT_ROOT, path.resolve(PROJECT_ROOT, dataDir)) || dataDir;
  say(`▶ Starting embedded database (${shown})…`);
  db = { starting: true, stop: async () => {} };
  const started = await step("Starting the embedded database", () => startEmbeddedDb({ dataDir }));
  db = started;
  if (stopping) await shutdown(exitCodeOf(null, stopping));
  databaseUrl = db.url;
  say(
    db.reused
      ? `✔ Using the embedded database already served by process ${db.pid}`
      : `✔ Embedded database ready (${(db.startMs / 1000).toFixed(1)} s${db.firstStart ? ", created" : ""})`,
  );
} else {
  say(`▶ Using DATABASE_URL ${describeUrl(databaseUrl)}`);
}

const dbEnv = { DATABASE_URL: databaseUrl, ...(embedded ? { PEKKA_EMBEDDED_DB: "1" } : {}) };

// ───────────────────────── 2. migrations ─────────────────────────
if (!fs.existsSync(path.join(PROJECT_ROOT, "lib/generated/prisma"))) {
  say("▶ Generating the Prisma client…");
  await step("Generating the Prisma client", () => run("prisma", ["generate"], childEnv(dbEnv)));
}
say("▶ Applying migrations…");
{
  const t0 = Date.now();
  await step("Applying migrations", () => run("prisma", ["migrate", "deploy"], childEnv(dbEnv)));
  say(`✔ Migrations applied (${secs(t0)})`);
}

// ───────────────────────── 3. seed ─────────────────────────
const users = await step("Checking for demo data", async () => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT count(*)::int AS n FROM app_user");
    return rows[0].n;
  } finally {
    await client.end();
  }
});
if (users === 0 || RESEED) {
  say(RESEED && users > 0 ? `▶ Seeding demo data (--reseed; ${users} users present)…` : "▶ Seeding demo data…");
  const t0 = Date.now();
  await step("Seeding demo data", () => run("tsx", ["prisma/seed.ts"], childEnv(dbEnv)));
  say(`✔ Demo data seeded (${secs(t0)})`);
} else {
  say(`✔ Demo data present (${users} users; --reseed to seed again)`);
}

// ───────────────────────── 4. build ─────────────────────────
const BUILD_INPUTS = [
  "app",
  "components",
  "service-worker",
  "public/icons",
  "serwist.config.mjs",
  "scripts/build.mjs",
  "lib",
  "messages",
  "i18n",
  "prisma/schema.prisma",
  "proxy.ts",
  "middleware.ts",
  "next.config.ts",
  "next.config.mjs",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

function newestMtime(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // catches deletions and renames
  for (const entry of fs.readdirSync(p, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry.name)));
  }
  return newest;
}

const appEnv = childEnv({
  ...dbEnv,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${PORT}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || ensureSecret(path.join(PROJECT_ROOT, ".data", "nextauth-secret")),
  PEKKA_ALLOW_DEMO_ACCOUNTS: "true",
});

{
  // Current only if both halves exist: the Next build and its service worker (built after it).
  const mtimeOf = (p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0);
  const built = Math.min(mtimeOf(path.join(PROJECT_ROOT, ".next", "BUILD_ID")), mtimeOf(path.join(PROJECT_ROOT, "public", "sw.js")));
  const sources = Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(PROJECT_ROOT, p))));
  if (REBUILD || !built || sources > built) {
    say(REBUILD ? "▶ Building (--rebuild)…" : built ? "▶ Building (sources changed)…" : "▶ Building…");
    const t0 = Date.now();
    await step("Building", () => run(process.execPath, ["scripts/build.mjs"], appEnv));
    say(`✔ Built (${secs(t0)})`);
  } else {
    say("✔ Build is up to date (--rebuild to build again)");
  }
}

// ───────────────────────── 5. serve ─────────────────────────
function answers(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/login", timeout: 2000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
  });
}

say(`▶ Starting Pekka Program Hub on port ${PORT}…`);
let exited = null;
const server = run(process.execPath, ["scripts/server.mjs", "-H", "0.0.0.0", "-p", String(PORT)], {
  ...appEnv,
  NODE_OPTIONS: serverNodeOptions(),
});
server.then(
  () => (exited = { code: 0 }),
  (e) => (exited = { error: e }),
);
await step("Starting the app", async () => {
  const deadline = Date.now() + 120_000;
  while (!(await answers(PORT))) {
    if (exited) throw exited.error ?? new StepError("the server exited before it was ready");
    if (stopping) throw new StepError("stopped");
    if (Date.now() > deadline) throw new StepError("the server did not answer within 120 s");
    await new Promise((r) => setTimeout(r, 250));
  }
});
serving = true;
say(`✔ Pekka Program Hub is running on http://localhost:${PORT} — log in as admin@pekka.demo / demo-pekka-2026 (see README for all roles)`);
say("  Press Ctrl-C to stop.");

await step("Running the app", () => server);
// The server exited: after Ctrl-C, or on its own without an error code.
if (!stopping) say("✔ The server exited");
await shutdown(0);
