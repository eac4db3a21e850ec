// The app's structured logger: the edge server's pino instance (scripts/server/log.mjs),
// or, under `next dev` and in tests, one of the same shape made here.
import pino, { type Logger } from "pino";

const KEY = Symbol.for("pekka.logger");

export function logger(): Logger {
  const g = globalThis as { [KEY]?: Logger };
  g[KEY] ??= pino({
    level: process.env.LOG_LEVEL || "info",
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
  return g[KEY];
}
