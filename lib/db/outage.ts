// What a query that failed because the database went away turns into
// (decision 0018). The Prisma client (lib/db/client.ts) sends every error
// through handleDatabaseError: an error that looks like a lost connection is
// confirmed with a fresh probe (lib/db/health.ts), and then
//   - while a page, a route handler or a plain form post is being answered:
//     a redirect to the same URL, which the proxy's outage gate answers with
//     the 503 "try again" page (a render cannot set its own status: without
//     this, a request already inside the page when the database stops ends as
//     a 500);
//   - inside a server action called from a form (Next-Action header, which the
//     gate lets through): DatabaseUnavailableError, which runWrite
//     (lib/forms/action.ts) turns into a form error that keeps the input;
//   - anywhere else (seed, scripts, tests): DatabaseUnavailableError.
// Every other error is rethrown untouched.
import { healthCheckEnabled, probeDatabase } from "./health";

export class DatabaseUnavailableError extends Error {
  readonly code = "DATABASE_UNAVAILABLE";
  constructor(cause?: unknown) {
    super("The database is not answering", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

export function isDatabaseUnavailableError(e: unknown): e is DatabaseUnavailableError {
  return e instanceof Error && (e as { code?: unknown }).code === "DATABASE_UNAVAILABLE";
}

// Prisma: P1001 can't reach, P1002 timed out reaching, P1008 operation timed
// out, P1017 server closed the connection, P2024 timed out waiting for a pool
// connection. Driver adapter kinds (@prisma/adapter-pg). PostgreSQL classes 08
// (connection exception) and 57 (operator intervention: shutdown, starting up).
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database|ECONNREFUSED|ECONNRESET|server closed the connection|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Query read timeout/i;

export function looksLikeConnectionError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  if (isDatabaseUnavailableError(e)) return true;
  const err = e as Error & { code?: unknown; meta?: { driverAdapterError?: { cause?: Record<string, unknown> } } };
  if (typeof err.code === "string" && PRISMA_CODES.has(err.code)) return true;
  const cause = err.meta?.driverAdapterError?.cause;
  if (cause) {
    if (typeof cause.kind === "string" && ADAPTER_KINDS.has(cause.kind)) return true;
    const sqlState = String(cause.code ?? cause.originalCode ?? "");
    if (/^(08|57P)/.test(sqlState)) return true;
  }
  return MESSAGES.test(err.message);
}

type RequestContext = { url: string; serverAction: boolean } | null;

/** The URL being answered, from Next's request store; null outside a request (build, scripts, tests). */
async function currentRequest(): Promise<RequestContext> {
  try {
    const { workUnitAsyncStorage } = await import("next/dist/server/app-render/work-unit-async-storage.external");
    const store = workUnitAsyncStorage.getStore();
    if (!store || store.type !== "request") return null;
    const path = store.url.pathname;
    if (!path.startsWith("/") || path.startsWith("//")) return null;
    return { url: path + store.url.search, serverAction: store.headers.has("next-action") };
  } catch {
    return null;
  }
}

/** Rethrows `e`, or what an outage should look like where it happened (see the top of this file). */
export async function handleDatabaseError(e: unknown): Promise<never> {
  if (!healthCheckEnabled() || !looksLikeConnectionError(e)) throw e;
  // A fresh probe: a lost connection while the server is fine (e.g. one
  // stale pooled connection) stays an ordinary error, so no redirect loop.
  const up = await probeDatabase();
  if (up) throw e;
  const request = await currentRequest();
  if (request && !request.serverAction) {
    const { redirect } = await import("next/navigation");
    redirect(request.url);
  }
  throw new DatabaseUnavailableError(e);
}
