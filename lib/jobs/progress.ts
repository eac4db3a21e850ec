// Progress of the jobs running in this process, fresher than the row (written
// at most every 500 ms, and on the embedded database not at all while the
// handler holds the single connection in a transaction). Process-wide on
// globalThis: the worker (instrumentation) and the route handlers are
// separate bundles in one process.
type Live = { done: number; of: number | null };
const KEY = Symbol.for("pekka.jobs.live");
const g = globalThis as unknown as { [KEY]?: Map<number, Live> };

export function liveJobs(): Map<number, Live> {
  g[KEY] ??= new Map();
  return g[KEY];
}
