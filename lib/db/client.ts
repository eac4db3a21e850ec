// The one Prisma client. Application code reaches it only through lib/data/*
// (the data-access layer); the seed, factories and tests use it directly.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";

// ───────────────────────── Query counting (benchmark only) ─────────────────────────
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

function counter(): Counter {
  globalForCounter.pekkaQueryCounter ??= { count: 0 };
  return globalForCounter.pekkaQueryCounter;
}

/** The number of SQL statements sent since the last call; resets to 0. */
export function takeQueryCount(): number {
  const c = counter();
  const n = c.count;
  c.count = 0;
  return n;
}

/** The number of SQL statements sent since the last reset, without resetting. */
export function peekQueryCount(): number {
  return counter().count;
}

function countCalls<T extends { queryRaw(q: SqlQuery): Promise<unknown>; executeRaw(q: SqlQuery): Promise<number> }>(target: T): T {
  const c = counter();
  const queryRaw = target.queryRaw.bind(target);
  const executeRaw = target.executeRaw.bind(target);
  target.queryRaw = ((q: SqlQuery) => {
    c.count++;
    return queryRaw(q);
  }) as T["queryRaw"];
  target.executeRaw = ((q: SqlQuery) => {
    c.count++;
    return executeRaw(q);
  }) as T["executeRaw"];
  return target;
}

/** PrismaPg whose adapters (and their transactions) count every statement. */
class CountingPrismaPg extends PrismaPg {
  override async connect(): ReturnType<PrismaPg["connect"]> {
    const adapter = countCalls(await super.connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      counter().count++; // BEGIN, sent by the adapter itself
      const tx: Transaction = await startTransaction(isolationLevel);
      return countCalls(tx);
    };
    return adapter;
  }
}

// ───────────────────────── Client ─────────────────────────

export function createPrismaClient(url = process.env.DATABASE_URL): PrismaClient {
  if (!url) throw new Error("DATABASE_URL is not set");
  // The embedded PGlite server has a single backend: a pool of more than one
  // connection interleaves clients' messages on it (STACK.md).
  const max = process.env.PEKKA_EMBEDDED_DB === "1" ? 1 : Number(process.env.DATABASE_POOL_SIZE ?? 10);
  const Adapter = queryCountingEnabled() ? CountingPrismaPg : PrismaPg;
  return new PrismaClient({ adapter: new Adapter({ connectionString: url, max }) });
}

const globalForPrisma = globalThis as unknown as { pekkaPrisma?: PrismaClient };

/** Created on first use, so importing this module never needs a database. */
export function db(): PrismaClient {
  globalForPrisma.pekkaPrisma ??= createPrismaClient();
  return globalForPrisma.pekkaPrisma;
}

export type { PrismaClient };
