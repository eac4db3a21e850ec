import { expect, test } from "@playwright/test";
import { login, NAV_NATIONAL_EN, navLinks } from "./helpers";

test("the language switch changes the interface and persists", async ({ page }) => {
  await login(page, "nasional@pekka.demo");
  // Start from Indonesian whatever an earlier run saved for this account.
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.getByRole("heading", { name: /Selamat datang/ })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await navLinks(page)).toEqual(NAV_NATIONAL_EN);

  // Persists across pages and reloads…
  await page.goto("/kader");
  await expect(page.getByRole("heading", { name: "Cadres" })).toBeVisible();
  // …and across devices: a fresh browser context picks up the saved choice at login.
  const other = await page.context().browser()!.newContext();
  const second = await other.newPage();
  await second.goto("/login");
  await second.getByLabel("Email").fill("nasional@pekka.demo");
  await second.getByLabel("Kata sandi").fill("demo-pekka-2026");
  await second.getByRole("button", { name: "Masuk" }).click();
  await expect(second.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await other.close();

  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.getByRole("heading", { name: "Kader" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
});
