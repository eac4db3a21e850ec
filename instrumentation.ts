import type { Instrumentation } from "next";

// Runs once when the server starts: fail fast on a bad environment, then
// start the background-job worker (decision 0025) unless PEKKA_JOBS=off.
// scripts/server.mjs stops it on SIGTERM through JOBS_STOP_KEY.
const JOBS_STOP_KEY = Symbol.for("pekka.jobs.stop");

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("@/lib/startup-check");
  if (process.env.PEKKA_JOBS === "off" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ startWorker, stopWorker }, { logger }] = await Promise.all([import("@/lib/jobs/worker"), import("@/lib/log")]);
  (globalThis as Record<symbol, unknown>)[JOBS_STOP_KEY] = stopWorker;
  // Not awaited: the server must serve even while the database is away; the
  // worker is retried on the next start (or the queue's own reconnects).
  startWorker().catch((err) => logger().error({ err }, "background-job worker did not start"));
}

// One structured line per server error, with the request id the edge server
// gave the request (scripts/server.mjs) and the digest the error page shows.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logger }, { requestContext, requestContextById }] = await Promise.all([import("@/lib/log"), import("@/lib/request-context")]);
  const header = request.headers["x-request-id"];
  const requestId = (Array.isArray(header) ? header[0] : header) ?? requestContext()?.requestId;
  const ctx = requestContextById(requestId) ?? requestContext();
  const err = error instanceof Error ? error : new Error(String(error));
  logger().error(
    {
      requestId: requestId ?? null,
      digest: (error as { digest?: unknown } | null)?.digest ?? null,
      method: request.method,
      route: request.path.split("?")[0],
      routePath: context.routePath,
      routeType: context.routeType,
      userId: ctx?.userId ?? null,
      err,
    },
    "request error",
  );
};
