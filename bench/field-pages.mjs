// The field pages on a phone (issue 13, point 7): each dashboard and data-entry
// form at 360 px in Chromium, with the service worker, measured twice — the
// first visit (empty cache, the worker installs) and a repeat visit (the worker
// active) — for the bytes that crossed the network and, on an emulated slow 3G
// link (CDP Network.emulateNetworkConditions: 400 ms latency, 400 kbit/s each
// way), the time to the page's heading and to a usable form.
//
// Definitions (docs/decisions/0031-service-worker.md, README "Benchmark"):
// - bytes: CDP Network.loadingFinished encodedDataLength of every request that
//   went to the network: the page's own (not those answered by the worker or
//   the browser's caches) plus the worker's own fetches (a page load always
//   goes through the worker to the network; its bytes are counted there), until
//   the form is usable and the network is quiet. The worker's install downloads
//   (the precache) are reported apart.
// - heading: the later of the page's first contentful paint and the moment its
//   <h1> has text and a layout box, from navigation start.
// - usable form: the page's form has its submit button enabled and React has
//   hydrated it (React's props are on the form element), so a tap runs the
//   app's own handler rather than a plain post.
// The worker's target gets the same throttling as the page (it fetches the pages).
import { chromium } from "@playwright/test";

export const FIELD_TARGETS = { repeatKb: 30, headingMs: 1000, formMs: 5000 };

/** Slow 3G as the issue gives it: 400 ms round trip, 400 kbit/s = 50 000 bytes/s each way. */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const NO_THROTTLE = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

/**
 * The pages, as the role that uses them. `path`, or `find`: from a list, follow
 * the first link matching each pattern in turn (ids differ between databases).
 * `form`: the form that is "the" form of the page.
 */
export const FIELD_PAGES = [
  { name: "Dasbor nasional", as: "nasional", path: "/dasbor/nasional" },
  { name: "Dasbor provinsi", as: "ntb", path: "/dasbor/provinsi" },
  { name: "Dasbor kebijakan", as: "direktur", path: "/dasbor/kebijakan" },
  { name: "Sesi KLIK baru", as: "lomboktimur", path: "/klik/baru", form: "main form" },
  // A session's case form, at its first desk (the session page links one per desk).
  {
    name: "Kasus KLIK (sesi)",
    as: "lomboktimur",
    find: ["/klik", /^\/klik\/\d+$/, /^\/klik\/\d+\/kasus\/baru\?meja=\w+$/],
    form: "main form",
  },
  { name: "Kader baru", as: "lomboktimur", path: "/kader/baru", form: "main form" },
  { name: "Realisasi RKTL", as: "ntb", find: ["/rktl", /^\/rktl\/\d+$/, /^\/rktl\/\d+\/target\/\d+\/realisasi$/], form: "main form" },
  {
    name: "Kehadiran pelatihan",
    as: "nasional",
    find: ["/pelatihan", /^\/pelatihan\/\d+$/, /^\/pelatihan\/\d+\/kelas\/\d+$/],
    form: 'main form:has(input[type="checkbox"])',
  },
  { name: "Pertemuan FPK baru", as: "lomboktimur", path: "/fpk/baru", form: "main form" },
  {
    name: "Status kebijakan",
    as: "lomboktimur",
    find: ["/kebijakan", /^\/kebijakan\/\d+$/],
    form: 'main form:has(select[name="toStatus"])',
  },
];

/** In the page from its first byte: when the heading shows and when the form is usable (performance.now(), from navigation start). */
function probe(formSelector) {
  const marks = { heading: null, form: null, fcp: null };
  Object.defineProperty(window, "__fieldBench", { value: marks });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") marks.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  const check = () => {
    const now = performance.now();
    if (marks.heading === null) {
      const h1 = document.querySelector("main h1") ?? document.querySelector("h1");
      if (h1 && h1.textContent.trim() && h1.getBoundingClientRect().height > 0) marks.heading = now;
    }
    if (formSelector && marks.form === null) {
      const form = document.querySelector(formSelector);
      const button = form?.querySelector('button[type="submit"]');
      if (button && !button.disabled && Object.keys(form).some((k) => k.startsWith("__reactProps$"))) marks.form = now;
    }
    if (marks.heading === null || (formSelector && marks.form === null)) setTimeout(check, 10);
  };
  check();
}

async function resolvePath(base, cookie, page) {
  if (page.path) return page.path;
  const [start, ...patterns] = page.find;
  let path = start;
  for (const pattern of patterns) {
    const html = await (await fetch(`${base}${path}`, { headers: { cookie } })).text();
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));
    const href = hrefs.find((h) => pattern.test(h));
    if (!href) throw new Error(`${page.name}: no link matching ${pattern} on ${path}`);
    path = href;
  }
  return path;
}

/** Sends CDP commands to a target Playwright does not give us a session for (the service worker). */
async function attachTarget(browserSession, targetId) {
  const { sessionId } = await browserSession.send("Target.attachToTarget", { targetId, flatten: false });
  let id = 0;
  const pending = new Map();
  const listeners = new Map();
  const onMessage = (e) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message);
    if (msg.id && pending.has(msg.id)) {
      pending.get(msg.id)(msg);
      pending.delete(msg.id);
    } else if (msg.method) for (const l of listeners.get(msg.method) ?? []) l(msg.params);
  };
  browserSession.on("Target.receivedMessageFromTarget", onMessage);
  return {
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const n = ++id;
        pending.set(n, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result)));
        browserSession.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id: n, method, params }) }).catch(reject);
      }),
    on: (method, l) => listeners.set(method, [...(listeners.get(method) ?? []), l]),
    detach: async () => {
      browserSession.off("Target.receivedMessageFromTarget", onMessage);
      await browserSession.send("Target.detachFromTarget", { sessionId }).catch(() => {});
    },
  };
}

const newTotals = () => ({ bytes: 0, requests: 0, inflight: new Set() });

/** Adds a CDP session's network bytes to `totals`: responses not from the worker or a cache. */
function countBytes(session, totals, key = "") {
  const fromCache = new Set();
  session.on("Network.requestWillBeSent", (e) => totals.inflight.add(key + e.requestId));
  session.on("Network.responseReceived", (e) => {
    if (e.response.fromServiceWorker || e.response.fromDiskCache || e.response.fromPrefetchCache) fromCache.add(e.requestId);
  });
  session.on("Network.requestServedFromCache", (e) => fromCache.add(e.requestId));
  session.on("Network.loadingFinished", (e) => {
    totals.inflight.delete(key + e.requestId);
    if (fromCache.has(e.requestId) || !e.encodedDataLength) return;
    totals.bytes += e.encodedDataLength;
    totals.requests++;
  });
  session.on("Network.loadingFailed", (e) => totals.inflight.delete(key + e.requestId));
  return totals;
}

async function quiet(states, ms = 500, timeout = 30_000) {
  const until = Date.now() + timeout;
  let calmSince = Date.now();
  while (Date.now() < until) {
    if (states.some((s) => s.inflight.size > 0)) calmSince = Date.now();
    else if (Date.now() - calmSince >= ms) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The worker's own network requests (it fetches every page load, and its
 * precache): a CDP session of ours on each service worker target of the app,
 * attached as soon as the target appears, on the same link as the page.
 */
async function watchWorkers(browserSession, base) {
  const totals = newTotals();
  const sessions = [];
  let conditions = null;
  const attached = new Set();
  const onTarget = async ({ targetInfo: t }) => {
    if (t.type !== "service_worker" || !t.url.startsWith(base) || attached.has(t.targetId)) return;
    attached.add(t.targetId);
    const worker = await attachTarget(browserSession, t.targetId).catch(() => null);
    if (!worker) return;
    countBytes(worker, totals, `${t.targetId}:`);
    await worker.send("Network.enable").catch(() => {});
    if (conditions) await worker.send("Network.emulateNetworkConditions", conditions).catch(() => {});
    sessions.push(worker);
  };
  browserSession.on("Target.targetCreated", onTarget);
  await browserSession.send("Target.setDiscoverTargets", { discover: true });
  return {
    totals,
    reset() {
      totals.bytes = 0;
      totals.requests = 0;
    },
    async throttle(on) {
      conditions = on ? SLOW_3G : null;
      for (const w of sessions) await w.send("Network.emulateNetworkConditions", on ? SLOW_3G : NO_THROTTLE).catch(() => {});
    },
    async close() {
      browserSession.off("Target.targetCreated", onTarget);
      await browserSession.send("Target.setDiscoverTargets", { discover: false }).catch(() => {});
      for (const w of sessions) await w.detach();
    },
  };
}

/** One visit in a new tab: bytes over the network (the page's and the worker's) and the two times. */
async function visit({ context, base, path, form, throttle, workers }) {
  const page = await context.newPage();
  await page.addInitScript(probe, form ?? null);
  const pageSession = await context.newCDPSession(page);
  await pageSession.send("Network.enable");
  const pageBytes = countBytes(pageSession, newTotals());
  if (throttle) await pageSession.send("Network.emulateNetworkConditions", SLOW_3G);
  await workers.throttle(throttle);
  workers.reset();
  await page.goto(`${base}${path}`, { waitUntil: "commit", timeout: 120_000 });
  await page.waitForFunction(
    (hasForm) => window.__fieldBench && window.__fieldBench.heading !== null && (!hasForm || window.__fieldBench.form !== null),
    Boolean(form),
    { timeout: 60_000, polling: 100 },
  );
  const marks = await page.evaluate(() => ({ ...window.__fieldBench }));
  await page.waitForLoadState("load", { timeout: 120_000 });
  const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker?.controller));
  // On a first visit the worker registers after load: its install is counted apart (installed()).
  await quiet(controlled ? [pageBytes, workers.totals] : [pageBytes]);
  const result = {
    bytes: pageBytes.bytes + (controlled ? workers.totals.bytes : 0),
    ...(await page.evaluate(() => {
      const n = performance.getEntriesByType("navigation")[0];
      // Where the time goes: the worker's start, the first and last byte of the HTML (ms from navigation start).
      return n
        ? { documentBytes: n.decodedBodySize, workerMs: n.workerStart || null, firstByteMs: n.responseStart, lastByteMs: n.responseEnd }
        : { documentBytes: null, workerMs: null, firstByteMs: null, lastByteMs: null };
    })),
    headingMs: marks.heading === null ? null : Math.max(marks.heading, marks.fcp ?? 0),
    formMs: marks.form,
    controlled,
  };
  return { page, result };
}

/** Waits until the worker controls `page` and its install downloads are done; returns their bytes. */
async function installed(page, workers) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === "activated", undefined, { timeout: 120_000 });
  await quiet([workers.totals]);
  return workers.totals.bytes;
}

/**
 * Runs every field page: for each, a fresh browser context signed in as its
 * role (cookies from `cookies[as]`), a first visit (empty caches, no worker),
 * then a repeat visit in a new tab (the worker active), each once unthrottled
 * (bytes) and once on slow 3G (times). quick: the slow-3G run only, bytes
 * taken from it.
 */
export async function runFieldPages({ base, cookies, only = null, quick = false, log = console.log }) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"],
  });
  const browserSession = await browser.newBrowserCDPSession();
  const rows = [];
  try {
    for (const p of FIELD_PAGES.filter((x) => !only || only.some((o) => x.name.toLowerCase().includes(o.toLowerCase())))) {
      const cookie = cookies[p.as];
      const row = { name: p.name, as: p.as, path: p.path ?? null, form: Boolean(p.form) };
      try {
        row.path = await resolvePath(base, cookie, p);
        await measure(row, cookie);
      } catch (e) {
        // One page that does not load (a missing link, a form that never hydrates) is reported, not fatal.
        row.error = e.message.split("\n")[0];
      }
      rows.push(row);
      log(
        row.error
          ? `  ${p.name} (${p.as}) ${row.path ?? ""}: NOT MEASURED: ${row.error}`
          : `  ${p.name} (${p.as}) ${row.path}: first ${kb(row.firstBytes)} kB, repeat ${kb(row.repeatBytes)} kB (HTML ${kb(row.documentBytes)} kB uncompressed), slow 3G heading ${ms(row.repeatHeadingMs)} ms${p.form ? `, form ${ms(row.repeatFormMs)} ms` : ""} (repeat: worker ${ms(row.repeatWorkerMs)}, HTML first byte ${ms(row.repeatFirstByteMs)}, last byte ${ms(row.repeatLastByteMs)} ms)`,
      );
    }
  } finally {
    await browser.close();
  }
  return rows;

  async function measure(row, cookie) {
    const p = FIELD_PAGES.find((x) => x.name === row.name);
    const path = row.path;
    for (const throttle of quick ? [true] : [false, true]) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        locale: "id-ID",
        isMobile: true,
        hasTouch: true,
      });
      await context.addCookies(
        cookie.split("; ").map((c) => {
          const [name, ...v] = c.split("=");
          return { name, value: v.join("="), url: base };
        }),
      );
      const workers = await watchWorkers(browserSession, base);
      let first, precacheBytes, repeat;
      try {
        first = await visit({ context, base, path, form: p.form, throttle, workers });
        precacheBytes = await installed(first.page, workers);
        repeat = await visit({ context, base, path, form: p.form, throttle, workers });
      } finally {
        await workers.close();
        await context.close();
      }
      if (!throttle || quick)
        Object.assign(row, {
          firstBytes: first.result.bytes,
          repeatBytes: repeat.result.bytes,
          documentBytes: repeat.result.documentBytes,
          precacheBytes,
          repeatControlled: repeat.result.controlled,
        });
      if (throttle)
        Object.assign(row, {
          firstHeadingMs: first.result.headingMs,
          firstFormMs: first.result.formMs,
          repeatHeadingMs: repeat.result.headingMs,
          repeatFormMs: repeat.result.formMs,
          repeatWorkerMs: repeat.result.workerMs,
          repeatFirstByteMs: repeat.result.firstByteMs,
          repeatLastByteMs: repeat.result.lastByteMs,
        });
    }
  }
}

const kb = (b) => (b == null ? "—" : (b / 1024).toFixed(1));
const ms = (v) => (v == null ? "—" : String(Math.round(v)));

export function printFieldTable(rows) {
  const head = ["page", "as", "first kB", "repeat kB", "HTML kB raw", "heading ms (1st/rep)", "form ms (1st/rep)"];
  const body = rows.map((r) => [
    r.name,
    r.as,
    kb(r.firstBytes),
    kb(r.repeatBytes),
    kb(r.documentBytes),
    `${ms(r.firstHeadingMs)} / ${ms(r.repeatHeadingMs)}`,
    r.form ? `${ms(r.firstFormMs)} / ${ms(r.repeatFormMs)}` : "—",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i < 2 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const b of body) console.log(line(b));
  const precache = rows.find((r) => r.precacheBytes != null)?.precacheBytes;
  if (precache != null)
    console.log(
      `The worker's install (the precache: app shell and icons) downloads ${kb(precache)} kB once per build, after the first page has loaded.`,
    );
}

/** Goal checks, on the repeat visit (the worker active), as the issue sets them. */
export function checkFieldTargets(rows) {
  const out = [];
  for (const r of rows) {
    if (r.error) {
      out.push({ target: `field page measured: ${r.name}`, met: false, detail: r.error });
      continue;
    }
    out.push({
      target: `repeat-visit bytes ≤ ${FIELD_TARGETS.repeatKb} kB: ${r.name}`,
      met: r.repeatBytes != null && r.repeatBytes <= FIELD_TARGETS.repeatKb * 1024,
      detail: `${kb(r.repeatBytes)} kB (first visit ${kb(r.firstBytes)} kB; its HTML ${kb(r.documentBytes)} kB uncompressed)${r.repeatControlled ? "" : ", NOT controlled by the worker"}`,
    });
    out.push({
      target: `slow 3G: heading ≤ ${FIELD_TARGETS.headingMs} ms: ${r.name}`,
      met: r.repeatHeadingMs != null && r.repeatHeadingMs <= FIELD_TARGETS.headingMs,
      detail: `repeat ${ms(r.repeatHeadingMs)} ms, first ${ms(r.firstHeadingMs)} ms`,
    });
    if (r.form)
      out.push({
        target: `slow 3G: usable form ≤ ${FIELD_TARGETS.formMs} ms: ${r.name}`,
        met: r.repeatFormMs != null && r.repeatFormMs <= FIELD_TARGETS.formMs,
        detail: `repeat ${ms(r.repeatFormMs)} ms, first ${ms(r.firstFormMs)} ms`,
      });
  }
  return out;
}
