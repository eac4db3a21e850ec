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
  const kader = page
    .getByTestId("dashboard-table")
    .locator("tbody tr", { hasText: "Lombok Timur" })
    .locator('td[data-measure="kaderImplementation"] a');
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
  // The list says which filters came from the dashboard and keeps them when a type is chosen.
  const notice = page.getByTestId("kept-filters");
  await expect(page.getByTestId("kept-written")).toContainText("Hanya peraturan tertulis");
  await expect(notice).toContainText("Hanya di kabupaten wilayah program");
  await page.getByRole("combobox", { name: "Jenis", exact: true }).selectOption("SK");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/type=SK/);
  await expect(page).toHaveURL(/written=1/);
  // An SK is no written regulation: nothing left, and the notice still says why.
  await expect(page.getByText(/^0 target kebijakan/)).toBeVisible();
  await expect(page.getByTestId("kept-written")).toBeVisible();
  await page.getByRole("combobox", { name: "Jenis", exact: true }).selectOption("");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByText(new RegExp(`^${n} target kebijakan`))).toBeVisible();
  await page.getByTestId("clear-kept-filters").click();
  await expect(notice).toHaveCount(0);
  await expect(page).not.toHaveURL(/written=1/);
});

test("coordinators do not reach the national dashboards", async ({ page }) => {
  await login(page, "koordinator.ntb@pekka.demo");
  for (const path of ["/dasbor/nasional", "/dasbor/kebijakan"]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
  }
});

/** The link of a number in the province's row of the national table, brought into view as a thumb would. */
async function numberOf(page: import("@playwright/test").Page, province: string, measure: string) {
  const link = page.getByTestId("dashboard-table").locator("tbody tr", { hasText: province }).locator(`td[data-measure="${measure}"] a`);
  await link.evaluate((el) => el.scrollIntoView({ block: "center", inline: "center" }));
  return { link, n: (await link.innerText()).trim() };
}

test("a dashboard number's filters stay on its list while the list's own filters change", async ({ page }) => {
  await login(page, "nasional@pekka.demo");
  // NTB's re-trainings: the list names the filters the dashboard set.
  const re = await numberOf(page, "Nusa Tenggara Barat", "retrainings");
  await re.link.click();
  await expect(page).toHaveURL(/\/pelatihan\?provinceId=\d+&retraining=1/);
  await expect(page.getByText(`${re.n} pelatihan`, { exact: true })).toBeVisible();
  const notice = page.getByTestId("kept-filters");
  await expect(page.getByTestId("kept-retraining")).toHaveText("Hanya pelatihan ulang (yang berasal dari pelatihan lain)");
  await expect(notice).toContainText("Nusa Tenggara Barat");
  // Another filter narrows within them; all levels again gives the dashboard's number.
  await page.getByLabel("Tingkat").selectOption("LOCAL");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/level=LOCAL/);
  await expect(page).toHaveURL(/retraining=1/);
  await expect(page.getByTestId("kept-retraining")).toBeVisible();
  const local = Number((await page.getByText(/^\d+ pelatihan$/).innerText()).split(" ")[0]);
  expect(local).toBeLessThanOrEqual(Number(re.n));
  await page.getByLabel("Tingkat").selectOption("");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByText(`${re.n} pelatihan`, { exact: true })).toBeVisible();
  // Clearing them lists every training again.
  await page.getByTestId("clear-kept-filters").click();
  await expect(notice).toHaveCount(0);
  await expect(page).not.toHaveURL(/retraining/);

  // NTB's kader who completed a leadership class: applying the form keeps them.
  await page.goto("/dasbor/nasional");
  const lead = await numberOf(page, "Nusa Tenggara Barat", "kaderLeadership");
  await lead.link.click();
  await expect(page).toHaveURL(/\/kader\?provinceId=\d+&trained=LEADERSHIP_TOT/);
  await expect(page.getByTestId("kept-trained")).toHaveText("Hanya kader yang lulus kelas kepemimpinan (ToT)");
  await expect(page.getByText(`${lead.n} kader`, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/trained=LEADERSHIP_TOT/);
  await expect(page.getByText(`${lead.n} kader`, { exact: true })).toBeVisible();
  await expect(page.getByTestId("kept-trained")).toBeVisible();
});

test("RKTL numbers open the targets behind them, each with its plan", async ({ page }) => {
  await login(page, "nasional@pekka.demo");
  const set = (await numberOf(page, "Nusa Tenggara Barat", "rktlSet")).n;
  const behind = await numberOf(page, "Nusa Tenggara Barat", "rktlBehind");
  await behind.link.click();
  await expect(page).toHaveURL(/\/rktl\/target\?provinceId=\d+&status=behind/);
  await expect(page.getByRole("heading", { name: "Target RKTL" })).toBeVisible();
  await expect(page.getByText(new RegExp(`^(${behind.n} target|Tidak ada target)`))).toBeVisible();
  for (const status of await page.locator("[data-progress]").evaluateAll((els) => els.map((e) => e.getAttribute("data-progress")))) {
    expect(["BEHIND", "OFF_TRACK"]).toContain(status);
  }
  // Every progress: the targets the dashboard counts as set.
  await page.getByLabel("Kemajuan").selectOption("");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByText(new RegExp(`^${set} target`))).toBeVisible();
  // A target opens its plan.
  await page.getByRole("link", { name: "Buka RKTL Nusa Tenggara Barat" }).first().click();
  await expect(page).toHaveURL(/\/rktl\/\d+#target-\d+$/);
  await expect(page.getByRole("heading", { name: "RKTL Nusa Tenggara Barat" })).toBeVisible();
});

test("a dashboard does not prefetch the pages its numbers link to (a phone on slow data)", async ({ page }) => {
  await login(page, "nasional@pekka.demo");
  const background: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("_rsc=") || r.headers()["next-router-prefetch"]) background.push(r.url());
  });
  await page.goto("/dasbor/nasional");
  await expect(page.getByTestId("dashboard-table").locator("tbody tr")).toHaveCount(20);
  // Scroll the whole table past the viewport, as a thumb would, and wait for the network to settle.
  await page.mouse.wheel(0, 4000);
  await page.waitForLoadState("networkidle");
  expect(background).toEqual([]);
});
