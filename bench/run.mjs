#!/usr/bin/env node
// Load benchmark of the built app (docs/decisions/0012-benchmark.md).
//
//   npm run build                                   # once; the bench builds nothing
//   npm run seed:scale -- --factor 5                # into DATABASE_URL (default pekka_bench)
//   npm run bench -- [--factor 5] [--duration 10] [--connections 10] [--only kader,dasbor]
//                    [--compare bench/results/<other factor>.json] [--queries-only]
//                    [--field-pages | --no-field-pages] [--quick]
//
// Starts the production server (scripts/server.mjs) on a free port against DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/pekka_bench) with PEKKA_COUNT_QUERIES=1,
// signs in as each demo account through next-auth's credentials callback, and
// for every page in PAGES: counts the SQL statements of one request
// (GET /api/bench/queries before and after), sums the gzipped JS the page's
// HTML loads, then loads it with autocannon for --duration seconds at
// --connections concurrency. The server's resident memory (the process tree's
// VmRSS) is sampled every 200 ms. Prints a table, checks the targets and
// writes bench/results/<timestamp>.json. --factor only labels the results;
// --queries-only skips the load (query counts and JS only, e.g. at factor 1
// for --compare). Then the field pages (bench/field-pages.mjs): each dashboard
// and form in Chromium at 360 px with the service worker, first and repeat
// visit bytes and the slow-3G times to heading and usable form (CHROMIUM_PATH,
// default /usr/bin/chromium). --field-pages: only those; --no-field-pages:
// skip them; --quick: one slow-3G run per page instead of two runs.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { serverNodeOptions } from "../scripts/lib/server-memory.mjs";
import { checkFieldTargets, FIELD_PAGES, printFieldTable, runFieldPages } from "./field-pages.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PASSWORD = "demo-pekka-2026";

const ACCOUNTS = {
  nasional: "nasional@pekka.demo",
  direktur: "direktur@pekka.demo",
  ntb: "koordinator.ntb@pekka.demo",
  lomboktimur: "staf.lomboktimur@pekka.demo",
  admin: "admin@pekka.demo",
};

/**
 * The pages measured, in order. kind: "floor" (the trivial page every ratio is
 * taken against), "list" or "dashboard". as: key of ACCOUNTS, or null for
 * signed-out. A page answering 404 (not built yet) is reported as missing.
 */
export const PAGES = [
  { path: "/login", as: null, kind: "floor" },
  { path: "/dasbor/nasional", as: "nasional", kind: "dashboard" },
  { path: "/dasbor/nasional", as: "direktur", kind: "dashboard" },
  { path: "/dasbor/kebijakan", as: "nasional", kind: "dashboard" },
  { path: "/dasbor/kebijakan", as: "direktur", kind: "dashboard" },
  { path: "/dasbor/provinsi", as: "ntb", kind: "dashboard" },
  ...["/kader", "/serikat", "/klik", "/kebijakan", "/pelatihan", "/rktl", "/rktl/target", "/fpk", "/wilayah"].flatMap((p) => [
    { path: p, as: "nasional", kind: "list" },
    { path: p, as: "ntb", kind: "list" },
  ]),
  { path: "/kader", as: "lomboktimur", kind: "list" },
  { path: "/klik", as: "lomboktimur", kind: "list" },
  { path: "/kebijakan", as: "direktur", kind: "list" },
];

export const TARGETS = {
  dashboardP95Ratio: 3,
  rssMb: 400,
  jsKbGzip: 120,
};

// ───────────────────────── Arguments ─────────────────────────

function parseArgs(argv) {
  const o = {
    factor: null,
    duration: 10,
    connections: 10,
    only: null,
    compare: null,
    port: null,
    queriesOnly: false,
    fieldPages: true,
    fieldOnly: false,
    quick: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [k, inline] = a.includes("=") ? a.split(/=(.*)/s) : [a, undefined];
    const val = () => inline ?? argv[++i];
    if (k === "--factor") o.factor = Number(val());
    else if (k === "--duration") o.duration = Number(val());
    else if (k === "--connections") o.connections = Number(val());
    else if (k === "--only") o.only = val().split(",").filter(Boolean);
    else if (k === "--compare") o.compare = val();
    else if (k === "--port") o.port = Number(val());
    else if (k === "--queries-only") o.queriesOnly = true;
    else if (k === "--field-pages") o.fieldOnly = true;
    else if (k === "--no-field-pages") o.fieldPages = false;
    else if (k === "--quick") o.quick = true;
    else if (k === "--help" || k === "-h") {
      console.log(
        readFileSync(fileURLToPath(import.meta.url), "utf8")
          .split("\n")
          .slice(1, 24)
          .map((l) => l.replace(/^\/\/ ?/, ""))
          .join("\n"),
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

// ───────────────────────── Server ─────────────────────────

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The process and its descendants (next start may fork a server process). */
function processTree(rootPid) {
  const children = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      /* gone */
    }
  }
  const out = [];
  const walk = (pid) => {
    out.push(pid);
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(rootPid);
  return out;
}

function statusKb(pid, field) {
  try {
    const m = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Samples the tree's summed VmRSS every 200 ms; `mark()` starts a new window. */
function rssSampler(rootPid) {
  let peakKb = 0;
  let windowPeakKb = 0;
  let pids = processTree(rootPid);
  let tick = 0;
  const timer = setInterval(() => {
    if (tick++ % 25 === 0) pids = processTree(rootPid); // re-scan every 5 s
    const kb = pids.reduce((s, p) => s + statusKb(p, "VmRSS"), 0);
    peakKb = Math.max(peakKb, kb);
    windowPeakKb = Math.max(windowPeakKb, kb);
  }, 200);
  timer.unref();
  return {
    mark() {
      const w = windowPeakKb;
      windowPeakKb = 0;
      return w;
    },
    stop() {
      clearInterval(timer);
      // VmHWM: each process's own high-water mark, as a cross-check.
      const hwmKb = Math.max(0, ...pids.map((p) => statusKb(p, "VmHWM")));
      return { peakKb, hwmKb };
    },
  };
}

export async function startServer(port, databaseUrl) {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("No production build: run `npm run build` first (the bench builds nothing itself).");
  }
  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "bench-only-secret-0123456789-abcdefghijklmnop",
    PEKKA_ALLOW_DEMO_ACCOUNTS: "true",
    PEKKA_COUNT_QUERIES: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    // Measured as it runs in production: with the heap cap of npm start.
    NODE_OPTIONS: serverNodeOptions(),
  };
  const server = path.join(ROOT, "scripts", "server.mjs");
  const child = spawn(process.execPath, [server, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (b) => (log += b));
  child.stderr.on("data", (b) => (log += b));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log}`);
    try {
      const r = await fetch(`${base}/login`, { redirect: "manual" });
      if (r.status < 500) return { child, base, log: () => log };
    } catch {
      /* not yet */
    }
    await sleep(200);
  }
  child.kill("SIGTERM");
  throw new Error(`server did not answer within 60 s:\n${log}`);
}

// ───────────────────────── Session ─────────────────────────

function cookiesOf(res) {
  return (res.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);
}

export async function login(base, email) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrfRes.json();
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true", callbackUrl: `${base}/` }),
  });
  const session = cookiesOf(res).filter((c) => c.includes("session-token"));
  if (session.length === 0) throw new Error(`login as ${email} failed (HTTP ${res.status})`);
  return [...jar, ...session].join("; ");
}

// ───────────────────────── Measurements ─────────────────────────

async function queriesOf(base, url, cookie) {
  await fetch(`${base}/api/bench/queries`);
  const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const html = await res.text();
  const q = await (await fetch(`${base}/api/bench/queries`)).json();
  return { status: res.status, html, queries: q.queries };
}

/**
 * A dashboard's price on a cache miss (decision 0013): the data epoch is bumped
 * (as any write would) before each of `n` sequential loads; returns the median
 * time and the statements of one such load.
 */
async function coldLoads(base, url, cookie, databaseUrl, n = 5) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const bump = () => client.query("UPDATE data_epoch SET epoch = nextval('data_epoch_seq') WHERE id = 1");
  try {
    const times = [];
    for (let i = 0; i < n; i++) {
      await bump();
      const t = performance.now();
      await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" }).then((r) => r.arrayBuffer());
      times.push(performance.now() - t);
    }
    await bump();
    const { queries } = await queriesOf(base, url, cookie);
    times.sort((a, b) => a - b);
    return { coldMs: percentile(times, 50), coldQueries: queries };
  } finally {
    await client.end();
  }
}

const jsCache = new Map();
async function jsGzipBytes(base, html) {
  // A `nomodule` script (Next's legacy polyfills) is fetched only by browsers
  // without ES modules; every browser a phone runs today skips it, so it is
  // reported apart, not counted (decision 0013).
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]*\/_next\/static\/[^"]+\.js[^"]*)"[^>]*>/g)];
  const legacy = tags.filter((m) => /\snomodule(=|\s|>)/i.test(m[0]));
  const srcs = [...new Set(tags.filter((m) => !legacy.includes(m)).map((m) => m[1].replace(/&amp;/g, "&")))];
  let legacyBytes = 0;
  for (const m of legacy)
    legacyBytes += gzipSync(Buffer.from(await (await fetch(new URL(m[1].replace(/&amp;/g, "&"), base))).arrayBuffer())).length;
  let total = 0;
  for (const src of srcs) {
    if (!jsCache.has(src)) {
      const buf = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
      jsCache.set(src, gzipSync(buf).length);
    }
    total += jsCache.get(src);
  }
  return { bytes: total, files: srcs.length, legacyBytes };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

function load(url, cookie, { duration, connections }) {
  return new Promise((resolve, reject) => {
    const times = [];
    const statuses = new Map();
    const instance = autocannon({ url, connections, duration, headers: cookie ? { cookie } : {}, timeout: 30 }, (err, result) => {
      if (err) return reject(err);
      times.sort((a, b) => a - b);
      resolve({
        requests: times.length,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        p99: percentile(times, 99),
        rps: times.length / duration,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        statuses: Object.fromEntries(statuses),
      });
    });
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
    });
  });
}

// ───────────────────────── Report ─────────────────────────

const fmt = (n, d = 0) => (n == null ? "—" : n.toFixed(d));

function printTable(rows) {
  const head = [
    "page",
    "as",
    "kind",
    "status",
    "p50 ms",
    "p95 ms",
    "req/s",
    "p95/floor",
    "queries",
    "cold ms",
    "cold queries",
    "peak RSS MB",
    "JS kB gz",
  ];
  const body = rows.map((r) => [
    r.path,
    r.as ?? "(signed out)",
    r.kind,
    r.missing ? "missing" : (r.error ?? String(r.status)),
    fmt(r.p50, 0),
    fmt(r.p95, 0),
    fmt(r.rps, 1),
    r.ratio == null ? "—" : `${r.ratio.toFixed(2)}×`,
    r.queries == null ? "—" : String(r.queries),
    fmt(r.coldMs, 0),
    r.coldQueries == null ? "—" : String(r.coldQueries),
    fmt(r.peakRssMb, 0),
    r.jsKb == null ? "—" : r.jsKb.toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i < 4 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const b of body) console.log(line(b));
}

function checkTargets(rows, server, compare) {
  const measured = rows.filter((r) => !r.missing && r.p95 != null);
  const counted = rows.filter((r) => !r.missing && r.queries != null);
  const floor = rows.find((r) => r.kind === "floor");
  const out = [];
  const dashboards = measured.filter((r) => r.kind === "dashboard");
  if (dashboards.length === 0)
    out.push({ target: `dashboard p95 ≤ ${TARGETS.dashboardP95Ratio}× floor p95`, met: null, detail: "no dashboard pages exist yet" });
  for (const r of dashboards) {
    out.push({
      target: `dashboard p95 ≤ ${TARGETS.dashboardP95Ratio}× floor p95: ${r.path} (${r.as})`,
      met: r.ratio <= TARGETS.dashboardP95Ratio,
      detail: `${fmt(r.p95)} ms vs floor ${fmt(floor?.p95)} ms = ${r.ratio?.toFixed(2)}×`,
    });
  }
  out.push({
    target: `server peak RSS ≤ ${TARGETS.rssMb} MB`,
    met: server.peakRssMb <= TARGETS.rssMb,
    detail: `${fmt(server.peakRssMb)} MB (VmHWM of the largest process ${fmt(server.hwmMb)} MB)`,
  });
  const overJs = counted.filter((r) => r.jsKb != null && r.jsKb > TARGETS.jsKbGzip);
  out.push({
    target: `JS per page ≤ ${TARGETS.jsKbGzip} kB gzip`,
    met: overJs.length === 0,
    detail: overJs.length
      ? overJs.map((r) => `${r.path} ${r.jsKb.toFixed(1)} kB`).join(", ")
      : `max ${fmt(Math.max(...counted.map((r) => r.jsKb ?? 0)), 1)} kB`,
  });
  if (compare) {
    const key = (r) => `${r.path}|${r.as}`;
    const other = new Map(compare.pages.filter((r) => r.queries != null).map((r) => [key(r), r]));
    const grew = [];
    let compared = 0;
    for (const r of counted) {
      const o = other.get(key(r));
      if (!o || r.queries == null) continue;
      compared++;
      if (r.queries > o.queries) grew.push(`${r.path} (${r.as}) ${o.queries} → ${r.queries}`);
    }
    out.push({
      target: `queries per page do not grow with data (factor ${compare.factor ?? "?"} → ${server.factor ?? "?"})`,
      met: compared > 0 && grew.length === 0,
      detail: grew.length ? grew.join(", ") : `${compared} pages compared, none grew`,
    });
  } else {
    out.push({
      target: "queries per page do not grow with data",
      met: null,
      detail: "run at another factor and pass --compare <results.json>",
    });
  }
  return out;
}

// ───────────────────────── Main ─────────────────────────

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const databaseUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/pekka_bench";
  const port = args.port ?? (await freePort());
  const pages = args.fieldOnly
    ? []
    : args.only
      ? PAGES.filter((p) => p.kind === "floor" || args.only.some((o) => p.path.includes(o)))
      : PAGES;
  const compare = args.compare ? JSON.parse(readFileSync(args.compare, "utf8")) : null;

  console.log(
    `Bench: ${new URL(databaseUrl).pathname.slice(1)}${args.factor ? ` (factor ${args.factor})` : ""}, ${pages.length} pages × ${args.duration} s at ${args.connections} connections, port ${port}`,
  );
  const server = await startServer(port, databaseUrl);
  const rss = rssSampler(server.child.pid);
  const stop = () => server.child.exitCode === null && server.child.kill("SIGTERM");
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });

  const rows = [];
  try {
    const cookies = {};
    for (const [k, email] of Object.entries(ACCOUNTS))
      if (pages.some((p) => p.as === k) || (args.fieldPages && FIELD_PAGES.some((p) => p.as === k)))
        cookies[k] = await login(server.base, email);

    for (const p of pages) {
      const cookie = p.as ? cookies[p.as] : null;
      const url = `${server.base}${p.path}`;
      const row = { path: p.path, as: p.as, kind: p.kind };
      // Warm up (compiles nothing in production, but fills caches), then count one request.
      await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" }).then((r) => r.arrayBuffer());
      const one = await queriesOf(server.base, url, cookie);
      row.status = one.status;
      if (one.status === 404) {
        row.missing = true;
        rows.push(row);
        console.log(`  ${p.path} (${p.as}): missing (404)`);
        continue;
      }
      if (one.status !== 200) {
        // A redirect (e.g. to /login: session refused) or an error: reported, not measured.
        row.error = `HTTP ${one.status}`;
        rows.push(row);
        console.log(`  ${p.path} (${p.as}): HTTP ${one.status}, not measured`);
        continue;
      }
      row.queries = one.queries;
      const js = await jsGzipBytes(server.base, one.html);
      row.jsKb = js.bytes / 1024;
      row.jsFiles = js.files;
      row.htmlKbGzip = gzipSync(Buffer.from(one.html)).length / 1024;
      row.jsLegacyKb = js.legacyBytes / 1024;
      rss.mark();
      if (!args.queriesOnly) Object.assign(row, await load(url, cookie, args));
      if (p.kind === "dashboard") Object.assign(row, await coldLoads(server.base, url, cookie, databaseUrl));
      row.peakRssMb = rss.mark() / 1024;
      rows.push(row);
      if (args.queriesOnly) {
        console.log(`  ${p.path} (${p.as ?? "signed out"}): ${row.queries} queries`);
        continue;
      }
      console.log(
        `  ${p.path} (${p.as ?? "signed out"}): p50 ${fmt(row.p50)} ms, p95 ${fmt(row.p95)} ms, ${fmt(row.rps, 1)} req/s, ${row.queries} queries${row.non2xx || row.errors ? `, ${row.non2xx} non-2xx, ${row.errors} errors` : ""}`,
      );
    }
    if (args.fieldPages) {
      console.log(`\nField pages at 360 px with the service worker${args.quick ? " (--quick)" : ""}:`);
      var fieldRows = await runFieldPages({ base: server.base, cookies, only: args.fieldOnly ? args.only : null, quick: args.quick });
    }
    // Where the memory is at the end: V8's heap or the rest (code, WebAssembly, buffers).
    var memorySplit = await fetch(`${server.base}/api/bench/queries`)
      .then((r) => r.json())
      .then(
        (j) => j.memoryMb,
        () => null,
      );
  } finally {
    var mem = rss.stop();
    stop();
  }

  const floor = rows.find((r) => r.kind === "floor");
  for (const r of rows) if (r.p95 != null && floor?.p95) r.ratio = r.p95 / floor.p95;
  const summary = { factor: args.factor, peakRssMb: mem.peakKb / 1024, hwmMb: mem.hwmKb / 1024, memoryAtEndMb: memorySplit };
  console.log("");
  if (rows.length) printTable(rows);
  const targets = rows.length ? checkTargets(rows, summary, compare) : [];
  if (fieldRows?.length) {
    console.log("\nField pages (360 px, service worker; times on slow 3G: 400 ms latency, 400 kbit/s):");
    printFieldTable(fieldRows);
    targets.push(...checkFieldTargets(fieldRows));
  }
  if (memorySplit)
    console.log(
      `\nServer memory at the end: RSS ${memorySplit.rss} MB, V8 heap ${memorySplit.heapUsed} MB used of ${memorySplit.heapTotal} MB, external ${memorySplit.external} MB.`,
    );
  const legacy = rows.find((r) => r.jsLegacyKb);
  if (legacy)
    console.log(
      `Not counted in "JS kB gz": ${legacy.jsLegacyKb.toFixed(1)} kB of nomodule polyfills that module-capable browsers never download.`,
    );
  console.log("\nTargets:");
  for (const t of targets) console.log(`  ${t.met === null ? "n/a     " : t.met ? "met     " : "NOT MET "} ${t.target} — ${t.detail}`);

  const result = {
    at: new Date().toISOString(),
    factor: args.factor,
    database: new URL(databaseUrl).pathname.slice(1),
    duration: args.duration,
    connections: args.connections,
    cpus: (await import("node:os")).cpus().length,
    server: summary,
    pages: rows,
    fieldPages: fieldRows ?? [],
    targets,
  };
  const dir = path.join(ROOT, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${result.at.replace(/[:.]/g, "-")}${args.factor ? `-f${args.factor}` : ""}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nResults: ${path.relative(process.cwd(), file)}`);
}

// Run as a script (npm run bench); importing the module (its helpers) runs nothing.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
