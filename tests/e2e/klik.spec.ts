import { expect, test, type Page } from "@playwright/test";
import { chooseSuggestion, login } from "./helpers";

// Unique per run, so a re-run against the same database can find its own rows.
const TAG = Date.now().toString(36);
const OFFICERS = `Baiq Rohani ${TAG}, Inaq Sumiati`;
const COMPLAINANT = `Inaq Rahasia ${TAG}`;
const NARRATIVE = `Kronologi uji ${TAG}: pelapor mengalami kekerasan dalam rumah tangga.`;
const today = new Date().toISOString().slice(0, 10);

async function addCase(page: Page, desk: string, fill: () => Promise<void>) {
  await page.getByTestId(`desk-${desk}`).getByRole("link", { name: "Tambah kasus" }).click();
  await expect(page.getByRole("heading", { name: /^Tambah kasus: / })).toBeVisible();
  await fill();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
}

test("district staff record a KLIK session with a case at each desk; the coordinator sees only counts at the violence desk", async ({
  page,
}) => {
  await login(page, "staf.lomboktimur@pekka.demo");
  await page.goto("/klik");
  await page.getByRole("link", { name: "Catat sesi KLIK" }).click();
  await expect(page.getByRole("heading", { name: "Catat sesi KLIK" })).toBeVisible();

  // Nothing filled: errors beside the fields, in Indonesian.
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.locator('[data-field-error="desaId"]')).toHaveText("Silakan pilih salah satu.");
  await expect(page.locator('[data-field-error="officers"]')).toHaveText("Wajib diisi.");

  await page.getByLabel("Tanggal").fill(today);
  await chooseSuggestion(page.getByLabel("Desa/kelurahan"), "masb");
  await page.getByLabel("Petugas").fill(OFFICERS);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  await expect(page.getByText(OFFICERS)).toBeVisible();
  const sessionUrl = page.url().replace(/\?.*$/, "");

  await addCase(page, "REGISTRATION", async () => {
    await page.getByLabel("Jenis masalah").selectOption({ label: "Pengunjung baru" });
    await page.getByLabel("Nama warga").fill(`Inaq Pendaftar ${TAG}`);
  });
  await addCase(page, "SOCIAL_PROTECTION", async () => {
    await page.getByLabel("Jenis masalah").selectOption({ label: "Pendaftaran JKN/BPJS Kesehatan" });
    await page.getByLabel("Nama warga").fill(`Inaq Jkn ${TAG}`);
  });
  await addCase(page, "LEGAL_IDENTITY", async () => {
    await page.getByLabel("Jenis masalah").selectOption({ label: "Akta kelahiran" });
    await page.getByLabel("Nama warga").fill(`Inaq Akta ${TAG}`);
    // Referred without an institution: refused, nothing typed is lost.
    await page.getByLabel("Status").selectOption({ label: "Dirujuk" });
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.locator('[data-field-error="referralInstitution"]')).toHaveText("Tulis lembaga rujukan bila kasus dirujuk.");
    await expect(page.getByLabel("Nama warga")).toHaveValue(`Inaq Akta ${TAG}`);
    await page.getByLabel("Lembaga rujukan").fill("Disdukcapil Kab. Lombok Timur");
  });
  await addCase(page, "VIOLENCE", async () => {
    await page.getByLabel("Jenis masalah").selectOption({ label: "Kekerasan dalam rumah tangga" });
    await page.getByLabel("Nama pelapor").fill(COMPLAINANT);
    await page.getByLabel("Kronologi pengaduan").fill(NARRATIVE);
    await page.getByLabel("Status").selectOption({ label: "Dirujuk" });
    await page.getByLabel("Lembaga rujukan").fill("UPTD PPA Lombok Timur");
  });

  for (const [desk, count] of [
    ["REGISTRATION", "1"],
    ["SOCIAL_PROTECTION", "1"],
    ["LEGAL_IDENTITY", "1"],
    ["VIOLENCE", "<5"],
  ]) {
    await expect(page.getByTestId("desk-counts").locator(`[data-desk=${desk}] dd`)).toHaveText(count!);
  }
  await expect(page.getByText(`Inaq Akta ${TAG}`)).toBeVisible();

  // She opens the complaint and reads the sealed detail.
  await page
    .getByTestId("desk-VIOLENCE")
    .getByRole("link", { name: /^Pengaduan #\d+$/ })
    .click();
  await expect(page.getByTestId("case-detail")).toContainText(NARRATIVE);
  await expect(page.getByTestId("case-detail")).toContainText(COMPLAINANT);
  const caseUrl = page.url();

  // The NTB coordinator sees the session, the other desks' cases, and only a count for violence.
  await page.context().clearCookies();
  await login(page, "koordinator.ntb@pekka.demo");
  await page.goto(sessionUrl);
  await expect(page.getByText(OFFICERS)).toBeVisible();
  await expect(page.getByText(`Inaq Jkn ${TAG}`)).toBeVisible();
  // Without the grant, violence complaints are counted per calendar year only, never per session (decision 0027).
  await expect(page.getByTestId("desk-counts").locator("[data-desk=VIOLENCE] dd")).toContainText("—");
  await expect(page.getByTestId("desk-counts").locator("[data-desk=VIOLENCE] dd")).toContainText("dihitung per tahun kalender saja");
  await expect(page.getByTestId("desk-VIOLENCE")).toContainText("tidak ditampilkan per sesi");
  await expect(page.getByTestId("desk-VIOLENCE").getByRole("link")).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText(COMPLAINANT);
  await expect(page.locator("main")).not.toContainText(NARRATIVE);
  await expect(page.locator("main")).not.toContainText("Kekerasan dalam rumah tangga");
  await expect(page.getByRole("link", { name: "Tambah kasus" })).toHaveCount(0);

  // Opening the case itself answers "not found".
  await page.goto(caseUrl);
  await expect(page.getByText("Halaman tidak ditemukan")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(NARRATIVE);

  // The list shows the session with counts, violence suppressed.
  await page.goto("/klik");
  await expect(page.getByTestId("klik-sessions").locator("li").first()).toContainText("Lombok Timur");
  await expect(page.getByText(/pengaduan kekerasan dihitung per tahun kalender saja/)).toBeVisible();
  await expect(page.getByTestId("klik-sessions").locator("[data-desk=VIOLENCE] dd").first()).toContainText("—");
  // For this year, her province's count (this session's complaint among them) is a cell of the published table:
  // a number, "<5" or hidden (•), never "—".
  await page.goto(`/klik?year=${today.slice(0, 4)}`);
  const yearCell = page.locator("#klik-summary + [data-testid=desk-counts] [data-desk=VIOLENCE] dd");
  await expect(yearCell).toHaveText(/^(<5|\d+|•disembunyikan)$/);
});

test("the NTB coordinator records an FPK meeting with two institutions and a budget", async ({ page }) => {
  const agenda = `Pemantauan JKN PBI ${TAG}`;
  await login(page, "koordinator.ntb@pekka.demo");
  await page.goto("/fpk");
  await page.getByRole("link", { name: "Catat pertemuan FPK" }).click();
  // The list's filter has a "Kabupaten/kota" select too: wait for the form page.
  await expect(page.getByRole("heading", { name: "Catat pertemuan FPK" })).toBeVisible();
  await page.getByLabel("Kabupaten/kota", { exact: true }).fill("Kab. Lombok Timur · Nusa Tenggara Barat · 5203");
  await page.getByLabel("Tanggal").fill(today);
  await page.getByLabel("Agenda").fill(agenda);
  await page.getByLabel("Lembaga 1", { exact: true }).fill("Dinas Sosial");
  await page.getByLabel("Jumlah orang 1", { exact: true }).fill("3");
  await page.getByLabel("Lembaga 2", { exact: true }).fill("BPJS Kesehatan");
  await page.getByLabel("Jumlah orang 2", { exact: true }).fill("2");
  await page.getByLabel(/Anggaran yang diperoleh/).fill("-100");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.locator('[data-field-error="budgetAmount"]')).toContainText("tidak boleh negatif");
  await expect(page.getByLabel("Lembaga 2", { exact: true })).toHaveValue("BPJS Kesehatan");

  await page.getByLabel(/Anggaran yang diperoleh/).fill("1.500.000");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  await expect(page.getByTestId("fpk-detail")).toContainText(agenda);
  await expect(page.getByTestId("fpk-detail")).toContainText(/Rp\s1\.500\.000/);
  const rows = page.getByTestId("fpk-participants").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("Dinas Sosial");
  await expect(rows.nth(1)).toContainText("BPJS Kesehatan");
  await expect(page.getByText("2 lembaga · 5 orang")).toBeVisible();

  await page.goto("/fpk");
  await expect(page.getByText(agenda)).toBeVisible();
});
