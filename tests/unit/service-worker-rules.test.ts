// What the service worker touches (service-worker/request-rules.ts, decision 0031):
// build assets and icons from the cache, page loads from the network with the
// offline page as fallback, and nothing else at all.
import { describe, expect, it } from "vitest";
import { classifyRequest, isPrecacheable, type RequestLike } from "@/service-worker/request-rules";

const ORIGIN = "https://hub.pekka.example";

function req(url: string, { method = "GET", mode = "cors", headers = {} as Record<string, string> } = {}): RequestLike {
  const h = new Headers(headers);
  return { method, url: new URL(url, ORIGIN).href, mode, headers: h };
}
const kind = (r: RequestLike) => classifyRequest(r, ORIGIN);

describe("the service worker's request rules", () => {
  it("serve content-hashed build assets and the icons from the cache", () => {
    expect(kind(req("/_next/static/chunks/main-app-1c04f6a29e1ccc30.js", { mode: "no-cors" }))).toBe("static");
    expect(kind(req("/_next/static/css/d0bd98ba0b592245.css"))).toBe("static");
    expect(kind(req("/icons/icon-192.png", { mode: "no-cors" }))).toBe("static");
  });

  it("send page loads to the network (with the offline page as the fallback)", () => {
    for (const path of ["/", "/dasbor/nasional", "/klik/12/kasus/baru", "/kader?q=siti", "/login"]) {
      expect(kind(req(path, { mode: "navigate" })), path).toBe("page");
    }
  });

  it("never touch a write: POST, PUT, DELETE, a server action", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(kind(req("/klik/baru", { method, mode: "navigate" })), method).toBe("ignore");
      expect(kind(req("/klik/baru", { method })), method).toBe("ignore");
    }
    expect(kind(req("/klik/baru", { method: "POST", headers: { "Next-Action": "7f3a", "Content-Type": "text/plain" } }))).toBe("ignore");
    expect(kind(req("/klik/baru", { headers: { "Next-Action": "7f3a" } }))).toBe("ignore");
  });

  it("never touch RSC payloads (soft navigations, prefetches)", () => {
    expect(kind(req("/kader", { headers: { RSC: "1" } }))).toBe("ignore");
    expect(kind(req("/kader", { headers: { RSC: "1", "Next-Router-Prefetch": "1" } }))).toBe("ignore");
    expect(kind(req("/kader?_rsc=1x2y3"))).toBe("ignore");
    // Even a navigation carrying the flight marker is Next's, not a page load to cache or replace.
    expect(kind(req("/kader?_rsc=1x2y3", { mode: "navigate" }))).toBe("ignore");
  });

  it("never touch route handlers, exports, files and PDFs, even as a page load", () => {
    for (const path of [
      "/api/auth/session",
      "/api/jobs/1",
      "/ekspor/kader?format=csv",
      "/berkas/9",
      "/laporan/pdf",
      "/rktl/3/poster.pdf",
    ]) {
      expect(kind(req(path, { mode: "navigate" })), path).toBe("ignore");
      expect(kind(req(path)), path).toBe("ignore");
    }
  });

  it("never touch other origins, other paths fetched by script, or a malformed URL", () => {
    expect(kind(req("https://cdn.example/_next/static/chunks/x.js"))).toBe("ignore");
    expect(kind(req("https://evil.example/", { mode: "navigate" }))).toBe("ignore");
    expect(kind(req("/wilayah/cari?q=ma"))).toBe("ignore");
    expect(kind(req("/manifest.webmanifest"))).toBe("ignore");
    expect(kind(req("/sw.js"))).toBe("ignore");
    expect(classifyRequest({ method: "GET", url: "not a url", mode: "navigate", headers: new Headers() }, ORIGIN)).toBe("ignore");
  });

  it("let only build assets and icons into the precache list", () => {
    expect(isPrecacheable("/_next/static/chunks/webpack-53fd87397718a930.js")).toBe(true);
    expect(isPrecacheable("/icons/icon-maskable-512.png")).toBe(true);
    for (const url of ["/", "/login", "/dasbor/nasional", "/offline.html", "/icons/x.svg", "/_next/data/x.json"]) {
      expect(isPrecacheable(url), url).toBe(false);
    }
  });
});
