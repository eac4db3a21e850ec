import { expect, test } from "@playwright/test";
import { login } from "./helpers";

// The coordinator's first screen after login: her province's current RKTL plan,
// what is due, and numbers per kabupaten that open the records behind them.

test("the NTB coordinator lands on her dashboard and goes from it to the realisation form", async ({ page }) => {
  await login(page, "koordinator.ntb@pekka.demo");
  await expect(page).toHaveURL(/\/dasbor\/provinsi$/);
  await expect(page.getByRole("heading", { name: "Dasbor provinsi" })).toBeVisible();
  const plan = page.getByTestId("current-plan");
  await expect(plan.getByTestId("plan-window")).toHaveText("Okt 2026 – Mar 2027");
  await expect(plan.locator("[data-plan-status=APPROVED]")).toBeVisible();
  await expect(plan.getByTestId("progress-bar")).toHaveCount(7);
  // The numbers are text next to the bar.
  await expect(plan.getByTestId("target-achieved").first()).toContainText(/\d+ dari \d+/);

  const due = page.getByTestId("due-this-month");
  await expect(due.locator("[data-due-target]").first()).toBeVisible();
  const record = due.getByRole("link", { name: "Catat realisasi" }).first();
  const targetId = /\/target\/(\d+)\//.exec((await record.getAttribute("href"))!)![1];
  const achieved = () => plan.locator(`[data-target-id="${targetId}"]`).getByTestId("target-achieved");
  const before = Number(/^(\d+) dari/.exec(await achieved().innerText())![1]);
  await record.click();
  await expect(page).toHaveURL(/\/rktl\/\d+\/target\/\d+\/realisasi\?month=\d{4}-\d{2}$/);
  await expect(page.getByRole("heading", { name: "Catat realisasi" })).toBeVisible();

  // One more this month: the dashboard says so at the next load (its numbers are cached until any write).
  const field = page.getByLabel(/Tercapai bulan ini/);
  await field.fill(String(Number((await field.inputValue()) || "0") + 1));
  await page.getByLabel("Alasan bila tertinggal").fill("Jadwal kepala desa bergeser");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  await page.goto("/dasbor/provinsi");
  await expect(achieved()).toContainText(`${before + 1} dari`);
});

test("a kabupaten number opens the list it counts", async ({ page }) => {
  await login(page, "koordinator.ntb@pekka.demo");
  const card = page.locator('[data-kabupaten="Kab. Lombok Timur"]');
  await expect(card).toBeVisible();
  const klik = card.locator("[data-metric=klik]");
  const sessions = (await klik.innerText()).trim();
  await klik.click();
  await expect(page.getByRole("heading", { name: "KLIK PEKKA" })).toBeVisible();
  await expect(page.getByText(`${sessions} sesi klinik layanan`)).toBeVisible();
  // The list says which months it counts, as the dashboard did.
  await expect(page.getByTestId("month-range")).toHaveText("Bulan Okt 2026 – Mar 2027");

  await page.goBack();
  const kader = page.locator('[data-kabupaten="Kab. Lombok Timur"] [data-metric=kader]');
  const count = (await kader.innerText()).trim();
  await kader.click();
  await expect(page.getByRole("heading", { name: "Kader" })).toBeVisible();
  await expect(page.getByText(`${count} kader`, { exact: true })).toBeVisible();
});

test("district staff of Lombok Timur see only Lombok Timur", async ({ page }) => {
  await login(page, "staf.lomboktimur@pekka.demo");
  await expect(page).toHaveURL(/\/dasbor\/provinsi$/);
  await expect(page.getByText("Hanya target di Kabupaten Lombok Timur.")).toBeVisible();
  const targets = page.getByTestId("current-plan").locator("[data-target-id]");
  await expect(targets.first()).toBeVisible();
  for (const text of await targets.allInnerTexts()) expect(text).toContain("Lombok Timur");
  const cards = page.locator("[data-kabupaten]");
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toHaveAttribute("data-kabupaten", "Kab. Lombok Timur");
  // District staff read the plan; recording realisation is the coordinator's.
  await expect(page.getByRole("link", { name: "Catat realisasi" })).toHaveCount(0);
});
