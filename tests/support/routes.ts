// The route catalogue shared by the sweeps (hostile input, security headers, CSP,
// accessibility): every page and route handler the app has, found from the files
// in app/, and concrete URLs for each, found by following the links each role
// is shown. A page nobody can reach by a link fails the coverage check, so a new
// page is swept as soon as it exists (tests/e2e/route-catalogue.spec.ts).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

export const DEMO_PASSWORD = "demo-pekka-2026";

/** One demo account per role (and both coordinators: two provinces). */
export const ROLE_ACCOUNTS = {
  admin: "admin@pekka.demo",
  national: "nasional@pekka.demo",
  director: "direktur@pekka.demo",
  coordinatorNtb: "koordinator.ntb@pekka.demo",
  coordinatorAceh: "koordinator.aceh@pekka.demo",
  district: "staf.lomboktimur@pekka.demo",
} as const;
export type RoleName = keyof typeof ROLE_ACCOUNTS;
export const ROLE_NAMES = Object.keys(ROLE_ACCOUNTS) as RoleName[];

export type AppRoute = {
  /** URL pattern with Next's segments, e.g. `/kader/[id]`. */
  pattern: string;
  kind: "page" | "route";
  /** The file that defines it, relative to the project. */
  file: string;
  regex: RegExp;
};

/**
 * Route handlers that are not part of the product's surface: next-auth's own
 * endpoints (exercised by signing in), the benchmark's query counter (404
 * unless PEKKA_COUNT_QUERIES=1) and the error drill (404 unless
 * PEKKA_ERROR_DRILL=1; tests/e2e/edge.spec.ts).
 */
export const NOT_CRAWLED = new Set(["/api/auth/[...nextauth]", "/api/bench/queries", "/uji-galat"]);

/**
 * Route handlers only the app's own JavaScript calls, so no link leads there:
 * the catalogue records these URLs for every signed-in role, and the sweeps
 * fuzz them like any other (the searchable area fields' suggestions).
 */
export const SCRIPT_ROUTES: Record<string, string[]> = {
  "/wilayah/cari": ["/wilayah/cari?q=ma", "/wilayah/cari?q=ma&kabupatenId=1"],
  // An import's progress (components/import/job-progress.tsx): job 1 is the
  // demo's committed kader import, the district staff's; to others it is a 404.
  "/api/jobs/[id]": ["/api/jobs/1"],
  // The header's task count after a navigation (components/tasks/task-count.tsx).
  "/api/tugas": ["/api/tugas"],
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function toRegex(pattern: string): RegExp {
  const body = pattern
    .split("/")
    .map((seg) => {
      if (/^\[\.\.\..+\]$/.test(seg)) return ".+";
      if (/^\[.+\]$/.test(seg)) return "[^/]+";
      return seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  return new RegExp(`^${body || "/"}$`);
}

/** Every page.tsx and route.ts under app/, as URL patterns (route groups removed). */
export function appRoutes(root = process.cwd()): AppRoute[] {
  const appDir = path.join(root, "app");
  return (
    filesUnder(appDir)
      .filter((f) => /\/(page\.tsx|route\.ts)$/.test(f))
      .map((f) => {
        const rel = path.relative(appDir, f).split(path.sep);
        const kind = rel.pop() === "page.tsx" ? ("page" as const) : ("route" as const);
        const segments = rel.filter((s) => !/^\(.+\)$/.test(s));
        const pattern = "/" + segments.join("/");
        return { pattern, kind, file: path.relative(root, f), regex: toRegex(pattern) };
      })
      // Static segments before dynamic ones, so `/klik/baru` is not taken for `/klik/[id]`.
      .sort((a, b) => specificity(b.pattern) - specificity(a.pattern))
  );
}

function specificity(pattern: string): number {
  return pattern.split("/").reduce((n, seg) => n * 3 + (seg.startsWith("[") ? 1 : 2), 1);
}

export function routeOf(pathname: string, routes: AppRoute[]): AppRoute | undefined {
  return routes.find((r) => r.regex.test(pathname));
}

/** Signs the request context in through next-auth's credentials endpoint (cookies stay in the context). */
export async function signIn(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<void> {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true" },
    maxRedirects: 0,
  });
  if (res.status() >= 400) throw new Error(`sign-in of ${email} failed: ${res.status()}`);
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { id?: string } };
  if (!session.user?.id) throw new Error(`sign-in of ${email} gave no session`);
}

/** Concrete URLs by pattern, as found by following links from a role's start pages. */
export type Catalogue = Map<string, string[]>;

const HREF = /href="(\/[^"#]*)"/g;

function decodeHtml(s: string): string {
  return s
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

/**
 * Breadth-first over the links of HTML pages, keeping at most `perPattern`
 * URLs of each pattern (for a static pattern, one without and one with a query
 * string, so a filtered page is swept too). Route handlers are recorded, not fetched.
 */
export async function crawl(
  request: APIRequestContext,
  opts: { start?: string[]; perPattern?: number; maxPages?: number } = {},
): Promise<Catalogue> {
  const routes = appRoutes();
  const perPattern = opts.perPattern ?? 2;
  const maxPages = opts.maxPages ?? 400;
  const found: Catalogue = new Map();
  const seen = new Set<string>();
  const queue = [...(opts.start ?? ["/"])];
  let fetched = 0;
  while (queue.length && fetched < maxPages) {
    const url = queue.shift()!;
    const res = await request.get(url);
    fetched++;
    if (!(res.headers()["content-type"] ?? "").includes("text/html")) continue;
    const html = await res.text();
    for (const m of html.matchAll(HREF)) {
      const href = decodeHtml(m[1]!);
      if (href.startsWith("/_next/") || seen.has(href)) continue;
      seen.add(href);
      const pathname = new URL(href, "http://x").pathname;
      const route = routeOf(pathname, routes);
      if (!route || NOT_CRAWLED.has(route.pattern)) continue;
      const list = found.get(route.pattern) ?? [];
      if (list.length >= perPattern) continue;
      // A further URL of a pattern must add something: another id, or a query string where the first had none.
      const sameShape = list.some((u) => u.includes("?") === href.includes("?"));
      if (sameShape && !route.pattern.includes("[")) continue;
      list.push(href);
      found.set(route.pattern, list);
      if (route.kind === "page") queue.push(href);
    }
  }
  for (const [pattern, urls] of Object.entries(SCRIPT_ROUTES)) if (!found.has(pattern)) found.set(pattern, urls);
  return found;
}

/** Crawls as each role (one signed-in request context per role, made by `newContext`). */
export async function crawlAsRoles(
  newContext: () => Promise<APIRequestContext>,
  roles: readonly RoleName[] = ROLE_NAMES,
): Promise<Map<RoleName, Catalogue>> {
  const out = new Map<RoleName, Catalogue>();
  for (const role of roles) {
    const ctx = await newContext();
    await signIn(ctx, ROLE_ACCOUNTS[role]);
    out.set(role, await crawl(ctx));
    await ctx.dispose();
  }
  return out;
}

/**
 * `crawl` as a signed-in role, done once per Playwright run: the catalogue is
 * kept in test-results/ (which Playwright empties when a run starts), so every
 * sweep of one run visits the same URLs without crawling again.
 */
export async function crawlOnce(request: APIRequestContext, role: RoleName): Promise<Catalogue> {
  const file = catalogueFile(role);
  const stored = readCatalogue(file);
  if (stored) return stored;
  const catalogue = await crawl(request);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify([...catalogue]));
  return catalogue;
}

const catalogueFile = (role: RoleName) => path.join(process.cwd(), "test-results", ".route-catalogue", `${role}.json`);

function readCatalogue(file: string): Catalogue | undefined {
  try {
    return new Map(JSON.parse(readFileSync(file, "utf8")) as [string, string[]][]);
  } catch {
    return undefined;
  }
}

/** crawlAsRoles through the per-run cache of crawlOnce: a role already crawled in this run is not signed in again. */
export async function cachedCrawlAsRoles(
  newContext: () => Promise<APIRequestContext>,
  roles: readonly RoleName[] = ROLE_NAMES,
): Promise<Map<RoleName, Catalogue>> {
  const out = new Map<RoleName, Catalogue>();
  for (const role of roles) {
    const stored = readCatalogue(catalogueFile(role));
    if (stored) {
      out.set(role, stored);
      continue;
    }
    const ctx = await newContext();
    await signIn(ctx, ROLE_ACCOUNTS[role]);
    out.set(role, await crawlOnce(ctx, role));
    await ctx.dispose();
  }
  return out;
}

/** One URL per pattern (the first found): a shorter sweep that still visits every page and route handler. */
export function firstUrlPerPattern(catalogue: Catalogue): string[] {
  return [...catalogue.values()].map((urls) => urls[0]!).filter(Boolean);
}
