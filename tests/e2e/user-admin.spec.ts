import { expect, test } from "@playwright/test";
import { login } from "./helpers";

const EMAIL = `staf.lomboktengah.${Date.now().toString(36)}@pekka.demo`;
const PASSWORD = "kata-sandi-staf-2026";

test("the admin creates a district user, who sees only her kabupaten and loses access once deactivated", async ({ browser }) => {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await login(admin, "admin@pekka.demo");
  await admin.goto("/admin/pengguna/baru");

  // A district user without a kabupaten is refused beside the field.
  await admin.getByLabel("Nama", { exact: true }).fill("Staf Lombok Tengah");
  await admin.getByLabel("Email").fill(EMAIL);
  await admin.getByLabel("Peran").selectOption("DISTRICT_STAFF");
  await admin.getByLabel("Kata sandi awal").fill(PASSWORD);
  await admin.getByRole("button", { name: "Simpan" }).click();
  await expect(admin.locator('[data-field-error="kabupatenId"]')).toHaveText("Staf kabupaten harus memiliki kabupaten/kota.");

  // The kabupaten is searched among all of them; without the list, by its code.
  await admin.getByLabel("Kabupaten/kota (untuk staf kabupaten)").fill("Lombok");
  await admin.getByRole("button", { name: "Simpan" }).click();
  await expect(admin.locator('[data-field-error="kabupatenId"]')).toContainText("tidak ditemukan");
  await admin.getByLabel("Kabupaten/kota (untuk staf kabupaten)").fill("5202");
  await admin.getByLabel("Kata sandi awal").fill(PASSWORD);
  await admin.getByRole("button", { name: "Simpan" }).click();
  await expect(admin.getByRole("status")).toHaveText("Perubahan tersimpan.");
  const userUrl = admin.url().replace(/\?.*$/, "");

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await login(staff, EMAIL, PASSWORD);
  await expect(staff.getByTestId("current-user")).toContainText("Kabupaten Lombok Tengah");
  await staff.goto("/wilayah");
  await expect(staff.locator("tbody tr")).toHaveCount(1);

  // Deactivated: her very next request is refused, although her cookie is still valid.
  await admin.goto(userUrl);
  await admin.getByLabel("Akun aktif").uncheck();
  await admin.getByRole("button", { name: "Simpan" }).click();
  await expect(admin.getByRole("status")).toHaveText("Perubahan tersimpan.");
  await staff.goto("/kader");
  await expect(staff).toHaveURL(/\/login$/);

  await adminContext.close();
  await staffContext.close();
});
