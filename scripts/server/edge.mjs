// The edge of every request (docs/decisions/0014-edge-server.md): which peer
// to believe, what the app is told about the client, and which writes come
// from a foreign origin. Pure functions over a Node request's socket address
// and headers, so that they can be unit-tested without a server.
import { randomUUID } from "node:crypto";
import proxyaddr from "proxy-addr";

/** Headers a client can set to claim another address, host or scheme. */
export const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** TRUSTED_PROXIES → the list proxy-addr compiles: IPs, CIDRs, or loopback/linklocal/uniquelocal. Throws on a bad entry. */
export function parseTrustedProxies(value) {
  const list = String(value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  proxyaddr.compile(list); // validates (throws TypeError "invalid IP address: …")
  return list;
}

/**
 * The edge's configuration: `trustedProxies` (TRUSTED_PROXIES, default none)
 * and `publicUrl` (NEXTAUTH_URL), whose origin is the only one allowed to write.
 */
export function createEdge({ trustedProxies = "", publicUrl }) {
  const list = parseTrustedProxies(trustedProxies);
  const trust = proxyaddr.compile(list);
  const url = new URL(publicUrl);
  const publicOrigin = url.origin;
  const proto = url.protocol.replace(/:$/, "");
  const defaultPort = proto === "https" ? "443" : "80";
  return {
    trustedProxies: list,
    publicOrigin,
    allowedOrigins: new Set([publicOrigin, ...loopbackAliases(url)]),
    public: { host: url.host, proto, port: url.port || defaultPort },
    trust,
  };
}

/** http://localhost:3000 also answers as 127.0.0.1:3000 and [::1]:3000 (the demo on a laptop). */
function loopbackAliases(url) {
  const names = ["localhost", "127.0.0.1", "[::1]"];
  if (!names.includes(url.hostname)) return [];
  const port = url.port ? `:${url.port}` : "";
  return names.map((n) => `${url.protocol}//${n}${port}`);
}

function first(value) {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" ? v.split(",")[0].trim() : "";
}

/** Strips the IPv4-mapped prefix (::ffff:1.2.3.4 → 1.2.3.4) so that one client has one address. */
export function normalizeAddress(address) {
  if (!address) return "unknown";
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/**
 * What the edge concludes about one request. `peer` is the socket's remote
 * address; `headers` the request's (lower-case) headers, as the client sent them.
 * From an untrusted peer nothing forwarded is believed; from a trusted one the
 * client address is computed the way proxy-addr does (the nearest untrusted
 * address in X-Forwarded-For), and host/proto/port/request id come from its headers.
 */
export function resolveRequest(edge, peer, headers) {
  const trusted = Boolean(peer) && edge.trust(peer, 0);
  const req = { connection: { remoteAddress: peer }, socket: { remoteAddress: peer }, headers };
  const clientIp = normalizeAddress(trusted ? proxyaddr(req, edge.trust) : peer);
  let { host, proto, port } = edge.public;
  let requestId = "";
  if (trusted) {
    const fHost = first(headers["x-forwarded-host"]);
    const fProto = first(headers["x-forwarded-proto"]).toLowerCase();
    const fPort = first(headers["x-forwarded-port"]);
    const fId = first(headers["x-request-id"]);
    if (fHost && HOST.test(fHost)) host = fHost;
    if (fProto === "http" || fProto === "https") proto = fProto;
    if (/^\d{1,5}$/.test(fPort)) port = fPort;
    else if (fProto && fHost) port = /:(\d+)$/.exec(fHost)?.[1] ?? (proto === "https" ? "443" : "80");
    if (REQUEST_ID.test(fId)) requestId = fId;
  }
  return { peer: normalizeAddress(peer), trusted, clientIp, host, proto, port, requestId: requestId || randomUUID() };
}

/**
 * Rewrites the headers the app reads, in place: every forwarding header is
 * dropped and replaced by the edge's single answer, so app code never parses
 * a client-controlled chain (x-forwarded-for is one address).
 */
export function applyToHeaders(headers, resolved) {
  for (const h of FORWARDING_HEADERS) delete headers[h];
  headers["x-forwarded-for"] = resolved.clientIp;
  headers["x-forwarded-host"] = resolved.host;
  headers["x-forwarded-proto"] = resolved.proto;
  headers["x-forwarded-port"] = resolved.port;
  headers["x-request-id"] = resolved.requestId;
}

/** A request Next may treat as a server action: a Next-Action header, or any multipart POST (a no-JS form's $ACTION_ID_ field). */
export function mayBeServerAction(method, headers) {
  if (method !== "POST") return false;
  if (headers["next-action"] !== undefined) return true;
  return /^multipart\/form-data/i.test(first(headers["content-type"]));
}

/**
 * Why a write must be refused, or null. Writes (any method but GET/HEAD/OPTIONS)
 * must come from the public origin. A write without Origin is refused when it
 * may be a server action or when the browser says it is cross-site; other
 * Origin-less writes (scripts, next-auth's own CSRF-token-protected POSTs from
 * tools) pass. Never consults X-Forwarded-Host: a forged one changes nothing.
 */
export function originRefusal(edge, method, headers) {
  if (SAFE_METHODS.has(method)) return null;
  const origin = headers.origin;
  if (origin === undefined) {
    if (mayBeServerAction(method, headers)) return "missing-origin";
    if (first(headers["sec-fetch-site"]) === "cross-site") return "cross-site";
    return null;
  }
  if (typeof origin !== "string" || !edge.allowedOrigins.has(origin)) return "foreign-origin";
  return null;
}

/**
 * Where to send a request whose path does not decode (`/kader/%FF`): Next
 * answers those with a bare 500, but such an address names nothing, so the
 * app's own "not found" page is the truthful answer. Null when the path is fine.
 */
export const UNDECODABLE_PATH_TARGET = "/tidak-ditemukan";
export function undecodablePathTarget(url) {
  const pathname = String(url ?? "/").split("?")[0];
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return null;
  } catch {
    return UNDECODABLE_PATH_TARGET;
  }
}
