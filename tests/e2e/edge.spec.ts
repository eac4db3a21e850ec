// The edge server (scripts/server.mjs) over real HTTP: which address the app
// uses, cross-origin writes, request ids and the log lines. Starts two servers
// of its own on the build and the e2e database, beside Playwright's:
// E2E_PORT+1 trusts no proxy (the default), E2E_PORT+2 runs with
// TRUSTED_PROXIES=127.0.0.1 as if behind a proxy on this machine.
import { test, expect } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";
import { startOwnServer, type LogLine, type OwnServer } from "../support/own-server";

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/pekka_e2e";

type Line = LogLine;
type Server = OwnServer;

/** A server of this spec's own on the e2e database (tests/support/own-server.ts), with the error drill page on. */
const startServer = (port: number, env: Record<string, string>) => startOwnServer(port, DATABASE_URL, { PEKKA_ERROR_DRILL: "1", ...env });

async function stopServer(s: Server | undefined) {
  await s?.stop();
}

/** The log lines of one request id, waiting briefly until the finish line (and any other `msgs`) are there. */
async function linesOf(s: Server, requestId: string, ...msgs: string[]): Promise<Line[]> {
  const wanted = ["request", ...msgs];
  await expect.poll(() => wanted.every((m) => s.lines.some((l) => l.requestId === requestId && l.msg === m))).toBe(true);
  return s.lines.filter((l) => l.requestId === requestId);
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in through next-auth's credentials callback (a same-origin POST, as the browser makes it). */
async function signIn(s: Server, email: string): Promise<string> {
  const csrf = await fetch(`${s.base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${s.base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: s.base, cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true", callbackUrl: `${s.base}/` }),
  });
  const session = cookiesOf(res).filter((c) => c.includes("session-token"));
  expect(session, `sign-in as ${email} (HTTP ${res.status}: ${session.length ? "" : await res.text()})`).not.toHaveLength(0);
  return session.join("; ");
}

/** The id of the language switch's server action, from the login page's no-JS form. */
async function actionIdOf(s: Server): Promise<string> {
  const html = await (await fetch(`${s.base}/login`)).text();
  const id = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(html)?.[1];
  expect(id).toBeTruthy();
  return id!;
}

test.describe("edge server", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });
  let direct: Server | undefined;
  let proxied: Server | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    [direct, proxied] = await Promise.all([
      startServer(BASE_PORT + 1, { TRUSTED_PROXIES: "" }),
      startServer(BASE_PORT + 2, { TRUSTED_PROXIES: "127.0.0.1" }),
    ]);
  });
  test.afterAll(async () => {
    await Promise.all([stopServer(direct), stopServer(proxied)]);
  });

  test("a client's forged forwarding headers change nothing; each request gets an id and one log line", async () => {
    const s = direct!;
    const res = await fetch(`${s.base}/login?next=%2Fkader`, {
      headers: {
        "x-forwarded-for": "203.0.113.50",
        "x-real-ip": "203.0.113.51",
        forwarded: "for=203.0.113.52",
        "x-request-id": "forged-id",
      },
    });
    expect(res.status).toBe(200);
    const id = res.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const [line] = await linesOf(s, id);
    expect(line).toMatchObject({
      level: "info",
      method: "GET",
      route: "/login",
      status: 200,
      userId: null,
      ip: "127.0.0.1",
      requestId: id,
    });
    expect(typeof line!.durationMs).toBe("number");
    expect(s.lines.some((l) => JSON.stringify(l).includes("203.0.113.5"))).toBe(false);
  });

  test("behind a trusted proxy the forwarded address and request id are used", async () => {
    const s = proxied!;
    const res = await fetch(`${s.base}/login`, { headers: { "x-forwarded-for": "6.6.6.6, 198.51.100.23", "x-request-id": "proxy-req-1" } });
    expect(res.headers.get("x-request-id")).toBe("proxy-req-1");
    const [line] = await linesOf(s, "proxy-req-1");
    // proxy-addr: the nearest untrusted address; 6.6.6.6 was written by the client in front of the proxy.
    expect(line).toMatchObject({ ip: "198.51.100.23", status: 200 });
  });

  test("login throttling counts the socket's address, not a forged one; behind a trusted proxy the client's", async () => {
    /** One failed sign-in; returns the app's own "login refused" line (the address the throttle counted). */
    async function failedLogin(srv: Server, forwardedFor: string): Promise<Line> {
      const csrf = await fetch(`${srv.base}/api/auth/csrf`);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const res = await fetch(`${srv.base}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: srv.base,
          cookie: cookiesOf(csrf).join("; "),
          "x-forwarded-for": forwardedFor,
        },
        body: new URLSearchParams({ csrfToken, email: `nobody-${Date.now()}@edge.test`, password: "wrong-password", json: "true" }),
      });
      expect(res.status).toBe(401);
      const id = res.headers.get("x-request-id")!;
      return (await linesOf(srv, id, "login refused")).find((l) => l.msg === "login refused")!;
    }
    expect(await failedLogin(direct!, "203.0.113.60")).toMatchObject({ level: "warn", address: "127.0.0.1", reason: "invalid" });
    expect(await failedLogin(direct!, "203.0.113.61, 127.0.0.1")).toMatchObject({ address: "127.0.0.1" });
    expect(await failedLogin(proxied!, "6.6.6.6, 198.51.100.24")).toMatchObject({ address: "198.51.100.24" });
  });

  test("the request line names the signed-in user, and the route without its query", async () => {
    const s = direct!;
    const cookie = await signIn(s, "koordinator.ntb@pekka.demo");
    const res = await fetch(`${s.base}/kader?q=secret-query&page=2`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const [line] = await linesOf(s, res.headers.get("x-request-id")!);
    expect(line).toMatchObject({ method: "GET", route: "/kader", status: 200 });
    expect(line!.userId).toEqual(expect.any(Number));
    expect(JSON.stringify(line)).not.toContain("secret-query");
  });

  test("a cross-origin server-action POST is refused with 403 and a logged refusal, even with a forged X-Forwarded-Host", async () => {
    for (const s of [direct!, proxied!]) {
      const actionId = await actionIdOf(s);
      const cookie = await signIn(s, "admin@pekka.demo");
      const attempts: Record<string, string>[] = [
        { origin: "https://evil.example" },
        { origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
        { origin: "null" },
        {}, // no Origin at all
      ];
      for (const extra of attempts) {
        const res = await fetch(`${s.base}/login`, {
          method: "POST",
          headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", cookie, "accept-language": "id-ID", ...extra },
          body: JSON.stringify([{ locale: "en" }]),
        });
        expect(res.status, JSON.stringify(extra)).toBe(403);
        const id = res.headers.get("x-request-id")!;
        expect(await res.text()).toContain(`Permintaan ditolak`);
        const lines = await linesOf(s, id, "cross-origin write refused");
        expect(lines.find((l) => l.msg === "cross-origin write refused")).toMatchObject({ level: "warn", method: "POST", route: "/login" });
        expect(lines.find((l) => l.msg === "request")).toMatchObject({ status: 403 });
      }
      // A multipart (no-JS) action form from another site, in English for an English reader.
      const form = new FormData();
      form.set(`$ACTION_ID_${actionId}`, "");
      form.set("locale", "en");
      const res = await fetch(`${s.base}/login`, {
        method: "POST",
        headers: { origin: "https://evil.example", "accept-language": "en", cookie },
        body: form,
      });
      expect(res.status).toBe(403);
      expect(await res.text()).toMatch(/^Request refused/);
    }
  });

  test("the same server action from the public origin still works", async () => {
    const s = direct!;
    const actionId = await actionIdOf(s);
    const form = new FormData();
    form.set(`$ACTION_ID_${actionId}`, "");
    form.set("locale", "en");
    const res = await fetch(`${s.base}/login`, { method: "POST", redirect: "manual", headers: { origin: s.base }, body: form });
    expect(res.status).toBeLessThan(400);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("NEXT_LOCALE=en"))).toBe(true);
  });

  test("an error page is generic, in the user's language, and shows the request id of the log line", async ({ browser }) => {
    const s = direct!;
    const cookie = await signIn(s, "admin@pekka.demo");
    const context = await browser.newContext({ baseURL: s.base });
    const [name, value] = cookie.split("; ")[0]!.split(/=(.*)/s);
    await context.addCookies([{ name: name!, value: value!, url: s.base }]);
    const page = await context.newPage();
    const response = await page.goto("/uji-galat");
    expect(response!.status()).toBe(500);
    await expect(page.getByRole("heading", { name: "Terjadi kesalahan" })).toBeVisible();
    const shown = response!.headers()["x-request-id"]!;
    await expect(page.getByTestId("request-id")).toHaveText(shown);
    await expect(page.locator("body")).not.toContainText("error drill");
    const lines = await linesOf(s, shown, "request error");
    const error = lines.find((l) => l.msg === "request error")!;
    expect(error).toMatchObject({ level: "error", route: "/uji-galat", routeType: "render" });
    await expect(page.getByTestId("error-digest")).toHaveText(String(error.digest));
    // The user is on the request's line (the error line has it only when the page failed after the layout loaded the user).
    expect(lines.find((l) => l.msg === "request")).toMatchObject({ status: 500, userId: expect.any(Number) });
    // One JSON line per error: Next's own print of it is not written as well.
    expect(s.lines.filter((l) => String(l.msg).includes("error drill") && l.msg !== "request error")).toEqual([]);
    await context.close();
  });
});
