// Accessibility (issue 10, point 10; decision 0020): axe-core on every page of the
// route catalogue as each role, at 360 px and at 1280 px, plus the signed-out
// login page and the phone menu opened. Any serious or critical violation fails,
// listed with page, role, viewport, rule and targets; lesser ones are printed.
//
// CI: one URL per page pattern per role, loaded once, scanned at 360 px (once per
// page shape: a role's own controls make another shape) and, resized to 1280 px,
// once per page pattern. A11Y_FULL=1: every URL the crawl found (up to two per
// pattern: another id, or the filtered list), each width in a fresh load and
// scanned whatever was scanned before, in both languages.
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { LOCALE_COOKIE } from "../../lib/i18n/locales";
import { formatFindings, isFailing, pageShape, scan, type Finding } from "../support/a11y";
import { appRoutes, crawlOnce, ROLE_ACCOUNTS, ROLE_NAMES, routeOf, signIn, type RoleName } from "../support/routes";

const FULL = process.env.A11Y_FULL === "1";
const VIEWPORTS = { "360px": { width: 360, height: 740 }, "1280px": { width: 1280, height: 800 } } as const;
type ViewportName = keyof typeof VIEWPORTS;
type StorageState = Awaited<ReturnType<APIRequestContext["storageState"]>>;
const NOT_FOUND_URL = "/tidak-ada-halaman-ini";

const ROUTES = appRoutes();

/** Shapes (see pageShape) already scanned at a width in this run: a repeat is skipped unless A11Y_FULL. */
const scanned = new Set<string>();

type Tally = { loads: number; scans: number; same: number; scanMs: number };

function check(findings: Finding[], label: string) {
  const dir = path.join(process.cwd(), "test-results", "a11y");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${label.replace(/\W+/g, "-")}.json`), JSON.stringify(findings, null, 1));
  const lesser = findings.filter((f) => !isFailing(f));
  if (lesser.length) console.log(`${label}: ${lesser.length} moderate/minor finding(s)\n${formatFindings(lesser)}`);
  const failing = findings.filter(isFailing);
  expect(failing.length, `serious or critical axe violations (${label}):\n${formatFindings(failing)}`).toBe(0);
}

async function load(page: Page, url: string) {
  const res = await page.goto(url, { waitUntil: "load" });
  expect(res?.status() ?? 0, `${url} answers`).toBeLessThan(url === NOT_FOUND_URL ? 500 : 400);
}

/** Scans the page as it is now, unless a page of the same shape was scanned at this width already. */
async function scanOnce(page: Page, where: { role: string; viewport: string; url: string }, tally: Tally): Promise<Finding[]> {
  // At 1280 px (the desktop layout of the same markup) once per route pattern, whichever role
  // reaches it first; at 360 px, the phone these users have, once per shape (role-specific controls).
  const pattern = routeOf(new URL(where.url.split(" ")[0]!, "http://x").pathname, ROUTES)?.pattern;
  const key = where.viewport === "1280px" && pattern ? `1280px ${pattern}` : `${where.viewport} ${await pageShape(page)}`;
  if (!FULL && scanned.has(key)) {
    tally.same++;
    return [];
  }
  const t0 = Date.now();
  const found = await scan(page, where);
  tally.scans++;
  tally.scanMs += Date.now() - t0;
  scanned.add(key);
  if (process.env.A11Y_VERBOSE) console.log(`${where.role} ${where.viewport} ${where.url}: scan ${Date.now() - t0} ms`);
  // Printed as found too, so a sweep cut short by its timeout still names them.
  if (found.some(isFailing)) console.log(formatFindings(found.filter(isFailing)));
  return found;
}

/** Scans each URL at both widths: one load and a resize (CI), or a fresh load per width (A11Y_FULL). */
async function sweep(
  browser: Browser,
  opts: { baseURL: string; role: string; urls: string[]; storageState?: StorageState; english?: boolean },
) {
  const context = await browser.newContext({ baseURL: opts.baseURL, storageState: opts.storageState, viewport: VIEWPORTS["360px"] });
  if (opts.english) await context.addCookies([{ name: LOCALE_COOKIE, value: "en", url: opts.baseURL }]);
  const page = await context.newPage();
  const findings: Finding[] = [];
  const tally: Tally = { loads: 0, scans: 0, same: 0, scanMs: 0 };
  const names = Object.keys(VIEWPORTS) as ViewportName[];
  for (const url of opts.urls) {
    for (const [i, viewport] of names.entries()) {
      await page.setViewportSize(VIEWPORTS[viewport]);
      if (i === 0 || FULL) {
        await load(page, url);
        tally.loads++;
      }
      findings.push(...(await scanOnce(page, { role: opts.role, viewport, url }, tally)));
    }
  }
  return { context, page, findings, tally };
}

/** The pages (not route handlers) a role reaches: the first URL of each pattern, or all in A11Y_FULL. */
function pagesOf(catalogue: Map<string, string[]>): string[] {
  const routes = appRoutes();
  return [...catalogue.entries()]
    .filter(([pattern]) => routes.find((r) => r.pattern === pattern)?.kind === "page")
    .flatMap(([, urls]) => (FULL ? urls : urls.slice(0, 1)))
    .filter((url) => routeOf(new URL(url, "http://x").pathname, routes)?.kind === "page");
}

test("@sweep axe: the login page, signed out, at 360 and 1280 px, also with a refused sign-in", async ({ browser, baseURL }) => {
  const { context, page, findings, tally } = await sweep(browser, { baseURL: baseURL!, role: "signed out", urls: ["/login"] });
  await page.setViewportSize(VIEWPORTS["360px"]);
  await page.getByLabel("Email").fill("direktur@pekka.demo");
  await page.getByLabel("Kata sandi").fill("bukan-sandinya");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.locator("p[role=alert]")).toBeVisible();
  findings.push(...(await scanOnce(page, { role: "signed out", viewport: "360px", url: "/login (sign-in refused)" }, tally)));
  await context.close();
  check(findings, "signed out");
});

for (const role of ROLE_NAMES) {
  test(`@sweep axe: every page as ${role} at 360 and 1280 px, and the phone menu open`, async ({ browser, baseURL }) => {
    test.setTimeout(FULL ? 1_200_000 : 900_000);
    const started = Date.now();
    const api = await playwrightRequest.newContext({ baseURL });
    await signIn(api, ROLE_ACCOUNTS[role as RoleName]);
    const urls = pagesOf(await crawlOnce(api, role));
    if (role === ROLE_NAMES[0]) urls.push(NOT_FOUND_URL);
    const storageState = await api.storageState();
    await api.dispose();
    const crawled = Date.now();

    const { context, page, findings, tally } = await sweep(browser, { baseURL: baseURL!, role, urls, storageState });
    // The phone menu, opened (a disclosure: its links are hidden until then).
    await page.setViewportSize(VIEWPORTS["360px"]);
    await load(page, "/");
    await page.getByTestId("nav-toggle").click();
    await expect(page.getByTestId("nav-menu")).toBeVisible();
    findings.push(...(await scanOnce(page, { role, viewport: "360px", url: `${page.url().replace(baseURL!, "")} (menu open)` }, tally)));
    await context.close();

    if (FULL) {
      const en = await sweep(browser, { baseURL: baseURL!, role: `${role}, English`, urls, storageState, english: true });
      findings.push(...en.findings);
      for (const k of ["loads", "scans", "same", "scanMs"] as const) tally[k] += en.tally[k];
      await en.context.close();
    }
    console.log(
      `${role}: ${urls.length} pages, ${tally.loads} loads, ${tally.scans} scans (${(tally.scanMs / 1000).toFixed(1)} s), ` +
        `${tally.same} skipped as same shape; crawl ${((crawled - started) / 1000).toFixed(1)} s, total ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    check(findings, role);
  });
}
