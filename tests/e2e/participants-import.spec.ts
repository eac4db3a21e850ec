// A coordinator brings a class's attendance sheet in (issue 12, points 4–6):
// from a class of her province's re-training she downloads its template (a
// column per training day, the Kader sheet of her area), fills six rows of
// which one names no kader of hers, sees that row explained, skips it,
// imports, finds the five on the class page with their attendance, and undoes.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { login } from "./helpers";

test("a coordinator imports a class's participants: template with day columns, one row explained and skipped, class page, undo", async ({
  page,
}) => {
  await login(page, "koordinator.ntb@pekka.demo");
  await page.goto("/pelatihan?level=PROVINCIAL");
  await page.getByRole("link", { name: "Pelatihan Ulang Kader Perlindungan Sosial Provinsi Nusa Tenggara Barat" }).first().click();
  await page.getByRole("region", { name: "Kelas Pelaksana KLIK PEKKA" }).getByRole("link", { name: "Peserta & kehadiran" }).click();
  await expect(page).toHaveURL(/\/pelatihan\/\d+\/kelas\/\d+$/);
  const classUrl = page.url();
  // Who is in the class already (the file brings others).
  const registered = new Set(await page.locator("fieldset[aria-label]").evaluateAll((fs) => fs.map((f) => f.getAttribute("aria-label"))));

  await page.getByRole("link", { name: "Impor dari berkas" }).click();
  await expect(page.getByRole("heading", { name: /^Impor peserta: / })).toBeVisible();
  await expect(page).toHaveURL(`${classUrl}/impor`);
  const importUrl = page.url();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Templat Excel (.xlsx)" }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const list = wb.getWorksheet("Peserta")!;
  const headers = (list.getRow(1).values as unknown[]).slice(1).map(String);
  const dayCols = headers.flatMap((h, i) => (/^Hadir \d{2}\/\d{2}\/\d{4}$/.test(h) ? [i + 1] : []));
  expect(dayCols.length, "a column per day of the training").toBeGreaterThan(0);

  // Five kader of her area not yet in the class, with a name no other kader of hers has.
  const help: { id: number; name: string }[] = [];
  wb.getWorksheet("Kader")!.eachRow((r, n) => {
    if (n > 1) help.push({ id: Number(r.getCell(1).value), name: String(r.getCell(2).value) });
  });
  const count = new Map<string, number>();
  for (const k of help) count.set(k.name, (count.get(k.name) ?? 0) + 1);
  const chosen = help.filter((k) => !registered.has(k.name) && count.get(k.name) === 1).slice(0, 5);
  expect(chosen).toHaveLength(5);

  const col = (re: RegExp) => headers.findIndex((h) => re.test(h)) + 1;
  chosen.forEach((k, i) => {
    const row = list.getRow(i + 2);
    // Four by registry id, the fifth by name only.
    if (i < 4) row.getCell(col(/^ID kader$/)).value = k.id;
    else row.getCell(col(/^Nama kader$/)).value = k.name;
    row.getCell(col(/^Peran$/)).value = "Peserta";
    row.getCell(col(/^Selesai$/)).value = i % 2 ? "tidak" : "ya";
    dayCols.forEach((c, j) => (row.getCell(c).value = j === 0 || i % 2 === 0 ? "ya" : ""));
    row.commit();
  });
  const wrong = list.getRow(7);
  wrong.getCell(col(/^ID kader$/)).value = 99999999;
  wrong.getCell(col(/^Peran$/)).value = "Peserta";
  wrong.commit();
  const file = Buffer.from(await wb.xlsx.writeBuffer());

  await page.getByLabel("Berkas Excel atau CSV").setInputFiles({
    name: "peserta-kelas.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: file,
  });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Menunggu konfirmasi", { timeout: 30_000 });
  await expect(page.getByTestId("count-CREATE")).toContainText("5");
  await expect(page.getByTestId("count-ERROR")).toContainText("1");
  await expect(page.getByTestId("import-row-7")).toContainText("ID kader");
  await expect(page.getByTestId("import-row-7")).toContainText("99999999");
  await expect(page.getByTestId("import-row-7")).toContainText("Tidak ada kader dengan ID ini di wilayah Anda");
  await expect(page.getByTestId("import-row-6")).toContainText(chosen[4]!.name);

  await page.getByLabel("Lewati 1 baris yang salah dan simpan sisanya").check();
  await page.getByRole("button", { name: "Simpan impor" }).click();
  await expect(page.getByText("Tersimpan: 5 baris ditulis, 1 baris salah dilewati.")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("link", { name: "Lihat peserta kelas" }).click();
  await expect(page).toHaveURL(classUrl);
  for (const k of chosen) await expect(page.getByRole("group", { name: k.name })).toBeVisible();
  // The first one's attendance: every day ticked, and completed.
  const first = page.getByRole("group", { name: chosen[0]!.name });
  await expect(first.getByRole("checkbox", { checked: true })).toHaveCount(dayCols.length + 1);

  // Undone as a whole: the five are no longer in the class.
  await page.goto(importUrl);
  await page.getByTestId("import-history").getByRole("link", { name: "peserta-kelas.xlsx" }).first().click();
  await page.getByRole("button", { name: "Batalkan impor ini" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Dibatalkan");
  await page.goto(classUrl);
  for (const k of chosen) await expect(page.getByRole("group", { name: k.name })).toHaveCount(0);
});
