// "Tugas saya" (issue 14 point 1): each user's tasks come from the records and
// lead to where the work is done; done, a task is gone. At 360 px, in Indonesian.
import { expect, test, type Page } from "@playwright/test";
import { createPlanForAnOpenTraining, login } from "./helpers";

async function switchUser(page: Page, email: string) {
  await page.context().clearCookies();
  await login(page, email);
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
}

async function openTasks(page: Page) {
  await page.getByTestId("tasks-link").click();
  await expect(page.getByRole("heading", { name: "Tugas saya", level: 1 })).toBeVisible();
}

test("the coordinator sees last month's realisation not recorded, records it, and the task is gone", async ({ page }) => {
  test.setTimeout(120_000);
  // Her own plan, so that no other journey records the month first: a window that began
  // last month, one target planned then, approved by national staff.
  const now = new Date();
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  const activity = `Advokasi perdes ${Date.now().toString(36)}`;
  await switchUser(page, "koordinator.ntb@pekka.demo");
  await page.goto("/rktl/baru");
  await createPlanForAnOpenTraining(page, lastMonth);
  const planPath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Tambah target" }).click();
  await page.getByLabel("Kegiatan").fill(activity);
  await page.getByLabel("Jenis").selectOption("ADVOCACY");
  await page.getByLabel("Jumlah target").fill("2");
  await page.getByLabel("Satuan").fill("desa");
  await page.getByLabel("Kabupaten/kota").fill("Kab. Lombok Barat · Nusa Tenggara Barat · 5201");
  await page.getByLabel("Penanggung jawab").fill("Baiq Nurhayati");
  await page.getByLabel("Bulan pelaksanaan").selectOption(lastMonth);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  await page.getByRole("button", { name: "Ajukan ke staf nasional" }).click();
  await expect(page.locator("[data-plan-status]").first()).toHaveText("Diajukan");
  await switchUser(page, "nasional@pekka.demo");
  await page.goto(planPath);
  await page.getByRole("button", { name: "Setujui RKTL" }).click();
  await expect(page.locator("[data-plan-status]").first()).toHaveText("Disetujui");

  await switchUser(page, "koordinator.ntb@pekka.demo");
  const count = Number(await page.getByTestId("tasks-count").locator("[aria-hidden]").innerText());
  await openTasks(page);
  await expect(page.getByTestId("task")).toHaveCount(count);
  const task = page.locator('[data-testid=task][data-kind="realisation"]').filter({ hasText: activity });
  await expect(task.getByRole("link")).toHaveText(/^Realisasi \w+ \d{4} belum dicatat$/);
  await expect(task).toContainText(/Batas: \d+ \w+ \d{4}|Terlambat sejak \d+ \w+ \d{4}/);
  const href = await task.getByRole("link").getAttribute("href");
  expect(new URL(href!, "http://x").searchParams.get("month")).toBe(lastMonth);

  await task.getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Catat realisasi" })).toBeVisible();
  await expect(page.locator("select[name=month]")).toHaveValue(lastMonth);
  await page.getByLabel(/Tercapai bulan ini/).fill("1");
  await page.getByLabel("Alasan bila tertinggal").fill("Jadwal audiensi dengan DPRD mundur");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");

  await openTasks(page);
  await expect(page.locator('[data-testid=task][data-kind="realisation"]').filter({ hasText: activity })).toHaveCount(0);
  if (count > 1) await expect(page.getByTestId("tasks-count").locator("[aria-hidden]")).toHaveText(String(count - 1));
  else await expect(page.getByTestId("tasks-count")).toHaveCount(0);
});

test("a plan sent for review waits in national staff's tasks; returned, the coordinator sees the comment", async ({ page }) => {
  test.setTimeout(90_000);
  const comment = `Rinci target JKN per kabupaten ${Date.now().toString(36)}`;
  await switchUser(page, "koordinator.aceh@pekka.demo");
  await openTasks(page);
  // Aceh's current plan is a draft (returned before, if this journey ran on this database already).
  const draft = page
    .locator('[data-testid=task]:is([data-kind="planDraft"], [data-kind="planReturned"])')
    .filter({ hasText: "Aceh" })
    .first();
  await draft.getByRole("link").click();
  await expect(page.getByRole("heading", { name: "RKTL Aceh" })).toBeVisible();
  const planPath = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Ajukan ke staf nasional" }).click();
  await expect(page.locator("[data-plan-status]").first()).toHaveText("Diajukan");
  await openTasks(page);
  await expect(page.locator(`[data-testid=task] a[href="${planPath}"]`)).toHaveCount(0);

  await switchUser(page, "nasional@pekka.demo");
  await openTasks(page);
  const review = page.locator('[data-testid=task][data-kind="review"]').filter({ has: page.locator(`a[href="${planPath}"]`) });
  await expect(review.getByRole("link")).toHaveText("Tinjau RKTL Aceh");
  await expect(review).toContainText("menunggu sejak hari ini");
  await review.getByRole("link").click();
  await page.getByLabel("Catatan untuk koordinator").fill(comment);
  await page.getByRole("button", { name: "Kembalikan untuk diperbaiki" }).click();
  await expect(page.locator("[data-plan-status]").first()).toHaveText("Rancangan");
  await openTasks(page);
  await expect(page.locator(`[data-testid=task] a[href="${planPath}"]`)).toHaveCount(0);

  await switchUser(page, "koordinator.aceh@pekka.demo");
  await openTasks(page);
  const returned = page.locator('[data-testid=task][data-kind="planReturned"]').filter({ has: page.locator(`a[href="${planPath}"]`) });
  await expect(returned.getByRole("link")).toHaveText("RKTL Aceh dikembalikan untuk diperbaiki");
  await expect(returned).toContainText(`Catatan peninjau: ${comment}`);
});

test("district staff see open cases due for follow-up; the director has only the week's summary", async ({ page }) => {
  await switchUser(page, "staf.lomboktimur@pekka.demo");
  await openTasks(page);
  const followUps = page.locator('[data-testid=task][data-kind="followUp"]');
  await expect(followUps.first()).toBeVisible();
  await expect(followUps.first()).toContainText(/Tindak lanjut jatuh tempo \d+ \w+ \d{4}/);
  // None of them is another kabupaten's, and none names a violence complainant.
  await followUps.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/klik\/kasus\/\d+$/);
  await expect(page.getByTestId("case-detail")).toContainText("Lombok Timur");

  await switchUser(page, "direktur@pekka.demo");
  await openTasks(page);
  await expect(page.getByTestId("no-tasks")).toHaveText("Tidak ada tugas saat ini.");
  await expect(page.getByTestId("week-summary")).toContainText("Ringkasan minggu ini");
  await expect(page.getByTestId("week-summary").locator("dd")).toHaveCount(4);
});
