#!/usr/bin/env node
// `npm run test:two-instances` (issue 10 point 7, decision 0018): Debian's
// nginx, unprivileged, with the repository's deploy/pekka-proxy.conf, in
// front of two instances of the build on one PostgreSQL database. Proves
// through the balancer, and prints the figures:
//   1. round robin: consecutive requests alternate between the instances;
//   2. signed in through one instance, the session works on the other;
//   3. login throttling is shared: failures spread over both instances lock
//      the account as soon as on a single instance, and on both;
//   4. a write through one instance shows on the other's next dashboard load;
//   5. an uploaded file (policy evidence) is served identically by both;
//   6. nothing a user could notice differs: the same page from each instance
//      is the same apart from per-response nonces, and its scripts load from both.
// Exits non-zero on any failure. Needs a production build (`npm run build`).
// Database: LB_DATABASE_URL (default <TEST_PG_BASE>/pekka_lb; created fresh,
// migrated, seeded). Ports: LB_PORT (3445) for nginx, 3446 and 3447 for the
// instances (LB_APP_PORTS="a,b").
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { ensureDatabase } from "./ensure-database.mjs";
import { cookiesOf, DEMO_PASSWORD, ROOT, startApp } from "./lib/app-instance.mjs";

const PG_BASE = process.env.TEST_PG_BASE ?? "postgres://postgres@127.0.0.1:5432";
const DATABASE_URL = process.env.LB_DATABASE_URL ?? `${PG_BASE}/pekka_lb`;
const LB_PORT = Number(process.env.LB_PORT ?? 3445);
const APP_PORTS = (process.env.LB_APP_PORTS ?? "3446,3447").split(",").map(Number);
const LB = `http://127.0.0.1:${LB_PORT}`;

const failures = [];
function check(ok, what, detail = "") {
  console.log(`${ok ? "  ok  " : "  FAIL"} ${what}${detail ? ` — ${detail}` : ""}`);
  if (!ok) failures.push(what);
}

// ───────────────────────── nginx ─────────────────────────

function startNginx() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pekka-nginx-"));
  for (const d of ["tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"]) fs.mkdirSync(path.join(dir, d), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "deploy", "pekka-proxy.conf"), path.join(dir, "pekka-proxy.conf"));
  const conf = `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  log_format pekka '$remote_addr "$request" $status upstream=$upstream_addr id=$request_id';
  access_log ${dir}/access.log pekka;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  upstream pekka {
${APP_PORTS.map((p) => `    server 127.0.0.1:${p};`).join("\n")}
    keepalive 8;
  }
  server {
    listen 127.0.0.1:${LB_PORT};
    # Test only: which instance answered, so the test can see the round robin.
    add_header X-Pekka-Upstream $upstream_addr always;
    include ${dir}/pekka-proxy.conf;
  }
}
`;
  fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
  // Unprivileged: as root, nginx itself runs as `nobody` (owner of its folder).
  const root = process.getuid?.() === 0;
  if (root) execFileSync("chown", ["-R", "nobody", dir]);
  const argv = ["-c", path.join(dir, "nginx.conf"), "-p", dir, "-e", path.join(dir, "error.log")];
  const [file, args] = root ? ["runuser", ["-u", "nobody", "--", "nginx", ...argv]] : ["nginx", argv];
  const child = spawn(file, args, { stdio: ["ignore", "pipe", "pipe"], detached: true });
  let out = "";
  child.stdout.on("data", (b) => (out += b));
  child.stderr.on("data", (b) => (out += b));
  return {
    dir,
    log: () => out + (fs.existsSync(path.join(dir, "error.log")) ? fs.readFileSync(path.join(dir, "error.log"), "utf8") : ""),
    accessLog: () => (fs.existsSync(path.join(dir, "access.log")) ? fs.readFileSync(path.join(dir, "access.log"), "utf8") : ""),
    async stop() {
      if (child.exitCode === null) {
        const done = new Promise((r) => child.once("exit", r));
        try {
          process.kill(-child.pid, "SIGQUIT");
        } catch {
          /* gone */
        }
        await Promise.race([done, sleep(3000)]);
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          /* gone */
        }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ───────────────────────── HTTP through the balancer ─────────────────────────

const served = {};
let lastUpstream = null;

async function lb(pathname, { cookie, method = "GET", body, headers = {} } = {}) {
  const started = Date.now();
  const res = await fetch(LB + pathname, {
    method,
    body,
    redirect: "manual",
    headers: { ...headers, ...(cookie ? { cookie } : {}), ...(method === "POST" ? { origin: LB } : {}) },
  });
  const buf = Buffer.from(await res.arrayBuffer());
  const upstream = res.headers.get("x-pekka-upstream") ?? "?";
  lastUpstream = upstream;
  served[upstream] ??= { requests: 0, ms: 0 };
  served[upstream].requests++;
  served[upstream].ms += Date.now() - started;
  return { status: res.status, headers: res.headers, upstream, buf, text: buf.toString("utf8"), setCookies: cookiesOf(res) };
}

async function signIn(email, password = DEMO_PASSWORD) {
  const csrf = await lb("/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.text);
  const res = await lb("/api/auth/callback/credentials", {
    method: "POST",
    cookie: csrf.setCookies.join("; "),
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${LB}/` }),
  });
  const session = res.setCookies.filter((c) => c.includes("session-token"));
  return {
    csrfUpstream: csrf.upstream,
    upstream: res.upstream,
    cookie: session.length ? [...csrf.setCookies, ...session].join("; ") : null,
    throttled: /throttled/.test(res.text + (res.headers.get("location") ?? "")),
  };
}

const kaderTotal = (html) =>
  [...html.matchAll(/data-metric="kader"[^>]*>([\d.]+)</g)].reduce((s, m) => s + Number(m[1].replace(/\./g, "")), 0);

/** The hidden fields of the form whose submit button says `label` (what a browser without JavaScript posts). */
function formFields(html, label) {
  const form = [...html.matchAll(/<form[^>]*>[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(label));
  // (label: the button's text or any other piece of the form's HTML)
  if (!form) return null;
  const fd = new FormData();
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    fd.append(m[1], (m[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
  }
  return fd;
}

/**
 * React's flight payload (the `self.__next_f.push` scripts) streams its rows in
 * the order their parts resolve, and numbers rows and references as it goes:
 * the same page can come as differently ordered and numbered rows, from one
 * instance as from two (a server action passed to a client component is such
 * a part). What a user could notice is the HTML and what the rows hold, so
 * the rows are compared with their numbers left out, in sorted order.
 */
const FLIGHT = /<script[^>]*>self\.__next_f\.push\(\[1,"((?:[^"\\]|\\.)*)"\]\)<\/script>/g;
function withFlightSorted(html) {
  const rows = [...html.matchAll(FLIGHT)]
    .map((m) => m[1])
    .join("")
    .split("\\n")
    .map((row) => row.replace(/^[0-9a-f]+:/, "").replace(/\$[A-Za-z@]?[0-9a-f]+\b/g, "$ref"))
    .sort();
  return `${html.replace(FLIGHT, "")}\n${rows.join("\n")}`;
}

// Per-response values: CSP nonces, request ids and React's per-render ids.
// Per request, not per instance: CSP nonces and request ids (the edge's UUIDs, nginx's 32 hex digits).
const normalize = (html) =>
  withFlightSorted(html)
    .replace(/nonce="[^"]*"/g, "")
    // The nonce again inside React's flight payload: \"nonce\":\"…\".
    .replace(/\\"nonce\\":\\"[^"\\]*\\"/g, "")
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f-]{27}/g, "<id>")
    .replace(/\b[0-9a-f]{32}\b/g, "<id>");

/** Where two pages first differ, with some context, so a failure says what differed. */
function firstDifference(a, b) {
  if (a === b) return "";
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `first difference at ${i}: «${a.slice(Math.max(0, i - 80), i + 80)}» vs «${b.slice(Math.max(0, i - 80), i + 80)}»`;
}

// ───────────────────────── The test ─────────────────────────

async function main() {
  const t0 = Date.now();
  await ensureDatabase(DATABASE_URL, { fresh: true });
  const env = { ...process.env, DATABASE_URL, PEKKA_GEO: "program" };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: ROOT, env, stdio: "ignore" });
  console.log(`database ${DATABASE_URL.replace(/\/\/[^@]*@/, "//")} migrated and seeded (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  const apps = [];
  const nginx = startNginx();
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.once(sig, async () => {
      for (const a of apps) await a.stop();
      await nginx.stop();
      process.exit(130);
    });
  }
  try {
    // Same build, same secret, same public URL (the balancer), one database.
    for (const [i, port] of APP_PORTS.entries()) {
      apps.push(
        await startApp({
          port,
          databaseUrl: DATABASE_URL,
          publicUrl: LB,
          name: `instance ${"ab"[i]}`,
          env: { TRUSTED_PROXIES: "127.0.0.1", PEKKA_INSTANCE: "ab"[i] },
        }),
      );
    }
    for (let i = 0; i < 50 && (await fetch(LB + "/login").catch(() => null))?.status !== 200; i++) await sleep(100);
    console.log(
      `nginx on ${LB} → ${APP_PORTS.map((p) => `127.0.0.1:${p}`).join(", ")} (started in ${((Date.now() - t0) / 1000).toFixed(1)} s)\n`,
    );

    // 1. Round robin.
    const order = [];
    for (let i = 0; i < 10; i++) order.push((await lb("/login")).upstream);
    const distinct = new Set(order);
    check(
      distinct.size === APP_PORTS.length && order.every((u, i) => i === 0 || u !== order[i - 1]),
      "consecutive requests alternate between the instances",
      order.map((u) => u.split(":")[1]).join(" "),
    );

    // 2. Signed in on one, working on the other.
    const coord = await signIn("koordinator.ntb@pekka.demo");
    check(
      Boolean(coord.cookie),
      "sign-in through the balancer",
      `csrf from ${coord.csrfUpstream}, credentials posted to ${coord.upstream}`,
    );
    const pages = [];
    for (let i = 0; i < 4; i++) pages.push(await lb("/dasbor/provinsi", { cookie: coord.cookie }));
    const signedInOn = new Set(pages.filter((p) => p.status === 200 && p.text.includes("Nusa Tenggara Barat")).map((p) => p.upstream));
    check(
      signedInOn.size === APP_PORTS.length,
      "the session works on both instances (the province dashboard of NTB)",
      [...signedInOn].join(", "),
    );

    // 3. Shared throttling: how many failures lock an account on one instance,
    //    and spread over both.
    async function failuresUntilLocked(email, via) {
      const seen = {};
      let lastPost = null;
      for (let n = 1; n <= 40; n++) {
        // A sign-in is two requests (csrf, post); in strict round robin between two
        // instances the post lands where the last request went. Shift by one
        // request when needed, so that the posts alternate.
        if (via === "lb" && lastPost && lastUpstream === lastPost) await lb("/login");
        const r = via === "one" ? await signInDirect(apps[0].base, email, "wrong-password") : await signIn(email, "wrong-password");
        seen[r.upstream] = (seen[r.upstream] ?? 0) + 1;
        lastPost = r.upstream;
        if (r.throttled) return { n, seen };
      }
      return { n: null, seen };
    }
    const single = await failuresUntilLocked("koordinator.aceh@pekka.demo", "one");
    const spread = await failuresUntilLocked("direktur@pekka.demo", "lb");
    check(
      single.n !== null && spread.n !== null && spread.n <= single.n,
      "failures spread over both instances lock the account as soon as on one instance",
      `one instance: locked at attempt ${single.n}; through the balancer: at attempt ${spread.n} (${Object.entries(spread.seen)
        .map(([u, c]) => `${u.split(":")[1]}: ${c}`)
        .join(", ")})`,
    );
    const afterLock = [await signIn("direktur@pekka.demo")];
    await lb("/login");
    afterLock.push(await signIn("direktur@pekka.demo"));
    check(
      afterLock.every((r) => !r.cookie && r.throttled) && new Set(afterLock.map((r) => r.upstream)).size === 2,
      "the locked account is refused by both instances, even with the right password",
    );

    // The failures above all came from 127.0.0.1: clear the counters (as an
    // administrator would), so the per-address limit cannot refuse later sign-ins.
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query("DELETE FROM rate_limiter");
    await admin.end();

    // 4. A write through one instance, seen on the other's next dashboard load.
    const warm = [await lb("/dasbor/provinsi", { cookie: coord.cookie }), await lb("/dasbor/provinsi", { cookie: coord.cookie })];
    const before = kaderTotal(warm[1].text);
    const list = await lb("/kader", { cookie: coord.cookie });
    const kaderId = list.text.match(/href="\/kader\/(\d+)"/)?.[1];
    const detail = await lb(`/kader/${kaderId}`, { cookie: coord.cookie });
    const fields = formFields(detail.text, "Nonaktifkan kader");
    const write = fields ? await lb(`/kader/${kaderId}`, { method: "POST", cookie: coord.cookie, body: fields }) : null;
    const nextLoad = await lb("/dasbor/provinsi", { cookie: coord.cookie });
    const secondLoad = await lb("/dasbor/provinsi", { cookie: coord.cookie });
    const loads = [nextLoad, secondLoad];
    const other = loads.find((l) => l.upstream !== write?.upstream);
    check(
      Boolean(
        write &&
        write.status < 400 &&
        other &&
        before > 0 &&
        kaderTotal(other.text) === before - 1 &&
        loads.every((l) => kaderTotal(l.text) === before - 1),
      ),
      "a kader deactivated through one instance is gone from the other's next dashboard load",
      `active kader ${before} → ${loads.map((l) => `${kaderTotal(l.text)} (${l.upstream.split(":")[1]})`).join(", ")}; write on ${write?.upstream} (HTTP ${write?.status})`,
    );

    // 5. Uploaded files (policy evidence) served by both: a policy enacted
    //    now by the NTB coordinator through one instance, with its signed
    //    document, downloaded by national staff from both.
    const national = await signIn("nasional@pekka.demo");
    const policies = [
      ...new Set([...(await lb("/kebijakan", { cookie: coord.cookie })).text.matchAll(/href="(\/kebijakan\/\d+)"/g)].map((m) => m[1])),
    ];
    let enactable = null;
    for (const p of policies.slice(0, 40)) {
      const page = await lb(p, { cookie: coord.cookie });
      if (page.text.includes('name="enactedOn"')) {
        enactable = { path: p, html: page.text };
        break;
      }
    }
    const pdf = Buffer.from(
      `%PDF-1.4\n% Perdes uploaded through nginx ${Date.now()}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    );
    const enact = enactable ? formFields(enactable.html, 'name="enactedOn"') : null;
    let upload = null;
    if (enact) {
      enact.append("toStatus", "ENACTED");
      enact.append("note", "Disahkan (uji dua instans)");
      enact.append("number", `Perdes 7/${new Date().getFullYear()}`);
      enact.append("enactedOn", new Date().toISOString().slice(0, 10));
      enact.append("evidence", new Blob([pdf], { type: "application/pdf" }), "perdes.pdf");
      upload = await lb(enactable.path, { method: "POST", cookie: coord.cookie, body: enact });
    }
    const after = enactable ? await lb(enactable.path, { cookie: national.cookie }) : null;
    const fileUrl = after?.text.match(/href="(\/berkas\/\d+)"/)?.[1] ?? null;
    const files = fileUrl ? [await lb(fileUrl, { cookie: national.cookie }), await lb(fileUrl, { cookie: national.cookie })] : [];
    const hashes = files.map((f) => createHash("sha256").update(f.buf).digest("hex").slice(0, 16));
    check(
      files.length === 2 && files.every((f) => f.status === 200 && f.buf.equals(pdf)) && files[0].upstream !== files[1].upstream,
      "evidence uploaded through one instance is served identically by both",
      `${enactable?.path} enacted on ${upload?.upstream} (HTTP ${upload?.status}); ${fileUrl}: ${files.map((f, i) => `${f.upstream.split(":")[1]} ${f.status} ${f.headers.get("content-type")} ${f.buf.length} B ${hashes[i]}`).join("; ")}`,
    );
    const signedOut = fileUrl ? await lb(fileUrl) : null;
    check(signedOut !== null && signedOut.status !== 200, "the file is not served without a session", `HTTP ${signedOut?.status}`);

    // 6. Nothing per instance a user could notice.
    const twice = [await lb("/kader", { cookie: coord.cookie }), await lb("/kader", { cookie: coord.cookie })];
    const [pageA, pageB] = twice.map((r) => normalize(r.text));
    check(
      twice[0].upstream !== twice[1].upstream && pageA === pageB,
      "the same page from each instance is the same (apart from nonces)",
      firstDifference(pageA, pageB),
    );
    const assets = [...new Set([...twice[0].text.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]))];
    const assetStatus = [];
    for (const a of assets) for (let i = 0; i < 2; i++) assetStatus.push((await lb(a)).status);
    check(
      assets.length > 0 && assetStatus.every((s) => s === 200),
      "every script and style of the page loads from both instances (same build)",
      `${assets.length} assets × 2`,
    );
    const en = await lb("/kader", { cookie: `${coord.cookie}; NEXT_LOCALE=en` });
    const en2 = await lb("/kader", { cookie: `${coord.cookie}; NEXT_LOCALE=en` });
    check(
      [en, en2].every((r) => r.status === 200 && /<html lang="en"/.test(r.text)) && en.upstream !== en2.upstream,
      "the language choice holds on both instances",
    );

    // Figures.
    const logLines = nginx.accessLog().trim().split("\n").filter(Boolean);
    console.log("\nRequests per instance (through nginx):");
    console.table(
      Object.fromEntries(Object.entries(served).map(([u, s]) => [u, { requests: s.requests, "mean ms": Math.round(s.ms / s.requests) }])),
    );
    console.log(
      `nginx access log: ${logLines.length} lines, ${new Set(logLines.map((l) => l.match(/id=(\w+)/)?.[1])).size} distinct request ids`,
    );
    console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (e) {
    failures.push(String(e?.stack ?? e));
    console.error(e);
  } finally {
    if (failures.length && process.env.LB_VERBOSE) console.log(nginx.log(), ...apps.map((a) => a.log().slice(-3000)));
    for (const a of apps) await a.stop();
    await nginx.stop();
  }
  if (failures.length) {
    console.log(`\nTWO-INSTANCE TEST FAILED: ${failures.length} check(s)`);
    process.exit(1);
  }
  console.log("\nTWO-INSTANCE TEST PASSED");
}

/** Sign-in straight at one instance (not through nginx), for the single-instance threshold. */
async function signInDirect(base, email, password) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrfRes.json();
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: LB },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${LB}/` }),
  });
  const text = await res.text();
  return { upstream: `127.0.0.1:${new URL(base).port} (direct)`, throttled: /throttled/.test(text + (res.headers.get("location") ?? "")) };
}

main();
