// The hostile-input matrix (issue 10, point 1; decision 0021): every page, route
// handler and server action of the build, sent hostile values drawn with
// fast-check in its ids, search parameters and form fields. Every answer must
// be a page, a 404 or a redirect (a refused write is its page again with the
// field errors), complete, with no error in the server's log; and a refused
// write must leave every row as it was.
//
// It runs its own server on a database of its own (tests/support/own-server.ts):
// the matrix writes whatever passes validation and fills the sign-in counters
// of 127.0.0.1, which the other specs must not inherit.
// FUZZ_RUNS (default 6) sets the cases per endpoint; FUZZ_SEED replays a run.
import { readFileSync } from "node:fs";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import fc from "fast-check";
import pg from "pg";
import { firstChoiceUrl, formsOf, serverActions, type PageForm } from "../support/forms";
import { applyMutations, hostileBoundArg, hostileSegment, hostileText, hostileValue, mutations, type Mutation } from "../support/hostile";
import { databaseFingerprint, seedDatabase, startOwnServer, type OwnServer } from "../support/own-server";
import { DELIVERIES, DELIVERY_ROUTE } from "../support/deliveries";
import { appRoutes, crawl, DEMO_PASSWORD, NOT_CRAWLED, ROLE_ACCOUNTS, routeOf, signIn, type RoleName } from "../support/routes";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 3;
const DATABASE_URL = `${process.env.E2E_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/pekka_e2e"}_hostile`;
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Every role's pages and forms: some pages and actions only one role reaches (Aceh's coordinator has the draft plan). */
const ROLES: RoleName[] = ["coordinatorNtb", "coordinatorAceh", "national", "district", "admin", "director"];

/**
 * Longer addresses are refused before the app by the proxy in production (nginx:
 * 8 KB) and by Node's parser here (16 KB): one test below checks the words of that refusal.
 */
const MAX_URL = 8000;

/** Allowed answers: a page, a redirect, a 404. */
const ALLOWED = new Set([200, 301, 302, 303, 307, 308, 404]);

type Target = { role: RoleName; url: string; pattern: string; kind: "page" | "route"; queryNames: string[] };
type FormTarget = { role: RoleName; url: string; form: PageForm };

const scanned = new Set<string>();

const detailScans = new Map<string, number>();
const DETAIL_SCAN = 25;

/** The forms and links of a page as a role sees it; an action's form is kept (the first found) for the action matrix. */
async function scanPage(url: string, role: RoleName): Promise<{ forms: PageForm[]; links: string[] }> {
  scanned.add(`${role} ${url}`);
  const html = await (await get(url, role)).text();
  const forms = formsOf(html);
  for (const form of forms) if (form.method === "post") keepActionForm({ role, url, form });
  const links = [...html.matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")).filter((l) => !l.startsWith("/_next/"));
  return { forms, links: [...new Set(links)] };
}

let server: OwnServer;
let db: pg.Client;
const cookies = new Map<RoleName, string>();
const targets: Target[] = [];
/** Up to INSTANCES forms per server action, on different pages: a passing write may remove one (an approved plan has no "return" form). */
const actionForms = new Map<string, FormTarget[]>();
const INSTANCES = 3;

function keepActionForm(f: FormTarget): void {
  if (!f.form.actionId) return;
  const list = actionForms.get(f.form.actionId) ?? [];
  if (list.length < INSTANCES && !list.some((x) => x.url === f.url)) actionForms.set(f.form.actionId, [...list, f]);
}

/** The first kept form of an action that its page still shows, read afresh (a new version, a new state). */
async function liveForm(id: string): Promise<FormTarget | null> {
  for (const f of actionForms.get(id) ?? []) {
    const form = formsOf(await (await get(f.url, f.url === "/login" ? undefined : f.role)).text()).find((x) => x.actionId === id);
    if (form) return { ...f, form };
  }
  return null;
}
const figures = { requests: 0, byStatus: new Map<number, number>(), ms: 0, formsGone: [] as string[] };

/** Seeds the database, starts the server, and crawls every role's pages and their forms. */
async function setUp(): Promise<void> {
  seedDatabase(DATABASE_URL);
  server = await startOwnServer(PORT, DATABASE_URL);
  db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  const routes = appRoutes();
  const seen = new Set<string>();
  for (const role of ROLES) {
    const ctx = await playwrightRequest.newContext({ baseURL: server.base });
    await signIn(ctx, ROLE_ACCOUNTS[role]);
    cookies.set(role, (await ctx.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; "));
    const catalogue = await crawl(ctx);
    await ctx.dispose();
    for (const [pattern, urls] of catalogue) {
      const kind = routes.find((r) => r.pattern === pattern)!.kind;
      for (const url of urls) {
        const queryNames = [...new URL(url, server.base).searchParams.keys()];
        if (kind === "page") {
          // The page's own forms: a search form's fields are the page's parameters; an action's form is fuzzed below.
          const page = await scanPage(url, role);
          for (const form of page.forms) {
            if (form.method !== "get") continue;
            queryNames.push(...form.fields.map((f) => f.name));
            // A picker's first choice leads to the page's form (a new kader's needs a kabupaten; registering one, a search).
            const chosen = firstChoiceUrl(url, form);
            if (chosen && !scanned.has(`${role} ${chosen}`)) await scanPage(chosen, role);
          }
          // Some forms show only in one state (a submitted plan's approval): every linked detail page, up to DETAIL_SCAN a pattern.
          for (const link of page.links) {
            const route = routeOf(new URL(link, server.base).pathname, routes);
            if (route?.kind !== "page" || !route.pattern.includes("[") || scanned.has(`${role} ${link}`)) continue;
            const n = detailScans.get(`${role} ${route.pattern}`) ?? 0;
            if (n >= DETAIL_SCAN) continue;
            detailScans.set(`${role} ${route.pattern}`, n + 1);
            await scanPage(link, role);
          }
        }
        const key = `${role} ${pattern}`;
        if (seen.has(key)) continue;
        seen.add(key);
        targets.push({ role, url, pattern, kind, queryNames: [...new Set(queryNames)] });
      }
    }
  }
  // Signed out: the sign-in page and the language switch on it.
  const loginHtml = await (await get("/login")).text();
  for (const form of formsOf(loginHtml)) keepActionForm({ role: "director", url: "/login", form });
  targets.push({ role: "director", url: "/login", pattern: "/login", kind: "page", queryNames: ["callbackUrl", "error"] });
}

test.afterAll(async () => {
  await db?.end();
  await server?.stop();
  const statuses = [...figures.byStatus]
    .sort()
    .map(([s, n]) => `${s}×${n}`)
    .join(" ");
  console.log(
    `hostile input: seed ${SEED}, ${RUNS} cases per endpoint, ${figures.requests} requests (${statuses}), mean ${Math.round(figures.ms / Math.max(1, figures.requests))} ms`,
  );
  if (figures.formsGone.length) console.log(`cases not sent because a passing write removed the form: ${figures.formsGone.join(", ")}`);
});

async function get(url: string, role?: RoleName): Promise<Response> {
  return fetch(new URL(url, server.base), { redirect: "manual", headers: { cookie: role ? cookies.get(role)! : "", accept: "text/html" } });
}

/** Sends one request and says what is wrong with its answer, or null. */
async function probe(
  url: string,
  init: RequestInit & { role?: RoleName },
): Promise<{ problem: string | null; status: number; body: string }> {
  const t0 = Date.now();
  let res: Response;
  let body: string;
  try {
    res = await fetch(new URL(url, server.base), {
      ...init,
      redirect: "manual",
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: init.role ? cookies.get(init.role)! : "",
        origin: server.base,
        accept: "text/html,*/*",
      },
    });
    body = Buffer.from(await res.arrayBuffer()).toString("utf8");
  } catch (e) {
    return { problem: `no complete answer: ${(e as Error).message}`, status: 0, body: "" };
  } finally {
    figures.requests++;
    figures.ms += Date.now() - t0;
  }
  figures.byStatus.set(res.status, (figures.byStatus.get(res.status) ?? 0) + 1);
  const requestId = res.headers.get("x-request-id");
  const logged = server.lines.find((l) => l.requestId === requestId && l.level === "error");
  const html = (res.headers.get("content-type") ?? "").includes("text/html");
  let problem: string | null = null;
  if (!ALLOWED.has(res.status)) problem = `HTTP ${res.status}`;
  else if (logged)
    problem = `logged an error: ${JSON.stringify((logged.err as { message?: string })?.message ?? logged.msg).slice(0, 300)}`;
  else if (html && res.status !== 304 && body.length > 0 && !/<\/html>\s*$/.test(body)) problem = "the page stream broke off (no </html>)";
  else if (html && /data-testid="error-digest"|<template data-dgst/.test(body)) problem = "an error page or error boundary in the stream";
  return { problem, status: res.status, body };
}

const short = (s: string, max = 160) => (s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s);

/** The URL of a page or route handler with some ids replaced and its query mutated. */
function hostileUrl(t: Target): fc.Arbitrary<string> {
  const u = new URL(t.url, "http://x");
  const segments = u.pathname.split("/");
  const dynamic = t.pattern.split("/").flatMap((seg, i) => (seg.startsWith("[") ? [i] : []));
  const segmentsArb = fc.tuple(
    ...segments.map((seg, i) => (dynamic.includes(i) ? fc.oneof(fc.constant(seg), hostileSegment) : fc.constant(seg))),
  );
  return fc
    .tuple(segmentsArb, mutations(t.queryNames))
    .map(([segs, muts]) => {
      const pairs = applyMutations([...u.searchParams.entries()], muts);
      const query = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
      return `${segs.join("/")}${query ? `?${query}` : ""}`;
    })
    .filter((url) => url.length <= MAX_URL);
}

/** Runs a property over `arb`, returning the failure message (fast-check's, with the seed and shrunk case) or null. */
async function check<T>(arb: fc.Arbitrary<T>, predicate: (v: T) => Promise<void>): Promise<string | null> {
  try {
    await fc.assert(fc.asyncProperty(arb, predicate), { numRuns: RUNS, seed: SEED, endOnFailure: false, interruptAfterTimeLimit: 60_000 });
    return null;
  } catch (e) {
    // fast-check's report: the seed and path to replay, the shrunk case, and what the property threw.
    const lines = (e as Error).message.split("\n");
    const keep = lines.filter((l) => /^\{ seed|^Counterexample/.test(l)).map((l) => short(l, 400));
    const cause = (e as Error).cause;
    return [...keep, `→ ${cause instanceof Error ? cause.message : String(cause)}`].join("\n");
  }
}

/** the matrix covers every page, route handler and server action of the build. */
async function step0(): Promise<void> {
  const patterns = new Set(targets.map((t) => t.pattern));
  const missingRoutes = appRoutes()
    .filter((r) => !NOT_CRAWLED.has(r.pattern) && r.pattern !== DELIVERY_ROUTE && !patterns.has(r.pattern))
    .map((r) => `${r.pattern} (${r.file})`);
  expect.soft(missingRoutes, "pages and route handlers the matrix never reached").toEqual([]);
  const actions = serverActions();
  const missingActions = actions.filter((a) => !actionForms.has(a.id)).map((a) => `${a.name} (${a.file})`);
  expect.soft(missingActions, "server actions no form of any role's pages posts to").toEqual([]);
  // Every exported function of a "use server" file is in the build's manifest, so none escapes the list above.
  const exported = actions
    .map((a) => a.file)
    .filter((f, i, all) => all.indexOf(f) === i)
    .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/^export async function (\w+)/gm)].map((m) => `${m[1]} (${file})`));
  expect.soft(exported.filter((e) => !actions.some((a) => `${a.name} (${a.file})` === e))).toEqual([]);
  console.log(
    `matrix: ${targets.length} page/route URLs over ${patterns.size} patterns, ${actionForms.size}/${actions.length} server actions`,
  );
}

/** hostile ids and search parameters never break a page or route handler. */
async function step1(): Promise<void> {
  const failures: string[] = [];
  for (const t of targets) {
    const failure = await check(hostileUrl(t), async (url) => {
      const r = await probe(url, { method: "GET", role: t.pattern === "/login" ? undefined : t.role });
      if (r.problem) throw new Error(`${r.problem} — GET ${short(url)} as ${t.role}`);
    });
    if (failure) failures.push(`${t.pattern} (${t.role}): ${failure}`);
  }
  expect.soft(failures).toEqual([]);
}

type ActionCase = { muts: Mutation[]; bound?: { index: number; value: unknown }; file?: { name: string; type: string; content: string } };

function actionCase(f: FormTarget): fc.Arbitrary<ActionCase> {
  const names = [...new Set(f.form.fields.filter((x) => !x.name.startsWith("$")).map((x) => x.name))];
  const slot = f.form.boundSlot ? f.form.fields.find((x) => x.name === f.form.boundSlot) : undefined;
  const boundLength = slot ? (JSON.parse(slot.value) as unknown[]).length : 0;
  const file = fc.record({
    name: fc.oneof(
      hostileText.filter((s) => s.length < 300),
      fc.constantFrom("perdes.pdf", "a.pdf.exe", "../../x.pdf"),
    ),
    type: fc.constantFrom("application/pdf", "text/html", "image/svg+xml", "application/octet-stream", ""),
    content: fc.constantFrom("", "%PDF-1.4\n%%EOF\n", "<html><script>alert(1)</script>", "\u0000\u0001\u0002"),
  });
  return fc.record(
    {
      muts: names.length ? mutations(names) : mutations([]),
      bound: boundLength
        ? fc.option(fc.record({ index: fc.nat({ max: boundLength - 1 }), value: hostileBoundArg }), { nil: undefined })
        : fc.constant(undefined),
      file: f.form.fileFields.length ? fc.option(file, { nil: undefined }) : fc.constant(undefined),
    },
    { requiredKeys: ["muts"] },
  );
}

/** The multipart body a browser without JavaScript would post, with the case's changes. */
function actionBody(f: FormTarget, c: ActionCase): FormData {
  const control = f.form.fields.filter((x) => x.name.startsWith("$")).map((x) => [x.name, x.value] as [string, string]);
  const user = applyMutations(
    f.form.fields.filter((x) => !x.name.startsWith("$")).map((x) => [x.name, x.value] as [string, string]),
    c.muts,
  );
  const body = new FormData();
  for (const [k, v] of control) {
    if (c.bound && k === f.form.boundSlot) {
      const args = JSON.parse(v) as unknown[];
      args[c.bound.index] = c.bound.value;
      body.append(k, JSON.stringify(args));
    } else body.append(k, v);
  }
  for (const [k, v] of user) body.append(k, v);
  if (c.file) body.append(f.form.fileFields[0]!, new Blob([c.file.content], { type: c.file.type }), c.file.name);
  return body;
}

/** hostile form fields never break a server action, and a refused write changes nothing. */
async function step2(): Promise<void> {
  const failures: string[] = [];
  const names = new Map(serverActions().map((a) => [a.id, a.name]));
  for (const [id, [f]] of actionForms) {
    const name = names.get(id) ?? id;
    if (name === "signOutAction") continue; // fuzzed last: it ends the session the others use
    // The form as its page shows it now: a write that passed (hostile text can be valid)
    // changes pages, e.g. an approved plan has no approval form any more.
    let current = await liveForm(id);
    let skipped = 0;
    const failure = await check(actionCase(f!), async (c) => {
      if (!current) return void skipped++;
      const before = await databaseFingerprint(db);
      const r = await probe(current.url, {
        method: "POST",
        body: actionBody(current, c),
        role: current.url === "/login" ? undefined : current.role,
      });
      const where = `${name} on ${current.url} as ${current.role} (HTTP ${r.status})`;
      if (r.problem) throw new Error(`${r.problem} — ${where}`);
      if (r.status === 200 && name !== "setLocaleAction") {
        // A write that did not redirect was refused: its page says why, and nothing was saved.
        if (!/role="alert"/.test(r.body)) throw new Error(`answered 200 without saying what was wrong — ${where}`);
        if ((await databaseFingerprint(db)) !== before) throw new Error(`a refused write changed the database — ${where}`);
      } else if (r.status >= 300 && r.status < 400) current = await liveForm(id);
    });
    if (skipped) figures.formsGone.push(`${name} (${skipped})`);
    if (failure) failures.push(`${name}: ${failure}`);
  }
  expect.soft(failures).toEqual([]);
}

/** What the outbox's delivery route may answer (lib/forms/deliver.ts): never a 500. */
const DELIVERY_ALLOWED = new Set([200, 400, 403, 404, 409, 413, 415, 422]);
const DELIVERY_STATES = new Set(["received", "refused", "conflict"]);

/**
 * hostile deliveries from the outbox never break its route, and a refused one changes nothing:
 * each kind with the fields its form posts, mutated, and its bound ids (one of them hostile at times).
 */
async function step2b(): Promise<void> {
  const failures: string[] = [];
  const ids = new Map(serverActions().map((a) => [a.name, a.id]));
  for (const [kind, d] of Object.entries(DELIVERIES)) {
    const id = ids.get(d.action);
    let current = id ? await liveForm(id) : null;
    if (!current) {
      failures.push(`${kind}: no form of ${d.action} found`);
      continue;
    }
    const boundSlot = current.form.fields.find((x) => x.name === current!.form.boundSlot);
    const failure = await check(
      fc.tuple(actionCase(current), fc.option(hostileSegment, { freq: 8, nil: undefined })),
      async ([c, badKind]) => {
        if (!current) return;
        const args = boundSlot ? (JSON.parse(boundSlot.value) as unknown[]) : [];
        if (c.bound) args[c.bound.index] = c.bound.value;
        const body = new FormData();
        for (const [k, v] of applyMutations(
          current.form.fields.filter((x) => !x.name.startsWith("$")).map((x) => [x.name, x.value] as [string, string]),
          c.muts,
        ))
          body.append(k, v);
        body.append("$bound", JSON.stringify(Object.fromEntries(d.bound.map((name, i) => [name, args[i]]))));
        if (c.file) body.append(current.form.fileFields[0]!, new Blob([c.file.content], { type: c.file.type }), c.file.name);
        const before = await databaseFingerprint(db);
        const url = `/kirim/${badKind === undefined ? kind : encodeURIComponent(badKind)}`;
        const r = await probe(url, { method: "POST", body, role: current.role });
        const where = `${url} as ${current.role} (HTTP ${r.status})`;
        if (r.problem && !DELIVERY_ALLOWED.has(r.status)) throw new Error(`${r.problem} — ${where}`);
        if (r.problem && !r.problem.startsWith("HTTP ")) throw new Error(`${r.problem} — ${where}`);
        let answer: { state?: string; formError?: string } = {};
        try {
          answer = JSON.parse(r.body) as typeof answer;
        } catch {
          throw new Error(`not JSON: ${short(r.body)} — ${where}`);
        }
        if (!DELIVERY_STATES.has(answer.state ?? "")) throw new Error(`answered ${short(r.body)} — ${where}`);
        if (r.status === 200) current = (id && (await liveForm(id))) || null;
        else if ((await databaseFingerprint(db)) !== before) throw new Error(`a refused delivery changed the database — ${where}`);
        if (r.status === 422 && !answer.formError) throw new Error(`refused without saying why — ${where}`);
      },
    );
    if (failure) failures.push(`${kind}: ${failure}`);
  }
  expect.soft(failures).toEqual([]);
}

/** hostile sign-in attempts and sign-out never break. */
async function step3(): Promise<void> {
  const csrf = await fetch(`${server.base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const fields = fc.record({
    email: fc.oneof(hostileValue, fc.constant(ROLE_ACCOUNTS.national)),
    password: fc.oneof(hostileValue, fc.constant(DEMO_PASSWORD)),
    csrfToken: fc.oneof(fc.constant(csrfToken), hostileText),
    callbackUrl: fc.oneof(hostileText, fc.constantFrom("https://evil.example/", "//evil.example", "/kader")),
  });
  const failure = await check(fields, async (v) => {
    const r = await probe("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
      body: new URLSearchParams({ ...v, json: "true" }),
    });
    // next-auth answers a refused sign-in with 401 and JSON: allowed here, and only here.
    if (r.problem && !(r.status === 401 || r.status === 403)) throw new Error(`${r.problem} — sign-in ${short(JSON.stringify(v))}`);
  });
  expect.soft(failure).toBeNull();
  const signOut = [...actionForms.values()].map((list) => list[0]!).find((f) => names(f) === "signOutAction");
  expect.soft(signOut, "the sign-out form").toBeTruthy();
  const out = await probe(signOut!.url, {
    method: "POST",
    body: actionBody(signOut!, { muts: [{ kind: "extra", name: "role", value: "ADMIN" }] }),
    role: signOut!.role,
  });
  expect.soft(out.problem).toBeNull();
  expect.soft(out.status).toBe(303);
}

function names(f: FormTarget): string | undefined {
  return serverActions().find((a) => a.id === f.form.actionId)?.name;
}

/** an address too long to parse is refused in words, not with an empty answer. */
async function step4(): Promise<void> {
  const res = await fetch(`${server.base}/kader?q=${"x".repeat(20_000)}`, { headers: { cookie: cookies.get("national")! } });
  expect.soft(res.status).toBe(431);
  const text = await res.text();
  expect.soft(text).toContain("Permintaan terlalu panjang");
  expect.soft(text).toContain("The request is too long");
}

/** the server logged no error during the matrix. */
async function step5(): Promise<void> {
  const errors = server.lines.filter((l) => l.level === "error" || l.level === "fatal" || l.level === "stderr");
  expect
    .soft(errors.map((l) => `${l.route ?? ""} ${JSON.stringify((l.err as { message?: string })?.message ?? l.msg).slice(0, 200)}`))
    .toEqual([]);
}

// One test, so one server, one seed and one log for the whole matrix (a failed
// test would restart the worker, and the log step would read a fresh server's).
test("@sweep hostile input never makes a 500, a broken page or a partial write", async () => {
  test.setTimeout(1_500_000);
  await test.step("crawl every role's pages and forms", setUp);
  await test.step("the matrix covers every page, route handler and server action of the build", step0);
  await test.step("hostile ids and search parameters never break a page or route handler", step1);
  await test.step("hostile form fields never break a server action, and a refused write changes nothing", step2);
  await test.step("hostile deliveries from the outbox never break its route, and a refused one changes nothing", step2b);
  await test.step("hostile sign-in attempts and sign-out never break", step3);
  await test.step("an address too long to parse is refused in words, not with an empty answer", step4);
  await test.step("the server logged no error during the matrix", step5);
});
