// The one Prisma client. Application code reaches it only through lib/data/*
// (the data-access layer); the seed, factories and tests use it directly.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(url = process.env.DATABASE_URL): PrismaClient {
  if (!url) throw new Error("DATABASE_URL is not set");
  // The embedded PGlite server has a single backend: a pool of more than one
  // connection interleaves clients' messages on it (STACK.md).
  const max = process.env.PEKKA_EMBEDDED_DB === "1" ? 1 : Number(process.env.DATABASE_POOL_SIZE ?? 10);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) });
}

const globalForPrisma = globalThis as unknown as { pekkaPrisma?: PrismaClient };

/** Created on first use, so importing this module never needs a database. */
export function db(): PrismaClient {
  globalForPrisma.pekkaPrisma ??= createPrismaClient();
  return globalForPrisma.pekkaPrisma;
}

export type { PrismaClient };
