// Reporting completeness (issue 14 point 2): national staff see every province ×
// month of the current RKTL windows, each cell in words, opening the province's
// plan; the table downloads. At 360 px, in Indonesian.
import { expect, test } from "@playwright/test";
import { login } from "./helpers";

test("national staff see each province's months on time, late or missing, open the plan and download the table", async ({ page }) => {
  await login(page, "nasional@pekka.demo");
  await page.goto("/rktl");
  await page.getByRole("link", { name: "Kelengkapan laporan" }).click();
  await expect(page.getByRole("heading", { name: "Kelengkapan laporan realisasi", level: 1 })).toBeVisible();
  const table = page.getByTestId("completeness");
  await expect(table.locator("tbody tr")).toHaveCount(20);
  // NTB's current plan (October 2026 – March 2027): October and November were due.
  const ntb = table.locator('tr[data-province="Nusa Tenggara Barat"]');
  await expect(ntb.locator('td[data-month="2026-10"]')).toContainText(/^(Tepat waktu|Terlambat)\d+ dari \d+$/);
  await expect(ntb.locator('td[data-month="2026-11"]')).toContainText(/^(Tepat waktu|Terlambat|Belum ada|Belum jatuh tempo)\d+ dari \d+$/);
  // A province without a current plan says so instead of a state.
  await expect(table.locator('td[data-report="none"]').first()).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh CSV" }).click()]);
  const csv = (await import("node:fs")).readFileSync((await download.path())!, "utf8");
  expect(csv.split("\n")[0]).toContain("Keadaan laporan");
  expect(csv).toMatch(/Nusa Tenggara Barat,2026-10,(Tepat waktu|Terlambat)/);

  // Its plan, or its approved plans when another journey has made NTB a second current one.
  await ntb.locator('td[data-month="2026-10"] a').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^RKTL( Nusa Tenggara Barat)?$/);
  if (new URL(page.url()).pathname === "/rktl") await expect(page.locator("tbody tr").first()).toContainText("Nusa Tenggara Barat");
});
