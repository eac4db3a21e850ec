import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-pekka-2026";

/** The sections every role sees, in order, after its dashboard(s); the admin also sees "Pengguna"/"Users" last. */
const SECTIONS_ID = ["Wilayah", "Serikat", "Kader", "Pelatihan", "RKTL", "KLIK PEKKA", "Kebijakan", "Panduan", "Forum FPK"];
const SECTIONS_EN = ["Regions", "Unions", "Cadres", "Trainings", "RKTL plans", "KLIK PEKKA", "Policies", "Guides", "FPK forums"];
/** Coordinators and district staff: their province (or kabupaten) dashboard first. */
export const NAV_ID_PROVINCE = ["Dasbor", ...SECTIONS_ID];
/** The national roles (admin, national staff, director): the national and policy dashboards first, the program report last. */
export const NAV_NATIONAL_ID = ["Dasbor", "Capaian kebijakan", ...SECTIONS_ID, "Laporan program"];
export const NAV_NATIONAL_EN = ["Dashboard", "Policy outputs", ...SECTIONS_EN, "Program report"];

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  // Every role lands on its dashboard ("/" redirects there): wait until it has.
  await expect(page).toHaveURL(/\/dasbor\//);
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** On a phone the navigation sits behind the menu disclosure (in either language). */
export async function navLinks(page: Page): Promise<string[]> {
  await page.getByTestId("nav-toggle").click();
  const nav = page.getByTestId("nav-menu");
  await expect(nav).toBeVisible();
  return nav.getByRole("link").allInnerTexts();
}

/**
 * Types into a searchable area field and takes its first suggestion, as a user
 * picks from the browser's list (Playwright cannot click a native datalist).
 */
export async function chooseSuggestion(field: Locator, typed: string): Promise<string> {
  await field.fill(typed);
  const listId = await field.getAttribute("list");
  const first = field.page().locator(`datalist[id="${listId}"] option`).first();
  await expect(first).toBeAttached();
  const value = (await first.getAttribute("value"))!;
  await field.fill(value);
  return value;
}

/**
 * On "RKTL baru": makes a plan whose window starts in `firstMonth` ("2026-11")
 * for the first training her province has no plan for yet (each refusal is
 * checked as it shows, beside the field); the page is then the new plan's.
 */
export async function createPlanForAnOpenTraining(page: Page, firstMonth: string) {
  await expect(page.getByRole("heading", { name: "RKTL baru" })).toBeVisible();
  const trainings = await page
    .getByLabel("Pelatihan")
    .locator("option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  for (const value of trainings) {
    await page.getByLabel("Pelatihan").selectOption(value);
    await page.getByLabel("Bulan pertama").selectOption(firstMonth);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/rktl/baru")),
      page.getByRole("button", { name: "Buat RKTL" }).click(),
    ]);
    const created = await page.waitForURL(/\/rktl\/\d+/, { timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (created) return;
    // Already planned for this one: the refusal shows beside the field, in Indonesian.
    await expect(page.locator('[data-field-error="trainingId"]')).toHaveText("Provinsi Anda sudah memiliki RKTL untuk pelatihan ini.");
  }
  throw new Error("every training already has a plan of this province");
}
