import "server-only";
// Dashboard aggregates cached in the app process, valid only for the data
// epoch they were computed at (docs/decisions/0013-dashboard-cache.md).
//
// Every committed write to a program table changes data_epoch (database
// triggers, in the writer's own transaction), so a request first reads the
// epoch — one primary-key read — and reuses an aggregate only if it was
// computed at that same epoch. An edit is therefore on the dashboard at the
// next load, from every app instance, whoever made it and however (app, seed,
// psql). Requests that miss at the same time share one computation.
//
// The key must name everything the computation depends on: the caller passes
// the viewer's scope (scopeKey), never the user, so two coordinators of one
// province share an entry and nobody can be served another scope's numbers.
import { cache } from "react";
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db/client";
import { scopeOf, type ScopedUser } from "@/lib/authz/scope";

type Entry = { epoch: string; value: unknown };
type Store = { entries: LRUCache<string, Entry>; inFlight: Map<string, Promise<unknown>> };

// On globalThis: Next bundles pages and route handlers separately, and they
// must share one store.
const g = globalThis as unknown as { pekkaAggregateCache?: Store };

function store(): Store {
  // A few hundred small aggregates (a row per province or kabupaten): bounded
  // so that many distinct filter combinations cannot grow the heap.
  g.pekkaAggregateCache ??= { entries: new LRUCache({ max: 300 }), inFlight: new Map() };
  return g.pekkaAggregateCache;
}

/** The data epoch now, or null while data_epoch is empty (just after a TRUNCATE: nothing is cached then). */
export async function dataEpoch(): Promise<string | null> {
  const rows = await db().$queryRaw<{ epoch: bigint }[]>`SELECT epoch FROM data_epoch WHERE id = 1`;
  return rows[0] ? String(rows[0].epoch) : null;
}

// Read once per server render (React's request-scoped cache): a page built from
// several cached parts reads the epoch once. Outside a render it reads each time.
const epochOfRequest = cache(dataEpoch);

/** The part of a cache key that says whose numbers these are: national, a province, or a kabupaten. */
export function scopeKey(user: ScopedUser): string {
  const s = scopeOf(user);
  return s.kind === "national" ? "national" : s.kind === "province" ? `p${s.provinceId}` : `p${s.provinceId}k${s.kabupatenId}`;
}

/**
 * `compute()`'s result for `key` at the current data epoch: from the cache if
 * it was computed at this epoch, otherwise computed now (once, however many
 * requests ask at the same time). The value is shared: callers must not
 * mutate it.
 */
export async function cachedAggregate<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const epoch = await epochOfRequest();
  if (epoch === null) return compute();
  const { entries, inFlight } = store();
  const hit = entries.get(key);
  if (hit && hit.epoch === epoch) return hit.value as T;
  const flight = `${epoch}\u0000${key}`;
  let pending = inFlight.get(flight) as Promise<T> | undefined;
  if (!pending) {
    pending = compute().then((value) => {
      entries.set(key, { epoch, value });
      return value;
    });
    const forget = () => inFlight.delete(flight);
    pending.then(forget, forget);
    inFlight.set(flight, pending);
  }
  return pending;
}

/** Empties the cache (tests that need a cold start). */
export function clearAggregateCache(): void {
  store().entries.clear();
}
