// A coordinator brings her draft plan's targets in from a sheet (issue 12):
// the template offers her province's kabupaten and the plan's six months, one
// wrong row is explained by column, value and reason, she skips it, the
// targets appear on the plan, and the import is undone as a whole.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { login } from "./helpers";

const RUN = Date.now().toString(36);

async function fill(template: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const kabupaten = String(wb.getWorksheet("Kabupaten")!.getRow(2).getCell(1).value);
  const months = [2, 3, 4].map((r) => String(wb.getWorksheet("Bulan")!.getRow(r).getCell(1).value));
  const ws = wb.worksheets[0]!;
  ws.spliceRows(2, ws.rowCount);
  const rows = [
    [`Sosialisasi uji ${RUN}`, "Sosialisasi", 3, "kali", kabupaten, "Nurhayati", months[0]],
    [`KLIK PEKKA uji ${RUN}`, "Sesi KLIK PEKKA", "2", "sesi", kabupaten, "Nurhayati", months[1]],
    [`Advokasi uji ${RUN}`, "Advokasi", "banyak", "kali", kabupaten, "Nurhayati", months[2]], // not a number
    [`JKN uji ${RUN}`, "Pendaftaran JKN", 25, "orang", kabupaten, "Nurhayati", months[2]],
  ];
  rows.forEach((r, i) => (ws.getRow(i + 2).values = r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("a coordinator imports her draft plan's targets: template, one row explained and skipped, plan, undo", async ({ page }) => {
  await login(page, "koordinator.aceh@pekka.demo");
  await page.goto("/rktl?status=DRAFT");
  await page.locator("tbody").getByRole("link", { name: "Aceh" }).first().click();
  await expect(page.getByRole("heading", { name: "RKTL Aceh" })).toBeVisible();
  const planUrl = page.url();
  await page.getByRole("link", { name: "Impor target dari berkas" }).click();
  await expect(page.getByRole("heading", { name: "Impor target RKTL" })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Templat Excel (.xlsx)" }).click()]);
  const file = await fill(await readFile((await download.path())!));

  await page.getByLabel("Berkas Excel atau CSV").setInputFiles({
    name: "target-aceh.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: file,
  });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Menunggu konfirmasi", { timeout: 30_000 });
  await expect(page.getByTestId("count-CREATE")).toContainText("3");
  await expect(page.getByTestId("count-ERROR")).toContainText("1");
  await expect(page.getByTestId("import-row-4")).toContainText("Jumlah target");
  await expect(page.getByTestId("import-row-4")).toContainText("banyak");

  await page.getByLabel("Lewati 1 baris yang salah dan simpan sisanya").check();
  await page.getByRole("button", { name: "Simpan impor" }).click();
  await expect(page.getByText("Tersimpan: 3 baris ditulis, 1 baris salah dilewati.")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("link", { name: "Lihat rencana" }).click();
  await expect(page).toHaveURL(planUrl);
  await expect(page.getByText(`Sosialisasi uji ${RUN}`)).toBeVisible();
  await expect(page.getByText(`Advokasi uji ${RUN}`)).toHaveCount(0);

  await page.goto(`${planUrl}/impor`);
  await page.getByTestId("import-history").getByRole("link", { name: "target-aceh.xlsx" }).first().click();
  await page.getByRole("button", { name: "Batalkan impor ini" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Dibatalkan");
  await page.goto(planUrl);
  await expect(page.getByText(`Sosialisasi uji ${RUN}`)).toHaveCount(0);

  // Her imports of every kind, in one list, lead back to this one.
  await page.goto(`${planUrl}/impor`);
  await page.getByRole("link", { name: "Semua impor saya" }).click();
  const mine = page.getByTestId("my-imports").locator("li", { hasText: "target-aceh.xlsx" }).first();
  await expect(mine).toContainText("Target RKTL");
  await expect(mine).toContainText("Dibatalkan");
  await mine.getByRole("link").click();
  await expect(page.getByTestId("import-status")).toHaveText("Dibatalkan");
});
