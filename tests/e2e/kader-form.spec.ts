import { expect, test } from "@playwright/test";
import { chooseSuggestion, login } from "./helpers";

// Unique per run, so a re-run against the same database starts clean.
const NAME = `Inaq Sumenep ${Date.now().toString(36)}`;
const SEARCH = `/kader?status=all&q=${encodeURIComponent(NAME)}`;

test("creating a kader with bad input shows field errors in Indonesian and saves nothing; good input saves", async ({ page }) => {
  await login(page, "staf.lomboktimur@pekka.demo");
  await page.goto(SEARCH);
  await expect(page.getByText("Tidak ada kader yang cocok")).toBeVisible();

  await page.goto("/kader/baru");
  // District staff have one kabupaten: the form opens directly.
  await page.getByLabel("Nama lengkap").fill("In");
  await page.getByLabel("Nomor HP").fill("12345");
  await page.getByLabel("Tahun lahir").fill("tahun");
  await page.getByRole("button", { name: "Simpan" }).click();

  await expect(page.locator("p[role=alert]")).toHaveText("Periksa kembali isian yang ditandai.");
  await expect(page.locator('[data-field-error="fullName"]')).toHaveText("Terlalu pendek (minimal 3 karakter).");
  await expect(page.locator('[data-field-error="phone"]')).toHaveText("Nomor HP harus diawali 08 atau +628, 10–13 angka.");
  await expect(page.locator('[data-field-error="birthYear"]')).toHaveText("Tulis tahun dengan 4 angka, misalnya 2017.");
  await expect(page.locator('[data-field-error="desaId"]')).toHaveText("Silakan pilih salah satu.");
  // What she typed is still there.
  await expect(page.getByLabel("Nama lengkap")).toHaveValue("In");
  await expect(page.getByLabel("Nomor HP")).toHaveValue("12345");

  await page.goto(SEARCH);
  await expect(page.getByText("Tidak ada kader yang cocok")).toBeVisible();

  // Back on the form, her draft is there (kept on this phone); she starts afresh.
  await page.goto("/kader/baru");
  await expect(page.getByTestId("draft-restored")).toBeVisible();
  await expect(page.getByLabel("Tahun lahir")).toHaveValue("tahun");
  await page.getByRole("button", { name: "Buang draf" }).click();
  await expect(page.getByLabel("Tahun lahir")).toHaveValue("");
  await page.getByLabel("Nama lengkap").fill(NAME);
  await chooseSuggestion(page.getByLabel("Desa/kelurahan"), "masb");
  await page.getByLabel("Nomor HP").fill("0819 1234 5678");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: NAME })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  await expect(page.getByText("081912345678")).toBeVisible();
});
