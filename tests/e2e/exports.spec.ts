import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { login } from "./helpers";

/** One CSV record → its cells (quotes handled; no line breaks inside our kader cells). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

test("a coordinator downloads the kader list as CSV (her province only) and as Excel", async ({ page }) => {
  await login(page, "koordinator.ntb@pekka.demo");
  await page.goto("/kader?status=all");
  const links = page.getByTestId("export-links");
  await expect(links.getByRole("link", { name: "Unduh CSV" })).toHaveAttribute("href", "/ekspor/kader?format=csv&status=all");

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), links.getByRole("link", { name: "Unduh CSV" }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^pekka-kader-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await csvDownload.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split("\r\n");
  const header = cells(lines[0]!);
  expect(header).toEqual(["ID", "Nama lengkap", "Jabatan", "Serikat", "Desa/kelurahan", "Kabupaten/kota", "Provinsi", "Status"]);
  expect(lines.length).toBeGreaterThan(2);
  const provinces = new Set(lines.slice(1).map((l) => cells(l)[6]));
  expect([...provinces]).toEqual(["Nusa Tenggara Barat"]);

  const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), links.getByRole("link", { name: "Unduh Excel" }).click()]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/^pekka-kader-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const xlsx = await readFile((await xlsxDownload.path())!);
  expect(xlsx.subarray(0, 2).toString("latin1")).toBe("PK");
});

test("national staff download the province table of the national dashboard with the screen's filters and numbers", async ({ page }) => {
  await login(page, "nasional@pekka.demo");
  await page.goto("/dasbor/nasional?period=2017&direction=2");
  const row = page.getByTestId("dashboard-table").locator("tbody tr", { hasText: "Nusa Tenggara Barat" });
  const onScreen = (await row.locator('td[data-measure="klikSessions"]').innerText()).trim();
  expect(onScreen).toMatch(/^[\d.]+$/);

  const links = page.getByTestId("export-links");
  const csvLink = links.getByRole("link", { name: "Unduh CSV" });
  await expect(csvLink).toHaveAttribute("href", "/ekspor/dasbor-nasional?format=csv&period=2017&direction=2");
  await csvLink.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^pekka-dasbor-nasional-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await download.path())!, "utf8")).slice(1).trim().split("\r\n");
  expect(cells(lines[0]!)).toEqual([
    "Provinsi",
    "Sesi KLIK",
    "Kasus meja pendaftaran",
    "Kasus meja perlindungan sosial",
    "Kasus meja identitas hukum",
    "Aduan kekerasan",
  ]);
  expect(lines).toHaveLength(21);
  const ntb = cells(lines.find((l) => l.startsWith("Nusa Tenggara Barat,"))!);
  // The screen formats 1234 as "1.234"; the file holds the plain number.
  expect(ntb[1]).toBe(onScreen.replace(/\./g, ""));
});

test("an export outside the user's permissions or of an unknown list is not found", async ({ page }) => {
  await login(page, "koordinator.ntb@pekka.demo");
  expect((await page.request.get("/ekspor/pengguna?format=csv")).status()).toBe(404);
  expect((await page.request.get("/ekspor/dasbor-nasional?format=csv")).status()).toBe(404);
  expect((await page.request.get("/ekspor/dasbor-kebijakan-jenis?format=xlsx")).status()).toBe(404);
  expect((await page.request.get("/ekspor/dasbor-provinsi?format=csv")).status()).toBe(200);
  expect((await page.request.get("/ekspor/kader?format=pdf")).status()).toBe(404);
  await page.context().clearCookies();
  expect((await page.request.get("/ekspor/kader?format=csv")).status()).toBe(404);
});

test("national staff open the program report, change the period and download it as PDF", async ({ page }) => {
  await login(page, "nasional@pekka.demo");
  await page.getByTestId("nav-toggle").click();
  await page.getByTestId("nav-menu").getByRole("link", { name: "Laporan program" }).click();
  await expect(page.getByRole("heading", { name: "Laporan program" })).toBeVisible();
  await expect(page.getByTestId("report-indicators")).toContainText("Sesi KLIK PEKKA terlaksana");

  const form = page.getByTestId("report-form");
  await form.getByLabel("Periode").selectOption("window");
  await form.getByLabel("Bulan pertama (jendela 6 bulan)").fill("2017-06");
  await form.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/period=window/);
  await expect(page.getByText(/1 Jun 2017\s+–\s+30 Nov 2017/)).toBeVisible();
  await expect(page.getByTestId("report-rktl")).toContainText("Nusa Tenggara Barat");

  const pdfLink = form.getByRole("link", { name: "Unduh PDF" });
  const href = (await pdfLink.getAttribute("href"))!;
  expect(href).toContain("period=window");
  expect(href).toContain("start=2017-06");
  const res = await page.request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect((await res.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const [download] = await Promise.all([page.waitForEvent("download"), pdfLink.click()]);
  expect(download.suggestedFilename()).toBe("laporan-program-2017-06-01-2017-11-30.pdf");
});

test("the program report is not for a coordinator", async ({ page }) => {
  await login(page, "koordinator.ntb@pekka.demo");
  expect((await page.request.get("/laporan/pdf?year=2017")).status()).toBe(404);
  const res = await page.goto("/laporan");
  expect(res?.status()).not.toBe(200);
});
