import { expect, test } from "@playwright/test";
import { login } from "./helpers";

test("national staff compare the provinces, drill down and follow a number to its records", async ({ page }) => {
  await login(page, "nasional@pekka.demo");
  // National staff land on the national dashboard.
  await expect(page).toHaveURL(/\/dasbor\/nasional$/);
  await expect(page.getByRole("heading", { name: "Dasbor nasional" })).toBeVisible();
  await expect(page.getByTestId("dashboard-table").locator("tbody tr")).toHaveCount(20);
  await expect(page.getByTestId("tile-map").locator("[data-province]")).toHaveCount(20);

  // Period and map measure.
  await page.getByTestId("period").selectOption("2017");
  await page.getByTestId("map-measure").selectOption("klikSessions");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/period=2017/);
  await expect(page.getByTestId("period-text")).toContainText("2017");
  await expect(page.getByTestId("tile-map")).toContainText("Sesi KLIK");

  // Drill down from the map to NTB, then to Lombok Timur's number.
  await page.locator('[data-province="52"]').click();
  await expect(page.getByRole("heading", { name: "Nusa Tenggara Barat", exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/dasbor\/nasional\/\d+\?period=2017/);
  const row = page.getByTestId("dashboard-table").locator("tbody tr", { hasText: "Lombok Timur" });
  const cell = row.locator('td[data-measure="klikSessions"] a');
  const n = (await cell.innerText()).trim();
  // The area column stays put while the table scrolls sideways: bring the cell to the middle, as a thumb would.
  await cell.evaluate((el) => el.scrollIntoView({ block: "center", inline: "center" }));
  await cell.click();
  await expect(page).toHaveURL(/\/klik\?kabupatenId=\d+&from=2017-01-01&to=2017-12-31/);
  await expect(page.getByText(`${n} sesi klinik layanan`)).toBeVisible();

  // A kader number of the kabupaten leads to exactly that many kader.
  await page.goBack();
  const kader = page.getByTestId("dashboard-table").locator("tbody tr", { hasText: "Lombok Timur" }).locator('td[data-measure="kaderImplementation"] a');
  const k = (await kader.innerText()).trim();
  await kader.evaluate((el) => el.scrollIntoView({ block: "center", inline: "center" }));
  await kader.click();
  await expect(page).toHaveURL(/\/kader\?kabupatenId=\d+&trained=IMPLEMENTATION/);
  await expect(page.getByText(`${k} kader`, { exact: true })).toBeVisible();
});

test("a direction shows only its columns", async ({ page }) => {
  await login(page, "nasional@pekka.demo");
  await page.goto("/dasbor/nasional?direction=1");
  const headers = page.getByTestId("dashboard-table").locator("thead th[data-measure]");
  await expect(headers.first()).toHaveAttribute("data-measure", "policyIdentified");
  await expect(page.getByTestId("dashboard-table").locator('th[data-measure="trainings"]')).toHaveCount(0);
});

test("the director reads the policy outputs and opens an evidence document", async ({ page }) => {
  await login(page, "direktur@pekka.demo");
  // The director lands on the policy outputs.
  await expect(page).toHaveURL(/\/dasbor\/kebijakan$/);
  await expect(page.getByRole("heading", { name: "Capaian kebijakan" })).toBeVisible();
  await expect(page.getByTestId("policy-target")).toContainText("dari target 20");
  await expect(page.getByTestId("chart-funnel")).toContainText("Teridentifikasi");

  const href = await page.getByTestId("evidence-link").first().getAttribute("href");
  expect(href).toMatch(/^\/berkas\/\d+$/);
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/pdf");

  const achieved = page.getByTestId("target-achieved");
  const n = (await achieved.innerText()).trim();
  await achieved.click();
  await expect(page).toHaveURL(/\/kebijakan\?status=ENACTED&written=1&programArea=1/);
  await expect(page.getByText(new RegExp(`^${n} target kebijakan`))).toBeVisible();
});

test("coordinators do not reach the national dashboards", async ({ page }) => {
  await login(page, "koordinator.ntb@pekka.demo");
  for (const path of ["/dasbor/nasional", "/dasbor/kebijakan"]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
  }
});
