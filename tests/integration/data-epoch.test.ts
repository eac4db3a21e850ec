// The data epoch and the dashboard cache built on it (decision 0013): any
// committed write changes the epoch, whoever makes it; a cached aggregate is
// served only at the epoch it was computed at, so an edit is on the dashboard
// at the next load.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cachedAggregate, clearAggregateCache, dataEpoch } from "@/lib/data/cache";
import { nationalDashboard } from "@/lib/data/dashboard-national";
import { policyDashboard } from "@/lib/data/dashboard-policy";
import { provinceDashboard } from "@/lib/data/dashboard-province";
import { setKaderActive } from "@/lib/data/kader";
import { resolvePeriod } from "@/lib/domain/dashboard";
import { day, makeKlikCase, makeKlikSession, makePolicyTarget, resetDatabase } from "@/prisma/factories";
import { buildWorld, type World } from "./world";

let w: World;

beforeAll(async () => {
  w = await buildWorld();
});

beforeEach(() => clearAggregateCache());

const epoch = async () => BigInt((await dataEpoch())!);

describe("the data epoch", () => {
  it("is kept by triggers on every table but the audit log, the login throttle, background jobs, write receipts and itself", async () => {
    const rows = await w.prisma.$queryRaw<{ table: string; triggers: string[] }[]>`
      SELECT c.relname::text AS table, coalesce(array_agg(t.tgname::text ORDER BY t.tgname) FILTER (WHERE t.tgname IS NOT NULL), '{}') AS triggers
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
        LEFT JOIN pg_trigger t ON t.tgrelid = c.oid AND t.tgname LIKE 'data_epoch_%'
       WHERE c.relkind = 'r' AND c.relname <> '_prisma_migrations'
       GROUP BY c.relname`;
    // write_receipt: a create's idempotency key, written with the record, whose own row bumps the epoch (decision 0029).
    const without = new Set(["audit_log", "rate_limiter", "data_epoch", "background_job", "write_receipt"]);
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) {
      expect({ table: r.table, triggers: r.triggers }).toEqual({
        table: r.table,
        triggers: without.has(r.table) ? [] : ["data_epoch_row", "data_epoch_truncate"],
      });
    }
  });

  it("changes once per committed transaction, however many rows it wrote", async () => {
    const e0 = await epoch();
    await makePolicyTarget(w.prisma, w.a.kabupaten, { status: "IDENTIFIED" });
    const e1 = await epoch();
    expect(e1).toBeGreaterThan(e0);
    await w.prisma.$transaction(async (tx) => {
      await tx.kader.updateMany({ where: { provinceId: w.a.province.id }, data: { position: "PENGURUS" } });
      await tx.serikat.updateMany({ where: { provinceId: w.a.province.id }, data: { name: "Serikat A" } });
      // Not visible to anyone else before the commit.
      expect(await epoch()).toBe(e1);
    });
    const e2 = await epoch();
    expect(e2).toBe(e1 + 1n);
  });

  it("does not change when a transaction rolls back, nor for the audit log alone", async () => {
    const e0 = await epoch();
    await expect(
      w.prisma.$transaction(async (tx) => {
        await tx.kader.updateMany({ where: { provinceId: w.b.province.id }, data: { position: "PENGURUS" } });
        throw new Error("abandoned");
      }),
    ).rejects.toThrow("abandoned");
    await w.prisma.auditLog.create({ data: { action: "view", entity: "violence_case", entityId: "1" } });
    expect(await epoch()).toBe(e0);
  });

  it("never repeats a value, even after every table is emptied", async () => {
    const before = await epoch();
    await resetDatabase(w.prisma);
    const after = await dataEpoch();
    // TRUNCATE bumps at once (the epoch row itself is emptied and written anew).
    expect(after === null || BigInt(after) > before).toBe(true);
    w = await buildWorld();
    expect(await epoch()).toBeGreaterThan(before);
  });
});

describe("cachedAggregate", () => {
  it("computes once per epoch, and again after a write", async () => {
    let runs = 0;
    const compute = async () => ++runs;
    expect(await cachedAggregate("test|counter", compute)).toBe(1);
    expect(await cachedAggregate("test|counter", compute)).toBe(1);
    await makePolicyTarget(w.prisma, w.b.kabupaten, { status: "ADVOCACY" });
    expect(await cachedAggregate("test|counter", compute)).toBe(2);
    // Another key is another entry.
    expect(await cachedAggregate("test|other", compute)).toBe(3);
  });

  it("shares one computation between requests that miss at the same time", async () => {
    let runs = 0;
    const slow = async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 50));
      return "value";
    };
    const all = await Promise.all(Array.from({ length: 10 }, () => cachedAggregate("test|slow", slow)));
    expect(all).toEqual(Array(10).fill("value"));
    expect(runs).toBe(1);
  });

  it("does not keep a failed computation", async () => {
    let runs = 0;
    const flaky = async () => {
      if (++runs === 1) throw new Error("database went away");
      return "ok";
    };
    await expect(cachedAggregate("test|flaky", flaky)).rejects.toThrow("database went away");
    expect(await cachedAggregate("test|flaky", flaky)).toBe("ok");
  });
});

describe("an edit is on the dashboards at the next load", () => {
  const NOW = day("2026-11-15");
  const period = resolvePeriod({ period: "2026" });

  it("national: a KLIK case recorded after the dashboard was loaded", async () => {
    const session = await makeKlikSession(w.prisma, { kabupaten: w.a.kabupaten, desaId: w.a.desa.id, heldOn: day("2026-10-01") });
    const load = async () => (await nationalDashboard(w.users.national, period, NOW)).rows.find((r) => r.id === w.a.province.id)!.values;
    const before = await load();
    expect(await load()).toEqual(before); // served from the cache
    await makeKlikCase(w.prisma, session, { desk: "REGISTRATION" });
    const after = await load();
    expect(after.casesRegistration).toBe(before.casesRegistration + 1);
  });

  it("province: a kader deactivated through the app", async () => {
    const load = async () => (await provinceDashboard(w.users.coordA, NOW)).kabupaten.find((k) => k.id === w.a.kabupaten.id)!.activeKader;
    const before = await load();
    expect(before).toBeGreaterThan(0);
    const res = await setKaderActive(w.users.coordA, w.kaderA1.id, false);
    expect(res.ok).toBe(true);
    expect(await load()).toBe(before - 1);
  });

  it("policy: a regulation enacted after the dashboard was loaded", async () => {
    const before = await policyDashboard(w.users.director);
    await makePolicyTarget(w.prisma, w.a.kabupaten, { status: "ENACTED", type: "PERBUP" });
    const after = await policyDashboard(w.users.director);
    expect(after.enactedTotal).toBe(before.enactedTotal + 1);
    expect(after.byType.find((t) => t.type === "PERBUP")!.n).toBe(before.byType.find((t) => t.type === "PERBUP")!.n + 1);
  });

  it("each scope has its own entry: district staff never get the province's breakdown", async () => {
    const province = await provinceDashboard(w.users.coordA, NOW);
    expect(province.kabupaten.map((k) => k.id).sort()).toEqual([w.a.kabupaten.id, w.a2.id].sort());
    const district = await provinceDashboard(w.users.staffA1, NOW);
    expect(district.kabupaten.map((k) => k.id)).toEqual([w.a.kabupaten.id]);
    const other = await provinceDashboard(w.users.coordB, NOW);
    expect(other.kabupaten.map((k) => k.id)).toEqual([w.b.kabupaten.id]);
  });
});
