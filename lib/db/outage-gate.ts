// The outage gate (decision 0018): while the database does not answer
// (lib/db/health.ts), every request the proxy sees is answered at once with a
// static 503 "try again" page in the user's language, `Retry-After: 5` and
// `Cache-Control: no-store`, instead of waiting for the pool and ending in a
// 500. One function, called first thing in proxy.ts:
//
//   const unavailable = await outageGate(request);
//   if (unavailable) return unavailable;
//
// Let through: a server action called from a form (Next-Action header). The
// client can only show a 503 page as a crash of the whole page, losing the
// form; the action itself fails fast (connect timeout, lib/db/client.ts) and
// runWrite answers with a form error that keeps the input.
import { createHash } from "node:crypto";
import en from "@/messages/en/errors.json";
import id from "@/messages/id/errors.json";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { databaseIsDown } from "./health";

export const RETRY_AFTER_SECONDS = 5;

type GateRequest = { method: string; headers: Headers; nextUrl?: { pathname: string; search: string }; url: string };

const TEXTS: Record<Locale, (typeof id)["unavailable"]> = { id: id.unavailable, en: en.unavailable };

/** The language: the switch's cookie, else the browser's first supported language, else Indonesian. */
export function unavailableLocale(headers: Headers): Locale {
  const cookie = headers.get("cookie") ?? "";
  const fromCookie = cookie.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`))?.[1];
  if (isLocale(fromCookie)) return fromCookie;
  const ranked = (headers.get("accept-language") ?? "")
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { lang: tag.toLowerCase().split("-")[0], q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked.map((x) => x.lang).find(isLocale) ?? DEFAULT_LOCALE;
}

const STYLE =
  "body{font-family:system-ui,sans-serif;margin:0;background:#f8fafc;color:#0f172a}" +
  "main{max-width:32rem;margin:4rem auto;padding:0 1rem;text-align:center}" +
  "h1{font-size:1.5rem}p{color:#475569;line-height:1.5}" +
  "a{display:inline-block;margin-top:1.5rem;padding:.5rem 1rem;border-radius:.25rem;background:#0f766e;color:#fff;text-decoration:none}";
const STYLE_HASH = createHash("sha256").update(STYLE).digest("base64");

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The static 503 page (no script; its one inline style allowed by hash). */
export function unavailableResponse(locale: Locale, retryHref: string, method = "GET"): Response {
  const t = TEXTS[locale];
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(t.title)}</title><style>${STYLE}</style></head>` +
    `<body><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p>` +
    `<a href="${escapeHtml(retryHref)}">${escapeHtml(t.retry)}</a></main></body></html>`;
  return new Response(method === "HEAD" ? null : html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Language": locale,
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
      "Content-Security-Policy": `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
      "X-Content-Type-Options": "nosniff",
      Vary: "Cookie, Accept-Language",
    },
  });
}

/** While the database is down: the 503 page for this request; otherwise undefined (carry on). */
export async function outageGate(request: GateRequest): Promise<Response | undefined> {
  if (request.method === "POST" && request.headers.has("next-action")) return undefined;
  if (!(await databaseIsDown())) return undefined;
  const url = request.nextUrl ?? new URL(request.url);
  // Retry the same page; after a POST (e.g. the login form) the page it came from is a GET of the same path.
  return unavailableResponse(
    unavailableLocale(request.headers),
    url.pathname + (request.method === "GET" ? url.search : ""),
    request.method,
  );
}
