// The sweeps (hostile input, headers and CSP, accessibility) visit the URLs the
// route catalogue finds by following each role's links. This proves that the
// catalogue reaches every page and route handler in app/: a new page that no
// role can reach by a link fails here until it is linked (or listed as not crawled).
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { appRoutes, cachedCrawlAsRoles, NOT_CRAWLED } from "../support/routes";
import { DELIVERY_ROUTE } from "../support/deliveries";

test("@sweep the route catalogue reaches every page and route handler of app/", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const byRole = await cachedCrawlAsRoles(() => playwrightRequest.newContext({ baseURL }));
  const reached = new Set(["/login"]);
  for (const catalogue of byRole.values()) for (const pattern of catalogue.keys()) reached.add(pattern);
  const missing = appRoutes()
    // The outbox's delivery route takes POSTs only: the hostile matrix fuzzes it with each form's fields.
    .filter((r) => !NOT_CRAWLED.has(r.pattern) && r.pattern !== DELIVERY_ROUTE && !reached.has(r.pattern))
    .map((r) => `${r.pattern} (${r.file})`);
  expect(missing, "pages or route handlers no role reaches by a link").toEqual([]);
  for (const [role, catalogue] of byRole) {
    console.log(`${role}: ${catalogue.size} patterns, ${[...catalogue.values()].flat().length} URLs`);
  }
});
