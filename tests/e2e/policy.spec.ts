import { expect, test, type Page } from "@playwright/test";
import { chooseSuggestion, login } from "./helpers";

/** A small valid one-page PDF showing `lines` (ASCII). */
function minimalPdf(lines: string[]): Buffer {
  const content = [
    "BT",
    "/F1 12 Tf",
    "16 TL",
    "56 780 Td",
    ...lines.map((l, i) => `${i ? "T* " : ""}(${l.replace(/[\\()]/g, "")}) Tj`),
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

// One new policy, taken from identified to enacted by Lombok Timur's staff,
// then read (and its document downloaded) by the director.
const TITLE = `Peraturan Desa tentang Bantuan Iuran JKN Uji ${Date.now().toString(36)}`;
const NUMBER = "Perdes No. 7 Tahun 2026";
let policyPath = "";

test.describe.configure({ mode: "serial" });

async function saveStatus(page: Page, expected: string) {
  await page.getByRole("button", { name: "Simpan status" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  await expect(page.locator("[data-status]").first()).toHaveText(expected);
}

test("district staff record a new policy and take it from identified to enacted with the signed PDF", async ({ page }) => {
  await login(page, "staf.lomboktimur@pekka.demo");
  await page.goto("/kebijakan");
  await page.getByRole("link", { name: "Catat kebijakan" }).click();
  await expect(page.getByRole("heading", { name: "Catat target kebijakan" })).toBeVisible();
  await page.getByLabel("Judul kebijakan").fill(TITLE);
  await page.getByLabel("Tingkat").selectOption("DESA");
  await page.getByLabel("Jenis").selectOption("PERDES");
  expect(await chooseSuggestion(page.getByLabel("Desa", { exact: true }), "paok")).toMatch(/^Paokmotong · Kec\. Masbagik · \d{10}$/);
  await page.getByLabel("Isu").selectOption("JKN");
  await page.getByLabel("Anggaran hasil advokasi").fill("Rp 15.000.000");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();

  await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
  await expect(page.locator("[data-status]").first()).toHaveText("Teridentifikasi");
  await expect(page.getByText("Rp 15.000.000")).toBeVisible();
  await expect(page).toHaveURL(/\/kebijakan\/\d+\?saved=1$/);
  policyPath = new URL(page.url()).pathname;

  await page.getByLabel("Catatan").fill("Audiensi pertama dengan kepala desa");
  await saveStatus(page, "Advokasi");
  await saveStatus(page, "Penyusunan");
  await saveStatus(page, "Pembahasan");

  // Enactment without number, date or document is refused, beside each field.
  await expect(page.getByLabel("Status baru")).toHaveValue("ENACTED");
  await page.getByRole("button", { name: "Simpan status" }).click();
  await expect(page.locator('[data-field-error="number"]')).toHaveText("Isi nomor peraturan yang ditetapkan.");
  await expect(page.locator('[data-field-error="enactedOn"]')).toHaveText("Isi tanggal peraturan ditetapkan.");
  await expect(page.locator('[data-field-error="evidence"]')).toContainText("Unggah dokumen peraturan");
  await expect(page.locator("[data-status]").first()).toHaveText("Pembahasan");

  // A file over 10 MB is refused on the phone, before it is sent.
  const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
  big.write("%PDF-1.4\n");
  await page
    .getByLabel("Dokumen peraturan yang sudah ditandatangani")
    .setInputFiles({ name: "besar.pdf", mimeType: "application/pdf", buffer: big });
  await expect(page.locator('[data-field-error="evidence"]')).toHaveText("Berkas terlalu besar (paling besar 10 MB).");

  // An HTML page dressed up as a PDF is refused by its content.
  await page.getByLabel("Nomor peraturan").fill(NUMBER);
  await page.getByLabel("Tanggal ditetapkan").fill("2026-11-02");
  await page.getByLabel("Dokumen peraturan yang sudah ditandatangani").setInputFiles({
    name: "perdes.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await page.getByRole("button", { name: "Simpan status" }).click();
  await expect(page.locator('[data-field-error="evidence"]')).toContainText("Berkas harus PDF, JPG atau PNG");

  // What was typed survives; the file is chosen again.
  await expect(page.getByLabel("Nomor peraturan")).toHaveValue(NUMBER);
  await page.getByLabel("Dokumen peraturan yang sudah ditandatangani").setInputFiles({
    name: "perdes-7-2026-paokmotong.pdf",
    mimeType: "application/pdf",
    buffer: minimalPdf(["PERATURAN DESA PAOKMOTONG", "NOMOR 7 TAHUN 2026"]),
  });
  await page.getByLabel("Catatan").fill("Ditetapkan dan ditandatangani kepala desa");
  await saveStatus(page, "Ditetapkan");
  await expect(page.getByText("Status ini sudah final")).toBeVisible();
  await expect(page.getByTestId("evidence-link")).toHaveText("Unduh perdes-7-2026-paokmotong.pdf");
  const history = page.getByTestId("policy-history").locator("li");
  await expect(history).toHaveCount(5);
  await expect(history.last()).toContainText("Pembahasan → Ditetapkan");
  await expect(history.last()).toContainText("Ditetapkan dan ditandatangani kepala desa");
});

test("the director sees the enacted policy, downloads its document and has no edit controls", async ({ page }) => {
  expect(policyPath).toMatch(/^\/kebijakan\/\d+$/);
  await login(page, "direktur@pekka.demo");
  await page.goto("/kebijakan?status=ENACTED");
  await expect(page.getByRole("link", { name: "Catat kebijakan" })).toHaveCount(0);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
  await expect(page.locator("[data-status]").first()).toHaveText("Ditetapkan");
  await expect(page.getByText(NUMBER).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Ubah", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Simpan status" })).toHaveCount(0);

  const href = await page.getByTestId("evidence-link").getAttribute("href");
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["content-disposition"]).toContain('filename="perdes-7-2026-paokmotong.pdf"');
  expect((await res.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  for (const path of [`${policyPath}/ubah`, "/kebijakan/baru"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  }
});

test("a coordinator of another province finds neither the policy nor its document", async ({ page }) => {
  await login(page, "koordinator.aceh@pekka.demo");
  await page.goto(policyPath);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  // The evidence file's id, read as Lombok Timur's staff would see it, answers 404 here.
  const staff = await page.context().browser()!.newContext();
  const staffPage = await staff.newPage();
  await login(staffPage, "staf.lomboktimur@pekka.demo");
  await staffPage.goto(policyPath);
  const href = await staffPage.getByTestId("evidence-link").getAttribute("href");
  await staff.close();
  expect((await page.request.get(href!)).status()).toBe(404);
});

test("a coordinator with several kabupaten is asked in words where the new policy is pursued", async ({ page }) => {
  await login(page, "koordinator.ntb@pekka.demo");
  await page.goto("/kebijakan/baru");
  // The picker's label is the catalogue's text, not a raw message key.
  await expect(page.getByLabel("Kabupaten/kota tempat kebijakan ini diperjuangkan")).toBeVisible();
  await expect(page.getByText("policy.pickKabupaten")).toHaveCount(0);
});

test("national staff upload a new guide version; a district user downloads it", async ({ page, browser }) => {
  const version = `1.${(Date.now() % 100000).toString()}`;
  await login(page, "nasional@pekka.demo");
  // This account's saved language may be English after the language journey.
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await page.goto("/panduan");
  await page.getByRole("link", { name: "Panduan Forum Pemangku Kepentingan (FPK) Perlindungan Sosial" }).click();
  await expect(page).toHaveURL(/\/panduan\/\d+$/);
  const guidePath = new URL(page.url()).pathname;
  await page.getByLabel("Versi", { exact: true }).fill(version);
  await page.getByLabel("Tanggal terbit").fill("2026-11-01");
  await page.getByLabel("Catatan perubahan").fill("Bab baru tentang pemantauan partisipatif");
  await page.getByLabel("Berkas panduan").setInputFiles({
    name: "panduan-fpk.pdf",
    mimeType: "application/pdf",
    buffer: minimalPdf(["PANDUAN FPK", `VERSI ${version}`]),
  });
  await page.getByRole("button", { name: "Unggah versi" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  await expect(page.getByTestId("guide-versions").locator("li").first()).toContainText(`Versi ${version}`);

  const other = await browser.newContext();
  const staffPage = await other.newPage();
  await login(staffPage, "staf.lomboktimur@pekka.demo");
  await staffPage.goto(guidePath);
  await expect(staffPage.getByRole("heading", { name: "Unggah versi baru" })).toHaveCount(0);
  const link = staffPage.getByTestId("guide-versions").locator("li").first().getByRole("link", { name: "Unduh panduan-fpk.pdf" });
  const href = await link.getAttribute("href");
  const res = await staffPage.request.get(href!);
  expect(res.status()).toBe(200);
  expect((await res.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await other.close();
});
