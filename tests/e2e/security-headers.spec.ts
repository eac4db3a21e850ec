// Every response carries the security headers (decision 0015): every URL of the
// route catalogue as the role that reached it and signed out, plus 404s,
// redirects, next-auth's endpoints and static build assets. HSTS is checked on
// a second server whose public URL is https.
import { spawn } from "node:child_process";
import { expect, request as playwrightRequest, test, type APIResponse } from "@playwright/test";
import { appRoutes, cachedCrawlAsRoles, ROLE_ACCOUNTS, ROLE_NAMES, routeOf, signIn } from "../support/routes";

const FIXED: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};
const FEATURES_OFF = ["camera", "microphone", "geolocation", "payment", "usb", "serial", "hid", "display-capture"];
const routes = appRoutes();

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

type Kind = "page" | "uploaded" | "generated" | "static";

function kindOf(url: string): Kind {
  const pathname = new URL(url, "http://x").pathname;
  if (pathname.startsWith("/_next/static/")) return "static";
  const route = routeOf(pathname, routes);
  if (route?.kind !== "route" || route.pattern.startsWith("/api/")) return "page";
  return route.pattern === "/berkas/[id]" ? "uploaded" : "generated";
}

/** What is wrong with one response's headers (and, for an HTML page, its script and style tags). */
async function problemsOf(url: string, res: APIResponse, https = false): Promise<string[]> {
  const h = res.headers();
  const out: string[] = [];
  const say = (what: string) => out.push(`${url} (${res.status()}): ${what}`);
  for (const [name, value] of Object.entries(FIXED)) if (h[name] !== value) say(`${name} is ${h[name] ?? "missing"}`);
  const permissions = h["permissions-policy"] ?? "";
  for (const f of FEATURES_OFF) if (!permissions.includes(`${f}=()`)) say(`Permissions-Policy leaves ${f} on`);
  const hsts = h["strict-transport-security"];
  if (https ? hsts !== "max-age=63072000; includeSubDomains" : hsts !== undefined) say(`Strict-Transport-Security is ${hsts ?? "missing"}`);
  const kind = kindOf(url);
  const cache = (h["cache-control"] ?? "").split(",").map((d) => d.trim());
  const csp = h["content-security-policy"];
  if (kind === "static") {
    if (!cache.includes("immutable")) say(`static asset lost its immutable caching: ${h["cache-control"]}`);
    return out;
  }
  if (!cache.includes("no-store")) say(`Cache-Control is ${h["cache-control"] ?? "missing"}, not no-store`);
  if (!csp) return [...out, `${url}: no Content-Security-Policy`];
  const d = directives(csp);
  if (kind === "uploaded") {
    if (!(d.get("default-src")?.join() === "'none'" && d.has("sandbox") && d.get("frame-ancestors")?.join() === "'none'"))
      say(`uploaded file without the sandbox policy: ${csp}`);
    return out;
  }
  if (kind === "generated") {
    if (d.get("frame-ancestors")?.join() !== "'none'" || csp.includes("'unsafe")) say(`generated file policy is ${csp}`);
    return out;
  }
  const script = d.get("script-src") ?? [];
  const nonce = script.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
  if (!nonce) say(`a route handler or page gets no nonce policy (a new file route belongs in lib/http/security-headers.ts): ${csp}`);
  if (!script.includes("'strict-dynamic'") || script.some((s) => s.startsWith("'unsafe-") || !s.startsWith("'")))
    say(`script-src is ${script.join(" ")}`);
  if ((d.get("style-src") ?? []).some((s) => s.startsWith("'unsafe-"))) say(`style-src allows ${d.get("style-src")!.join(" ")}`);
  const expected: Record<string, string> = {
    "default-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
  };
  for (const [name, value] of Object.entries(expected))
    if (d.get(name)?.join(" ") !== value) say(`${name} is ${d.get(name)?.join(" ") ?? "missing"}`);
  if (https !== d.has("upgrade-insecure-requests")) say(`upgrade-insecure-requests ${https ? "missing" : "sent over http"}`);
  if (nonce && (h["content-type"] ?? "").includes("text/html") && res.status() === 200) {
    const html = await res.text();
    for (const tag of html.match(/<(script|style)\b[^>]*>/g) ?? [])
      if (!tag.includes(`nonce="${nonce}"`)) say(`tag without this request's nonce: ${tag.slice(0, 120)}`);
    const styled = html.replace(/<script\b[\s\S]*?<\/script>/g, "").match(/<[a-z][^>]*\sstyle="[^"]*"/g);
    if (styled) say(`style attributes the CSP refuses: ${styled.slice(0, 3).join(" ")}`);
  }
  return out;
}

test("@sweep every response carries the security headers, as each role and signed out", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const started = Date.now();
  const byRole = await cachedCrawlAsRoles(() => playwrightRequest.newContext({ baseURL }));
  const problems: string[] = [];
  let checked = 0;
  const check = async (ctx: Awaited<ReturnType<typeof playwrightRequest.newContext>>, url: string, https = false) => {
    const res = await ctx.get(url, { maxRedirects: 0 });
    problems.push(...(await problemsOf(url, res, https)));
    checked++;
    return res;
  };
  const everyUrl = new Set<string>();
  for (const role of ROLE_NAMES) {
    const ctx = await playwrightRequest.newContext({ baseURL });
    await signIn(ctx, ROLE_ACCOUNTS[role]);
    for (const url of [...byRole.get(role)!.values()].flat()) {
      everyUrl.add(url);
      await check(ctx, url);
    }
    await ctx.dispose();
  }
  const anonymous = await playwrightRequest.newContext({ baseURL });
  for (const url of everyUrl) await check(anonymous, url);
  // A 404, a redirect, next-auth's endpoints, and the static assets a page loads.
  for (const url of ["/halaman-yang-tidak-ada", "/", "/api/auth/session", "/api/auth/csrf", "/berkas/999999999"])
    await check(anonymous, url);
  const login = await check(anonymous, "/login");
  const assets = [...new Set((await login.text()).match(/\/_next\/static\/[^"'\s]+\.(js|css)/g) ?? [])];
  expect(assets.length).toBeGreaterThan(0);
  for (const url of assets.slice(0, 5)) await check(anonymous, url);
  await anonymous.dispose();
  console.log(`security headers: ${checked} responses checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  expect(problems).toEqual([]);
});

test("HSTS and upgrade-insecure-requests are sent when the public URL is https (a second server)", async () => {
  test.setTimeout(120_000);
  const port = Number(process.env.E2E_PORT ?? 3100) + 1;
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/pekka_e2e",
      NEXTAUTH_URL: "https://hub.pekka.example",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-6f1b0c2e9d8a4b7f3e5c1a9d0b2f4e6a",
    },
    stdio: "ignore",
  });
  try {
    const ctx = await playwrightRequest.newContext({ baseURL: base });
    await expect
      .poll(async () => (await ctx.get("/login", { maxRedirects: 0 }).catch(() => null))?.status() ?? 0, { timeout: 60_000 })
      .toBe(200);
    const problems: string[] = [];
    const login = await ctx.get("/login");
    problems.push(...(await problemsOf("/login", login, true)));
    const asset = (await login.text()).match(/\/_next\/static\/[^"'\s]+\.js/)![0];
    problems.push(...(await problemsOf(asset, await ctx.get(asset), true)));
    // A forged forwarding header cannot turn HSTS off: it comes from the configuration.
    problems.push(...(await problemsOf("/", await ctx.get("/", { maxRedirects: 0, headers: { "X-Forwarded-Proto": "http" } }), true)));
    await ctx.dispose();
    expect(problems).toEqual([]);
  } finally {
    server.kill();
  }
});
