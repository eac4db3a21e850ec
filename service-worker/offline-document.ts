// The offline page: built by the service worker from the message catalogues
// bundled into it (messages/{id,en}/offline.json), so it is never fetched,
// never stored as a page, and always of the worker's own version. No script;
// its one inline style is allowed by hash in its own CSP. Pure, unit-tested
// (tests/unit/service-worker-offline.test.ts).
import en from "../messages/en/offline.json";
import id from "../messages/id/offline.json";

export type OfflineLocale = "id" | "en";

const TEXTS: Record<OfflineLocale, (typeof id)["page"]> = { id: id.page, en: en.page };

const isOfflineLocale = (v: unknown): v is OfflineLocale => v === "id" || v === "en";

/**
 * The language, as the app picks it: the language switch's cookie (NEXT_LOCALE),
 * else the language of the last page this phone showed (the page tells the
 * worker, components/pwa/register-service-worker.tsx; it covers a saved choice
 * without a cookie), else Indonesian.
 */
export function offlineLocale({ cookie, reported }: { cookie?: string | null; reported?: string | null }): OfflineLocale {
  if (isOfflineLocale(cookie)) return cookie;
  if (isOfflineLocale(reported)) return reported;
  return "id";
}

export const OFFLINE_STYLE =
  "body{margin:0;background:#f8fafc;color:#0f172a;font-family:system-ui,sans-serif;line-height:1.5}" +
  "header{background:#115e59;color:#fff;padding:.75rem 1rem;font-weight:600}" +
  "main{max-width:32rem;margin:0 auto;padding:1.5rem 1rem}" +
  "img{display:block;width:3rem;height:3rem;border-radius:.75rem}" +
  "h1{font-size:1.5rem;margin:1rem 0 .5rem}p{margin:.5rem 0;color:#334155}" +
  ".kept{border-left:4px solid #0f766e;background:#f0fdfa;padding:.75rem;color:#134e4a}" +
  "a{display:block;margin:1.5rem 0;padding:.75rem 1rem;border-radius:.25rem;background:#0f766e;color:#fff;text-align:center;font-weight:600;text-decoration:none}" +
  "a:focus{outline:3px solid #f59e0b;outline-offset:2px}" +
  "section{margin-top:2rem;border-top:1px solid #cbd5e1;padding-top:1rem;font-size:.875rem}" +
  "h2{font-size:1rem;margin:0}section p{color:#475569}" +
  "@media (min-width:768px){main{padding-top:3rem}a{display:inline-block}}";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The document in `locale`, with a short note in the other language (a shared
 * phone, or a worker that restarted and forgot the page's language). The retry
 * link loads the page she asked for again; only a same-origin path is kept.
 */
export function offlineDocument({ locale, retryHref, appName }: { locale: OfflineLocale; retryHref: string; appName: string }): string {
  const t = TEXTS[locale];
  const otherLocale: OfflineLocale = locale === "id" ? "en" : "id";
  const other = TEXTS[otherLocale];
  const href = retryHref.startsWith("/") && !retryHref.startsWith("//") ? retryHref : "/";
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
    `<meta name="theme-color" content="#115e59"><title>${escapeHtml(t.title)} · ${escapeHtml(appName)}</title>` +
    `<style>${OFFLINE_STYLE}</style></head><body>` +
    `<header>${escapeHtml(appName)}</header>` +
    `<main><img src="/icons/icon-192.png" alt=""><h1>${escapeHtml(t.title)}</h1>` +
    `<p>${escapeHtml(t.body)}</p><p class="kept">${escapeHtml(t.kept)}</p>` +
    `<a href="${escapeHtml(href)}">${escapeHtml(t.retry)}</a>` +
    `<section lang="${otherLocale}"><h2>${escapeHtml(other.title)}</h2><p>${escapeHtml(other.kept)}</p></section>` +
    `</main></body></html>`
  );
}

/** The offline page's own policy: no script at all, its style by hash, images (the icon) from the app. */
export function offlineCsp(styleHashBase64: string): string {
  return `default-src 'none'; style-src 'sha256-${styleHashBase64}'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}
