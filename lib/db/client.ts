// The one Prisma client. Application code reaches it only through lib/data/*
// (the data-access layer); the seed, factories and tests use it directly.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { reportConnectionError } from "./health";
import { handleDatabaseError } from "./outage";
import { queryCounter, queryCountingEnabled } from "./query-count";

// Query counting for the benchmark (lib/db/query-count.ts) wraps the adapter here.
function countCalls<T extends { queryRaw(q: SqlQuery): Promise<unknown>; executeRaw(q: SqlQuery): Promise<number> }>(target: T): T {
  const c = queryCounter();
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
      queryCounter().count++; // BEGIN, sent by the adapter itself
      const tx: Transaction = await startTransaction(isolationLevel);
      return countCalls(tx);
    };
    return adapter;
  }
}

// ───────────────────────── Client ─────────────────────────

/**
 * Pool settings (decision 0018). Without a connect timeout a request waits for
 * a vanished database as long as the operating system lets a TCP connect
 * hang; pg-pool's connectionTimeoutMillis also bounds the wait for a free
 * pooled connection. In the server (NODE_ENV=production) a statement may run
 * DATABASE_STATEMENT_TIMEOUT_MS (30 s; not on the embedded database, whose
 * single backend has no timer to cancel it), and the client gives up on an
 * answer 5 s after that (a host that went silent mid-query).
 */
export function poolConfig(url: string, env: NodeJS.ProcessEnv = process.env) {
  const embedded = env.PEKKA_EMBEDDED_DB === "1";
  // The embedded PGlite server has a single backend: a pool of more than one
  // connection interleaves clients' messages on it (STACK.md).
  const max = embedded ? 1 : Number(env.DATABASE_POOL_SIZE ?? 10);
  const connectionTimeoutMillis = Number(env.DATABASE_CONNECT_TIMEOUT_MS ?? 3000);
  const statementTimeout = env.NODE_ENV === "production" && !embedded ? Number(env.DATABASE_STATEMENT_TIMEOUT_MS ?? 30_000) : 0;
  return {
    connectionString: url,
    max,
    connectionTimeoutMillis,
    keepAlive: true,
    ...(statementTimeout > 0 ? { statement_timeout: statementTimeout, query_timeout: statementTimeout + 5000 } : {}),
  };
}

export function createPrismaClient(url = process.env.DATABASE_URL): PrismaClient {
  if (!url) throw new Error("DATABASE_URL is not set");
  const Adapter = queryCountingEnabled() ? CountingPrismaPg : PrismaPg;
  // A pooled connection that breaks while idle (the server stopped) makes the
  // health check probe at once (lib/db/health.ts).
  const adapter = new Adapter(poolConfig(url), { onPoolError: reportConnectionError, onConnectionError: reportConnectionError });
  return withOutageHandling(new PrismaClient({ adapter }));
}

/**
 * Every query's error goes through handleDatabaseError (lib/db/outage.ts): a
 * lost database becomes the 503 page or a form error, other errors pass
 * untouched. $transaction is wrapped too, for a BEGIN that cannot connect.
 */
function withOutageHandling(client: PrismaClient): PrismaClient {
  const extended = client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (e) {
          return handleDatabaseError(e);
        }
      },
    },
  });
  return new Proxy(extended, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (prop !== "$transaction" || typeof value !== "function") return value;
      return (...args: unknown[]) => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args).catch(handleDatabaseError);
    },
  }) as unknown as PrismaClient;
}

const globalForPrisma = globalThis as unknown as { pekkaPrisma?: PrismaClient };

/** Created on first use, so importing this module never needs a database. */
export function db(): PrismaClient {
  globalForPrisma.pekkaPrisma ??= createPrismaClient();
  return globalForPrisma.pekkaPrisma;
}

export type { PrismaClient };
