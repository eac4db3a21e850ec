// The counting adapter counts every SQL statement, transactions included, and
// the ordinary client counts nothing.
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("query counting against PostgreSQL", () => {
  it("counts nothing by default", async () => {
    vi.stubEnv("PEKKA_COUNT_QUERIES", undefined);
    const { createPrismaClient } = await import("@/lib/db/client");
    const { peekQueryCount, takeQueryCount } = await import("@/lib/db/query-count");
    takeQueryCount();
    const prisma = createPrismaClient();
    try {
      await prisma.$queryRaw`SELECT 1`;
      await prisma.province.count();
      expect(peekQueryCount()).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("counts statements and transactions when PEKKA_COUNT_QUERIES=1", async () => {
    vi.stubEnv("PEKKA_COUNT_QUERIES", "1");
    const { createPrismaClient } = await import("@/lib/db/client");
    const { takeQueryCount } = await import("@/lib/db/query-count");
    const prisma = createPrismaClient();
    try {
      await prisma.$queryRaw`SELECT 1`; // connects first
      takeQueryCount();
      await prisma.$queryRaw`SELECT 1`;
      await prisma.province.count();
      expect(takeQueryCount()).toBe(2);
      await prisma.$transaction([prisma.province.count(), prisma.kabupaten.count()]);
      // BEGIN, two counts, COMMIT
      expect(takeQueryCount()).toBeGreaterThanOrEqual(3);
      expect(takeQueryCount()).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});
