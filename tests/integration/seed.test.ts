// The demo seed keeps its promises (DOMAIN.md "Demo data") and is deterministic:
// run twice, it leaves the same rows behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/client";
import { KLIK_ISSUE_TYPES, isIssueTypeOf } from "@/lib/domain/klik-issue-types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { day, makeKader, sha256Hex } from "@/prisma/factories";
import { seed, type SeedSummary } from "@/prisma/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed-data/program";
import { NEW_KADER } from "@/prisma/seed-imports";
import { commitImport, getImportBatch, listImportBatches, listMyImports, undoImport } from "@/lib/data/imports/batches";
import { rktlTargetsImport } from "@/lib/data/imports/rktl-targets";
import { participantsImport } from "@/lib/data/imports/participants";
import { kaderImport } from "@/lib/data/imports/kader";
import { klikCasesImport } from "@/lib/data/imports/klik-cases";
import { loadSessionUser } from "@/lib/data/session-user";

let prisma: PrismaClient;
let first: SeedSummary;
let second: SeedSummary;
let fingerprintsFirst: Record<string, string>;
let fingerprintsSecond: Record<string, string>;

/** count and md5 of every row (password hashes left out: bcrypt salts differ) per table. */
async function fingerprints(): Promise<Record<string, string>> {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables
     WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'data_epoch') -- the epoch never repeats a value (decision 0013)
     ORDER BY tablename`;
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    // The table name is quoted by format(%I) in the database, never pasted into SQL here.
    const [row] = await prisma.$queryRaw<{ n: number; h: string }[]>`
      SELECT (xpath('/row/n/text()', x))[1]::text::int AS n, (xpath('/row/h/text()', x))[1]::text AS h
        FROM query_to_xml(format($q$SELECT count(*)::int AS n,
              md5(coalesce(string_agg((to_jsonb(t) - 'password_hash')::text, '|' ORDER BY (to_jsonb(t) - 'password_hash')::text), '')) AS h
         FROM %I t$q$, ${tablename}::text), false, true, '') AS x`;
    out[tablename] = `${row!.n}:${row!.h}`;
  }
  return out;
}

beforeAll(async () => {
  prisma = createPrismaClient();
  first = await seed(prisma);
  fingerprintsFirst = await fingerprints();
  second = await seed(prisma);
  fingerprintsSecond = await fingerprints();
}, 240_000);

afterAll(async () => {
  await prisma?.$disconnect();
});

describe("demo seed", () => {
  it("is deterministic: a second run leaves the same counts and the same rows", () => {
    expect(second).toEqual(first);
    expect(fingerprintsSecond).toEqual(fingerprintsFirst);
  });

  it("reports counts that match the database", async () => {
    expect(await prisma.kader.count()).toBe(second.kader);
    expect(await prisma.klikCase.count()).toBe(second.klikCase);
    expect(await prisma.policyTarget.count()).toBe(second.policyTarget);
  });

  it("has 20 provinces, each with at least 3 kabupaten and exactly one program kabupaten", async () => {
    const provinces = await prisma.province.findMany({ include: { kabupaten: { select: { name: true, isProgramArea: true } } } });
    expect(provinces).toHaveLength(20);
    for (const p of provinces) {
      expect(p.kabupaten.length, p.name).toBeGreaterThanOrEqual(3);
      expect(
        p.kabupaten.filter((k) => k.isProgramArea),
        p.name,
      ).toHaveLength(1);
    }
    const programIn = (slug: string) => provinces.find((p) => p.slug === slug)!.kabupaten.find((k) => k.isProgramArea)!.name;
    expect(programIn("ntb")).toBe("Lombok Timur");
    expect(programIn("aceh")).toBe("Aceh Besar");
    expect(await prisma.kecamatan.count()).toBeGreaterThan(0);
    expect(await prisma.desa.count()).toBeGreaterThan(0);
  });

  it("has one serikat per kabupaten with a full board, and at least 650 kader placed like their serikat", async () => {
    const kabupaten = await prisma.kabupaten.findMany({ include: { serikat: true } });
    for (const k of kabupaten) {
      expect(k.serikat, k.name).toHaveLength(1);
      expect(k.serikat[0]!.foundedYear).toBeGreaterThanOrEqual(2001);
      expect(k.serikat[0]!.foundedYear).toBeLessThanOrEqual(2012);
    }
    expect(await prisma.kader.count()).toBeGreaterThanOrEqual(650);
    const [mismatch] = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM kader k JOIN serikat s ON s.id = k.serikat_id
       WHERE k.kabupaten_id <> s.kabupaten_id OR k.province_id <> s.province_id`;
    expect(mismatch!.n).toBe(0);
    const [wrongDesa] = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM kader k JOIN desa d ON d.id = k.desa_id JOIN kecamatan c ON c.id = d.kecamatan_id
       WHERE c.kabupaten_id <> k.kabupaten_id`;
    expect(wrongDesa!.n).toBe(0);
    for (const position of ["KETUA", "SEKRETARIS", "BENDAHARA"] as const) {
      expect(await prisma.kader.count({ where: { position } })).toBe(kabupaten.length);
    }
    const inactive = await prisma.kader.count({ where: { active: false } });
    expect(inactive).toBeGreaterThan(0);
    expect(inactive).toBeLessThan(0.06 * (await prisma.kader.count()));
  });

  it("has both article workshops, national, each with a leadership and an implementation class", async () => {
    const april = await prisma.training.findFirstOrThrow({
      where: { level: "NATIONAL", startDate: day("2017-04-10") },
      include: { classes: true },
    });
    expect(april.endDate).toEqual(day("2017-04-13"));
    expect(april.theme).toContain("Pengembangan Panduan dan Bahan-Bahan Perlindungan Sosial");
    expect(april.place).toContain("Alta Karya");
    expect(april.classes.map((c) => c.kind).sort()).toEqual(["IMPLEMENTATION", "LEADERSHIP_TOT"]);

    const may = await prisma.training.findFirstOrThrow({
      where: { level: "NATIONAL", startDate: day("2017-05-20") },
      include: { classes: { include: { participations: { include: { kader: true, attendance: true } } } } },
    });
    expect(may.endDate).toEqual(day("2017-05-23"));
    expect(may.place).toContain("Bekasi");
    expect(may.organiser).toBe("PEKKA didukung MAMPU");
    expect(may.theme).toBe(
      "Meningkatkan Kualitas Kehidupan Masyarakat Miskin melalui Akses dan Kontrol terhadap Program Perlindungan Sosial",
    );
    expect(may.objectives.split("\n")).toHaveLength(3);
    expect(may.classes.map((c) => c.kind).sort()).toEqual(["IMPLEMENTATION", "LEADERSHIP_TOT"]);

    const all = may.classes.flatMap((c) => c.participations);
    const participants = all.filter((p) => p.role === "PARTICIPANT");
    expect(participants.length).toBeGreaterThanOrEqual(55);
    expect(participants.length).toBeLessThanOrEqual(65);
    expect(new Set(participants.map((p) => p.kader.provinceId)).size).toBe(20);
    expect(all.some((p) => p.role === "FACILITATOR")).toBe(true);
    expect(all.some((p) => p.role === "RESOURCE_PERSON")).toBe(true);
    for (const c of may.classes) expect(c.participations.filter((p) => p.role === "PARTICIPANT").length, c.kind).toBeGreaterThan(0);
    for (const p of all) expect(p.attendance).toHaveLength(4);
    const attendance = all.flatMap((p) => p.attendance);
    expect(attendance.filter((a) => a.present).length).toBeGreaterThan(0.85 * attendance.length);
    expect(participants.filter((p) => p.completed).length).toBeGreaterThan(0.8 * participants.length);
  });

  it("follows the training cascade at least two levels down from the May workshop", async () => {
    const may = await prisma.training.findFirstOrThrow({ where: { level: "NATIONAL", startDate: day("2017-05-20") } });
    const [depth] = await prisma.$queryRaw<{ d: number }[]>`
      WITH RECURSIVE tree AS (
        SELECT id, 0 AS depth FROM training WHERE id = ${may.id}
        UNION ALL
        SELECT t.id, tree.depth + 1 FROM training t JOIN tree ON t.parent_training_id = tree.id
      ) SELECT max(depth)::int AS d FROM tree`;
    expect(depth!.d).toBeGreaterThanOrEqual(2);

    const graduates = new Set(
      (
        await prisma.participation.findMany({
          where: { class: { trainingId: may.id, kind: "LEADERSHIP_TOT" }, role: "PARTICIPANT", completed: true },
          select: { kaderId: true },
        })
      ).map((p) => p.kaderId),
    );
    const provincial = await prisma.training.findMany({
      where: { parentTrainingId: may.id },
      include: { classes: { include: { participations: true } }, retrainings: true },
    });
    expect(provincial.length).toBeGreaterThanOrEqual(3);
    for (const t of provincial) {
      expect(t.level).toBe("PROVINCIAL");
      expect(t.provinceId).not.toBeNull();
      expect(t.startDate >= day("2017-07-01") && t.startDate <= day("2017-10-31"), t.title).toBe(true);
      const parts = t.classes.flatMap((c) => c.participations);
      const facilitators = parts.filter((p) => p.role === "FACILITATOR");
      expect(
        facilitators.some((f) => graduates.has(f.kaderId)),
        t.title,
      ).toBe(true);
      const participants = new Set(parts.filter((p) => p.role === "PARTICIPANT").map((p) => p.kaderId));
      expect(participants.size).toBeGreaterThanOrEqual(10);
      expect(participants.size).toBeLessThanOrEqual(15);
      for (const local of t.retrainings) {
        expect(local.level).toBe("LOCAL");
        expect(local.kabupatenId).not.toBeNull();
        expect(local.provinceId).toBe(t.provinceId);
        expect(local.startDate > t.endDate).toBe(true);
      }
    }
    expect(provincial.some((t) => t.retrainings.length > 0)).toBe(true);
  });

  it("has the guides, versioned, linked to the May workshop", async () => {
    const guides = await prisma.guide.findMany({ include: { versions: true } });
    expect(guides.map((g) => g.topic).sort()).toEqual(["BUDGET_ADVOCACY", "FPK", "JKN", "POLICY_ADVOCACY"]);
    for (const g of guides) {
      const v1 = g.versions.find((v) => v.version === "1.0");
      expect(v1?.publishedOn, g.title).toEqual(day("2017-04-13"));
    }
    const updates = guides.flatMap((g) => g.versions).filter((v) => v.version === "1.1");
    expect(updates).toHaveLength(1);
    expect(updates[0]!.publishedOn.getUTCFullYear()).toBe(2018);
    const may = await prisma.training.findFirstOrThrow({
      where: { level: "NATIONAL", startDate: day("2017-05-20") },
      include: { guides: true },
    });
    expect(may.guides.length).toBeGreaterThanOrEqual(4);
  });

  it("has an RKTL plan per province for the May workshop, with partial realisation", async () => {
    const may = await prisma.training.findFirstOrThrow({ where: { level: "NATIONAL", startDate: day("2017-05-20") } });
    const plans = await prisma.rktlPlan.findMany({
      where: { trainingId: may.id },
      include: { targets: { include: { realisations: true } }, approvedBy: true },
    });
    expect(plans).toHaveLength(20);
    const byStatus = (s: string) => plans.filter((p) => p.status === s).length;
    expect(byStatus("DRAFT")).toBe(2);
    expect(byStatus("CLOSED")).toBe(2);
    expect(byStatus("SUBMITTED")).toBeGreaterThan(0);
    expect(byStatus("APPROVED")).toBeGreaterThan(10);
    for (const p of plans) {
      expect(p.windowStart).toEqual(day("2017-06-01"));
      expect(p.windowEnd).toEqual(day("2017-11-01"));
      expect(p.targets.length).toBeGreaterThanOrEqual(4);
      expect(p.targets.length).toBeLessThanOrEqual(7);
      if (p.status === "APPROVED" || p.status === "CLOSED") expect(p.approvedBy?.role).toBe("NATIONAL_STAFF");
      for (const t of p.targets) {
        expect(t.plannedMonth >= p.windowStart && t.plannedMonth <= p.windowEnd).toBe(true);
        expect(t.responsible.length).toBeGreaterThan(0);
      }
    }
    const targets = plans.flatMap((p) => p.targets);
    expect(new Set(targets.map((t) => t.kind)).size).toBe(7);
    const partial = targets.filter((t) => t.realisations.length > 0 && t.realisations.reduce((s, r) => s + r.achieved, 0) < t.quantity);
    expect(partial.length).toBeGreaterThan(0);
  });

  it("has a current RKTL cycle: NTB approved with October–November 2026 realisation, Aceh in draft", async () => {
    const current = await prisma.training.findFirstOrThrow({
      where: { level: "NATIONAL", startDate: day("2026-09-08") },
      include: { rktlPlans: { include: { province: true, targets: { include: { realisations: true } } } } },
    });
    expect(current.theme).toBe("Penguatan Kepemimpinan Perempuan dan Perlindungan Sosial");
    const ntb = current.rktlPlans.find((p) => p.province.slug === "ntb")!;
    const aceh = current.rktlPlans.find((p) => p.province.slug === "aceh")!;
    for (const p of [ntb, aceh]) {
      expect(p.windowStart).toEqual(day("2026-10-01"));
      expect(p.windowEnd).toEqual(day("2027-03-01"));
    }
    expect(ntb.status).toBe("APPROVED");
    const months = new Set(ntb.targets.flatMap((t) => t.realisations.map((r) => r.month.toISOString().slice(0, 10))));
    expect([...months].sort()).toEqual(["2026-10-01", "2026-11-01"]);
    expect(ntb.targets.some((t) => t.realisations.reduce((s, r) => s + r.achieved, 0) < t.quantity)).toBe(true);
    expect(aceh.status).toBe("DRAFT");
    expect(aceh.targets.length).toBeGreaterThan(0);
    expect(aceh.targets.flatMap((t) => t.realisations)).toHaveLength(0);
  });

  it("has KLIK sessions at all four desks; violence cases are sealed", async () => {
    const desks = await prisma.klikCase.groupBy({ by: ["desk"], _count: { _all: true } });
    expect(desks.map((d) => d.desk).sort()).toEqual(["LEGAL_IDENTITY", "REGISTRATION", "SOCIAL_PROTECTION", "VIOLENCE"]);
    const statuses = await prisma.klikCase.groupBy({ by: ["status"], _count: { _all: true } });
    expect(statuses).toHaveLength(5);

    const cases = await prisma.klikCase.findMany({
      select: { desk: true, issueType: true, status: true, referralInstitution: true, personName: true },
    });
    for (const c of cases) {
      expect(isIssueTypeOf(c.desk, c.issueType), `${c.desk}/${c.issueType}`).toBe(true);
      if (c.status === "REFERRED" || c.status === "IN_PROGRESS") expect(c.referralInstitution).toBeTruthy();
      if (c.desk !== "VIOLENCE") expect(c.personName).toBeTruthy();
    }
    const used = new Set(cases.map((c) => c.issueType));
    for (const code of KLIK_ISSUE_TYPES.SOCIAL_PROTECTION) expect(used.has(code), code).toBe(true);

    const violence = await prisma.klikCase.findMany({ where: { desk: "VIOLENCE" }, include: { violenceDetail: true } });
    expect(violence.length).toBeGreaterThan(0);
    for (const v of violence) {
      expect(v.personName).toBeNull();
      expect(v.violenceDetail?.complainantName).toBeTruthy();
      expect(v.violenceDetail?.narrative).toMatch(/^Pelapor /);
    }
    expect(await prisma.violenceCaseDetail.count()).toBe(violence.length);
    expect(await prisma.klikFollowUp.count()).toBeGreaterThan(0);

    const sessions = await prisma.klikSession.groupBy({ by: ["kabupatenId"], _count: { _all: true } });
    const program = await prisma.kabupaten.findMany({ where: { isProgramArea: true } });
    for (const k of program) expect(sessions.find((s) => s.kabupatenId === k.id)?._count._all ?? 0, k.name).toBeGreaterThanOrEqual(6);
    expect(sessions).toHaveLength(await prisma.kabupaten.count());
    const lombokTimur = program.find((k) => k.name === "Lombok Timur")!;
    expect(
      await prisma.klikSession.count({ where: { kabupatenId: lombokTimur.id, heldOn: { gte: day("2026-10-01"), lt: day("2026-11-22") } } }),
    ).toBeGreaterThan(0);
  });

  it("has policy targets at every status; every enacted one has its number, date and PDF evidence", async () => {
    const policies = await prisma.policyTarget.findMany({
      include: { evidenceFile: true, history: { orderBy: { changedAt: "asc" }, include: { changedBy: true } } },
    });
    expect(new Set(policies.map((p) => p.status))).toEqual(
      new Set(["IDENTIFIED", "ADVOCACY", "DRAFTING", "DELIBERATION", "ENACTED", "DROPPED"]),
    );
    expect(policies.some((p) => p.budgetAmount != null && p.budgetAmount > 0n)).toBe(true);
    for (const p of policies) {
      if (p.type === "PERDES") {
        expect(p.level).toBe("DESA");
        expect(p.desaId).not.toBeNull();
      }
      if (p.status === "ENACTED") {
        expect(p.number).toBeTruthy();
        expect(p.enactedOn).not.toBeNull();
        const f = p.evidenceFile!;
        expect(f.mimeType).toBe("application/pdf");
        expect(Buffer.from(f.data).subarray(0, 5).toString("latin1")).toBe("%PDF-");
        expect(f.sizeBytes).toBe(f.data.byteLength);
        expect(f.sha256).toBe(sha256Hex(f.data));
      }
      // History: null → IDENTIFIED, then each step taken, dated increasingly, ending at the status.
      expect(p.history[0]!.fromStatus).toBeNull();
      expect(p.history[0]!.toStatus).toBe("IDENTIFIED");
      expect(p.history[p.history.length - 1]!.toStatus).toBe(p.status);
      p.history.forEach((h, i) => {
        if (i > 0) {
          expect(h.fromStatus).toBe(p.history[i - 1]!.toStatus);
          expect(h.changedAt > p.history[i - 1]!.changedAt).toBe(true);
        }
        const u = h.changedBy!;
        const inScope = u.role === "NATIONAL_STAFF" || (u.role === "DISTRICT_STAFF" && u.kabupatenId === p.kabupatenId);
        expect(inScope).toBe(true);
      });
    }
    const written = policies.filter((p) => p.status === "ENACTED" && ["PERDES", "PERDA", "PERBUP", "PERWALI"].includes(p.type));
    expect(written.length).toBeGreaterThan(5);
  });

  it("has FPK meetings in the program kabupaten and indicators for all three directions", async () => {
    const meetings = await prisma.fpkMeeting.findMany({ include: { participants: true, kabupaten: true } });
    expect(meetings.length).toBeGreaterThanOrEqual(20);
    for (const m of meetings) {
      expect(m.kabupaten.isProgramArea).toBe(true);
      expect(m.participants.map((p) => p.institution)).toContain("Serikat Pekka");
    }
    const indicators = await prisma.programIndicator.findMany();
    expect(new Set(indicators.map((i) => i.direction))).toEqual(new Set([1, 2, 3]));
    expect(indicators.find((i) => i.code === "D1_WRITTEN_POLICY")?.target).toBe(20);
  });

  it("has the six demo accounts with their roles and scopes, all with the demo password", async () => {
    const users = await prisma.user.findMany({ include: { province: true, kabupaten: true } });
    expect(users.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    const by = (email: string) => users.find((u) => u.email === email)!;
    expect(by("admin@pekka.demo").role).toBe("ADMIN");
    expect(by("nasional@pekka.demo")).toMatchObject({
      role: "NATIONAL_STAFF",
      canViewViolenceDetails: true,
      provinceId: null,
      kabupatenId: null,
    });
    expect(by("direktur@pekka.demo")).toMatchObject({ role: "DIRECTOR", provinceId: null });
    expect(by("direktur@pekka.demo").name).not.toContain("Nani");
    expect(by("koordinator.ntb@pekka.demo").role).toBe("PROVINCE_COORDINATOR");
    expect(by("koordinator.ntb@pekka.demo").province?.slug).toBe("ntb");
    expect(by("koordinator.ntb@pekka.demo").kabupatenId).toBeNull();
    expect(by("koordinator.aceh@pekka.demo").province?.slug).toBe("aceh");
    const staff = by("staf.lomboktimur@pekka.demo");
    expect(staff.role).toBe("DISTRICT_STAFF");
    expect(staff.province?.slug).toBe("ntb");
    expect(staff.kabupaten?.name).toBe("Lombok Timur");
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(1);
    expect(await verifyPassword(DEMO_PASSWORD, staff.passwordHash)).toBe(true);
  });

  it("leaves the id sequences past the seeded rows, so new rows can be added", async () => {
    const serikat = await prisma.serikat.findFirstOrThrow({
      include: { kabupaten: { include: { kecamatan: { include: { desa: true } } } } },
    });
    const desaId = serikat.kabupaten.kecamatan[0]!.desa[0]!.id;
    const before = await prisma.kader.aggregate({ _max: { id: true } });
    const kader = await makeKader(prisma, { serikat, desaId });
    expect(kader.id).toBe(before._max.id! + 1);
  });

  it("holds the district staff's two kader imports in the engine's own form: the committed one undoes, the waiting one commits", async () => {
    const staff = await prisma.user.findUniqueOrThrow({ where: { email: "staf.lomboktimur@pekka.demo" } });
    const user = (await loadSessionUser(staff.id))!;
    const list = await listImportBatches(user, "KADER");
    expect(list.map((b) => b.status)).toEqual(["PREVIEWED", "COMMITTED"]); // newest first
    const done = list[1]!;
    const made = await prisma.importChange.findMany({ where: { batchId: done.id }, select: { entityId: true } });
    expect(made).toHaveLength(3);
    const undone = await undoImport(user, kaderImport, done.id);
    expect(undone).toMatchObject({ ok: true, removed: 3, restored: 0 });
    expect(await prisma.kader.count({ where: { id: { in: made.map((m) => m.entityId) } } })).toBe(0);
    const written = await commitImport(user, kaderImport, list[0]!.id, { skipErrors: true });
    expect(written).toMatchObject({ ok: true, value: { written: 2, skipped: 1 } });
    expect(await prisma.kader.count({ where: { fullName: { in: NEW_KADER.map((k) => k.fullName) } } })).toBe(2);
  });

  it("holds the Aceh coordinator's targets import waiting for her, which commits into her draft plan", async () => {
    const coord = await prisma.user.findUniqueOrThrow({ where: { email: "koordinator.aceh@pekka.demo" } });
    const user = (await loadSessionUser(coord.id))!;
    const plan = await prisma.rktlPlan.findFirstOrThrow({ where: { status: "DRAFT", province: { slug: "aceh" } } });
    const [batch, ...more] = await listImportBatches(user, "RKTL_TARGETS", plan.id);
    expect(more).toEqual([]);
    expect(batch).toMatchObject({ status: "PREVIEWED", counts: expect.objectContaining({ CREATE: 2, ERROR: 1 }) });
    const before = await prisma.rktlTarget.count({ where: { planId: plan.id } });
    expect(await commitImport(user, rktlTargetsImport, batch!.id, { skipErrors: true })).toMatchObject({
      ok: true,
      value: { written: 2, skipped: 1 },
    });
    expect(await prisma.rktlTarget.count({ where: { planId: plan.id } })).toBe(before + 2);
  });

  it("holds the district staff's committed KLIK cases import into one of her sessions, its violence row kept as the desk cell only; it undoes", async () => {
    const staff = await prisma.user.findUniqueOrThrow({ where: { email: "staf.lomboktimur@pekka.demo" } });
    const user = (await loadSessionUser(staff.id))!;
    const batch = await prisma.importBatch.findFirstOrThrow({ where: { kind: "KLIK_CASES", userId: staff.id } });
    const session = await prisma.klikSession.findUniqueOrThrow({ where: { id: batch.parentId! } });
    expect(session.kabupatenId).toBe(user.kabupatenId);
    expect((await listImportBatches(user, "KLIK_CASES", session.id)).map((b) => b.status)).toEqual(["COMMITTED"]);
    const made = await prisma.importChange.findMany({ where: { batchId: batch.id }, select: { entityId: true } });
    const cases = await prisma.klikCase.findMany({ where: { id: { in: made.map((m) => m.entityId) } } });
    expect(cases).toHaveLength(3);
    expect(cases.every((c) => c.sessionId === session.id && c.desk !== "VIOLENCE" && c.personName)).toBe(true);
    const refused = await prisma.importRow.findFirstOrThrow({ where: { batchId: batch.id, outcome: "ERROR" } });
    expect(refused).toMatchObject({
      data: null,
      errors: [{ column: "Meja", value: "Meja pengaduan kekerasan", key: "import.klik.violenceRow" }],
    });
    expect(await undoImport(user, klikCasesImport, batch.id)).toMatchObject({ ok: true, removed: 3, restored: 0 });
  });

  it("holds the NTB coordinator's committed participants import into a class of her province, which undoes as the engine's own", async () => {
    const coord = await prisma.user.findUniqueOrThrow({ where: { email: "koordinator.ntb@pekka.demo" } });
    const user = (await loadSessionUser(coord.id))!;
    const batch = await prisma.importBatch.findFirstOrThrow({ where: { kind: "PARTICIPANTS" } });
    expect(batch).toMatchObject({ userId: coord.id, status: "COMMITTED" });
    const cls = await prisma.trainingClass.findUniqueOrThrow({ where: { id: batch.parentId! }, include: { training: true } });
    expect(cls.training).toMatchObject({ level: "PROVINCIAL", provinceId: coord.provinceId });
    expect(await listImportBatches(user, "PARTICIPANTS", cls.id)).toEqual([expect.objectContaining({ id: batch.id })]);
    expect(await getImportBatch(user, "PARTICIPANTS", batch.id, { parentId: cls.id })).toMatchObject({ total: 3 });
    const made = await prisma.importChange.findMany({ where: { batchId: batch.id }, select: { entityId: true } });
    expect(await undoImport(user, participantsImport, batch.id)).toMatchObject({ ok: true, removed: 3, restored: 0 });
    expect(await prisma.participation.count({ where: { id: { in: made.map((m) => m.entityId) } } })).toBe(0);
  });

  it("lists each user's imports of every kind with the path of its page; the director has none", async () => {
    const mine = async (email: string) => {
      const u = await prisma.user.findUniqueOrThrow({ where: { email } });
      return listMyImports((await loadSessionUser(u.id))!);
    };
    const ntb = await mine("koordinator.ntb@pekka.demo");
    const participants = ntb.find((b) => b.kind === "PARTICIPANTS")!;
    const cls = await prisma.trainingClass.findUniqueOrThrow({ where: { id: participants.parentId! } });
    expect(participants.path).toBe(`/pelatihan/${cls.trainingId}/kelas/${cls.id}/impor/${participants.id}`);
    const district = await mine("staf.lomboktimur@pekka.demo");
    expect(new Set(district.map((b) => b.kind))).toEqual(new Set(["KADER", "KLIK_CASES"]));
    const klik = district.find((b) => b.kind === "KLIK_CASES")!;
    expect(klik.path).toBe(`/klik/${klik.parentId}/impor/${klik.id}`);
    expect((await mine("koordinator.aceh@pekka.demo")).map((b) => b.path)).toEqual([expect.stringMatching(/^\/rktl\/\d+\/impor\/\d+$/)]);
    expect(await mine("direktur@pekka.demo")).toEqual([]);
  });
});
