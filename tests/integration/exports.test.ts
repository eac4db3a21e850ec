// List exports: each dataset returns exactly the rows and fields the screen
// shows for the user's scope and filters; sealed violence details only with the
// export grant, and then the export is in the audit log; files stream as CSV
// (BOM, header, escaped) and XLSX.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db/client";
import { loadSessionUser, type CurrentUser } from "@/lib/data/session-user";
import { klikCaseExportBatch } from "@/lib/data/klik-cases";
import { fpkExportBatch, listFpkMeetings } from "@/lib/data/fpk";
import { listGuides } from "@/lib/data/guides";
import { listUsers, userExportBatch, userFilters } from "@/lib/data/users";
import { fpkFilters } from "@/lib/validation/fpk";
import { ForbiddenError } from "@/lib/authz/permissions";
import { kaderExportBatch, listKader } from "@/lib/data/kader";
import { listTargets } from "@/lib/data/rktl/targets";
import { targetFilters } from "@/lib/validation/rktl";
import { listPolicies } from "@/lib/data/policy";
import { listSerikat } from "@/lib/data/serikat";
import { listTrainings } from "@/lib/data/training/list";
import { serikatFilters } from "@/lib/validation/serikat";
import { trainingFilters } from "@/lib/validation/training";
import { datasetFor, type Dataset } from "@/lib/exports/datasets";
import { csvStream, translator, xlsxStream } from "@/lib/exports/write";
import { loadMessages } from "@/lib/i18n/messages";
import { kaderFilters } from "@/lib/validation/kader";
import { klikFilters } from "@/lib/validation/klik";
import { policyFilters } from "@/lib/validation/policy";
import { day, makeKader, makePolicyTarget, makeRktlPlan, makeStoredFile, makeTraining, makeUser } from "@/prisma/factories";
import { buildKlikWorld, type KlikWorld } from "./klik-world";
import { allRows, csvLines, text } from "./export-helpers";

let w: KlikWorld;
let exporter: CurrentUser;
let t: (k: string) => string;
let guideIds: number[] = [];
let formulaUser: { id: number };

beforeAll(async () => {
  w = await buildKlikWorld();
  exporter = (await loadSessionUser(
    (await makeUser(w.prisma, { role: "NATIONAL_STAFF", canViewViolenceDetails: true, canExportViolenceDetails: true })).id,
  ))!;
  await makeKader(w.prisma, { serikat: w.serikatA1, desaId: w.a.desa.id }, { fullName: '=HYPERLINK("http://x")' });
  await makePolicyTarget(w.prisma, w.a.kabupaten, { title: "Perdes JKN A1", desaId: w.a.desa.id, status: "DELIBERATION" });
  await makePolicyTarget(w.prisma, w.a2, { title: "Perbup FPK A2", status: "ADVOCACY" });
  await makePolicyTarget(w.prisma, w.b.kabupaten, { title: "Perbup JKN B", status: "ENACTED" });
  const national = await makeTraining(w.prisma, { level: "NATIONAL", startDate: day("2026-05-20") });
  await makeTraining(w.prisma, { level: "PROVINCIAL", provinceId: w.b.province.id, startDate: day("2026-07-01") });
  await makeTraining(w.prisma, {
    level: "LOCAL",
    provinceId: w.a.province.id,
    kabupatenId: w.a.kabupaten.id,
    parentTrainingId: national.id,
    startDate: day("2026-08-01"),
  });
  const planA = await makeRktlPlan(w.prisma, {
    provinceId: w.a.province.id,
    trainingId: national.id,
    windowStart: day("2026-06-01"),
    status: "SUBMITTED",
    targets: [
      { kabupatenId: w.a.kabupaten.id, quantity: 4 },
      { kabupatenId: w.a2.id, quantity: 2, monthOffset: 2 },
    ],
  });
  await w.prisma.rktlRealisation.createMany({
    data: [
      { targetId: planA.targets[0]!.id, month: day("2026-06-01"), achieved: 1 },
      { targetId: planA.targets[0]!.id, month: day("2026-07-01"), achieved: 2 },
    ],
  });
  await makeRktlPlan(w.prisma, {
    provinceId: w.b.province.id,
    trainingId: national.id,
    windowStart: day("2026-06-01"),
    status: "DRAFT",
    targets: [{ kabupatenId: w.b.kabupaten.id }],
  });
  // FPK: the world's A1 meeting gets an agenda that would be a formula, and a budget.
  await w.prisma.fpkMeeting.update({ where: { id: w.fpkA1.id }, data: { agenda: "=1+1 Forum A1", budgetAmount: 1500000n } });
  const jkn = await w.prisma.guide.create({ data: { topic: "JKN", title: "+Panduan JKN" } });
  const fpk = await w.prisma.guide.create({ data: { topic: "FPK", title: "Panduan FPK" } });
  for (const [version, on] of [
    ["v1", "2025-01-10"],
    ["v2", "2026-03-01"],
  ] as const) {
    const file = await makeStoredFile(w.prisma);
    await w.prisma.guideVersion.create({ data: { guideId: jkn.id, version, publishedOn: day(on), fileId: file.id } });
  }
  guideIds = [jkn.id, fpk.id];
  formulaUser = await makeUser(w.prisma, { role: "ADMIN", name: "@Formula Admin", email: "formula@example.test" });
  t = translator(await loadMessages("id"));
});

describe("kader export", () => {
  it("has the rows the screen has, in each role's scope", async () => {
    for (const user of [w.users.national, w.users.coordA, w.users.coordB, w.users.staffA1, w.users.staffB]) {
      const screen = await listKader(user, kaderFilters.parse({ status: "all" }));
      const rows = await allRows(user, "kader", { status: "all" });
      expect(rows!.map((r) => r.id).sort()).toEqual(screen.rows.map((r) => r.id).sort());
    }
    const coord = await allRows(w.users.coordA, "kader", { status: "all" });
    expect(coord!.every((r) => r.provinceName === "Provinsi A")).toBe(true);
    expect(coord!.map((r) => r.fullName)).not.toContain("Cut Nyak Rahma");
  });

  it("applies the list's filters, and a filter outside the scope finds nothing", async () => {
    expect((await allRows(w.users.national, "kader", { kabupatenId: String(w.a2.id) }))!.map((r) => r.fullName)).toEqual(["Wartini"]);
    expect((await allRows(w.users.national, "kader", { q: "siti" }))!.map((r) => r.fullName)).toEqual(["Siti Aminah"]);
    expect(await allRows(w.users.coordA, "kader", { provinceId: String(w.b.province.id) })).toEqual([]);
  });

  it("pages through the data by id cursor", async () => {
    const f = kaderFilters.parse({ status: "all" });
    const seen: number[] = [];
    for (let cursor: number | null = 0; cursor !== null;) {
      const b = await kaderExportBatch(w.users.national, f, cursor, 1);
      seen.push(...b.rows.map((r) => r.id));
      cursor = b.nextCursor;
    }
    expect(seen).toHaveLength(4);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
  });

  it("streams a CSV with BOM, Indonesian header and formula-escaped cells", async () => {
    const d = datasetFor(w.users.coordA, "kader") as Dataset<unknown>;
    const csv = await text(csvStream(d.columns, (await d.open(w.users.coordA, { status: "all" }, "csv"))!, t));
    expect(csv.startsWith("\uFEFFID,Nama lengkap,Jabatan,Serikat,Desa/kelurahan,Kabupaten/kota,Provinsi,Status\r\n")).toBe(true);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(csv).toContain('"\'=HYPERLINK(""http://x"")"');
    expect(csv).not.toContain("Provinsi B");
  });

  it("streams an XLSX that opens with the same rows", async () => {
    const d = datasetFor(w.users.staffA1, "kader") as Dataset<unknown>;
    const buf = Buffer.from(
      await new Response(xlsxStream(d.columns, (await d.open(w.users.staffA1, {}, "xlsx"))!, t, "Kader")).arrayBuffer(),
    );
    expect(buf.subarray(0, 2).toString()).toBe("PK");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe("Nama lengkap");
    const names = [2, 3].map((i) => sheet.getRow(i).getCell(2).value);
    expect(names.sort()).toEqual(['\'=HYPERLINK("http://x")', "Siti Aminah"]);
    expect(sheet.rowCount).toBe(3);
  });
});

describe("KLIK exports", () => {
  it("sessions: the coordinator's province, per-desk counts with no violence count per session, as on the screen", async () => {
    const rows = (await allRows(w.users.coordA, "klik-sesi"))!;
    expect(rows.map((r) => r.id).sort()).toEqual([w.sessionA1.id, w.sessionA2.id].sort());
    const a1 = rows.find((r) => r.id === w.sessionA1.id)!;
    // She may not open violence cases: they are counted per calendar year only, never per session (decision 0027).
    expect(a1.counts).toEqual({ REGISTRATION: 2, SOCIAL_PROTECTION: 2, LEGAL_IDENTITY: 2, VIOLENCE: null });
    const d = datasetFor(w.users.coordA, "klik-sesi") as Dataset<unknown>;
    const csv = await text(csvStream(d.columns, (await d.open(w.users.coordA, {}, "csv"))!, t));
    expect(csv).toContain(",2,2,2,dihitung per tahun kalender saja\r\n");
  });

  it("sessions: violence <5 (and its complementary cell hidden) per session for national staff with the grant", async () => {
    const params = { provinceId: String(w.a.province.id) };
    const rows = (await allRows(w.users.nationalGranted, "klik-sesi", params))!;
    expect(rows.find((r) => r.id === w.sessionA1.id)!.counts).toEqual({
      REGISTRATION: 2,
      SOCIAL_PROTECTION: 2,
      LEGAL_IDENTITY: 2,
      VIOLENCE: "<5",
    });
    // A2's 5 is hidden: the summary shows the province's 8, and 8 − 5 would give A1's 3 back.
    expect((rows.find((r) => r.id === w.sessionA2.id)!.counts as Record<string, unknown>).VIOLENCE).toBe("hidden");
    const d = datasetFor(w.users.nationalGranted, "klik-sesi") as Dataset<unknown>;
    const csv = await text(csvStream(d.columns, (await d.open(w.users.nationalGranted, params, "csv"))!, t));
    expect(csv).toContain(",2,2,2,<5\r\n");
  });

  it("sessions: the year filter applies", async () => {
    expect((await allRows(w.users.national, "klik-sesi", { year: "2025" }))!.map((r) => r.id)).toEqual([w.sessionB.id]);
  });

  it("cases: open desks with the person's name; violence rows without issue type or identity, and only for those who may open them", async () => {
    const before = await db().auditLog.count({ where: { action: "export" } });
    // Without the grant: no violence row at all (counting rows would give back every "<5").
    for (const user of [w.users.national, w.users.director, w.users.coordA]) {
      const rows = (await allRows(user, "klik-kasus"))!;
      expect(rows.filter((r) => r.desk === "VIOLENCE")).toEqual([]);
      expect(rows.length).toBeGreaterThan(0);
    }
    for (const user of [w.users.nationalGranted, w.users.staffA1]) {
      const rows = (await allRows(user, "klik-kasus"))!;
      const violence = rows.filter((r) => r.desk === "VIOLENCE");
      expect(violence.length).toBeGreaterThan(0);
      for (const r of violence) {
        expect(r).toMatchObject({
          issueType: null,
          personName: null,
          referralInstitution: null,
          note: null,
          complainantName: null,
          narrative: null,
        });
      }
      expect(rows.filter((r) => r.desk !== "VIOLENCE").every((r) => typeof r.personName === "string" && r.issueType)).toBe(true);
    }
    expect(await db().auditLog.count({ where: { action: "export" } })).toBe(before);
    const staff = (await allRows(w.users.staffA1, "klik-kasus"))!;
    expect(new Set(staff.map((r) => r.sessionId))).toEqual(new Set([w.sessionA1.id]));
  });

  it("cases: with the export grant the sealed details come, and the export is audit-logged", async () => {
    const before = await db().auditLog.count({ where: { action: "export", entity: "violence_case", userId: exporter.id } });
    const rows = (await allRows(exporter, "klik-kasus", { year: "2026" }))!;
    expect(await db().auditLog.count({ where: { action: "export", entity: "violence_case", userId: exporter.id } })).toBe(before + 1);
    const v = rows.find((r) => r.id === w.violenceA1.id)!;
    expect(v).toMatchObject({ complainantName: "Rahayu Rahasia", narrative: "Kronologi rahasia A1: suami memukul pelapor." });
    expect(v.issueType).toBeTruthy();
    expect(rows.map((r) => r.id)).not.toContain(w.violenceB.id); // 2025: filtered out
    // Without starting the export through the audit step, the batch function refuses the details.
    const direct = await klikCaseExportBatch(w.users.nationalGranted, klikFilters.parse({}), true);
    expect(direct.rows.find((r) => r.id === w.violenceA1.id)!.complainantName).toBeNull();
  });
});

describe("policy export", () => {
  it("matches the screen's rows for each scope and filter", async () => {
    for (const user of [w.users.national, w.users.coordA, w.users.staffA1, w.users.coordB]) {
      for (const params of [{}, { status: "ENACTED" }, { kabupatenId: String(w.a2.id) }] as Record<string, string>[]) {
        const screen = await listPolicies(user, policyFilters.parse(params));
        const rows = (await allRows(user, "kebijakan", params))!;
        expect(rows.map((r) => r.id).sort()).toEqual(screen.rows.map((r) => r.id).sort());
      }
    }
    expect((await allRows(w.users.coordB, "kebijakan"))!.map((r) => r.title)).toEqual(["Perbup JKN B"]);
  });
});

describe("serikat, training and RKTL exports", () => {
  it("serikat and trainings: the screen's rows for each scope and filter", async () => {
    for (const user of [w.users.national, w.users.coordA, w.users.coordB, w.users.staffA1]) {
      const screenS = await listSerikat(user, serikatFilters.parse({ status: "all" }));
      expect((await allRows(user, "serikat", { status: "all" }))!.map((r) => r.id).sort()).toEqual(screenS.rows.map((r) => r.id).sort());
      for (const params of [{}, { level: "LOCAL" }, { year: "2026" }] as Record<string, string>[]) {
        const screenT = await listTrainings(user, trainingFilters.parse(params));
        const rows = (await allRows(user, "pelatihan", params))!;
        expect(rows.map((r) => r.id).sort()).toEqual(screenT.rows.map((r) => r.id).sort());
      }
    }
    expect((await allRows(w.users.coordA, "serikat", { status: "all" }))!.map((r) => r.name).sort()).toEqual(["Serikat A1", "Serikat A2"]);
  });

  it("RKTL targets: the province's plans only, with realisation and % as the plan page computes them", async () => {
    const a = (await allRows(w.users.coordA, "rktl-target"))!;
    expect(a).toHaveLength(2);
    expect(a.map((r) => [r.quantity, r.achieved, r.percent])).toEqual([
      [4, 3, 75],
      [2, 0, 0],
    ]);
    expect(a.every((r) => r.provinceName === "Provinsi A")).toBe(true);
    const coordB = (await allRows(w.users.coordB, "rktl-target"))!;
    expect(coordB.every((r) => r.provinceName === "Provinsi B")).toBe(true);
    expect(coordB).toHaveLength(1);
    expect(await allRows(w.users.coordA, "rktl-target", { provinceId: String(w.b.province.id) })).toEqual([]);
    expect((await allRows(w.users.national, "rktl-target", { status: "DRAFT" }))!.map((r) => r.provinceName)).toEqual(["Provinsi B"]);
  });

  it("the RKTL target list: the targets the list shows, with its filters and in each role's scope", async () => {
    const cases: [CurrentUser, Record<string, string>][] = [
      [w.users.national, {}],
      [w.users.national, { status: "met" }],
      [w.users.national, { status: "behind" }],
      [w.users.national, { provinceId: String(w.a.province.id), from: "2026-08-01", to: "2026-08-31" }],
      [w.users.coordA, {}],
      [w.users.coordB, {}],
    ];
    for (const [user, params] of cases) {
      const listed = await listTargets(user, targetFilters.parse(params));
      expect(listed.pageCount).toBe(1);
      const exported = (await allRows(user, "rktl-target-list", params))!;
      expect(exported.map((r) => r.id).sort()).toEqual(listed.rows.map((r) => r.id).sort());
      for (const r of exported) {
        const row = listed.rows.find((l) => l.id === r.id)!;
        expect([r.achieved, r.percent]).toEqual([row.progress.achieved, row.progress.percent]);
      }
    }
    // Province A's two submitted targets; B's only plan is a draft, which the list leaves out.
    expect((await allRows(w.users.national, "rktl-target-list"))!.map((r) => r.provinceName)).toEqual(["Provinsi A", "Provinsi A"]);
    expect(await allRows(w.users.coordB, "rktl-target-list")).toEqual([]);
  });
});

describe("FPK, guide and user exports", () => {
  it("FPK meetings: the list's rows and counts in each role's scope and filters", async () => {
    for (const user of [w.users.national, w.users.coordA, w.users.coordB, w.users.staffA1, w.users.director]) {
      for (const params of [{}, { year: "2026" }, { kabupatenId: String(w.a.kabupaten.id) }] as Record<string, string>[]) {
        const screen = await listFpkMeetings(user, fpkFilters.parse(params));
        const rows = (await allRows(user, "fpk", params))!;
        expect(rows.map((r) => r.id).sort()).toEqual(screen.rows.map((r) => r.id).sort());
        for (const r of screen.rows)
          expect(rows.find((x) => x.id === r.id)).toMatchObject({ institutions: r.institutions, people: r.people, agenda: r.agenda });
      }
    }
    expect((await allRows(w.users.coordA, "fpk"))!.map((r) => r.agenda)).toEqual(["=1+1 Forum A1"]);
    expect(await allRows(w.users.coordA, "fpk", { provinceId: String(w.b.province.id) })).toEqual([]);
    expect((await fpkExportBatch(w.users.national, fpkFilters.parse({ year: "2020" }))).rows).toEqual([]);
  });

  it("FPK meetings: formula-escaped CSV with the budget as a number", async () => {
    const lines = await csvLines(w.users.staffA1, "fpk");
    expect(lines[0]).toBe("ID,Tanggal pertemuan,Kabupaten/kota,Provinsi,Agenda,Lembaga hadir,Orang hadir,Anggaran hasil advokasi (Rp)");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(",'=1+1 Forum A1,1,2,1500000");
  });

  it("guides: the library's rows for every role, escaped", async () => {
    for (const user of [w.users.director, w.users.staffA1, w.users.coordB]) {
      const screen = await listGuides(user);
      const rows = (await allRows(user, "panduan"))!;
      expect(rows.map((r) => r.id).sort()).toEqual(screen.map((g) => g.id).sort());
      for (const g of screen) {
        expect(rows.find((r) => r.id === g.id)).toMatchObject({
          versionCount: g._count.versions,
          latestVersion: g.versions[0]?.version ?? null,
        });
      }
    }
    const lines = await csvLines(w.users.staffA1, "panduan");
    expect(lines[0]).toBe("ID,Judul panduan,Topik,Jumlah versi,Versi terbaru,Tanggal terbit versi terbaru");
    expect(lines).toContain(`${guideIds[0]},'+Panduan JKN,JKN,2,v2,2026-03-01`);
  });

  it("users: admin only, the list's fields and filters, never the password hash", async () => {
    for (const params of [{}, { role: "DISTRICT_STAFF" }, { q: "@" }] as Record<string, string>[]) {
      const screen = await listUsers(w.users.admin, userFilters.parse(params));
      const rows = (await allRows(w.users.admin, "pengguna", params))!;
      expect(rows.map((r) => r.id).sort()).toEqual(screen.rows.map((r) => r.id).sort());
    }
    const rows = (await allRows(w.users.admin, "pengguna"))!;
    expect(Object.keys(rows[0]!).sort()).toEqual(["active", "email", "id", "name", "role", "scopeLabel"]);
    const lines = await csvLines(w.users.admin, "pengguna", { q: "@Formula" });
    expect(lines).toEqual([
      "ID,Nama,Email,Peran,Wilayah kerja,Status",
      `${formulaUser.id},'@Formula Admin,formula@example.test,Admin,Nasional,Aktif`,
    ]);
    const hash = (await db().user.findUniqueOrThrow({ where: { id: formulaUser.id }, select: { passwordHash: true } })).passwordHash;
    expect((await csvLines(w.users.admin, "pengguna")).join("\n")).not.toContain(hash);
    for (const user of [w.users.national, w.users.director, w.users.coordA]) {
      expect(datasetFor(user, "pengguna")).toBeNull();
      await expect(userExportBatch(user, userFilters.parse({}))).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("registry", () => {
  it("knows only its datasets", () => {
    expect(datasetFor(w.users.national, "users")).toBeNull();
    expect(datasetFor(w.users.national, "__proto__")).toBeNull();
    expect(datasetFor(w.users.national, "kader")).not.toBeNull();
  });
});
