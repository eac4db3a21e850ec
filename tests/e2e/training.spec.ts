import { expect, test } from "@playwright/test";
import { login } from "./helpers";

// Unique per run, so a re-run against the same database starts clean.
const TITLE = `Pelatihan Nasional Uji ${Date.now().toString(36)}`;

test("national staff create a training with both classes, register participants, record attendance and see it", async ({ page }) => {
  await login(page, "nasional@pekka.demo");
  await page.goto("/pelatihan");
  await expect(page.getByRole("link", { name: "Pelatihan baru" })).toBeVisible();
  await page.goto("/pelatihan/baru");
  await expect(page.getByRole("heading", { name: "Pelatihan baru" })).toBeVisible();

  // Bad dates first: the error sits beside the field and what she typed stays.
  await page.getByLabel("Tingkat").selectOption("NATIONAL");
  await page.getByLabel("Judul").fill(TITLE);
  await page.getByLabel("Tema", { exact: true }).fill("Kepemimpinan Perempuan dan Perlindungan Sosial");
  await page.getByLabel("Tujuan").fill("Melatih pelatih kader.\nMenyusun RKTL provinsi.");
  await page.getByLabel("Tanggal mulai").fill("2026-11-12");
  await page.getByLabel("Tanggal selesai").fill("2026-11-10");
  await page.getByLabel("Tempat", { exact: true }).fill("Pusdiklat Alta Karya PEKKA");
  await page.getByLabel("Penyelenggara").fill("Seknas PEKKA");
  await page
    .getByLabel(/Panduan Jaminan Kesehatan Nasional/)
    .first()
    .check();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.locator('[data-field-error="endDate"]')).toHaveText("Tanggal selesai tidak boleh sebelum tanggal mulai.");
  await expect(page.getByLabel("Judul")).toHaveValue(TITLE);

  await page.getByLabel("Tanggal mulai").fill("2026-11-10");
  await page.getByLabel("Tanggal selesai").fill("2026-11-13");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  await expect(page.getByRole("region", { name: "Kelas kepemimpinan" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Kelas pelaksanaan program" })).toBeVisible();
  await expect(page.getByText(/Panduan Jaminan Kesehatan Nasional.*— v1/).first()).toBeVisible();

  // Register two kader into the leadership class.
  await page.getByRole("region", { name: "Kelas kepemimpinan" }).getByRole("link", { name: "Peserta & kehadiran" }).click();
  await page.getByLabel("Cari kader").fill("Siti");
  await page.getByRole("button", { name: "Cari" }).click();
  const kader = page.getByLabel("Kader", { exact: true });
  const firstLabel = (await kader.locator("option").nth(1).textContent())!;
  const secondLabel = (await kader.locator("option").nth(2).textContent())!;
  const first = firstLabel.split(" — ")[0]!;
  const second = secondLabel.split(" — ")[0]!;
  await kader.selectOption({ label: firstLabel });
  await page.getByRole("button", { name: "Daftarkan" }).click();
  await expect(page.getByRole("status")).toHaveText("Peserta terdaftar.");

  // The same kader again is refused beside the field.
  await page.getByLabel("Cari kader").fill(first);
  await page.getByRole("button", { name: "Cari" }).click();
  await page.getByLabel("Kader", { exact: true }).selectOption({ label: firstLabel });
  await page.getByRole("button", { name: "Daftarkan" }).click();
  await expect(page.locator('[data-field-error="kaderId"]')).toHaveText("Kader ini sudah terdaftar di kelas ini.");

  await page.getByLabel("Cari kader").fill(second);
  await page.getByRole("button", { name: "Cari" }).click();
  await page.getByLabel("Kader", { exact: true }).selectOption({ label: secondLabel });
  await page.getByLabel("Peran").selectOption("FACILITATOR");
  await page.getByRole("button", { name: "Daftarkan" }).click();
  await expect(page.getByRole("status")).toHaveText("Peserta terdaftar.");

  // Attendance: all four days and completion for the first participant.
  const card = page.getByRole("group", { name: first, exact: true });
  const boxes = card.getByRole("checkbox");
  await expect(boxes).toHaveCount(5);
  for (let i = 0; i < 5; i++) await boxes.nth(i).check();
  await page.getByRole("button", { name: "Simpan kehadiran" }).click();
  await expect(page.getByRole("status")).toHaveText("Kehadiran tersimpan.");
  await expect(page.getByRole("group", { name: first, exact: true }).getByRole("checkbox").first()).toBeChecked();

  // The training page shows both, with attendance.
  await page.getByRole("navigation", { name: "Jejak halaman" }).getByRole("link", { name: TITLE }).click();
  const lead = page.getByRole("region", { name: "Kelas kepemimpinan" });
  await expect(lead.getByRole("listitem").filter({ hasText: first })).toContainText("hadir 4/4 hari");
  await expect(lead.getByRole("listitem").filter({ hasText: first })).toContainText("Selesai");
  await expect(lead.getByRole("listitem").filter({ hasText: second })).toContainText("Fasilitator");

  // And it is in the list, with its participants counted.
  await page.goto("/pelatihan?level=NATIONAL&year=2026");
  await expect(page.getByRole("row").filter({ hasText: TITLE }).locator("td").last()).toHaveText("2");
});

test("the May 2017 national workshop shows its cascade of re-trainings and a multiplier", async ({ page }) => {
  await login(page, "nasional@pekka.demo");
  await page.goto("/pelatihan?level=NATIONAL&year=2017");
  await page.getByRole("link", { name: "Pelatihan dan Lokakarya Nasional Serikat Pekka 2017" }).click();
  await expect(page.getByText(/Meningkatkan Kualitas Kehidupan/)).toBeVisible();
  const tree = page.getByTestId("cascade-tree");
  await expect(tree.getByRole("link", { name: /Pelatihan Ulang Kader Perlindungan Sosial Provinsi/ }).first()).toBeVisible();
  await expect(tree.getByRole("link", { name: /Pelatihan Kader KLIK PEKKA dan Advokasi Desa/ }).first()).toBeVisible();
  await expect(page.getByTestId("multiplier")).toHaveText(/^\d+(,\d)?×$/);
  await expect(page.getByRole("heading", { name: "Orang terjangkau per provinsi" })).toBeVisible();
});

test("the director reads trainings but cannot create one", async ({ page }) => {
  await login(page, "direktur@pekka.demo");
  await page.goto("/pelatihan");
  await expect(page.getByRole("heading", { name: "Pelatihan" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Pelatihan baru" })).toHaveCount(0);
  await page.goto("/pelatihan/baru");
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
});
