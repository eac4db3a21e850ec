import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import {
  contentSecurityPolicy,
  HSTS,
  isHttpsPublicUrl,
  isStaticAsset,
  newNonce,
  policyFor,
  securityHeaders,
} from "@/lib/http/security-headers";
import { proxy } from "@/proxy";

/** The CSP as directive → sources. */
function parseCsp(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe("content security policy", () => {
  const csp = parseCsp(contentSecurityPolicy({ nonce: "abc123==", https: false }));

  it("runs scripts only with the request's nonce: no inline script, no eval", () => {
    const script = csp.get("script-src")!;
    expect(script).toContain("'nonce-abc123=='");
    expect(script).toContain("'strict-dynamic'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(
      script.filter((s) => !s.startsWith("'")),
      "no host sources",
    ).toEqual([]);
  });

  it("allows styles from our stylesheets or with the nonce, never style attributes", () => {
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
  });

  it("locks down plugins, base URLs, framing and form targets", () => {
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("frame-src")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    for (const d of ["img-src", "font-src", "connect-src", "worker-src", "manifest-src"]) expect(csp.get(d), d).toEqual(["'self'"]);
  });

  it("upgrades insecure requests only over https", () => {
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect(parseCsp(contentSecurityPolicy({ nonce: "n", https: true })).has("upgrade-insecure-requests")).toBe(true);
  });

  it("relaxes only what Next's development server needs, and only in development", () => {
    const dev = parseCsp(contentSecurityPolicy({ nonce: "n", https: false, dev: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get("object-src")).toEqual(["'none'"]);
  });
});

describe("file responses", () => {
  const opts = { nonce: "n", https: false };

  it("sandboxes uploaded files and keeps them from being framed", () => {
    const csp = parseCsp(policyFor("/berkas/12", opts));
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.has("sandbox")).toBe(true);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("gives generated files (exports, PDFs) a policy that lets the browser's PDF viewer work but never frames them", () => {
    for (const path of ["/ekspor/kader", "/laporan/pdf", "/rktl/3/poster.pdf"]) {
      const csp = policyFor(path, opts);
      expect(parseCsp(csp).get("frame-ancestors"), path).toEqual(["'none'"]);
      expect(csp, path).not.toContain("'nonce-");
    }
  });

  it("gives every other path, the pages around the files included, the page policy", () => {
    for (const path of ["/", "/rktl/3/poster", "/laporan", "/berkas", "/berkas/1/x", "/ekspor", "/kader/berkas/1"]) {
      expect(policyFor(path, opts), path).toContain("'nonce-n'");
    }
  });
});

describe("nonces", () => {
  it("are 128 random bits, different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const n of [...nonces].slice(0, 20)) expect(atob(n)).toHaveLength(16);
  });
});

describe("security headers", () => {
  const page = securityHeaders({ pathname: "/kader", nonce: "n1", https: false });

  it("sends the fixed headers on every page", () => {
    expect(page).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "X-Frame-Options": "DENY",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cache-Control": "no-store",
    });
    expect(page["Content-Security-Policy"]).toContain("'nonce-n1'");
    for (const f of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(page["Permissions-Policy"]).toContain(`${f}=()`);
  });

  it("sends HSTS only when the public URL is https", () => {
    expect(page["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ pathname: "/", nonce: "n", https: true })["Strict-Transport-Security"]).toBe(HSTS);
    expect(HSTS).toBe("max-age=63072000; includeSubDomains");
  });

  it("keeps static build assets cacheable and without a page policy", () => {
    const asset = securityHeaders({ pathname: "/_next/static/chunks/a.js", nonce: "n", https: true });
    expect(asset["Cache-Control"]).toBeUndefined();
    expect(asset["Content-Security-Policy"]).toBeUndefined();
    expect(asset["X-Content-Type-Options"]).toBe("nosniff");
    expect(asset["Strict-Transport-Security"]).toBe(HSTS);
    expect(isStaticAsset("/_next/static/x.css")).toBe(true);
    expect(isStaticAsset("/_next/data/x")).toBe(false);
    expect(isStaticAsset("/kader/_next/static/x")).toBe(false);
  });

  it("decides https from the configured URL only", () => {
    expect(isHttpsPublicUrl("https://hub.pekka.or.id")).toBe(true);
    expect(isHttpsPublicUrl("http://localhost:3000")).toBe(false);
    expect(isHttpsPublicUrl(undefined)).toBe(false);
    expect(isHttpsPublicUrl("not a url")).toBe(false);
  });
});

describe("proxy", () => {
  const run = (url: string, headers: Record<string, string> = {}) => proxy(new NextRequest(url, { headers }));

  it("puts a fresh nonce in the response CSP and in the request headers Next renders with", async () => {
    const a = await run("http://127.0.0.1/kader", { "x-nonce": "forged", "content-security-policy": "script-src *" });
    const b = await run("http://127.0.0.1/kader");
    const csp = a.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(nonce).not.toBe("forged");
    expect(b.headers.get("content-security-policy")).not.toContain(`'nonce-${nonce}'`);
    // NextResponse.next({ request: { headers } }) passes the rewritten request headers to the renderer this way.
    expect(a.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(a.headers.get("x-frame-options")).toBe("DENY");
  });

  it("sends HSTS when NEXTAUTH_URL is https, whatever the request says", async () => {
    const before = process.env.NEXTAUTH_URL;
    try {
      process.env.NEXTAUTH_URL = "http://hub.example";
      expect((await run("https://hub.example/", { "x-forwarded-proto": "https" })).headers.get("strict-transport-security")).toBeNull();
      process.env.NEXTAUTH_URL = "https://hub.example";
      expect((await run("http://hub.example/")).headers.get("strict-transport-security")).toBe(HSTS);
    } finally {
      if (before === undefined) delete process.env.NEXTAUTH_URL;
      else process.env.NEXTAUTH_URL = before;
    }
  });

  it("leaves static assets' request alone", async () => {
    const res = await run("http://127.0.0.1/_next/static/chunks/a.js");
    expect(res.headers.get("x-middleware-request-x-nonce")).toBeNull();
    expect(res.headers.get("content-security-policy")).toBeNull();
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
