// Which requests the service worker touches, and how (docs/decisions/0031-service-worker.md).
// Pure, so the rules are unit-tested (tests/unit/service-worker-rules.test.ts)
// and the worker (service-worker/sw.ts) cannot drift from them.
//
// Every page of the app is rendered per user, carries personal data and a
// fresh CSP nonce, and a phone may be shared: no page, RSC payload, route
// handler answer or file is ever stored. The worker only
//   - serves build assets (content-hashed, the same for every user) and the
//     app icons from Cache Storage, and
//   - answers a page load the network cannot answer with the offline page.
// Everything else never reaches a worker handler: the browser fetches it as
// if there were no service worker (writes and server actions above all).

/** What the worker does with a request. */
export type RequestKind =
  /** Not handled: no respondWith, the browser goes to the network itself. */
  | "ignore"
  /** A build asset or icon: from Cache Storage, else the network (then kept). */
  | "static"
  /** A page load: network only; on a network failure, the offline page. */
  | "page";

export type RequestLike = {
  method: string;
  url: string;
  /** Request.mode: "navigate" for a page load (address bar, link, form GET, reload). */
  mode: string;
  headers: { get(name: string): string | null };
};

/** Route handlers with personal data or generated files: never touched, even when loaded as a page. */
const NEVER_TOUCHED = [/^\/api\//, /^\/ekspor\//, /^\/berkas\//, /^\/laporan\/pdf$/, /\.pdf$/];

/** Content-hashed build output (Next's immutable assets) and the app icons. */
const STATIC = [/^\/_next\/static\//, /^\/icons\/[\w.-]+\.png$/];

export function classifyRequest(request: RequestLike, origin: string): RequestKind {
  // Writes (forms, server actions, sign-in, the outbox's sends) are never answered by the worker.
  if (request.method !== "GET") return "ignore";
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return "ignore";
  }
  if (url.origin !== origin) return "ignore";
  // A server action is a POST, but a Next-Action header on anything means Next's runtime is talking.
  if (request.headers.get("next-action") !== null) return "ignore";
  // RSC (flight) payloads of soft navigations and prefetches: per user, never cached. On a
  // network failure they fail, and Next falls back to a hard navigation, which gets the offline page.
  if (request.headers.get("rsc") !== null || request.headers.get("next-router-prefetch") !== null || url.searchParams.has("_rsc")) {
    return "ignore";
  }
  if (NEVER_TOUCHED.some((r) => r.test(url.pathname))) return "ignore";
  if (STATIC.some((r) => r.test(url.pathname))) return "static";
  if (request.mode === "navigate") return "page";
  return "ignore";
}

/** What the build may put in the precache list: build assets and icons, never a page (checked by serwist.config.mjs too). */
export function isPrecacheable(url: string): boolean {
  return STATIC.some((r) => r.test(url));
}
