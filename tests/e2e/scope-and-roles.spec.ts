import { expect, test } from "@playwright/test";
import { login } from "./helpers";

test("a coordinator opening another province's kader by URL gets not found", async ({ browser }) => {
  // National staff find a kader in Aceh…
  const national = await browser.newPage();
  await login(national, "nasional@pekka.demo");
  await national.goto("/wilayah");
  await national.getByRole("link", { name: "Aceh", exact: true }).click();
  await national
    .getByRole("link", { name: /Aceh Besar/ })
    .first()
    .click();
  await national
    .getByRole("link", { name: /Serikat Pekka/ })
    .first()
    .click();
  const firstKader = national.locator("tbody tr a").first();
  const href = await firstKader.getAttribute("href");
  expect(href).toMatch(/^\/kader\/\d+$/);
  await national.close();

  // …which the NTB coordinator cannot open: the record does not exist for her.
  const ntb = await browser.newPage();
  await login(ntb, "koordinator.ntb@pekka.demo");
  const res = await ntb.goto(href!);
  expect(res?.status()).toBe(404);
  await expect(ntb.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await ntb.goto(`${href}/ubah`);
  await expect(ntb.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await ntb.close();
});

test("the director reads but has nothing to edit", async ({ page }) => {
  await login(page, "direktur@pekka.demo");
  await page.goto("/kader");
  await expect(page.getByRole("heading", { name: "Kader" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tambah kader" })).toHaveCount(0);
  await page.locator("tbody tr a").first().click();
  await expect(page.getByRole("link", { name: "Ubah" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Nonaktifkan/ })).toHaveCount(0);
  const res = await page.goto("/kader/baru");
  expect(res?.status()).toBe(404);
  expect((await page.goto("/admin/pengguna"))?.status()).toBe(404);
});
