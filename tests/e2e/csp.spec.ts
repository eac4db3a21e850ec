// Every page loads in Chromium with the CSP enforced and reports no violation
// (decision 0015): securitypolicyviolation events from an init script, CSP and
// Permissions-Policy messages in the console, and page errors. Next's runtime
// must have run on every page (its scripts carry the nonce), and a client
// component works after a soft navigation.
//
// By default (CI) every pattern is visited once, by the first role that reaches
// it (the HTTP sweep checks every URL's markup as every role for un-nonced tags
// and style attributes); CSP_SWEEP=roles visits the first URL of every pattern
// as each role, CSP_SWEEP=all every URL the catalogue found as each role.
import { expect, request as playwrightRequest, test, type BrowserContext, type Page } from "@playwright/test";
import {
  appRoutes,
  cachedCrawlAsRoles,
  firstUrlPerPattern,
  ROLE_ACCOUNTS,
  ROLE_NAMES,
  routeOf,
  signIn,
  type Catalogue,
  type RoleName,
} from "../support/routes";

const routes = appRoutes();

/** Collects every CSP violation and related console message of the context's pages into `problems`. */
async function watchViolations(context: BrowserContext, page: Page, problems: string[]) {
  await context.exposeBinding("__reportCspViolation", ({ page: p }, v: string) => {
    problems.push(`${p.url()}: ${v}`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  page.on("console", (m) => {
    if (/content.security.policy|refused to|permissions.policy|nonce/i.test(m.text()))
      problems.push(`${page.url()}: console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`${page.url()}: page error: ${e.message}`));
}

async function visit(page: Page, url: string, problems: string[]) {
  const res = await page.goto(url, { waitUntil: "load" });
  if (!res || res.status() >= 500) problems.push(`${url}: status ${res?.status()}`);
  // Next's client runtime sets window.next once its (nonced) scripts have run.
  const runtime = await page.evaluate(
    () => new Promise((r) => setTimeout(() => r(Boolean((window as unknown as { next?: { version?: string } }).next?.version)), 0)),
  );
  if (!runtime) problems.push(`${url}: Next's scripts did not run`);
}

function urlsFor(role: RoleName, byRole: Map<RoleName, Catalogue>): string[] {
  const catalogue = byRole.get(role)!;
  if (process.env.CSP_SWEEP === "all") return [...catalogue.values()].flat();
  if (process.env.CSP_SWEEP === "roles") return firstUrlPerPattern(catalogue);
  const earlier = new Set(ROLE_NAMES.slice(0, ROLE_NAMES.indexOf(role)).flatMap((r) => [...byRole.get(r)!.keys()]));
  return [...catalogue].filter(([pattern]) => !earlier.has(pattern)).map(([, urls]) => urls[0]!);
}

function pagesOf(urls: string[]): string[] {
  return urls.filter((u) => routeOf(new URL(u, "http://x").pathname, routes)?.kind === "page");
}

test.describe("content security policy in the browser", () => {
  for (const role of ROLE_NAMES) {
    test(`@sweep every page as ${role} loads without a CSP violation`, async ({ page, context, baseURL }) => {
      test.setTimeout(300_000);
      const started = Date.now();
      const byRole = await cachedCrawlAsRoles(() => playwrightRequest.newContext({ baseURL }));
      const urls = pagesOf(urlsFor(role, byRole));
      const problems: string[] = [];
      await watchViolations(context, page, problems);
      await signIn(context.request, ROLE_ACCOUNTS[role]);
      for (const url of urls) await visit(page, url, problems);
      console.log(`CSP sweep as ${role}: ${urls.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(problems).toEqual([]);
    });
  }

  test("signing in through the form works under the CSP, and a client component works after a soft navigation", async ({
    page,
    context,
  }) => {
    const problems: string[] = [];
    await watchViolations(context, page, problems);
    await visit(page, "/login", problems);
    await page.getByLabel("Email").fill(ROLE_ACCOUNTS.coordinatorNtb);
    await page.getByLabel("Kata sandi").fill("demo-pekka-2026");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(/\/dasbor\/provinsi/);
    // A marker on window survives only a client-side navigation: the app hydrated.
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await page.getByTestId("nav-toggle").click();
    const menu = page.getByTestId("nav-menu");
    await expect(menu).toBeVisible();
    await menu.getByRole("link", { name: "Kader" }).click();
    await expect(page).toHaveURL(/\/kader$/);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    // The phone menu closes itself after navigating (an effect of the client component).
    await expect(menu).toBeHidden();
    expect(problems).toEqual([]);
  });
});
