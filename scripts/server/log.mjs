// The server's structured log: pino, one JSON line per event on stdout. The
// same logger is shared with the app (lib/log.ts) through a global, so that
// Next's onRequestError writes to the same stream with the same fields.
import pino from "pino";

export const LOGGER_KEY = Symbol.for("pekka.logger");

export function createLogger(options = {}) {
  return pino({
    level: process.env.LOG_LEVEL || "info",
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    ...options,
  });
}

/** The one line written when a request finishes (or the client goes away). */
export function requestLine({ method, url, status, startedAt, ctx, resolved, aborted }) {
  const q = url.indexOf("?");
  return {
    requestId: resolved.requestId,
    method,
    route: (q === -1 ? url : url.slice(0, q)).slice(0, 300),
    status,
    durationMs: Math.round(Number(process.hrtime.bigint() - startedAt) / 1e4) / 100,
    userId: ctx.userId ?? null,
    ip: resolved.clientIp,
    ...(aborted ? { aborted: true } : {}),
  };
}
