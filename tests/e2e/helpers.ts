import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-pekka-2026";

/**
 * The main navigation every role sees, in order; the national roles also see
 * "Laporan program"/"Program report", and the admin "Pengguna"/"Users" last.
 */
export const NAV_ID = ["Beranda", "Wilayah", "Serikat", "Kader", "Pelatihan", "RKTL", "KLIK PEKKA", "Kebijakan", "Panduan", "Forum FPK"];
export const NAV_EN = ["Home", "Regions", "Unions", "Cadres", "Trainings", "RKTL plans", "KLIK PEKKA", "Policies", "Guides", "FPK forums"];
export const NAV_NATIONAL_ID = [...NAV_ID, "Laporan program"];
export const NAV_NATIONAL_EN = [...NAV_EN, "Program report"];

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** On a phone the navigation sits behind the menu disclosure (in either language). */
export async function navLinks(page: Page): Promise<string[]> {
  await page.getByTestId("nav-toggle").click();
  const nav = page.getByTestId("nav-menu");
  await expect(nav).toBeVisible();
  return nav.getByRole("link").allInnerTexts();
}
