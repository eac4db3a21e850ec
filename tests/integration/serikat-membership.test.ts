// Serikat membership over time (issue 12, point 3; decision 0026) against
// PostgreSQL: recording (the same day again replaces), scope, audit, the
// database's own check, deleting a wrong count, and the measure: the
// dashboards' sums by province and kabupaten for different periods, the serikat
// list and its export they link to, and the SQL form against the pure form.
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { ForbiddenError } from "@/lib/authz/permissions";
import { clearAggregateCache } from "@/lib/data/cache";
import { nationalDashboard, provinceDashboard as nationalProvinceDashboard } from "@/lib/data/dashboard-national";
import { provinceDashboard } from "@/lib/data/dashboard-province";
import { listSerikat } from "@/lib/data/serikat";
import { deleteMembership, membersTotalAt, recordMembership, serikatMembershipHistory } from "@/lib/data/serikat-membership";
import { measureHref, resolvePeriod, type Period } from "@/lib/domain/dashboard";
import { breakdownHref } from "@/lib/domain/dashboard-province";
import { lastDayOfMonth, membersAt } from "@/lib/domain/membership";
import { serikatFilters } from "@/lib/validation/serikat";
import { allRows } from "./export-helpers";
import { datasetColumns, datasetFor } from "@/lib/exports/datasets";
import { buildWorld, type World } from "./world";

let w: World;

/** The serikat export's "members" column for these filters, summed (blank cells: not recorded). */
async function exportedMembers(params: Record<string, string>): Promise<number> {
  const d = datasetFor(w.users.national, "serikat")!;
  const column = datasetColumns(d, params).find((c) => c.key === "members")!;
  const rows = (await allRows(w.users.national, "serikat", params))!;
  return rows.reduce((s, r) => s + Number(column.value(r as never, (k) => k) ?? 0), 0);
}
beforeAll(async () => {
  w = await buildWorld();
});

const count = (recordedOn: string, memberCount: number | string, note = "") => ({ recordedOn, memberCount: String(memberCount), note });

async function audits(entityId: number) {
  return w.prisma.auditLog.findMany({ where: { entity: "serikat_membership", entityId: String(entityId) }, orderBy: { id: "asc" } });
}

describe("recording a serikat's members", () => {
  it("records a count with who recorded it, and an audit row", async () => {
    const r = await recordMembership(w.users.coordA, w.serikatA1.id, count("2017-01-01", "100", "Rapat anggota"));
    expect(r).toMatchObject({ ok: true, value: { serikatId: w.serikatA1.id, replaced: false } });
    if (!r.ok) return;
    const row = await w.prisma.serikatMembership.findUniqueOrThrow({ where: { id: r.value.id } });
    expect(row).toMatchObject({ memberCount: 100, note: "Rapat anggota", recordedById: w.users.coordA.id });
    const [a] = await audits(r.value.id);
    expect(a).toMatchObject({ action: "create", userId: w.users.coordA.id, after: expect.objectContaining({ memberCount: 100 }) });
  });

  it("the same day again replaces that day's count (one row), audited with before and after", async () => {
    const first = await recordMembership(w.users.coordA, w.serikatA1.id, count("2017-12-31", 140));
    const again = await recordMembership(w.users.staffA1, w.serikatA1.id, count("2017-12-31", "1.50"));
    expect(again.ok).toBe(false); // "1.50" is no count
    const second = await recordMembership(w.users.staffA1, w.serikatA1.id, count("2017-12-31", 150));
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.value).toEqual({ id: first.value.id, serikatId: w.serikatA1.id, replaced: true });
    const rows = await w.prisma.serikatMembership.findMany({ where: { serikatId: w.serikatA1.id, recordedOn: new Date("2017-12-31") } });
    expect(rows.map((x) => [x.memberCount, x.recordedById])).toEqual([[150, w.users.staffA1.id]]);
    const trail = await audits(first.value.id);
    expect(trail.map((a) => a.action)).toEqual(["create", "update"]);
    expect(trail[1]).toMatchObject({
      userId: w.users.staffA1.id,
      before: expect.objectContaining({ memberCount: 140 }),
      after: expect.objectContaining({ memberCount: 150 }),
    });
  });

  it("refuses other areas: another province's coordinator, another kabupaten's staff; the director writes nothing", async () => {
    const before = await w.prisma.serikatMembership.count();
    expect(await recordMembership(w.users.coordB, w.serikatA1.id, count("2018-01-01", 10))).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.notFound" } },
    });
    expect((await recordMembership(w.users.staffA1, w.serikatA2.id, count("2018-01-01", 10))).ok).toBe(false);
    expect((await recordMembership(w.users.coordA, 999_999, count("2018-01-01", 10))).ok).toBe(false);
    await expect(recordMembership(w.users.director, w.serikatA1.id, count("2018-01-01", 10))).rejects.toThrow(ForbiddenError);
    expect(await w.prisma.serikatMembership.count()).toBe(before);
    // Nor can they read the history.
    expect(await serikatMembershipHistory(w.users.coordB, w.serikatA1.id)).toBeNull();
  });

  it("returns field errors as catalogue keys and saves nothing then; the database refuses a negative count itself", async () => {
    const before = await w.prisma.serikatMembership.count();
    expect(await recordMembership(w.users.coordA, w.serikatA1.id, { recordedOn: "2017-02-30", memberCount: "-4" })).toEqual({
      ok: false,
      fieldErrors: { recordedOn: { key: "klik.validation.date" }, memberCount: { key: "serikat.validation.memberCount" } },
    });
    expect(await w.prisma.serikatMembership.count()).toBe(before);
    await expect(
      w.prisma.serikatMembership.create({ data: { serikatId: w.serikatB.id, recordedOn: new Date("2017-03-01"), memberCount: -1 } }),
    ).rejects.toThrow(/serikat_membership_count_check/);
  });

  it("deletes a wrong count of this serikat only, audited with what it said", async () => {
    const r = await recordMembership(w.users.coordA, w.serikatA1.id, count("2017-07-07", 9999));
    if (!r.ok) throw new Error("not recorded");
    const wrongSerikat = await deleteMembership(w.users.coordA, w.serikatA2.id, { membershipId: String(r.value.id) });
    expect(wrongSerikat).toEqual({ ok: false, fieldErrors: { membershipId: { key: "validation.notFound" } } });
    expect((await deleteMembership(w.users.coordB, w.serikatA1.id, { membershipId: String(r.value.id) })).ok).toBe(false);
    // An id no INTEGER column holds is a field error, not a failed query.
    expect(await deleteMembership(w.users.coordA, w.serikatA1.id, { membershipId: "2147483648" })).toEqual({
      ok: false,
      fieldErrors: { membershipId: { key: "validation.choose" } },
    });
    expect(await deleteMembership(w.users.coordA, w.serikatA1.id, { membershipId: String(r.value.id) })).toEqual({
      ok: true,
      value: { serikatId: w.serikatA1.id },
    });
    expect(await w.prisma.serikatMembership.findUnique({ where: { id: r.value.id } })).toBeNull();
    expect((await audits(r.value.id)).map((a) => [a.action, (a.before as { memberCount?: number } | null)?.memberCount])).toEqual([
      ["create", undefined],
      ["delete", 9999],
    ]);
  });
});

describe("members on the dashboards and the lists they open", () => {
  // A1: 100 (2017-01-01), 150 (2017-12-31), 170 (2018-06-01); A2: 30 (2018-01-01); B: 50 (2017-06-01).
  beforeAll(async () => {
    const ok = async (p: ReturnType<typeof recordMembership>) => expect((await p).ok).toBe(true);
    await ok(recordMembership(w.users.coordA, w.serikatA1.id, count("2018-06-01", 170)));
    await ok(recordMembership(w.users.coordA, w.serikatA2.id, count("2018-01-01", 30)));
    await ok(recordMembership(w.users.coordB, w.serikatB.id, count("2017-06-01", 50)));
    clearAggregateCache();
  });

  const PERIODS: [Period, { a: number; b: number; a1: number; a2: number }][] = [
    [resolvePeriod({ period: "custom", from: "2017-01-01", to: "2017-05-31" }), { a: 100, b: 0, a1: 100, a2: 0 }],
    [resolvePeriod({ period: "2017" }), { a: 150, b: 50, a1: 150, a2: 0 }],
    [resolvePeriod({ period: "2018" }), { a: 200, b: 50, a1: 170, a2: 30 }],
    [resolvePeriod({}), { a: 200, b: 50, a1: 170, a2: 30 }],
  ];

  /** The serikat list behind a dashboard href: its members total, and the sum of its export's members column. */
  async function listed(href: string) {
    const [path, qs] = href.split("?") as [string, string];
    expect(path).toBe("/serikat");
    const p = Object.fromEntries(new URLSearchParams(qs));
    const list = await listSerikat(w.users.national, serikatFilters.parse(p));
    return { list: list.members.members, exported: await exportedMembers(p), rows: list.rows };
  }

  for (const [period, want] of PERIODS) {
    it(`sums by province and by kabupaten at the period's last day (${period.from ?? "…"} – ${period.to ?? "…"})`, async () => {
      const { rows } = await nationalDashboard(w.users.national, period);
      const of = (id: number) => rows.find((r) => r.id === id)!.values.members;
      expect([of(w.a.province.id), of(w.b.province.id)]).toEqual([want.a, want.b]);
      const kabs = (await nationalProvinceDashboard(w.users.national, w.a.province.id, period))!.rows;
      const kab = (id: number) => kabs.find((r) => r.id === id)!.values.members;
      expect([kab(w.a.kabupaten.id), kab(w.a2.id)]).toEqual([want.a1, want.a2]);
      // Each number opens the serikat list that adds up to it, and its export too.
      for (const [area, n] of [
        [{ provinceId: w.a.province.id }, want.a],
        [{ provinceId: w.b.province.id }, want.b],
        [{ provinceId: w.a.province.id, kabupatenId: w.a.kabupaten.id }, want.a1],
        [{ provinceId: w.a.province.id, kabupatenId: w.a2.id }, want.a2],
      ] as const) {
        const href = measureHref("members", area, period);
        expect(await listed(href), href).toMatchObject({ list: n, exported: n });
      }
    });
  }

  it("the list shows each serikat's count at the day, and says which have none", async () => {
    const { rows, list } = await listed(measureHref("members", { provinceId: w.a.province.id }, resolvePeriod({ period: "2017" })));
    expect(list).toBe(150);
    expect(rows.map((r) => [r.name, r.members?.memberCount ?? null, r.members?.recordedOn.toISOString().slice(0, 10) ?? null])).toEqual([
      ["Serikat A1", 150, "2017-12-31"],
      ["Serikat A2", null, null],
    ]);
    const l = await listSerikat(w.users.national, serikatFilters.parse({ provinceId: String(w.a.province.id), membersOn: "2017-12-31" }));
    expect(l.members).toEqual({ members: 150, recorded: 1, notRecorded: 1 });
  });

  it("leaves out a day of a year no filter names (9999-12-31, found by the hostile-input sweep): the latest counts", async () => {
    const l = await listSerikat(w.users.national, serikatFilters.parse({ provinceId: String(w.a.province.id), membersOn: "9999-12-31" }));
    expect(l.membersOn).toBeNull();
    expect(l.members.recorded + l.members.notRecorded).toBe(2);
  });

  it("counts an inactive serikat too, by its counts (decision 0026)", async () => {
    await w.prisma.serikat.update({ where: { id: w.serikatB.id }, data: { active: false } });
    clearAggregateCache();
    try {
      const { rows } = await nationalDashboard(w.users.national, resolvePeriod({}));
      expect(rows.find((r) => r.id === w.b.province.id)!.values.members).toBe(50);
      expect((await listed(measureHref("members", { provinceId: w.b.province.id }, resolvePeriod({})))).list).toBe(50);
    } finally {
      await w.prisma.serikat.update({ where: { id: w.serikatB.id }, data: { active: true } });
    }
  });

  it("keeps to scope: a coordinator's dashboards and lists see her province only", async () => {
    const l = await listSerikat(w.users.coordB, serikatFilters.parse({ provinceId: String(w.a.province.id), status: "all" }));
    expect(l.members).toEqual({ members: 0, recorded: 0, notRecorded: 0 });
    const d = await provinceDashboard(w.users.coordA);
    const members = Object.fromEntries(d.kabupaten.map((k) => [k.id, k.members]));
    expect(members).toEqual({ [w.a.kabupaten.id]: 170, [w.a2.id]: 30 });
    // The breakdown counts at its window's last day and links to the list that says so.
    for (const k of d.kabupaten) {
      const href = breakdownHref("members", k.id, d.window);
      const p = Object.fromEntries(new URLSearchParams(href.split("?")[1]));
      const list = await listSerikat(w.users.coordA, serikatFilters.parse(p));
      expect(list.membersOn).toBe(lastDayOfMonth(d.window.to));
      expect(list.members.members, href).toBe(k.members);
    }
    expect((await provinceDashboard(w.users.staffA1)).kabupaten.map((k) => k.members)).toEqual([170]);
  });

  it("the SQL form equals the pure form, for any day", async () => {
    const ids = [w.serikatA1.id, w.serikatA2.id, w.serikatB.id];
    const history = await w.prisma.serikatMembership.findMany({ select: { serikatId: true, recordedOn: true, memberCount: true } });
    // Any day, and above all the days around a count (the edge the rule is about).
    const near = history.flatMap((h) =>
      [-1, 0, 1].map((n) => new Date(h.recordedOn.getTime() + n * 86_400_000).toISOString().slice(0, 10)),
    );
    const day = fc.option(
      fc.oneof(
        fc.constantFrom(...near),
        fc.integer({ min: 0, max: 900 }).map((n) => new Date(Date.UTC(2016, 11, 1 + n)).toISOString().slice(0, 10)),
      ),
      { nil: null },
    );
    await fc.assert(
      fc.asyncProperty(day, fc.subarray(ids), async (d, some) => {
        expect(await membersTotalAt(some, d)).toEqual(membersAt(some, history, d));
      }),
      { numRuns: 40, seed: 20261203 },
    );
  });
});
