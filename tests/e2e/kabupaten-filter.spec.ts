// The lists' kabupaten filters are searchable fields (issue 12, point 2): type a
// few letters and choose, with the keyboard, on a 360 px phone, and without
// JavaScript by the code; the address keeps `?kabupatenId=<id>` as links write it.
import { expect, test } from "@playwright/test";
import { login } from "./helpers";

test.use({ viewport: { width: 360, height: 740 } });

const LOMBOK_TIMUR = "Kab. Lombok Timur · Nusa Tenggara Barat · 5203";

test("national staff filter the FPK meetings by a kabupaten chosen with the keyboard, and the address carries its id", async ({ page }) => {
  await login(page, "nasional@pekka.demo");
  await page.goto("/fpk");
  const field = page.getByRole("combobox", { name: "Kabupaten/kota", exact: true });
  await expect(field).toHaveAttribute("placeholder", "Semua · ketik nama atau kode");
  const offered = await page
    .locator(`datalist[id="${await field.getAttribute("list")}"] option`)
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toContain(LOMBOK_TIMUR);
  expect(offered.length).toBeGreaterThan(20);

  await field.focus();
  await page.keyboard.type(LOMBOK_TIMUR);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fpk\?kabupatenId=\d+&year=$/);
  const id = new URL(page.url()).searchParams.get("kabupatenId")!;
  await expect(field).toHaveValue(LOMBOK_TIMUR);
  const meetings = page.getByTestId("fpk-meetings").locator("li");
  await expect(meetings.first()).toBeVisible();
  for (const text of await meetings.locator("a").allInnerTexts()) expect(text).toMatch(/· Kab\. Lombok Timur$/);

  // The same list as a link writes it, and the export of what is shown, carry the id.
  await page.goto(`/fpk?kabupatenId=${id}`);
  await expect(field).toHaveValue(LOMBOK_TIMUR);
  await expect(page.locator('a[href^="/ekspor/fpk"]').first()).toHaveAttribute("href", new RegExp(`kabupatenId=${id}(&|$)`));
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("a coordinator's filter offers her province only; a name that is not one of hers is said beside the field", async ({ page }) => {
  await login(page, "koordinator.ntb@pekka.demo");
  await page.goto("/kader");
  const field = page.getByRole("combobox", { name: "Kabupaten/kota", exact: true });
  const offered = await page
    .locator(`datalist[id="${await field.getAttribute("list")}"] option`)
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toContain(LOMBOK_TIMUR);
  expect(offered.every((v) => v.includes("· Nusa Tenggara Barat ·"))).toBe(true);
  const all = await page.locator("main h1 + p").innerText();

  // "Lombok" names four of her kabupaten; Banda Aceh's code is not hers.
  for (const typed of ["Lombok", "1171"]) {
    await field.fill(typed);
    await field.press("Enter");
    await expect(page.locator('[data-field-error="kabupatenId"]')).toHaveText(
      "Kabupaten/kota ini tidak ada di antara pilihan, jadi daftar menampilkan semua kabupaten/kota. Ketik beberapa huruf lalu pilih, atau tulis kode 4 angka.",
    );
    await expect(page).toHaveURL(new RegExp(`/kader\\?q=&position=&status=active&kabupatenText=${typed}$`));
    await expect(field).toHaveValue(typed);
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("main h1 + p")).toHaveText(all);
  }
});

test("without JavaScript the filter still works, by the kabupaten's code", async ({ browser, page }) => {
  await login(page, "koordinator.ntb@pekka.demo");
  const noJs = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
    viewport: { width: 360, height: 740 },
  });
  const p = await noJs.newPage();
  await p.goto("/kader?status=all");
  const all = await p.locator("main h1 + p").innerText();
  await p.getByRole("combobox", { name: "Kabupaten/kota", exact: true }).fill("5203");
  await p.getByRole("button", { name: "Terapkan" }).click();
  await expect(p).toHaveURL(/\/kader\?q=&kabupatenId=\d+&position=&status=all$/);
  await expect(p.getByRole("combobox", { name: "Kabupaten/kota", exact: true })).toHaveValue(LOMBOK_TIMUR);
  await expect(p.locator("main h1 + p")).not.toHaveText(all);
  // Every kader listed is of Lombok Timur (the kabupaten column, hidden on a phone, is still in the page).
  const kabupaten = await p.locator("tbody tr td:nth-child(4)").evaluateAll((tds) => tds.map((td) => td.firstChild?.textContent));
  expect(kabupaten.length).toBeGreaterThan(0);
  expect(new Set(kabupaten)).toEqual(new Set(["Kab. Lombok Timur"]));
  // The export of what is shown keeps the filter as the id.
  const id = new URL(p.url()).searchParams.get("kabupatenId")!;
  await expect(p.locator('a[href^="/ekspor/kader"]').first()).toHaveAttribute("href", new RegExp(`kabupatenId=${id}(&|$)`));
  await noJs.close();
});
