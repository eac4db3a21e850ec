import { expect, test, type Page } from "@playwright/test";
import { createPlanForAnOpenTraining, login } from "./helpers";

// The whole RKTL cycle on a phone: the NTB coordinator makes a plan for a
// training her province has no plan for yet, national staff approve it, she
// reports realisation and opens the poster and its PDF.
const THIS_MONTH = new Date().toISOString().slice(0, 7);
const ACTIVITY = `KLIK PEKKA di desa dampingan ${Date.now().toString(36)}`;

async function switchUser(page: Page, email: string) {
  await page.context().clearCookies();
  await login(page, email);
  // Indonesian, whatever another journey saved for this account.
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
}

test("coordinator plans, national staff approve, coordinator reports realisation and prints the poster", async ({ page }) => {
  test.setTimeout(120_000); // a long journey on a shared, slow machine
  await login(page, "koordinator.ntb@pekka.demo");
  await page.goto("/rktl");
  await expect(page.getByRole("heading", { name: "RKTL" })).toBeVisible();
  // NTB's plans only: its approved current plan is listed.
  await expect(page.locator("tbody tr").first()).toContainText("Nusa Tenggara Barat");

  // A new plan starting this month, for the first training NTB has no plan for yet.
  await page.getByRole("link", { name: "Buat RKTL" }).click();
  await createPlanForAnOpenTraining(page, THIS_MONTH);
  const planUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { name: "RKTL Nusa Tenggara Barat" })).toBeVisible();
  await expect(page.locator("[data-plan-status]").first()).toHaveText("Rancangan");

  // Submitting without targets is refused.
  await page.getByRole("button", { name: "Ajukan ke staf nasional" }).click();
  await expect(page.locator("p[role=alert]")).toHaveText("Tambahkan minimal satu target sebelum mengajukan RKTL.");

  // A target: bad quantity first (refused, what she typed stays), then a good one.
  await page.getByRole("link", { name: "Tambah target" }).click();
  await page.getByLabel("Kegiatan").fill(ACTIVITY);
  await page.getByLabel("Jenis").selectOption("KLIK_SESSION");
  await page.getByLabel("Jumlah target").fill("0");
  await page.getByLabel("Satuan").fill("sesi");
  await page.getByLabel("Kabupaten/kota").fill("Kab. Lombok Barat · Nusa Tenggara Barat · 5201");
  await page.getByLabel("Penanggung jawab").fill("Baiq Nurhayati");
  await page.getByLabel("Bulan pelaksanaan").selectOption(THIS_MONTH);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.locator('[data-field-error="quantity"]')).toHaveText("Jumlah target minimal 1.");
  await expect(page.getByLabel("Kegiatan")).toHaveValue(ACTIVITY);
  await page.getByLabel("Jumlah target").fill("3");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  await expect(page.getByText(ACTIVITY)).toBeVisible();

  await page.getByRole("button", { name: "Ajukan ke staf nasional" }).click();
  await expect(page.locator("[data-plan-status]").first()).toHaveText("Diajukan");

  // National staff approve.
  await switchUser(page, "nasional@pekka.demo");
  await page.goto(planUrl);
  await page.getByRole("button", { name: "Setujui RKTL" }).click();
  await expect(page.locator("[data-plan-status]").first()).toHaveText("Disetujui");

  // The coordinator reports this month's realisation; targets are now fixed.
  await switchUser(page, "koordinator.ntb@pekka.demo");
  await page.goto(planUrl);
  await expect(page.getByText("RKTL ini sudah disetujui: targetnya tetap dan tidak dapat diubah lagi.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Ubah target" })).toHaveCount(0);
  await page.getByRole("link", { name: "Catat realisasi" }).click();
  await expect(page.getByText(/Sistem mencatat \d+ sesi KLIK PEKKA/)).toBeVisible();
  await page.getByLabel(/Tercapai bulan ini/).fill("2");
  await page.getByLabel("Catatan").fill("Dua desa sudah, satu menunggu jadwal kepala desa");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  await expect(page.locator("[data-target-id]").filter({ hasText: ACTIVITY }).getByTestId("target-achieved")).toContainText(
    "2 dari 3 sesi",
  );

  // Two tabs open the same month's report; the second save is refused and keeps what she typed.
  const realisationUrl = await page
    .locator("[data-target-id]")
    .filter({ hasText: ACTIVITY })
    .getByRole("link", { name: "Catat realisasi" })
    .getAttribute("href");
  const other = await page.context().newPage();
  await page.goto(realisationUrl!);
  await other.goto(realisationUrl!);
  await page.getByLabel(/Tercapai bulan ini/).fill("3");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  await other.getByLabel(/Tercapai bulan ini/).fill("1");
  await other.getByLabel("Alasan bila tertinggal").fill("Kepala desa berhalangan");
  await other.getByRole("button", { name: "Simpan" }).click();
  await expect(other.locator("p[role=alert]")).toContainText("Data ini sudah diubah orang lain");
  // Hers and the server's, side by side; nothing merged until she chooses.
  const conflict = other.getByTestId("entry-conflict");
  await expect(conflict.getByTestId("mine-achieved")).toHaveText("1");
  await expect(conflict.getByTestId("server-achieved")).toHaveText("3");
  await expect(conflict.getByTestId("mine-behindReason")).toHaveText("Kepala desa berhalangan");
  await expect(other.getByLabel(/Tercapai bulan ini/)).toHaveValue("1");
  await expect(other.getByLabel("Alasan bila tertinggal")).toHaveValue("Kepala desa berhalangan");
  await other.close();
  await expect(page.locator("[data-target-id]").filter({ hasText: ACTIVITY }).getByTestId("target-achieved")).toContainText(
    "3 dari 3 sesi",
  );

  // The poster and its PDF.
  await page.getByRole("link", { name: "Poster" }).click();
  await expect(page.getByTestId("poster-province")).toHaveText("Nusa Tenggara Barat");
  await expect(page.getByRole("cell", { name: ACTIVITY })).toBeVisible();
  const pdf = await page.request.get(`${planUrl}/poster.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test("another province's plan and its PDF are not found for the Aceh coordinator", async ({ page }) => {
  await login(page, "koordinator.ntb@pekka.demo");
  await page.goto("/rktl");
  const href = await page.locator("tbody tr a").first().getAttribute("href");
  await switchUser(page, "koordinator.aceh@pekka.demo");
  await page.goto(href!);
  await expect(page.getByText("Halaman tidak ditemukan")).toBeVisible();
  expect((await page.request.get(`${href}/poster.pdf`)).status()).toBe(404);
});
