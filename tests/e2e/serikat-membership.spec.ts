import { expect, test, type Locator } from "@playwright/test";
import { login } from "./helpers";

// Serikat membership over time (issue 12, point 3; decision 0026): the NTB
// coordinator follows Lombok Timur's members number from her dashboard to the
// serikat, records two counts (and corrects the second on the same day), sees
// the trend, and the dashboards, hers and the national one, add the new count up.

/** A number as the Indonesian pages write it ("1.250"). */
const numberIn = async (l: Locator) => Number((await l.innerText()).trim().replace(/\./g, ""));

/** A day `n` days before today (UTC), as a date field takes it. */
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

test("a coordinator records member counts, sees the trend, and the dashboards add them up", async ({ page, browser }) => {
  // National staff's NTB number before (all time: the latest counts).
  const national = await browser.newPage();
  await login(national, "nasional@pekka.demo");
  const ntbMembers = () =>
    national.getByTestId("dashboard-table").locator("tbody tr", { hasText: "Nusa Tenggara Barat" }).locator('td[data-measure="members"] a');
  const ntbBefore = await numberIn(ntbMembers());

  await login(page, "koordinator.ntb@pekka.demo");
  const card = page.locator('[data-kabupaten="Kab. Lombok Timur"]');
  const cardMembers = card.locator("[data-metric=members]");
  const before = await numberIn(cardMembers);
  expect(before).toBeGreaterThan(0);

  // The number opens the serikat list that adds up to it, counted at the window's end.
  await cardMembers.click();
  await expect(page).toHaveURL(/\/serikat\?kabupatenId=\d+&status=all&membersOn=\d{4}-\d{2}$/);
  await expect(page.getByTestId("members-summary")).toContainText(`: ${before.toLocaleString("id-ID")} di 1 serikat`);
  await page
    .locator("table")
    .getByRole("link", { name: /Lombok Timur/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: /Lombok Timur/, level: 1 })).toBeVisible();

  const section = page.getByTestId("membership");
  await expect(section.getByTestId("same-day-note")).toHaveText(/angka lama diganti/);
  const record = async (day: string, count: string) => {
    await section.getByLabel("Tanggal").fill(day);
    await section.getByLabel("Jumlah anggota").fill(count);
    await section.getByRole("button", { name: "Simpan jumlah anggota" }).click();
  };
  const [first, second] = [daysAgo(20), daysAgo(2)];
  const history = section.getByTestId("members-history");
  // Each save lands back on the page with the count in the history (waited for, so the next one starts after it).
  await record(first, "480");
  // (Saved, or replaced when the journey ran before on this database today.)
  await expect(page.getByRole("status")).toHaveText(/^(Jumlah anggota disimpan\.|Catatan pada tanggal itu sudah ada)/);
  await expect(history.locator(`tr[data-count-day="${first}"]`)).toContainText("480");
  await record(second, "495");
  await expect(history.locator(`tr[data-count-day="${second}"]`)).toContainText("495");
  // The same day again replaces that day's count, and the page says so.
  await record(second, "502");
  await expect(page.getByRole("status")).toHaveText("Catatan pada tanggal itu sudah ada; angkanya diganti dengan yang baru.");

  await expect(section.getByTestId("members-latest")).toContainText("502 anggota");
  await expect(history.locator(`tr[data-count-day="${second}"]`)).toContainText("502");
  await expect(history.locator(`tr[data-count-day="${first}"]`)).toContainText("480");
  await expect(history.locator(`tr[data-count-day="${second}"]`)).toHaveCount(1);
  const trend = section.getByTestId("members-trend");
  await expect(trend.locator("circle[data-point='502']")).toHaveCount(1);
  await expect(trend.locator("circle[data-point='495']")).toHaveCount(0);
  await expect(trend.getByRole("img")).toHaveAttribute("aria-label", /sampai 502 anggota/);

  // Her dashboard counts the new latest count for Lombok Timur.
  await page.goto("/dasbor/provinsi");
  await expect(cardMembers).toHaveText("502");

  // The national dashboard's NTB sum moves by the same difference, and its list agrees.
  await national.reload();
  const expected = ntbBefore - before + 502;
  await expect(ntbMembers()).toHaveText(expected.toLocaleString("id-ID"));
  await ntbMembers().evaluate((el) => el.scrollIntoView({ block: "center", inline: "center" }));
  await ntbMembers().click();
  await expect(national).toHaveURL(/\/serikat\?provinceId=\d+&status=all$/);
  await expect(national.getByTestId("members-summary")).toContainText(`: ${expected.toLocaleString("id-ID")} di `);
  await national.close();
});

test("a wrong count is deleted from the serikat's history", async ({ page }) => {
  await login(page, "staf.lomboktimur@pekka.demo");
  await page.goto("/serikat?status=all");
  await page
    .locator("table")
    .getByRole("link", { name: /Lombok Timur/ })
    .first()
    .click();
  const section = page.getByTestId("membership");
  const day = daysAgo(40);
  await section.getByLabel("Tanggal").fill(day);
  await section.getByLabel("Jumlah anggota").fill("9.999");
  await section.getByRole("button", { name: "Simpan jumlah anggota" }).click();
  await expect(section.locator(`tr[data-count-day="${day}"]`)).toContainText("9.999");

  const wrong = await section.locator("select[name=membershipId] option", { hasText: "9.999" }).getAttribute("value");
  await section.getByLabel("Catatan", { exact: true }).selectOption(wrong!);
  await section.getByRole("button", { name: "Hapus catatan" }).click();
  await expect(page.getByRole("status")).toHaveText("Catatan jumlah anggota dihapus.");
  await expect(section.locator(`tr[data-count-day="${day}"]`)).toHaveCount(0);
});
