// The searchable area fields (issue 12, point 2): type a few letters and choose,
// with the keyboard, on a 360 px phone, and without JavaScript by a code.
import { expect, test } from "@playwright/test";
import { chooseSuggestion, login } from "./helpers";

test.use({ viewport: { width: 360, height: 740 } });

test("a coordinator picks the kabupaten and the desa by typing, with the keyboard only, on a phone", async ({ page }) => {
  await login(page, "koordinator.ntb@pekka.demo");
  await page.goto("/kader/baru");
  const kabupaten = page.getByLabel("Kabupaten/kota tempat kader berada");
  // Every kabupaten of her province is offered, none of another's.
  const offered = await page
    .locator(`datalist[id="${await kabupaten.getAttribute("list")}"] option`)
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toContain("Kab. Lombok Timur · Nusa Tenggara Barat · 5203");
  expect(offered.every((v) => v.includes("Nusa Tenggara Barat"))).toBe(true);
  await kabupaten.focus();
  await page.keyboard.type("Kab. Lombok Timur · Nusa Tenggara Barat · 5203");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/kabupatenId=Kab\.\+Lombok\+Timur/);
  await expect(kabupaten).toHaveValue("Kab. Lombok Timur · Nusa Tenggara Barat · 5203");

  const desa = page.getByLabel("Desa/kelurahan");
  await expect(desa).toHaveAttribute("aria-describedby", /hint/);
  await desa.focus();
  await page.keyboard.type("masb");
  const options = page.locator(`datalist[id="${await desa.getAttribute("list")}"] option`);
  await expect(options).toHaveCount(3);
  expect(await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual([
    "Masbagik Selatan · Kec. Masbagik · 5203052003",
    "Masbagik Utara · Kec. Masbagik · 5203052005",
    "Paokmotong · Kec. Masbagik · 5203052002",
  ]);
  // Each suggestion says desa or kelurahan, from the catalogue of the user's language.
  expect(await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).label))).toEqual(["Desa", "Desa", "Desa"]);
  const kindOf = async () => {
    const { results } = (await (await page.request.get("/wilayah/cari?q=pancor")).json()) as {
      results: { value: string; label: string }[];
    };
    return results.find((r) => r.value.startsWith("Pancor · Kec. Selong"))?.label;
  };
  expect(await kindOf()).toBe("Kelurahan");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", domain: new URL(page.url()).hostname, path: "/" }]);
  expect(await kindOf()).toBe("Urban village");
  await page.context().clearCookies({ name: "NEXT_LOCALE" });
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("a desa outside the list or the area is refused in words; a chosen one saves", async ({ page }) => {
  const name = `Inaq Pencarian ${Date.now().toString(36)}`;
  await login(page, "staf.lomboktimur@pekka.demo");
  await page.goto("/kader/baru");
  await page.getByLabel("Nama lengkap").fill(name);
  await page.getByLabel("Desa/kelurahan").fill("Desa Antah Berantah");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.locator('[data-field-error="desaId"]')).toContainText("tidak ditemukan");
  await expect(page.getByLabel("Desa/kelurahan")).toHaveValue("Desa Antah Berantah");
  // Banda Aceh's first desa: a real code, but not in her kabupaten.
  await page.getByLabel("Desa/kelurahan").fill("1171011001");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.locator('[data-field-error="desaId"]')).toHaveText("Tidak ada desa/kelurahan dengan kode ini di wilayah Anda.");
  await chooseSuggestion(page.getByLabel("Desa/kelurahan"), "paok");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByText("Paokmotong")).toBeVisible();
});

test("without JavaScript the form still posts, by the desa's code", async ({ browser, page }) => {
  const name = `Inaq Tanpa Skrip ${Date.now().toString(36)}`;
  await login(page, "staf.lomboktimur@pekka.demo");
  const noJs = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
    viewport: { width: 360, height: 740 },
  });
  const p = await noJs.newPage();
  await p.goto("/kader/baru");
  await p.getByLabel("Nama lengkap").fill(name);
  await p.getByLabel("Desa/kelurahan").fill("5203052003");
  await p.getByRole("button", { name: "Simpan" }).click();
  await expect(p.getByRole("heading", { name })).toBeVisible();
  await expect(p.getByText("Masbagik Selatan")).toBeVisible();
  await noJs.close();
});

test("editing a kader shows her desa as chosen, and saving it unchanged keeps it", async ({ page }) => {
  await login(page, "staf.lomboktimur@pekka.demo");
  await page.goto("/kader");
  const hrefs = await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const detail = hrefs.find((h) => /^\/kader\/\d+$/.test(h))!;
  await page.goto(`${detail}/ubah`);
  const desa = page.getByLabel("Desa/kelurahan");
  await expect(desa).toHaveValue(/^.+ · Kec\. .+ · 5203\d{6}$/);
  const before = await desa.inputValue();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  await expect(page.getByText(before.split(" · ")[0]!).first()).toBeVisible();
});
