// The offline page the service worker builds (service-worker/offline-document.ts):
// in the user's language, scriptless, its style allowed by hash, a same-origin retry link.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import en from "@/messages/en/offline.json";
import id from "@/messages/id/offline.json";
import { OFFLINE_STYLE, offlineCsp, offlineDocument, offlineLocale } from "@/service-worker/offline-document";

describe("the offline page", () => {
  it("picks the language as the app does: the cookie, else the last page's, else Indonesian", () => {
    expect(offlineLocale({})).toBe("id");
    expect(offlineLocale({ cookie: "en" })).toBe("en");
    expect(offlineLocale({ cookie: "en", reported: "id" })).toBe("en");
    expect(offlineLocale({ cookie: null, reported: "en" })).toBe("en");
    expect(offlineLocale({ cookie: "fr", reported: "xx" })).toBe("id");
  });

  it("says she is offline, that drafts and the outbox are kept, and offers a retry, in her language first", () => {
    const html = offlineDocument({ locale: "id", retryHref: "/klik/baru", appName: "Pekka Program Hub" });
    expect(html).toContain('<html lang="id">');
    expect(html.indexOf(id.page.title)).toBeLessThan(html.indexOf(en.page.title));
    expect(html).toContain(id.page.kept);
    expect(html).toContain(`<a href="/klik/baru">${id.page.retry}</a>`);
    expect(html).toContain('<section lang="en">');
    const english = offlineDocument({ locale: "en", retryHref: "/", appName: "Pekka Program Hub" });
    expect(english).toContain('<html lang="en">');
    expect(english).toContain(`<h1>${en.page.title}</h1>`);
  });

  it("has no script, and its only style is the one the CSP allows by hash", () => {
    const html = offlineDocument({ locale: "id", retryHref: "/", appName: "Pekka Program Hub" });
    expect(html).not.toMatch(/<script|\son\w+=|style="/i);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect(styles).toEqual([OFFLINE_STYLE]);
    const hash = createHash("sha256").update(OFFLINE_STYLE).digest("base64");
    const csp = offlineCsp(hash);
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("script-src");
  });

  it("keeps only a same-origin path in the retry link, escaped", () => {
    const link = (retryHref: string) => offlineDocument({ locale: "id", retryHref, appName: "x" }).match(/<a href="([^"]*)">/)![1];
    expect(link("/kader?q=%22a%22&page=2")).toBe("/kader?q=%22a%22&amp;page=2");
    expect(link('/kader?q="><script>')).toBe("/kader?q=&quot;&gt;&lt;script&gt;");
    expect(link("//evil.example/")).toBe("/");
    expect(link("https://evil.example/")).toBe("/");
  });
});
