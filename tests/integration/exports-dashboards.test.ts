// Dashboard table exports: each file holds the dashboard function's own rows
// for the viewer's scope and filters (same measures per program direction, the
// violence column protected exactly as on the screen), only for roles that
// see that dashboard and may export, with formula-escaped text.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { ForbiddenError } from "@/lib/authz/permissions";
import type { CurrentUser } from "@/lib/data/session-user";
import { nationalDashboard, provinceDashboard as nationalProvinceDashboard } from "@/lib/data/dashboard-national";
import { policyDashboard } from "@/lib/data/dashboard-policy";
import { provinceDashboard } from "@/lib/data/dashboard-province";
import { nationalTableExport } from "@/lib/data/dashboard-national";
import { policyDashboardExport } from "@/lib/data/dashboard-policy";
import { provinceBreakdownExport } from "@/lib/data/dashboard-province";
import { datasetColumns, datasetFor } from "@/lib/exports/datasets";
import { translator, xlsxStream } from "@/lib/exports/write";
import { loadMessages } from "@/lib/i18n/messages";
import { resolvePeriod } from "@/lib/domain/dashboard";
import { day, makePolicyTarget } from "@/prisma/factories";
import { buildKlikWorld, type KlikWorld } from "./klik-world";
import { allRows, csvLines } from "./export-helpers";

let w: KlikWorld;

beforeAll(async () => {
  w = await buildKlikWorld();
  await w.prisma.programIndicator.create({
    data: {
      direction: 1,
      code: "D1_WRITTEN_POLICY",
      name: "Kebijakan tertulis",
      unit: "kebijakan",
      target: 4,
      periodStart: day("2016-01-01"),
      periodEnd: day("2019-12-31"),
    },
  });
  const p1 = await makePolicyTarget(w.prisma, w.a.kabupaten, { status: "ENACTED", type: "PERBUP", title: "=Perbup JKN A1" });
  await w.prisma.policyTarget.update({ where: { id: p1.id }, data: { enactedOn: day("2017-11-20") } });
  await makePolicyTarget(w.prisma, w.a2, { status: "ENACTED", type: "PERDES", desaId: w.a2.desa.id });
  await makePolicyTarget(w.prisma, w.b.kabupaten, { status: "ENACTED", type: "PERWALI" });
  await makePolicyTarget(w.prisma, w.b.kabupaten, { status: "DELIBERATION", type: "PERDA" });
});

const NATIONAL_PARAMS: Record<string, string>[] = [
  {},
  { period: "2026" },
  { period: "2025", direction: "2" },
  { period: "custom", from: "2026-09-01", to: "2026-09-30" },
];

describe("national dashboard tables", () => {
  it("the province table is the dashboard's rows for each period, for national staff and the director", async () => {
    for (const user of [w.users.national, w.users.director]) {
      for (const params of NATIONAL_PARAMS) {
        const screen = await nationalDashboard(user, resolvePeriod(params));
        expect(await allRows(user, "dasbor-nasional", params)).toEqual(screen.rows);
      }
    }
  });

  it("a province's kabupaten table too; the violence column protected as on the screen", async () => {
    for (const user of [w.users.national, w.users.director]) {
      for (const params of NATIONAL_PARAMS) {
        const screen = await nationalProvinceDashboard(user, w.a.province.id, resolvePeriod(params));
        expect(await allRows(user, "dasbor-nasional-provinsi", { ...params, provinceId: String(w.a.province.id) })).toEqual(screen!.rows);
      }
    }
    // 2026: A1 has 3 complaints ("<5"), A2 has 5, hidden so the 3 cannot be worked out from the province's 8.
    const rows = (await allRows(w.users.national, "dasbor-nasional-provinsi", { provinceId: String(w.a.province.id), period: "2026" }))!;
    const violence = Object.fromEntries(rows.map((r) => [r.id, r.casesViolence]));
    expect(violence).toEqual({ [w.a.kabupaten.id]: "<5", [w.a2.id]: "hidden" });
  });

  it("writes the columns of the chosen direction, with the screen's protected cells", async () => {
    const lines = await csvLines(w.users.national, "dasbor-nasional-provinsi", {
      provinceId: String(w.a.province.id),
      direction: "2",
      period: "2026",
    });
    expect(lines[0]).toBe(
      "Kabupaten/kota,Sesi KLIK,Kasus meja pendaftaran,Kasus meja perlindungan sosial,Kasus meja identitas hukum,Aduan kekerasan",
    );
    // Rows in the screen's order (kabupaten code): A2 (5 complaints, hidden) and A1 (3: "<5").
    expect(lines.slice(1).map((l) => l.split(",").slice(1))).toEqual([
      ["1", "0", "0", "1", "disembunyikan"],
      ["1", "2", "2", "2", "<5"],
    ]);
    const all = await csvLines(w.users.director, "dasbor-nasional", { period: "2026" });
    expect(all[0]!.split(",")).toHaveLength(1 + 22);
    expect(
      all
        .slice(1)
        .map((l) => l.split(",")[0])
        .sort(),
    ).toEqual(["Provinsi A", "Provinsi B"]);
  });

  it("writes an Excel file with the same columns and typed numbers", async () => {
    const params = { provinceId: String(w.a.province.id), direction: "2", period: "2026" };
    const d = datasetFor(w.users.director, "dasbor-nasional-provinsi")!;
    const t = translator(await loadMessages("id"));
    const stream = xlsxStream(datasetColumns(d, params), (await d.open(w.users.director, params, "xlsx"))!, t, "Dasbor");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await new Response(stream).arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(6).value).toBe("Aduan kekerasan");
    expect(sheet.rowCount).toBe(3);
    const values = [2, 3].map((i) => [sheet.getRow(i).getCell(3).value, sheet.getRow(i).getCell(6).value]);
    expect(values).toEqual([
      [0, "disembunyikan"],
      [2, "<5"],
    ]);
  });

  it("is not for the province roles, and an unknown province is not found", async () => {
    for (const user of [w.users.coordA, w.users.staffA1]) {
      expect(datasetFor(user, "dasbor-nasional")).toBeNull();
      expect(datasetFor(user, "dasbor-nasional-provinsi")).toBeNull();
      await expect(nationalTableExport(user, resolvePeriod({}))).rejects.toBeInstanceOf(ForbiddenError);
    }
    const d = datasetFor(w.users.national, "dasbor-nasional-provinsi")!;
    expect(await d.open(w.users.national, { provinceId: "999999" }, "csv")).toBeNull();
    expect(await d.open(w.users.national, { provinceId: "abc" }, "csv")).toBeNull();
    expect(await d.open(w.users.national, {}, "csv")).toBeNull();
  });
});

describe("policy dashboard tables", () => {
  it("by type, by province, by quarter, the pipeline and the enacted list are the dashboard's, for the director and national staff", async () => {
    for (const user of [w.users.director, w.users.national]) {
      const d = await policyDashboard(user);
      expect(await allRows(user, "dasbor-kebijakan-jenis")).toEqual(d.byType);
      expect(await allRows(user, "dasbor-kebijakan-provinsi")).toEqual(d.byProvince);
      expect(await allRows(user, "dasbor-kebijakan-triwulan")).toEqual(d.quarters);
      expect(await allRows(user, "dasbor-kebijakan-alur")).toEqual(d.funnel);
      // The enacted list in full (the screen shows the latest few): the same rows, all of them.
      const enacted = (await allRows(user, "dasbor-kebijakan-ditetapkan"))!;
      expect(enacted).toHaveLength(d.enactedTotal);
      const latest = [...enacted].sort((x, y) => Number(y.enactedOn) - Number(x.enactedOn) || Number(y.id) - Number(x.id));
      expect(latest.slice(0, d.enacted.length)).toEqual(d.enacted);
    }
  });

  it("writes readable, formula-escaped files", async () => {
    expect(await csvLines(w.users.director, "dasbor-kebijakan-jenis")).toEqual([
      "Jenis,Ditetapkan",
      "Perdes (Peraturan Desa),1",
      "Perda (Peraturan Daerah),0",
      "Perbup (Peraturan Bupati),1",
      "Perwali (Peraturan Wali Kota),1",
    ]);
    const quarters = await csvLines(w.users.director, "dasbor-kebijakan-triwulan");
    expect(quarters[0]).toBe("Tahun,Triwulan,Ditetapkan");
    expect(quarters[1]).toBe("2017,4,1");
    const enacted = await csvLines(w.users.director, "dasbor-kebijakan-ditetapkan");
    expect(enacted[0]).toBe("ID,Judul kebijakan,Jenis,Nomor peraturan,Tanggal ditetapkan,Kabupaten/kota,Kabupaten program,Provinsi");
    expect(enacted.find((l) => l.includes("Perbup JKN A1"))).toMatch(
      /^\d+,'=Perbup JKN A1,Perbup \(Peraturan Bupati\),.*,2017-11-20,.*,Tidak,Provinsi A$/,
    );
  });

  it("is not for the province roles", async () => {
    for (const user of [w.users.coordA, w.users.staffA1]) {
      for (const name of [
        "dasbor-kebijakan-jenis",
        "dasbor-kebijakan-provinsi",
        "dasbor-kebijakan-triwulan",
        "dasbor-kebijakan-ditetapkan",
      ]) {
        expect(datasetFor(user, name)).toBeNull();
      }
      await expect(policyDashboardExport(user)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("province dashboard table", () => {
  const users = () => [w.users.coordA, w.users.staffA1, w.users.coordB] as CurrentUser[];

  it("is the dashboard's kabupaten breakdown for the coordinator and district staff", async () => {
    for (const user of users()) {
      const d = await provinceDashboard(user);
      expect(await allRows(user, "dasbor-provinsi")).toEqual(d.kabupaten);
    }
    expect((await allRows(w.users.staffA1, "dasbor-provinsi"))!.map((r) => r.id)).toEqual([w.a.kabupaten.id]);
  });

  it("writes the breakdown's columns with the violence desk's 1–4 as <5", async () => {
    const lines = await csvLines(w.users.coordA, "dasbor-provinsi");
    expect(lines[0]).toBe(
      "Kabupaten/kota,Kader aktif,Sesi KLIK,Meja registrasi,Meja perlindungan sosial,Meja identitas hukum,Meja pengaduan kekerasan," +
        "Kebijakan teridentifikasi,Kebijakan dalam advokasi,Kebijakan dalam penyusunan,Kebijakan dalam pembahasan,Kebijakan ditetapkan,Kebijakan dihentikan,Pertemuan FPK,Anggota",
    );
    const a1Name = (await provinceDashboard(w.users.coordA)).kabupaten.find((k) => k.id === w.a.kabupaten.id)!.name;
    const a1 = lines.find((l) => l.startsWith(`${a1Name},`))!;
    expect(a1.split(",").slice(2, 7)).toEqual(["1", "2", "2", "2", "<5"]);
  });

  it("is not for the national roles", async () => {
    for (const user of [w.users.national, w.users.director]) {
      expect(datasetFor(user, "dasbor-provinsi")).toBeNull();
      await expect(provinceBreakdownExport(user)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
