// The security headers every response carries, as pure functions of the request
// path, a per-request nonce and whether the public URL is https (decision 0015).
// proxy.ts only composes these; the unit tests check them directly.

/** Paths Next serves from the build with immutable caching: no CSP, no no-store. */
export function isStaticAsset(pathname: string): boolean {
  return pathname.startsWith("/_next/static/");
}

/** HSTS only when the configured public URL is https; a request header cannot change it. */
export function isHttpsPublicUrl(publicUrl: string | undefined): boolean {
  if (!publicUrl) return false;
  try {
    return new URL(publicUrl).protocol === "https:";
  } catch {
    return false;
  }
}

/** 128 random bits, base64: fresh for every request. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export type CspOptions = { nonce: string; https: boolean; dev?: boolean };

/**
 * The page policy. Scripts run only with this request's nonce ('strict-dynamic'
 * lets Next's nonced scripts load their chunks); styles come from our own
 * stylesheets or a nonced <style>, never from style attributes.
 */
export function contentSecurityPolicy({ nonce, https, dev = false }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'self' is ignored by browsers that know 'strict-dynamic'; it is the fallback for those that do not.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // In development Next injects styles without a nonce; a nonce would disable 'unsafe-inline'.
    ["style-src", "'self'", ...(dev ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["img-src", "'self'"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    // The service worker (public/sw.js) and the web app manifest: explicit, because with
    // 'strict-dynamic' a worker would otherwise fall back to script-src, where 'self' is ignored.
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ["frame-src", "'none'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? ([["upgrade-insecure-requests"]] as [string][]) : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Powerful features the app never uses, off for the page and anything it embeds. */
export const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * Stored uploads (policy evidence, guides) come from users: nothing in them may
 * run, even if a browser were tricked into rendering one (decision 0009).
 */
export const UPLOADED_FILE_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

/**
 * Files the app generates (CSV, Excel, PDF). No page policy: Chrome's PDF viewer
 * for an inline PDF is an <embed> with inline styles in a synthetic page, which
 * object-src/style-src would block. They hold no markup of a user's; they must
 * only never be framed.
 */
export const GENERATED_FILE_CSP = "frame-ancestors 'none'";

/** The route handlers that answer with a file; every other response is a page (HTML, JSON or a redirect). */
const UPLOADED_FILES = [/^\/berkas\/[^/]+$/];
const GENERATED_FILES = [/^\/ekspor\/[^/]+$/, /^\/laporan\/pdf$/, /^\/rktl\/[^/]+\/poster\.pdf$/];

/** The policy for a path: the page policy with the nonce, or one of the file policies. */
export function policyFor(pathname: string, options: CspOptions): string {
  if (UPLOADED_FILES.some((r) => r.test(pathname))) return UPLOADED_FILE_CSP;
  if (GENERATED_FILES.some((r) => r.test(pathname))) return GENERATED_FILE_CSP;
  return contentSecurityPolicy(options);
}

export type HeaderOptions = { pathname: string; nonce: string; https: boolean; dev?: boolean };

/**
 * The response headers for one request. Static build assets get the headers
 * that matter for a file (and keep Next's immutable caching); everything else,
 * every page, route handler, redirect and 404, also gets a CSP and no-store
 * (this replaces a Cache-Control or CSP the route sets itself: Next applies the
 * proxy's response headers last).
 */
export function securityHeaders({ pathname, nonce, https, dev }: HeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
  if (https) headers["Strict-Transport-Security"] = HSTS;
  if (isStaticAsset(pathname)) return headers;
  headers["Content-Security-Policy"] = policyFor(pathname, { nonce, https, dev });
  headers["Cache-Control"] = "no-store";
  return headers;
}
