// Starting the built app as a production server, and signing in over HTTP,
// for the outage drill and the two-instance test (decision 0018). Needs a
// production build (`npm run build`).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { serverNodeOptions } from "./server-memory.mjs";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DEMO_PASSWORD = "demo-pekka-2026";
export const TEST_SECRET = "drill-only-secret-7c2f9a1e4b8d0c6f3a5e9b1d7c4f2a8e";

/** The one line that starts an instance: the production edge server (decision 0014). */
const serverCommand = (port) => [path.join(ROOT, "scripts", "server.mjs"), "-H", "127.0.0.1", "-p", String(port)];

/**
 * Starts one instance on 127.0.0.1:port and waits until /login answers.
 * `publicUrl` is NEXTAUTH_URL (the balancer's address behind a proxy).
 */
export async function startApp({ port, databaseUrl, publicUrl = `http://127.0.0.1:${port}`, env = {}, name = `app:${port}` }) {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build` first.");
  const child = spawn(process.execPath, serverCommand(port), {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: publicUrl,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || TEST_SECRET,
      PEKKA_ALLOW_DEMO_ACCOUNTS: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_OPTIONS: serverNodeOptions(),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so stop() ends next start and any worker it forks
  });
  let log = "";
  child.stdout.on("data", (b) => (log += b));
  child.stderr.on("data", (b) => (log += b));
  const base = `http://127.0.0.1:${port}`;
  const app = {
    name,
    base,
    child,
    log: () => log,
    async stop() {
      if (child.exitCode !== null || child.signalCode) return;
      const done = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* gone */
      }
      await Promise.race([done, sleep(5000)]);
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* gone */
      }
    },
  };
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${log}`);
    try {
      const r = await fetch(`${base}/login`, { redirect: "manual" });
      if (r.status === 200) return app;
    } catch {
      /* not yet */
    }
    await sleep(200);
  }
  await app.stop();
  throw new Error(`${name} did not answer within 60 s:\n${log}`);
}

export function cookiesOf(res) {
  return (res.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);
}

/**
 * Signs in through next-auth's credentials endpoint at `base` (an instance or
 * the balancer). Returns { status, cookie } — cookie is null when refused.
 */
export async function signIn(base, email, password = DEMO_PASSWORD, headers = {}) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = await csrfRes.json();
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: new URL(base).origin },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${base}/` }),
  });
  const session = cookiesOf(res).filter((c) => c.includes("session-token"));
  return { status: res.status, location: res.headers.get("location"), cookie: session.length ? [...jar, ...session].join("; ") : null };
}
