/// <reference lib="webworker" />
// The service worker (docs/decisions/0031-service-worker.md), bundled by
// `serwist build` (serwist.config.mjs) into public/sw.js after `next build`:
// `npm run build` (scripts/build.mjs) does both.
//
// What it does, decided by service-worker/request-rules.ts:
//   - build assets and icons: the app shell (Next's root chunks, the
//     stylesheets, the icons) is precached when the worker installs; any other
//     chunk is kept the first time a page loads it (content-hashed, the same
//     for every user), so a repeat visit downloads only the page itself;
//   - page loads: always the network; when the network fails, the offline page
//     in the user's language (service-worker/offline-document.ts);
//   - everything else, writes and server actions above all, RSC payloads,
//     /api, exports and files: not handled at all.
// It never deletes an IndexedDB database (the drafts and the outbox live
// there) and only deletes Cache Storage caches of its own older precaches.
import { CacheFirst, NetworkOnly, Serwist, setCacheNameDetails, type PrecacheEntry, type SerwistPlugin } from "serwist";
import common from "../messages/id/common.json";
import { OFFLINE_STYLE, offlineCsp, offlineDocument, offlineLocale } from "./offline-document";
import { classifyRequest } from "./request-rules";

declare const self: ServiceWorkerGlobalScope & {
  __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  cookieStore?: { get(name: string): Promise<{ value: string } | null> };
};

/** Chunks kept on first use; the oldest go first beyond this many (a few builds' worth). */
const STATIC_CACHE = "pekka-static-assets";
const STATIC_MAX_ENTRIES = 250;

/** The language of the last page a client showed (it posts it on every load); lost when the worker stops. */
let reportedLocale: string | null = null;
self.addEventListener("message", (event) => {
  const data = event.data as { type?: unknown; locale?: unknown } | null;
  if (data?.type === "pekka:locale" && typeof data.locale === "string") reportedLocale = data.locale;
});

const trimStaticCache: SerwistPlugin = {
  async cacheDidUpdate({ cacheName }) {
    const cache = await self.caches.open(cacheName);
    const keys = await cache.keys(); // in insertion order: the oldest first
    await Promise.all(keys.slice(0, Math.max(0, keys.length - STATIC_MAX_ENTRIES)).map((k) => cache.delete(k)));
  },
};

const styleHash = (async () => {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(OFFLINE_STYLE));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
})();

async function offlineResponse(request: Request): Promise<Response> {
  const cookie = await self.cookieStore
    ?.get("NEXT_LOCALE")
    .then((c) => c?.value ?? null)
    .catch(() => null);
  const locale = offlineLocale({ cookie, reported: reportedLocale });
  const url = new URL(request.url);
  const html = offlineDocument({ locale, retryHref: url.pathname + url.search, appName: common.appName });
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Language": locale,
      "Cache-Control": "no-store",
      "Content-Security-Policy": offlineCsp(await styleHash),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
    },
  });
}

const offlineFallback: SerwistPlugin = {
  handlerDidError: async ({ request }) => offlineResponse(request),
};

// Before the Serwist instance: it names its precache when constructed ("pekka-precache-v2-<scope>").
setCacheNameDetails({ prefix: "pekka" });

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    // Only old *precache* caches of this app are deleted on activation; IndexedDB is never touched.
    cleanupOutdatedCaches: true,
    // No page is precached, so no "clean URL" (/x → /x.html) may ever match one.
    cleanURLs: false,
    directoryIndex: null,
  },
  // A new version takes over at once (docs/decisions/0031): it holds no page
  // state, pages always come from the network, and the drafts and outbox in
  // IndexedDB are the page's, untouched by an update.
  skipWaiting: true,
  clientsClaim: true,
  // No navigation preload: a page load the rules ignore (an export, a file)
  // would then be requested twice, once by the preload and once by the browser.
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ request }) => classifyRequest(request, self.location.origin) === "static",
      handler: new CacheFirst({ cacheName: STATIC_CACHE, plugins: [trimStaticCache] }),
    },
    {
      matcher: ({ request }) => classifyRequest(request, self.location.origin) === "page",
      handler: new NetworkOnly({ plugins: [offlineFallback] }),
    },
  ],
});

self.addEventListener("install", serwist.handleInstall);
self.addEventListener("activate", serwist.handleActivate);
// The rules decide first: a request they ignore never reaches Serwist's router
// (not even its precache route), so the browser handles it as without a worker.
self.addEventListener("fetch", (event) => {
  if (classifyRequest(event.request, self.location.origin) === "ignore") return;
  serwist.handleFetch(event);
});
