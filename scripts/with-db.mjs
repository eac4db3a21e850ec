#!/usr/bin/env node
// Runs a command with a database:
//   node scripts/with-db.mjs <command> [args...]
// DATABASE_URL set (in the environment or in .env): the command runs with it,
// untouched. Otherwise the embedded PGlite database (.data/pglite, see
// docs/decisions/0004-embedded-database.md) is started for the command's
// lifetime, with DATABASE_URL pointing at it and PEKKA_EMBEDDED_DB=1 (the app
// then uses a pool of one connection). If another process is already serving
// .data/pglite (e.g. `npm run dev` in another terminal), its server is used.
//
// PEKKA_PGLITE_DIR overrides the data directory (project-relative).
import { spawn } from "node:child_process";
import path from "node:path";
import { DEFAULT_DATA_DIR, PROJECT_ROOT, childEnv, exitCodeOf, loadDotEnv, resolveBin, startEmbeddedDb } from "./lib/embedded-db.mjs";
import { ensureSecret } from "./lib/secret.mjs";
import { serverNodeOptions } from "./lib/server-memory.mjs";

const say = (line) => process.stderr.write(`${line}\n`);

const [cmd, ...args] = process.argv.slice(2);
if (!cmd || cmd === "--help" || cmd === "-h") {
  say("usage: node scripts/with-db.mjs <command> [args...]");
  say("Runs <command> with DATABASE_URL; starts the embedded database when none is configured.");
  process.exit(cmd ? 0 : 2);
}

loadDotEnv();

let db = null;
let child = null;
let firstSignalAt = 0;
let pendingSignal = null;

async function stopDb() {
  if (!db) return;
  try {
    await db.stop();
  } catch (e) {
    say(`✖ stopping the embedded database failed: ${e.message}`);
  }
}

function onSignal(signal) {
  if (child && child.exitCode === null && child.signalCode === null) {
    // Forward it (a terminal's Ctrl-C reaches the child too; most tools
    // tolerate the second copy). A child that ignores it for 10 s is killed.
    child.kill(signal);
    if (!firstSignalAt) {
      firstSignalAt = Date.now();
      setTimeout(() => child?.kill("SIGKILL"), 10_000).unref();
    }
  } else {
    pendingSignal ??= signal; // still starting the database: stop once it is up
  }
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => onSignal(signal));

if (!process.env.DATABASE_URL) {
  const dataDir = process.env.PEKKA_PGLITE_DIR || DEFAULT_DATA_DIR;
  const shown = path.relative(PROJECT_ROOT, path.resolve(PROJECT_ROOT, dataDir)) || dataDir;
  say(`▶ Starting embedded database (${shown})…`);
  try {
    db = await startEmbeddedDb({ dataDir });
  } catch (e) {
    say(`✖ Embedded database failed to start: ${e.message}`);
    process.exit(1);
  }
  if (db.reused) say(`✔ Using the embedded database already served by process ${db.pid}`);
  else say(`✔ Embedded database ready (${(db.startMs / 1000).toFixed(1)} s${db.firstStart ? ", created" : ""})`);
  if (pendingSignal) {
    await stopDb();
    process.exit(exitCodeOf(null, pendingSignal));
  }
}

// `npm run dev` / `npm start` on a laptop: the same generated secret and local
// URL as `npm run demo`, unless the environment or .env sets them.
const authDefaults = {
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || ensureSecret(path.join(PROJECT_ROOT, ".data", "nextauth-secret")),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`,
};
// The production server (npm start: scripts/server.mjs, or a plain next start)
// runs with the production heap cap.
const isServer = (cmd === "next" && args[0] === "start") || (cmd === "node" && /(^|\/)scripts\/server\.mjs$/.test(args[0] ?? ""));
const serverOptions = isServer ? { NODE_OPTIONS: serverNodeOptions() } : {};
const env = childEnv({ ...authDefaults, ...serverOptions, ...(db ? { DATABASE_URL: db.url, PEKKA_EMBEDDED_DB: "1" } : {}) });
child = spawn(resolveBin(cmd), args, { stdio: "inherit", env, shell: false, cwd: process.cwd() });

child.on("error", async (e) => {
  say(`✖ cannot run ${cmd}: ${e.code === "ENOENT" ? "command not found" : e.message}`);
  await stopDb();
  process.exit(127);
});

child.on("exit", async (code, signal) => {
  await stopDb();
  process.exit(exitCodeOf(code, signal));
});
