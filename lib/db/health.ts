// Does the database answer? One process-wide answer, shared by the proxy's
// outage gate (lib/db/outage-gate.ts) and the Prisma client's error handling
// (lib/db/outage.ts), kept on globalThis because Next bundles the proxy and
// the pages separately in the same process. Decision 0018.
//
// A probe is one fresh connection + `SELECT 1` with a short timeout, on its
// own pg.Client: a pool under load would make a busy pool look like a dead
// database. While the database answers, the last answer is used at once and a
// new probe runs in the background at most once a second (no request waits
// for it). While it does not, callers wait for a probe every 250 ms, so the
// first request after the database returns is served normally. A connection
// error seen by the pool (PrismaPg's onPoolError) forces a probe at once.
//
// Off on the embedded database (PEKKA_EMBEDDED_DB=1): PGlite serves one
// connection at a time (decision 0004) and lives in the parent process of the
// server, so a probe would only queue behind the app's own connection and it
// cannot fail on its own. Off as well with PEKKA_DB_HEALTH=off.
import pg from "pg";

export const UP_RECHECK_MS = 1000;
export const DOWN_RECHECK_MS = 250;
export const PROBE_TIMEOUT_MS = Number(process.env.PEKKA_DB_PROBE_TIMEOUT_MS ?? 1500);

type Probe = (url: string) => Promise<boolean>;

type Health = {
  up: boolean;
  checkedAt: number;
  since: number;
  probing: Promise<boolean> | null;
  probe: Probe;
};

const KEY = Symbol.for("pekka.db-health");
const store = globalThis as unknown as { [KEY]?: Health };

async function pgProbe(url: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    client.end().catch(() => {});
  }
}

function health(): Health {
  store[KEY] ??= { up: true, checkedAt: 0, since: Date.now(), probing: null, probe: pgProbe };
  return store[KEY];
}

export function healthCheckEnabled(): boolean {
  return process.env.PEKKA_EMBEDDED_DB !== "1" && process.env.PEKKA_DB_HEALTH !== "off" && Boolean(process.env.DATABASE_URL);
}

/** Probes now (one probe at a time per process); resolves to true when the database answers. */
export function probeDatabase(): Promise<boolean> {
  if (!healthCheckEnabled()) return Promise.resolve(true);
  const h = health();
  h.probing ??= h
    .probe(process.env.DATABASE_URL as string)
    .catch(() => false)
    .then((up) => {
      const now = Date.now();
      if (up !== h.up) {
        h.since = now;
        console.warn(
          JSON.stringify({
            level: up ? "info" : "error",
            msg: up ? "database answers again" : "database unavailable",
            at: new Date(now).toISOString(),
          }),
        );
      }
      h.up = up;
      h.checkedAt = now;
      h.probing = null;
      return up;
    });
  return h.probing;
}

/**
 * True while the database is known not to answer. Never waits while the
 * database is up; while it is down, waits for a fresh probe at most every
 * DOWN_RECHECK_MS (a refused connection answers in a millisecond, a silent
 * host after PROBE_TIMEOUT_MS).
 */
export async function databaseIsDown(): Promise<boolean> {
  if (!healthCheckEnabled()) return false;
  const h = health();
  const age = Date.now() - h.checkedAt;
  if (h.up) {
    if (age >= UP_RECHECK_MS) void probeDatabase();
    return false;
  }
  if (age < DOWN_RECHECK_MS) return true;
  return !(await probeDatabase());
}

/** A connection error was seen (pool, query): check at once instead of at the next interval. */
export function reportConnectionError(): void {
  if (!healthCheckEnabled()) return;
  void probeDatabase();
}

/** For tests: replace the probe and forget the last answer. */
export function resetHealthForTests(probe?: Probe): void {
  store[KEY] = { up: true, checkedAt: 0, since: Date.now(), probing: null, probe: probe ?? pgProbe };
}
