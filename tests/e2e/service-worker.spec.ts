// The service worker (docs/decisions/0031-service-worker.md) in Chromium against
// the production build: it installs and controls the page, answers a page load
// without a network with the offline page in the user's language, never answers
// a write, stores nothing but build assets and icons, and a new version takes
// over without touching IndexedDB (where the drafts and the outbox live).
// Tagged @browser-only: the embedded-database pass skips them (they test the
// browser's caches, not the database).
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { login } from "./helpers";

const OFFLINE_ID = "Tidak tersambung ke internet";
const OFFLINE_EN = "You are offline";

/** Waits until a service worker is active and controls this page. */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === "activated", undefined, { timeout: 30_000 });
}

/** Every request URL in Cache Storage, by cache, with its response's content type. */
async function cacheContents(page: Page) {
  return page.evaluate(async () => {
    const out: { cache: string; url: string; type: string | null }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        out.push({ cache: name, url: new URL(request.url).pathname, type: response?.headers.get("content-type") ?? null });
      }
    }
    return out;
  });
}

async function signedInAndControlled(context: BrowserContext, email: string) {
  const page = await context.newPage();
  await login(page, email);
  await controlled(page);
  return page;
}

test("@browser-only offline, a page load gets the offline page in her language; writes are never answered; only static assets are stored", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, locale: "id-ID" });
  const page = await signedInAndControlled(context, "staf.lomboktimur@pekka.demo");
  const posts: { url: string; fromServiceWorker: boolean }[] = [];
  context.on("response", (r) => {
    // The page's own requests (a worker's fetches have no frame).
    if (r.request().method() === "POST" && !r.request().serviceWorker())
      posts.push({ url: r.url(), fromServiceWorker: r.fromServiceWorker() });
  });

  // Online: pages come from the network, through the worker (network only).
  for (const path of ["/kader", "/klik/baru", "/kebijakan"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("h1")).toBeVisible();
  }

  // A server action (the language switch) and a plain POST go to the server, not the worker.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  const plainPost = await page.evaluate(() => fetch("/kebijakan", { method: "POST", body: "x" }).then((r) => r.status));
  expect(plainPost).toBeGreaterThanOrEqual(200);
  expect(posts.length, "the POSTs were seen").toBeGreaterThanOrEqual(3);
  expect(posts.filter((p) => p.fromServiceWorker)).toEqual([]);

  // Cache Storage holds build assets and icons only: no page, no RSC payload, no personal data.
  const stored = await cacheContents(page);
  expect(stored.length, "the app shell is precached").toBeGreaterThan(3);
  const notStatic = stored.filter(
    (e) => !/^\/_next\/static\/|^\/icons\/[\w.-]+\.png$/.test(e.url) || /text\/html|text\/x-component/.test(e.type ?? ""),
  );
  expect(notStatic).toEqual([]);
  expect(stored.some((e) => e.url.startsWith("/icons/"))).toBe(true);

  // Offline: a page load is answered by the worker with the offline page, in Indonesian.
  await context.setOffline(true);
  const offline = await page.goto("/kader?q=siti");
  expect(offline?.fromServiceWorker()).toBe(true);
  expect(offline?.status()).toBe(503);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OFFLINE_ID);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByText("Draf dan kotak keluar di ponsel ini tetap tersimpan", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: "Coba lagi" })).toHaveAttribute("href", "/kader?q=siti");
  // The offline page's own policy: nothing it does is refused (its style is allowed by hash).
  const violations: string[] = [];
  page.on("console", (m) => m.type() === "error" && violations.push(m.text()));
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OFFLINE_ID);
  expect(await page.locator("main").evaluate((el) => getComputedStyle(el).maxWidth)).not.toBe("none");
  expect(violations.filter((v) => /Content Security Policy|Refused/i.test(v))).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath("offline-360.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: testInfo.outputPath("offline-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });

  // Offline, a write fails as without a worker: never answered from a cache or with the offline page.
  const offlinePost = await page.evaluate(() =>
    fetch("/klik/baru", { method: "POST", body: "x" }).then(
      (r) => `answered ${r.status}`,
      () => "network error",
    ),
  );
  expect(offlinePost).toBe("network error");
  // An RSC request (a soft navigation) fails too, so Next falls back to a page load.
  const offlineRsc = await page.evaluate(() =>
    fetch("/kader", { headers: { RSC: "1" } }).then(
      (r) => `answered ${r.status}`,
      () => "network error",
    ),
  );
  expect(offlineRsc).toBe("network error");

  // Back online, "Coba lagi" loads the page she asked for.
  await context.setOffline(false);
  await page.getByRole("link", { name: "Coba lagi" }).click();
  await expect(page).toHaveURL(/\/kader\?q=siti$/);
  await expect(page.getByTestId("current-user")).toBeVisible();
  await context.close();
});

test("@browser-only the offline page is in English for a user whose language is English (the switch's cookie, or her saved choice)", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, locale: "id-ID" });
  const page = await signedInAndControlled(context, "koordinator.aceh@pekka.demo");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // The cookie the language switch set.
  expect((await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("en");
  await context.setOffline(true);
  await page.goto("/rktl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OFFLINE_EN);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Try again" })).toBeVisible();

  // Without the cookie (another phone, where she only signed in): her saved choice, from the last page shown.
  await context.setOffline(false);
  await context.clearCookies({ name: "NEXT_LOCALE" });
  await page.goto("/rktl");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.setOffline(true);
  await page.goto("/fpk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OFFLINE_EN);

  // Leave the account in Indonesian, as the seed made it.
  await context.setOffline(false);
  await page.goto("/rktl");
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await context.close();
});

test("@browser-only a new version of the worker takes over without deleting IndexedDB databases, and removes only older precaches", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, locale: "id-ID" });
  const page = await signedInAndControlled(context, "staf.lomboktimur@pekka.demo");

  // A real draft and a case waiting in the outbox (decision 0030)...
  const draftName = `Inaq Draf Pembaruan ${Date.now().toString(36)}`;
  await page.goto("/kader/baru");
  await page.getByLabel("Nama lengkap").fill(draftName);
  await page.waitForTimeout(800);
  await page.goto("/klik");
  await page.getByTestId("klik-sessions").getByRole("link").first().click();
  await page.getByTestId("desk-REGISTRATION").getByRole("link", { name: "Tambah kasus" }).click();
  await page.getByLabel("Jenis masalah").selectOption({ index: 1 });
  await page.getByLabel("Nama warga").fill(`${draftName} kasus`);
  await page.route("**/kirim/**", (r) => r.abort("internetdisconnected"));
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("entry-queued")).toBeVisible();

  // ...and what the page keeps on the phone in a database of its own, and an older precache.
  await page.evaluate(async () => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open("sw-update-probe", 1);
      open.onupgradeneeded = () => open.result.createObjectStore("drafts", { keyPath: "id" });
      open.onsuccess = () => {
        const tx = open.result.transaction("drafts", "readwrite");
        tx.objectStore("drafts").put({ id: "klik-baru", text: "draf yang belum dikirim" });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
    const old = await caches.open(`pekka-precache-v1-${location.origin}/`);
    await old.put("/_next/static/chunks/old-build.js", new Response("/* old */", { headers: { "Content-Type": "text/javascript" } }));
  });
  const before = await page.evaluate(async () => ({
    scriptURL: navigator.serviceWorker.controller!.scriptURL,
    caches: await caches.keys(),
  }));
  expect(before.caches).toContain(`pekka-precache-v1-${new URL(baseURL!).origin}/`);

  // The next build. A worker's update is fetched by the browser itself, which
  // Playwright's routing does not see, so the new version is registered at
  // another script URL: the browser then installs it as it would new bytes at
  // the old URL (install, skipWaiting, activate with the cleanup, clientsClaim).
  const tookOver = await page.evaluate(async () => {
    const changed = new Promise<boolean>((resolve) => {
      navigator.serviceWorker.addEventListener("controllerchange", () => resolve(true), { once: true });
      setTimeout(() => resolve(false), 30_000);
    });
    await navigator.serviceWorker.register("/sw.js?next-build=1", { scope: "/", updateViaCache: "none" });
    return changed;
  });
  expect(tookOver, "the new worker took over the open page (skipWaiting, clientsClaim)").toBe(true);
  await controlled(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toMatch(/\/sw\.js\?next-build=1$/);
  expect(before.scriptURL).toMatch(/\/sw\.js$/);

  const after = await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    const record = await new Promise<unknown>((resolve, reject) => {
      const open = indexedDB.open("sw-update-probe");
      // An upgrade on opening means the database was deleted: say so rather than create it again.
      open.onupgradeneeded = () => {
        open.transaction!.abort();
        resolve("the database was deleted");
      };
      open.onsuccess = () => {
        const get = open.result.transaction("drafts").objectStore("drafts").get("klik-baru");
        get.onsuccess = () => {
          open.result.close();
          resolve(get.result);
        };
        get.onerror = () => reject(get.error);
      };
      open.onerror = () => reject(open.error);
    });
    return { names, record, caches: await caches.keys() };
  });
  expect(after.names).toContain("sw-update-probe");
  expect(after.record).toEqual({ id: "klik-baru", text: "draf yang belum dikirim" });
  // The older precache is gone; this version's precache is there.
  expect(after.caches).not.toContain(`pekka-precache-v1-${new URL(baseURL!).origin}/`);
  expect(after.caches.some((n) => n.startsWith("pekka-precache-v2-"))).toBe(true);

  // Pages still load, from the network.
  const response = await page.goto("/kader");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("current-user")).toBeVisible();

  // That page load registers /sw.js again (another script URL than the test's "next build"),
  // which installs and takes over in turn; navigating while it does would cut it off. The
  // test registers it too (the browser joins the two into one job), so the wait does not
  // hang on when the page's own registration runs, and says where the worker stood if it
  // never took over.
  const settled = await page.evaluate(async () => {
    const sw = navigator.serviceWorker;
    const done = () => sw.controller?.scriptURL.endsWith("/sw.js") && sw.controller.state === "activated";
    const registration = await sw.register("/sw.js", { scope: "/", updateViaCache: "none" });
    for (let waited = 0; waited < 45_000 && !done(); waited += 100) await new Promise((r) => setTimeout(r, 100));
    const state = (w: ServiceWorker | null) => (w ? `${new URL(w.scriptURL).pathname}${new URL(w.scriptURL).search} ${w.state}` : "none");
    return done()
      ? "taken over"
      : `installing ${state(registration.installing)}, waiting ${state(registration.waiting)}, active ${state(registration.active)}, controller ${state(sw.controller)}`;
  });
  expect(settled, "the page's own /sw.js took over again").toBe("taken over");

  // Her draft is still there for the form, and the waiting case is sent once the signal is back.
  await page.goto("/kader/baru");
  await expect(page.getByTestId("draft-restored")).toBeVisible();
  await expect(page.getByLabel("Nama lengkap")).toHaveValue(draftName);
  await page.unroute("**/kirim/**");
  await page.goto("/kotak-keluar");
  await expect(page.locator("[data-testid=outbox-item]").filter({ hasText: `${draftName} kasus` })).toHaveAttribute(
    "data-state",
    "received",
  );
  await page.evaluate(() => indexedDB.deleteDatabase("sw-update-probe"));
  await context.close();
});
