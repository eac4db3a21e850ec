// District staff bring a KLIK day's paper register in (issue 12, points 4–6):
// she opens a session of her kabupaten, downloads its template, uploads eight
// rows of which one is a violence complaint and one has an issue type of
// another desk, sees both explained (the violence row with nothing of it but
// the desk), skips them, imports, finds the cases on the session page, undoes.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { login } from "./helpers";

const RUN = Date.now().toString(36);
const nameOf = (i: number) => `Warga Impor ${RUN} ${i}`;
const SECRET = `Pelapor Rahasia ${RUN}`;

/** Eight rows: sheet row 6 (the 5th) is a violence complaint, row 8 (the 7th) a registration row with a legal-identity issue. */
async function fill(template: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  expect(headers).toEqual(["Meja", "Jenis masalah", "Nama", "Status", "Dirujuk ke"]);
  const rows: string[][] = [
    ["Meja pendaftaran", "Pengunjung baru", nameOf(1), "Diterima", ""],
    ["Meja pendaftaran", "Konsultasi", nameOf(2), "Selesai", ""],
    ["Meja perlindungan sosial", "Pendaftaran JKN/BPJS Kesehatan", nameOf(3), "Dirujuk", "BPJS Kesehatan Selong"],
    ["Meja perlindungan sosial", "Bantuan tunai PKH", nameOf(4), "Sedang diproses", "Dinas Sosial"],
    ["Meja pengaduan kekerasan", "Kekerasan dalam rumah tangga", SECRET, "Dirujuk", "UPTD PPA"],
    ["Meja identitas hukum", "Akta kelahiran", nameOf(6), "Diterima", ""],
    ["Meja pendaftaran", "KTP", nameOf(7), "Diterima", ""],
    ["Meja identitas hukum", "kartu keluarga", nameOf(8), "Diterima", ""],
  ];
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    r.forEach((v, c) => (row.getCell(c + 1).value = v));
    row.commit();
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("district staff import a KLIK day's register into a session: reasons, violence row refused, skip, session page, undo", async ({
  page,
}) => {
  await login(page, "staf.lomboktimur@pekka.demo");
  await page.goto("/klik");
  // The newest session in the list (all of hers are in Lombok Timur).
  const hrefs = await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const first = hrefs.find((h) => /^\/klik\/\d+$/.test(h));
  expect(first, "a session in the list").toBeTruthy();
  await page.locator(`main a[href="${first}"]`).first().click();
  await expect(page).toHaveURL(/\/klik\/\d+$/);
  const sessionUrl = page.url();
  await page.getByRole("link", { name: "Impor kasus dari berkas" }).click();
  await expect(page.getByRole("heading", { name: "Impor kasus KLIK" })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Templat Excel (.xlsx)" }).click()]);
  const template = await readFile((await download.path())!);

  await page.getByLabel("Berkas Excel atau CSV").setInputFiles({
    name: `register-${RUN}.xlsx`,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await fill(template),
  });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Menunggu konfirmasi", { timeout: 30_000 });
  await expect(page.getByTestId("count-CREATE")).toContainText("6");
  await expect(page.getByTestId("count-ERROR")).toContainText("2");
  await page.getByTestId("count-ERROR").click();
  await expect(page.getByTestId("import-rows").locator("tbody tr")).toHaveCount(2);
  await expect(page.getByTestId("import-row-6")).toContainText("Meja pengaduan kekerasan");
  await expect(page.getByTestId("import-row-6")).toContainText("formulir tertutup di halaman sesi");
  await expect(page.getByTestId("import-row-8")).toContainText("KTP");
  await expect(page.getByTestId("import-row-8")).toContainText("Bukan jenis masalah di Meja pendaftaran");
  // Nothing of the complaint beyond its desk is shown (or kept).
  await expect(page.getByText(SECRET)).toHaveCount(0);

  await page.getByLabel("Lewati 2 baris yang salah dan simpan sisanya").check();
  await page.getByRole("button", { name: "Simpan impor" }).click();
  await expect(page.getByText("Tersimpan: 6 baris ditulis, 2 baris salah dilewati.")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("link", { name: "Lihat kasus di halaman sesi" }).click();
  await expect(page).toHaveURL(sessionUrl);
  await expect(page.getByTestId("desk-REGISTRATION").getByRole("link", { name: nameOf(1) })).toBeVisible();
  await expect(page.getByTestId("desk-LEGAL_IDENTITY").getByRole("link", { name: nameOf(8) })).toBeVisible();
  await expect(page.getByText(nameOf(7))).toHaveCount(0);

  // Undone as a whole: the six cases are gone from the session again.
  await page.getByRole("link", { name: "Impor kasus dari berkas" }).click();
  await page
    .getByTestId("import-history")
    .getByRole("link", { name: `register-${RUN}.xlsx` })
    .click();
  await page.getByRole("button", { name: "Batalkan impor ini" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Dibatalkan");
  await page.goto(sessionUrl);
  await expect(page.getByText(nameOf(1))).toHaveCount(0);
});
