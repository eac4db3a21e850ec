// Query counting (benchmark only).
// With PEKKA_COUNT_QUERIES=1 every SQL statement the adapter sends is counted in
// one process-wide counter (globalThis, so route handlers and pages share it).
// The benchmark reads and resets it through GET /api/bench/queries around a
// single request (docs/decisions/0012-benchmark.md). Off by default: then the
// adapter is used untouched and the endpoint answers 404.

type Counter = { count: number };
const globalForCounter = globalThis as unknown as { pekkaQueryCounter?: Counter };

export function queryCountingEnabled(): boolean {
  return process.env.PEKKA_COUNT_QUERIES === "1";
}

/** The process-wide counter the adapter increments (lib/db/client.ts). */
export function queryCounter(): Counter {
  globalForCounter.pekkaQueryCounter ??= { count: 0 };
  return globalForCounter.pekkaQueryCounter;
}

/** The number of SQL statements sent since the last call; resets to 0. */
export function takeQueryCount(): number {
  const c = queryCounter();
  const n = c.count;
  c.count = 0;
  return n;
}

/** The number of SQL statements sent since the last reset, without resetting. */
export function peekQueryCount(): number {
  return queryCounter().count;
}
