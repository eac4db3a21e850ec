// A coordinator brings her kader sheet in (issue 12): she downloads the
// template, fills 30 rows of which 3 are wrong, sees exactly those three
// explained, fixes one, skips two, imports with progress shown, finds the
// kader in the registry, and undoes the import.
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { login } from "./helpers";

const RUN = Date.now().toString(36);
const nameOf = (i: number) => `Impor Uji ${RUN} ${String(i).padStart(2, "0")}`;

type Sheet = { desaCode: string; serikat: string; headers: string[] };

/** What the downloaded template offers: its header row, a desa code and a serikat of her own area. */
async function readTemplate(bytes: Buffer): Promise<{ wb: ExcelJS.Workbook; sheet: Sheet }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const data = wb.worksheets[0]!;
  const headers = (data.getRow(1).values as unknown[]).slice(1).map(String);
  // A serikat, and a desa of the same kabupaten (both sheets name the kabupaten).
  const serikatSheet = wb.getWorksheet("Serikat")!;
  const serikat = String(serikatSheet.getRow(2).getCell(1).value);
  const kabupaten = String(serikatSheet.getRow(2).getCell(2).value);
  const codes = wb.getWorksheet("Kode wilayah")!;
  const heads = (codes.getRow(1).values as unknown[]).map(String);
  const [kabCol, codeCol] = [heads.indexOf("Kabupaten"), heads.findIndex((v) => /kode desa/i.test(v))];
  let desaCode = "";
  codes.eachRow((r, n) => {
    if (n > 1 && !desaCode && String(r.getCell(kabCol).value) === kabupaten) desaCode = String(r.getCell(codeCol).value);
  });
  expect(desaCode, `a desa of ${kabupaten} in the template`).not.toBe("");
  return { wb, sheet: { desaCode, serikat, headers } };
}

/** 30 kader; sheet rows 4, 11 and 19 (the 3rd, 10th and 18th) are wrong: a phone unless fixed, an unknown desa code, no name. */
async function fill(template: Buffer, fixPhone: boolean): Promise<Buffer> {
  const { wb, sheet } = await readTemplate(template);
  const ws = wb.worksheets[0]!;
  // The template's example rows, if any, go: the file holds only her 30 kader.
  ws.spliceRows(2, ws.rowCount);
  const col = (header: RegExp) => sheet.headers.findIndex((h) => header.test(h)) + 1;
  for (let i = 1; i <= 30; i++) {
    const row = ws.getRow(i + 1);
    row.getCell(col(/^nama/i)).value = i === 18 ? "" : nameOf(i);
    row.getCell(col(/^jabatan/i)).value = "Kader";
    row.getCell(col(/hp|telepon/i)).value =
      i === 3 && !fixPhone ? "12ab" : `0813${RUN.slice(-4).replace(/\D/g, "7")}${String(i).padStart(4, "0")}`;
    row.getCell(col(/^serikat/i)).value = sheet.serikat;
    row.getCell(col(/kode desa/i)).value = i === 10 ? "9999999999" : sheet.desaCode;
    row.commit();
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, file: Buffer, name: string) {
  await page.goto("/kader/impor");
  await page.getByLabel("Berkas Excel atau CSV").setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: file,
  });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Menunggu konfirmasi", { timeout: 30_000 });
}

test("a coordinator imports her kader sheet: preview, per-row reasons, skip, progress, registry, undo", async ({ page }) => {
  await login(page, "koordinator.ntb@pekka.demo");
  await page.goto("/kader");
  await page.getByRole("link", { name: "Impor dari berkas" }).click();
  await expect(page.getByRole("heading", { name: "Impor kader" })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Templat Excel (.xlsx)" }).click()]);
  const template = await readFile((await download.path())!);

  // Three wrong rows, each explained by its column, its value and the reason.
  await upload(page, await fill(template, false), "kader-ntb.xlsx");
  await expect(page.getByTestId("count-ERROR")).toContainText("3");
  await expect(page.getByTestId("count-CREATE")).toContainText("27");
  await page.getByTestId("count-ERROR").click();
  const rows = page.getByTestId("import-rows").locator("tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId("import-row-4")).toContainText("12ab");
  await expect(page.getByTestId("import-row-11")).toContainText("9999999999");
  await expect(page.getByTestId("import-row-19")).toContainText(/nama/i);
  // Nothing is in the registry yet.
  await page.goto(`/kader?status=all&q=${encodeURIComponent(`Impor Uji ${RUN}`)}`);
  await expect(page.getByText("Tidak ada kader yang cocok")).toBeVisible();

  // She fixes the phone number, uploads again, skips the two rows left wrong.
  await upload(page, await fill(template, true), "kader-ntb-diperbaiki.xlsx");
  await expect(page.getByTestId("count-ERROR")).toContainText("2");
  await page.getByLabel("Lewati 2 baris yang salah dan simpan sisanya").check();
  await page.getByRole("button", { name: "Simpan impor" }).click();
  await expect(page.getByTestId("job-progress")).toBeVisible();
  await expect(page.getByText("Tersimpan: 28 baris ditulis, 2 baris salah dilewati.")).toBeVisible({ timeout: 30_000 });

  await page.getByRole("link", { name: "Lihat daftar kader" }).click();
  await page.goto(`/kader?status=all&q=${encodeURIComponent(nameOf(3))}`);
  await expect(page.getByRole("link", { name: nameOf(3) })).toBeVisible();

  // Undone as a whole: the 28 kader are gone again.
  await page.goto("/kader/impor");
  await page.getByTestId("import-history").getByRole("link", { name: "kader-ntb-diperbaiki.xlsx" }).click();
  await page.getByRole("button", { name: "Batalkan impor ini" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Dibatalkan");
  await page.goto(`/kader?status=all&q=${encodeURIComponent(`Impor Uji ${RUN}`)}`);
  await expect(page.getByText("Tidak ada kader yang cocok")).toBeVisible();
});
