// areaWhere (Prisma) and areaSql (raw SQL) are one rule: run against the real
// database for every role and scope, they find exactly the same rows.
import { beforeAll, describe, expect, it } from "vitest";
import { areaSql, areaWhere, provinceAreaWhere, type ScopedUser } from "@/lib/authz/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { day, makeRktlPlan, makeTraining } from "@/prisma/factories";
import { buildKlikWorld, type KlikWorld } from "./klik-world";

let w: KlikWorld;
let users: [string, ScopedUser][];

beforeAll(async () => {
  w = await buildKlikWorld();
  const national = await makeTraining(w.prisma, { level: "NATIONAL", startDate: day("2026-05-20") });
  for (const [province, kabs] of [
    [w.a.province.id, [w.a.kabupaten.id, w.a2.id]],
    [w.b.province.id, [w.b.kabupaten.id]],
  ] as const) {
    await makeRktlPlan(w.prisma, {
      provinceId: province,
      trainingId: national.id,
      windowStart: day("2026-06-01"),
      status: "SUBMITTED",
      targets: kabs.map((kabupatenId) => ({ kabupatenId, quantity: 2 })),
    });
  }
  const unset = (role: ScopedUser["role"], o: Partial<ScopedUser> = {}): ScopedUser => ({
    id: 0,
    role,
    provinceId: null,
    kabupatenId: null,
    ...o,
  });
  users = [
    ...Object.entries(w.users),
    ["coordinator without scope", unset("PROVINCE_COORDINATOR")],
    ["district staff without kabupaten", unset("DISTRICT_STAFF", { provinceId: w.a.province.id })],
  ];
});

const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((x, y) => x - y);

describe("areaWhere and areaSql find the same rows", () => {
  it("on kader, KLIK sessions and cases, FPK meetings and policies, for every role", async () => {
    for (const [name, user] of users) {
      const where = areaWhere(user);
      const t = Prisma.sql`t`;
      const pairs: [string, number[], number[]][] = [
        [
          "kader",
          ids(await w.prisma.kader.findMany({ where, select: { id: true } })),
          ids(await w.prisma.$queryRaw`SELECT id FROM kader t WHERE ${areaSql(user, t)}`),
        ],
        [
          "klik_session",
          ids(await w.prisma.klikSession.findMany({ where, select: { id: true } })),
          ids(await w.prisma.$queryRaw`SELECT id FROM klik_session t WHERE ${areaSql(user, t)}`),
        ],
        [
          "klik_case",
          ids(await w.prisma.klikCase.findMany({ where, select: { id: true } })),
          ids(await w.prisma.$queryRaw`SELECT id FROM klik_case t WHERE ${areaSql(user, t)}`),
        ],
        [
          "fpk_meeting",
          ids(await w.prisma.fpkMeeting.findMany({ where, select: { id: true } })),
          ids(await w.prisma.$queryRaw`SELECT id FROM fpk_meeting t WHERE ${areaSql(user, t)}`),
        ],
        [
          "serikat",
          ids(await w.prisma.serikat.findMany({ where, select: { id: true } })),
          ids(await w.prisma.$queryRaw`SELECT id FROM serikat t WHERE ${areaSql(user, t)}`),
        ],
      ];
      for (const [table, prisma, sql] of pairs) expect(sql, `${name}: ${table}`).toEqual(prisma);
    }
  });

  it("on RKTL targets through their plan (province-wide), for every role", async () => {
    for (const [name, user] of users) {
      const prisma = ids(await w.prisma.rktlTarget.findMany({ where: { plan: provinceAreaWhere(user) }, select: { id: true } }));
      const sql = ids(
        await w.prisma.$queryRaw`SELECT rt.id FROM rktl_target rt JOIN rktl_plan pl ON pl.id = rt.plan_id
          WHERE ${areaSql(user, Prisma.sql`pl`, Prisma.sql`rt`, "province")}`,
      );
      expect(sql, name).toEqual(prisma);
    }
  });

  it("finds something for scoped roles and nothing for a scoped role without a scope (the test is not vacuous)", async () => {
    const count = async (user: ScopedUser) =>
      (await w.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM kader t WHERE ${areaSql(user, Prisma.sql`t`)}`)[0]!.n;
    expect(await count(w.users.staffA1)).toBe(1);
    expect(await count(w.users.coordA)).toBe(2);
    expect(await count(w.users.admin)).toBe(3);
    expect(await count(users.find(([n]) => n === "coordinator without scope")![1])).toBe(0);
  });
});
