// The edge's pure logic (scripts/server/edge.mjs): which forwarding headers are
// believed, what the app is told, which writes are refused.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FORWARDING_HEADERS,
  applyToHeaders,
  createEdge,
  originRefusal,
  parseTrustedProxies,
  resolveRequest,
} from "../../scripts/server/edge.mjs";
import { localeOf, refusalBody } from "../../scripts/server/refusal.mjs";
import { clientAddress } from "@/lib/auth/options";
import { parseEnv } from "@/lib/env";

const PUBLIC = "https://hub.pekka.or.id";
const untrusting = createEdge({ publicUrl: PUBLIC });
const behindProxy = createEdge({ publicUrl: PUBLIC, trustedProxies: "10.0.0.0/8, 127.0.0.1" });

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join("."));
const forged = fc.record({
  "x-forwarded-for": fc.array(ipv4, { minLength: 1, maxLength: 4 }).map((a) => a.join(", ")),
  "x-forwarded-host": fc.constantFrom("evil.example", "hub.pekka.or.id", "localhost:3000"),
  "x-forwarded-proto": fc.constantFrom("http", "https", "gopher"),
  "x-forwarded-port": fc.constantFrom("80", "443", "8443"),
  "x-real-ip": ipv4,
  forwarded: ipv4.map((ip) => `for=${ip};host=evil.example;proto=http`),
  "x-request-id": fc.constantFrom("forged-id", "abc123"),
});

describe("an untrusted peer", () => {
  it("cannot change the client address, host, scheme or request id with any forwarding header", () => {
    fc.assert(
      fc.property(ipv4, forged, (peer, headers) => {
        const r = resolveRequest(untrusting, peer, { ...headers });
        expect(r.trusted).toBe(false);
        expect(r.clientIp).toBe(peer);
        expect([r.host, r.proto, r.port]).toEqual(["hub.pekka.or.id", "https", "443"]);
        expect(r.requestId).not.toBe(headers["x-request-id"]);
        const h: Record<string, unknown> = { ...headers };
        applyToHeaders(h, r);
        expect(h["x-forwarded-for"]).toBe(peer);
        expect(h["x-forwarded-host"]).toBe("hub.pekka.or.id");
        expect(h["x-real-ip"]).toBeUndefined();
        expect(h.forwarded).toBeUndefined();
        // What login throttling sees: the peer, whatever was forged.
        expect(clientAddress(h)).toBe(peer);
      }),
    );
  });

  it("is an untrusted peer even on loopback unless TRUSTED_PROXIES names it (default: none)", () => {
    expect(resolveRequest(untrusting, "127.0.0.1", { "x-forwarded-for": "1.2.3.4" }).clientIp).toBe("127.0.0.1");
    expect(resolveRequest(untrusting, "::ffff:127.0.0.1", {}).clientIp).toBe("127.0.0.1");
  });
});

describe("a trusted proxy", () => {
  it("reports the client: the nearest untrusted address in X-Forwarded-For, as proxy-addr computes it", () => {
    const r = resolveRequest(behindProxy, "10.1.2.3", { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.9.9.9" });
    expect(r.trusted).toBe(true);
    // 10.9.9.9 is trusted, 203.0.113.9 is the first untrusted hop; 6.6.6.6 was written by the client.
    expect(r.clientIp).toBe("203.0.113.9");
    expect(resolveRequest(behindProxy, "::ffff:127.0.0.1", { "x-forwarded-for": "198.51.100.7" }).clientIp).toBe("198.51.100.7");
    expect(resolveRequest(behindProxy, "10.1.2.3", {}).clientIp).toBe("10.1.2.3");
  });

  it("passes its host, scheme, port and a well-formed request id; never a malformed one", () => {
    const r = resolveRequest(behindProxy, "10.0.0.2", {
      "x-forwarded-for": "198.51.100.7",
      "x-forwarded-host": "hub.pekka.or.id",
      "x-forwarded-proto": "https",
      "x-request-id": "nginx-42",
    });
    expect([r.host, r.proto, r.port, r.requestId]).toEqual(["hub.pekka.or.id", "https", "443", "nginx-42"]);
    const bad = resolveRequest(behindProxy, "10.0.0.2", {
      "x-forwarded-host": "a b",
      "x-forwarded-proto": "gopher",
      "x-request-id": "x".repeat(200),
    });
    expect([bad.host, bad.proto]).toEqual(["hub.pekka.or.id", "https"]);
    expect(bad.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("TRUSTED_PROXIES", () => {
  it("accepts IPs, CIDRs and proxy-addr's names, and refuses anything else", () => {
    expect(parseTrustedProxies(" 10.0.0.0/8 ,::1, loopback,")).toEqual(["10.0.0.0/8", "::1", "loopback"]);
    expect(parseTrustedProxies(undefined)).toEqual([]);
    for (const bad of ["10.0.0.0/33", "proxy.example", "*"]) expect(() => parseTrustedProxies(bad)).toThrow();
    const base = { DATABASE_URL: "postgres://u@h/d" };
    expect(parseEnv({ ...base, TRUSTED_PROXIES: "10.0.0.1,fd00::/8" }).success).toBe(true);
    expect(parseEnv({ ...base, TRUSTED_PROXIES: "everyone" }).success).toBe(false);
  });
});

describe("cross-origin writes", () => {
  const action = { "next-action": "4012e7", "content-type": "text/plain;charset=UTF-8" };

  it("pass from the public origin and for safe methods", () => {
    expect(originRefusal(untrusting, "POST", { ...action, origin: PUBLIC })).toBeNull();
    expect(originRefusal(untrusting, "GET", { origin: "https://evil.example" })).toBeNull();
    expect(originRefusal(untrusting, "HEAD", {})).toBeNull();
  });

  it("are refused from any other origin, whatever X-Forwarded-Host says", () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.constantFrom("POST", "PUT", "PATCH", "DELETE"), (url, method) => {
        const origin = new URL(url).origin;
        fc.pre(origin !== PUBLIC);
        const host = new URL(url).host;
        expect(originRefusal(untrusting, method, { origin, "x-forwarded-host": host, host })).toBe("foreign-origin");
        expect(originRefusal(behindProxy, method, { origin, "x-forwarded-host": host })).toBe("foreign-origin");
      }),
    );
    expect(originRefusal(untrusting, "POST", { origin: "null" })).toBe("foreign-origin");
    expect(originRefusal(untrusting, "POST", { origin: "http://hub.pekka.or.id" })).toBe("foreign-origin");
  });

  it("refuses a server action without Origin (Next-Action header or a multipart form), not other Origin-less posts", () => {
    expect(originRefusal(untrusting, "POST", action)).toBe("missing-origin");
    expect(originRefusal(untrusting, "POST", { "content-type": "multipart/form-data; boundary=x" })).toBe("missing-origin");
    expect(originRefusal(untrusting, "POST", { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "cross-site" })).toBe(
      "cross-site",
    );
    // next-auth's credentials callback from a script: protected by its CSRF token.
    expect(originRefusal(untrusting, "POST", { "content-type": "application/x-www-form-urlencoded" })).toBeNull();
  });

  it("treat localhost, 127.0.0.1 and [::1] on the same port as one origin (the demo on a laptop)", () => {
    const local = createEdge({ publicUrl: "http://localhost:3000" });
    for (const o of ["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"])
      expect(originRefusal(local, "POST", { origin: o })).toBeNull();
    expect(originRefusal(local, "POST", { origin: "http://127.0.0.1:3001" })).toBe("foreign-origin");
    expect(originRefusal(untrusting, "POST", { origin: "https://127.0.0.1" })).toBe("foreign-origin");
  });

  it("answer in the user's language with the request id", () => {
    expect(localeOf({ cookie: "a=1; NEXT_LOCALE=en" })).toBe("en");
    expect(localeOf({ "accept-language": "en-US,en;q=0.9" })).toBe("en");
    expect(localeOf({ "accept-language": "id-ID" })).toBe("id");
    expect(localeOf({})).toBe("id");
    expect(refusalBody({}, "rid-1")).toMatch(/^Permintaan ditolak.*\nID permintaan: rid-1\n$/s);
    expect(refusalBody({ "accept-language": "en" }, "rid-2")).toMatch(/^Request refused.*\nRequest ID: rid-2\n$/s);
  });
});

it("lists every header a client can use to claim another address", () => {
  expect(FORWARDING_HEADERS).toEqual(
    expect.arrayContaining(["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"]),
  );
});

describe("requests the app cannot read", () => {
  it("sends a path that does not decode to the not-found page, and leaves every other path alone", async () => {
    const { undecodablePathTarget, UNDECODABLE_PATH_TARGET } = await import("../../scripts/server/edge.mjs");
    for (const url of ["/kader/%FF", "/kader/%E0%A4%A", "/%C0%AF?x=1", "/rktl/abc%"])
      expect(undecodablePathTarget(url), url).toBe(UNDECODABLE_PATH_TARGET);
    for (const url of ["/", "/kader/12", "/kader?q=%FF", "/kader/%20x", "/rktl/1/poster.pdf"])
      expect(undecodablePathTarget(url), url).toBeNull();
  });

  it("answers an unparseable request in both languages, with a status that says why", async () => {
    const { clientErrorResponse } = await import("../../scripts/server/refusal.mjs");
    const tooLarge = clientErrorResponse("HPE_HEADER_OVERFLOW");
    expect(tooLarge).toMatch(/^HTTP\/1\.1 431 /);
    expect(tooLarge).toContain("Permintaan terlalu panjang");
    expect(tooLarge).toContain("The request is too long");
    const body = tooLarge.split("\r\n\r\n")[1]!;
    expect(tooLarge).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
    expect(clientErrorResponse("HPE_INVALID_METHOD")).toMatch(/^HTTP\/1\.1 400 [\s\S]*tidak dapat dibaca/);
  });
});
