#!/usr/bin/env node
// `npm run drill:outage`: the database outage drill (issue 10 point 8,
// decision 0018). On a PostgreSQL 15 cluster of its own (never the machine's
// main one) it migrates and seeds a database, starts the built app against
// it, loads it with signed-in and signed-out page loads, stops PostgreSQL for
// DRILL_OUTAGE_S seconds (10), starts it again, prints the figures and exits
// non-zero when a goal is missed:
//   - no 500 and no connection error or time-out, before, during or after;
//   - the first 503 (with Retry-After) within 5 s of the stop, and no answer
//     during the outage slower than 5 s;
//   - the first normal 200 of a signed-in page within 5 s of the restart.
// Needs a production build (`npm run build`). Ports: DRILL_PG_PORT (3440),
// DRILL_APP_PORT (3441). DRILL_CONCURRENCY (6) parallel clients.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { setTimeout as sleep } from "node:timers/promises";
import { createTempPostgres } from "./lib/temp-postgres.mjs";
import { ROOT, signIn, startApp } from "./lib/app-instance.mjs";

const PG_PORT = Number(process.env.DRILL_PG_PORT ?? 3440);
const APP_PORT = Number(process.env.DRILL_APP_PORT ?? 3441);
const OUTAGE_MS = Number(process.env.DRILL_OUTAGE_S ?? 10) * 1000;
const BEFORE_MS = 5000;
const MID_RENDER_MS = 1000;
const AFTER_MS = 8000;
const CONCURRENCY = Number(process.env.DRILL_CONCURRENCY ?? 6);
const GOAL_MS = 5000;
const REQUEST_TIMEOUT_MS = 15_000;

const t0 = Date.now();
const log = (m) => console.log(`[drill ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${m}`);

async function prepareDatabase(cluster) {
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  await admin.query("CREATE DATABASE pekka_drill");
  await admin.end();
  const url = cluster.url("pekka_drill");
  const env = { ...process.env, DATABASE_URL: url, PEKKA_GEO: "program" };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: ROOT, env, stdio: "ignore" });
  return url;
}

/** One page load as a browser makes it: a redirect to the same page (an outage met mid-render) is followed once. */
async function load(base, path, cookie) {
  const started = Date.now();
  const sample = { started, path, signedIn: Boolean(cookie), status: 0, ms: 0, error: null, retryAfter: null, redirected: false };
  try {
    const opts = { redirect: "manual", headers: cookie ? { cookie } : {}, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
    let res = await fetch(base + path, opts);
    await res.arrayBuffer();
    if ((res.status === 307 || res.status === 303) && res.headers.get("location") === path) {
      sample.redirected = true;
      res = await fetch(base + path, opts);
      await res.arrayBuffer();
    }
    sample.status = res.status;
    sample.retryAfter = res.headers.get("retry-after");
  } catch (e) {
    sample.error = e.name === "TimeoutError" ? "timeout" : (e.cause?.code ?? e.message);
  }
  sample.ms = Date.now() - started;
  return sample;
}

async function runLoad(base, cookies, until) {
  const targets = [
    ["/dasbor/provinsi", cookies.coordinator],
    ["/kader", cookies.coordinator],
    ["/dasbor/nasional", cookies.national],
    ["/login", null],
  ];
  const samples = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (!until()) {
        const [path, cookie] = targets[next++ % targets.length];
        samples.push(await load(base, path, cookie));
      }
    }),
  );
  return samples;
}

function summarize(samples, marks) {
  const phase = (s) => (s.started < marks.stop ? "before" : s.started < marks.restart ? "during" : "after");
  const table = {};
  for (const s of samples) {
    const p = phase(s);
    const key = s.error ? `error:${s.error}` : String(s.status);
    table[p] ??= {};
    table[p][key] = (table[p][key] ?? 0) + 1;
  }
  const byEnd = (a, b) => a.started + a.ms - (b.started + b.ms);
  const first503 = samples.filter((s) => s.status === 503 && s.started + s.ms >= marks.stop).sort(byEnd)[0];
  const during = samples.filter((s) => phase(s) === "during");
  const longest = during.reduce((m, s) => Math.max(m, s.ms), 0);
  const firstOk = samples.filter((s) => s.signedIn && s.status === 200 && s.started >= marks.restart).sort(byEnd)[0];
  const bad = samples.filter((s) => s.error || (s.status >= 500 && s.status !== 503));
  const no503Header = samples.filter((s) => s.status === 503 && s.retryAfter !== "5");
  const unexpected = samples.filter((s) => !s.error && ![200, 503].includes(s.status));
  // Once the outage is detected, everything until the restart is the 503 page.
  const detected = first503 ? first503.started + first503.ms : Infinity;
  const notUnavailable = samples.filter((s) => s.started >= detected && s.started + s.ms < marks.restart && s.status !== 503);
  return {
    table,
    firstUnavailableMs: first503 ? first503.started + first503.ms - marks.stop : null,
    longestDuringMs: longest,
    recoveryMs: firstOk ? firstOk.started + firstOk.ms - marks.restart : null,
    recoveryStartMs: firstOk ? firstOk.started - marks.restart : null,
    redirectedMidRender: samples.filter((s) => s.redirected).length,
    bad,
    no503Header,
    unexpected,
    notUnavailable,
  };
}

async function main() {
  log(`own PostgreSQL 15 cluster on 127.0.0.1:${PG_PORT}; app on ${APP_PORT}; outage ${OUTAGE_MS / 1000} s; ${CONCURRENCY} clients`);
  const cluster = createTempPostgres({ port: PG_PORT, log });
  let app;
  // Interrupted: still stop the app and remove the cluster.
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.once(sig, async () => {
      await app?.stop();
      cluster.destroy();
      process.exit(130);
    });
  }
  try {
    cluster.start();
    const url = await prepareDatabase(cluster);
    log("migrated and seeded");
    app = await startApp({ port: APP_PORT, databaseUrl: url, name: "drill" });
    log(`app answers at ${app.base}`);
    const coordinator = (await signIn(app.base, "koordinator.ntb@pekka.demo")).cookie;
    const national = (await signIn(app.base, "nasional@pekka.demo")).cookie;
    if (!coordinator || !national) throw new Error("could not sign in");

    const marks = {};
    let done = false;
    const loadDone = runLoad(app.base, { coordinator, national }, () => done);
    await sleep(BEFORE_MS - MID_RENDER_MS);
    // For the last second before the stop, a lock on data_epoch (read by every
    // signed-in page) holds the signed-in pages mid-render, so the stop meets
    // them there, as it would meet slow queries: they must end as the 503 page too.
    const locker = new pg.Client({ connectionString: url });
    locker.on("error", () => {});
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE data_epoch IN ACCESS EXCLUSIVE MODE");
    // Two more page loads of their own, certain to be waiting on the lock when the stop comes.
    const held = [load(app.base, "/kader", coordinator), load(app.base, "/dasbor/nasional", national)];
    await sleep(MID_RENDER_MS);
    marks.stop = Date.now();
    cluster.stop("fast");
    log("PostgreSQL stopped");
    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - marks.stop)));
    marks.restart = Date.now();
    cluster.start();
    log("PostgreSQL started again");
    await sleep(AFTER_MS);
    done = true;
    const samples = [...(await loadDone), ...(await Promise.all(held))];
    const r = summarize(samples, marks);

    console.log("\nStatus counts by phase (by the time each request started):");
    console.table(r.table);
    const fmt = (ms) => (ms === null ? "never" : `${(ms / 1000).toFixed(2)} s`);
    console.log(`requests: ${samples.length}`);
    console.log(`time from stop to the first 503:             ${fmt(r.firstUnavailableMs)}`);
    console.log(`longest response during the outage:          ${fmt(r.longestDuringMs)}`);
    console.log(
      `time from restart to the first signed-in 200: ${fmt(r.recoveryMs)} (that request was sent ${fmt(r.recoveryStartMs)} after the restart)`,
    );
    console.log(`pages that met the outage mid-render (redirected to the 503 page): ${r.redirectedMidRender}`);
    console.log(`500s and connection errors: ${r.bad.length}`);
    for (const s of r.bad.slice(0, 10)) console.log(`  ${s.path} ${s.status || s.error} after ${s.ms} ms`);
    if (r.unexpected.length) console.log(`answers other than 200/503: ${r.unexpected.length}`);
    for (const s of r.unexpected.slice(0, 10)) {
      console.log(
        `  ${s.path} ${s.signedIn ? "signed in" : "signed out"} → ${s.status} after ${s.ms} ms, sent ${((s.started - marks.stop) / 1000).toFixed(2)} s from the stop`,
      );
    }

    const missed = [];
    if (r.bad.length) missed.push(`${r.bad.length} 500s or connection errors`);
    if (r.unexpected.length) missed.push(`${r.unexpected.length} answers other than 200/503`);
    if (r.no503Header.length) missed.push(`${r.no503Header.length} 503s without Retry-After: 5`);
    if (r.firstUnavailableMs === null || r.firstUnavailableMs > GOAL_MS) missed.push("no 503 within 5 s of the stop");
    if (r.redirectedMidRender === 0) missed.push("no page met the outage mid-render (the drill did not exercise that path)");
    if (r.longestDuringMs > GOAL_MS) missed.push("a response during the outage took longer than 5 s");
    if (r.recoveryMs === null || r.recoveryMs > GOAL_MS) missed.push("no normal 200 within 5 s of the restart");
    if (r.notUnavailable.length) missed.push(`${r.notUnavailable.length} answers other than 503 between the first 503 and the restart`);
    if (missed.length) {
      console.log(`\nDRILL FAILED: ${missed.join("; ")}`);
      if (process.env.DRILL_VERBOSE) console.log(app.log().slice(-4000));
      process.exitCode = 1;
    } else {
      console.log("\nDRILL PASSED: 503 with Retry-After during the outage, normal service after it, no 500, no hang.");
    }
  } finally {
    await app?.stop();
    cluster.destroy();
    log("cleaned up");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
