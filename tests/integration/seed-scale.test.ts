// The scale seed inserts what it builds, satisfies every constraint, leaves the
// demo accounts able to sign in, is deterministic, and refuses a database that
// looks like production.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { looksLikeProduction, seedScale } from "@/prisma/seed-scale";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed-data/program";
import { TEST_DATABASE_URL } from "@/tests/support/test-env";

let prisma: PrismaClient;
let counts: Record<string, number>;

async function fingerprint(): Promise<string> {
  const [row] = await prisma.$queryRaw<{ h: string }[]>`
    SELECT md5(string_agg(x, '|' ORDER BY x)) AS h FROM (
      SELECT 'kader' || to_jsonb(k)::text AS x FROM kader k
      UNION ALL SELECT 'case' || to_jsonb(c)::text FROM klik_case c
      UNION ALL SELECT 'policy' || to_jsonb(p)::text FROM policy_target p
      UNION ALL SELECT 'part' || to_jsonb(p)::text FROM participation p) t`;
  return row!.h;
}

beforeAll(async () => {
  prisma = createPrismaClient();
  counts = await seedScale(prisma, 0.02);
}, 120_000);

afterAll(async () => {
  await prisma.$disconnect();
});

describe("seed:scale at factor 0.02", () => {
  it("inserts every row it built", async () => {
    expect(await prisma.kader.count()).toBe(counts.kader);
    expect(await prisma.kader.count()).toBe(100);
    expect(await prisma.klikCase.count()).toBe(800);
    expect(await prisma.participation.count()).toBe(600);
    expect(await prisma.policyTarget.count()).toBe(12);
    expect(await prisma.violenceCaseDetail.count()).toBe(counts.violenceCaseDetail);
    expect(await prisma.klikCase.count({ where: { desk: "VIOLENCE", personName: { not: null } } })).toBe(0);
  });

  it("creates the six demo accounts with the demo password", async () => {
    const users = await prisma.user.findMany({ orderBy: { id: "asc" } });
    expect(users.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    expect(await verifyPassword(DEMO_PASSWORD, users[0]!.passwordHash)).toBe(true);
  });

  it("moves the id sequences past the inserted rows", async () => {
    const kab = await prisma.kabupaten.findFirstOrThrow();
    const serikat = await prisma.serikat.create({
      data: { name: "Serikat Sesudah Seed", provinceId: kab.provinceId, kabupatenId: kab.id },
    });
    expect(serikat.id).toBeGreaterThan(counts.serikat!);
    await prisma.serikat.delete({ where: { id: serikat.id } });
  });

  it("is deterministic", async () => {
    const before = await fingerprint();
    await seedScale(prisma, 0.02);
    expect(await fingerprint()).toBe(before);
  }, 120_000);

  it("refuses a database that looks like production", async () => {
    expect(await looksLikeProduction(prisma, TEST_DATABASE_URL)).toBeNull();
    expect(await looksLikeProduction(prisma, "postgres://u@db.example.org:5432/pekka")).toMatch(/not local/);
    const u = await prisma.user.findFirstOrThrow({ where: { role: "ADMIN" } });
    await prisma.user.update({ where: { id: u.id }, data: { email: "ibu.real@pekka.or.id" } });
    expect(await looksLikeProduction(prisma, TEST_DATABASE_URL)).toMatch(/not demo or test/);
  });
});
