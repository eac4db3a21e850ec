// The clinic-day grid (issue 13 point 1, decision 0032): district staff enter
// the whole day's cases of a session on one page, a row per visitor, with the
// keyboard, on a 360 px phone. Each row goes through the outbox with its own
// key; a refused row is fixed and saved again; the violence desk opens the
// sealed form; a row saved offline is sent when the phone is back online.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { chooseSuggestion, login } from "./helpers";

const TAG = Date.now().toString(36);
const STAFF = "staf.lomboktimur@pekka.demo";

type Case = { desk: string; deskLabel: string; issue: string; name: string; referral?: string; note?: string };

const DESKS = [
  { desk: "REGISTRATION", deskLabel: "Pendaftaran", issues: ["Pengunjung baru", "Permintaan informasi", "Konsultasi"] },
  {
    desk: "SOCIAL_PROTECTION",
    deskLabel: "Perlindungan sosial",
    issues: ["Pendaftaran JKN/BPJS Kesehatan", "Bantuan tunai PKH", "Pemutakhiran data DTKS"],
  },
  { desk: "LEGAL_IDENTITY", deskLabel: "Identitas hukum", issues: ["Akta kelahiran", "KTP", "Kartu keluarga"] },
];

/** 30 visitors: the three open desks in turn (a run of each), some referred, some with a note. */
const CASES: Case[] = Array.from({ length: 30 }, (_, i) => {
  const d = DESKS[Math.floor(i / 4) % 3]!;
  return {
    desk: d.desk,
    deskLabel: d.deskLabel,
    issue: d.issues[i % 3]!,
    name: `Warga Grid ${TAG} ${String(i + 1).padStart(2, "0")}`,
    ...(i % 6 === 2 ? { referral: `Dinas Sosial ${i + 1}` } : {}),
    ...(i % 3 === 0 ? { note: `Catatan ${i + 1}: bawa KK asli` } : {}),
  };
});
/** This visitor's row is first sent without the name: refused, fixed, saved again. */
const REFUSED = 7;

/** Opens the first session of her KLIK list. */
async function openFirstSession(page: Page) {
  await page.goto("/klik");
  await page.getByTestId("klik-sessions").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/klik\/\d+$/);
}

async function newSession(page: Page): Promise<string> {
  await page.goto("/klik/baru");
  await page.getByLabel("Tanggal").fill(new Date().toISOString().slice(0, 10));
  await chooseSuggestion(page.getByLabel("Desa/kelurahan"), "masb");
  await page.getByLabel("Petugas").fill(`Petugas grid ${TAG}`);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(/\/klik\/\d+\?saved=1$/);
  return page.url().replace(/\?.*$/, "");
}

const focused = (page: Page) => page.locator(":focus");

/** Tab to the next field of the row and check it is the one expected. */
async function tabTo(page: Page, name: string) {
  await page.keyboard.press("Tab");
  await expect(focused(page)).toHaveAttribute("name", name);
}

/** A select chosen from the keyboard: its options' text typed while it has focus. */
async function choose(page: Page, label: string) {
  const select = focused(page);
  await page.keyboard.type(label);
  const text = await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? "");
  // Type-ahead is the browser's; where it does not land exactly, the same select is set as a keyboard user would.
  if (text !== label) await select.selectOption({ label });
  await expect(select.locator("option:checked")).toHaveText(label);
}

/** One visitor, from the focused desk select of a blank row to Enter. */
async function enterRow(page: Page, c: Case, { withName = true } = {}) {
  await expect(focused(page)).toHaveAttribute("name", "desk");
  await choose(page, c.deskLabel);
  await tabTo(page, "issueType");
  await choose(page, c.issue);
  await tabTo(page, "personName");
  if (withName) await page.keyboard.type(c.name);
  await tabTo(page, "status");
  if (c.referral) {
    await choose(page, "Dirujuk");
    await tabTo(page, "referralInstitution");
    await page.keyboard.type(c.referral);
  }
  await tabTo(page, "note");
  if (c.note) await page.keyboard.type(c.note);
  await page.keyboard.press("Enter");
}

const rows = (page: Page) => page.getByTestId("clinic-day").getByTestId("grid-row");

function countLoads(page: Page) {
  const n = { loads: 0, documents: 0 };
  page.on("load", () => n.loads++);
  page.on("request", (r) => {
    if (r.resourceType() === "document" && r.frame() === page.mainFrame()) n.documents++;
  });
  return n;
}

test("30 cases of a session entered with the keyboard on one page at 360 px, one refused and fixed, each recorded once", async ({
  page,
}) => {
  test.setTimeout(6 * 60_000);
  await login(page, STAFF);
  const sessionUrl = await newSession(page);

  const count = countLoads(page);
  const started = Date.now();
  await page.goto(sessionUrl);
  const grid = page.getByTestId("clinic-day");
  await expect(grid.getByRole("heading", { name: "Catat kasus hari ini" })).toBeVisible();
  await expect(rows(page)).toHaveCount(1);
  await rows(page).first().locator("select[name=desk]").focus();

  let refusedRow: Locator | undefined;
  let refusedKey: string | null = null;
  for (const [i, c] of CASES.entries()) {
    if (i === REFUSED) {
      refusedKey = await rows(page).last().getAttribute("data-key");
      await enterRow(page, c, { withName: false });
      refusedRow = grid.locator(`[data-key="${refusedKey}"]`);
    } else {
      await enterRow(page, c);
    }
  }

  // The refused row kept what was typed, says why beside the name, and is fixed with the keyboard.
  await expect(refusedRow!).toHaveAttribute("data-state", "refused");
  await expect(refusedRow!.locator('[data-field-error="personName"]')).toHaveText("Wajib diisi.");
  const name = refusedRow!.getByLabel("Nama warga");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAttribute("aria-describedby", /personName-error/);
  await expect(refusedRow!.getByTestId("row-state")).toHaveText("Ditolak: perbaiki lalu simpan lagi");
  await name.focus();
  await page.keyboard.type(CASES[REFUSED]!.name);
  await page.keyboard.press("Enter");

  // Every row received, the refused one with the key it had (the same write, not another).
  const received = grid.locator('[data-testid=grid-row][data-state="received"]');
  await expect(received).toHaveCount(30, { timeout: 60_000 });
  const elapsed = Date.now() - started;
  await expect(grid.locator(`[data-key="${refusedKey}"]`)).toHaveAttribute("data-state", "received");
  await expect(received.getByTestId("row-receipt")).toHaveCount(30);
  await expect(grid.getByTestId("grid-counts")).toHaveText("30 diterima · 0 menunggu dikirim");
  console.log(
    `clinic-day grid: 30 cases in ${(elapsed / 1000).toFixed(1)} s, ${count.documents} page load(s) (${count.loads} load events)`,
  );
  expect(count.documents).toBe(1);
  expect(count.loads).toBe(1);

  // After a reload the session lists each of the 30 exactly once, at its desk.
  await page.reload();
  for (const c of CASES) {
    await expect(page.getByTestId(`desk-${c.desk}`).getByRole("link", { name: c.name, exact: true })).toHaveCount(1);
  }
  for (const d of DESKS) {
    const n = CASES.filter((c) => c.desk === d.desk).length;
    await expect(page.getByTestId("desk-counts").locator(`[data-desk=${d.desk}] dd`)).toHaveText(String(n));
  }
  // Nothing left to send, no draft kept: the grid opens with one blank row.
  await expect(rows(page)).toHaveCount(1);
  const referred = CASES.find((c) => c.referral)!;
  await page.getByTestId(`desk-${referred.desk}`).getByRole("link", { name: referred.name, exact: true }).click();
  await expect(page.getByTestId("case-detail")).toContainText(referred.referral!);
  const noted = CASES.find((c) => c.note)!;
  await page.goBack();
  await page.getByTestId(`desk-${noted.desk}`).getByRole("link", { name: noted.name, exact: true }).click();
  await expect(page.getByTestId("case-detail")).toContainText(noted.note!);
});

test("the violence desk in the grid opens the sealed form; no sealed field is ever in the grid or on the phone", async ({ page }) => {
  await login(page, STAFF);
  await openFirstSession(page);
  const grid = page.getByTestId("clinic-day");
  const desk = rows(page).first().locator("select[name=desk]");
  await desk.focus();
  await choose(page, "Pengaduan kekerasan");
  await expect(desk).toBeFocused();
  const open = grid.getByTestId("open-sealed-form");
  await page.keyboard.press("Tab");
  await expect(open).toBeFocused();
  await expect(grid).toContainText("Pengaduan kekerasan dicatat di formulir rahasia");
  await expect(
    grid.locator("[name=complainantName], [name=complainantContact], [name=narrative], [name=personName], textarea"),
  ).toHaveCount(0);
  // Nothing of it in the drafts on this phone.
  await page.waitForTimeout(600);
  const drafts = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const req = indexedDB.open("pekka-drafts");
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains("drafts")) return resolve("[]");
          const all = db.transaction("drafts").objectStore("drafts").getAll();
          all.onsuccess = () => resolve(JSON.stringify(all.result));
        };
        req.onerror = () => resolve("[]");
      }),
  );
  expect(drafts).not.toContain("VIOLENCE");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/kasus\/baru\?meja=VIOLENCE$/);
  await expect(page.getByRole("heading", { name: "Tambah kasus: Meja pengaduan kekerasan" })).toBeVisible();
  await expect(page.getByLabel("Nama pelapor")).toBeVisible();
  await expect(page.getByText("Data pelapor bersifat rahasia")).toBeVisible();
});

test("a row saved while offline is kept on the phone and becomes received once online", async ({ page, context }) => {
  const name = `Warga Luring ${TAG}`;
  await login(page, STAFF);
  await openFirstSession(page);
  const row = rows(page).first();
  const key = await row.getAttribute("data-key");
  await row.getByLabel("Meja", { exact: true }).selectOption({ label: "Identitas hukum" });
  await row.getByLabel("Jenis masalah").selectOption({ label: "Akta kelahiran" });
  await row.getByLabel("Nama warga").fill(name);

  await context.setOffline(true);
  await row.getByLabel("Nama warga").press("Enter");
  const sent = page.getByTestId("clinic-day").locator(`[data-key="${key}"]`);
  await expect(sent).toHaveAttribute("data-state", "saved");
  await expect(sent.getByTestId("row-state")).toHaveText("Tersimpan di HP ini: dikirim saat ada sinyal");
  await expect(page.getByTestId("outbox-waiting")).toHaveText("1 menunggu");

  await context.setOffline(false);
  await expect(sent).toHaveAttribute("data-state", "received", { timeout: 20_000 });
  await expect(sent.getByTestId("row-receipt")).toHaveText(/^Kasus #\d+$/);
  await page.reload();
  await expect(page.getByTestId("desk-LEGAL_IDENTITY").getByRole("link", { name, exact: true })).toHaveCount(1);
});

test("a row typed and not yet saved comes back after a reload, for her only", async ({ page }) => {
  const name = `Warga Draf ${TAG}`;
  await login(page, STAFF);
  await openFirstSession(page);
  const row = rows(page).first();
  const key = await row.getAttribute("data-key");
  await row.getByLabel("Meja", { exact: true }).selectOption({ label: "Pendaftaran" });
  await row.getByLabel("Jenis masalah").selectOption({ label: "Konsultasi" });
  await row.getByLabel("Nama warga").fill(name);
  await page.waitForTimeout(600);
  await page.reload();
  const back = page.getByTestId("clinic-day").locator(`[data-key="${key}"]`);
  await expect(back.getByLabel("Nama warga")).toHaveValue(name);
  await expect(back.getByLabel("Jenis masalah")).toHaveValue("CONSULTATION");
  await expect(page.getByTestId("clinic-day")).toContainText("Baris yang belum disimpan dipulihkan dari HP ini.");
  await expect(page.getByTestId("outbox-waiting")).toHaveCount(0);

  // Another user of the same phone does not see it.
  await page.context().clearCookies();
  await login(page, "koordinator.ntb@pekka.demo");
  await page.goto("/kotak-keluar");
  await expect(page.locator("main")).not.toContainText("Catat kasus hari ini");

  // Hers again: removed, it is gone from the phone.
  await page.context().clearCookies();
  await login(page, STAFF);
  await openFirstSession(page);
  page.once("dialog", (d) => void d.accept());
  await page.getByTestId("clinic-day").locator(`[data-key="${key}"]`).getByTestId("row-remove").click();
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByTestId("clinic-day").locator(`[data-key="${key}"]`)).toHaveCount(0);
  await expect(rows(page)).toHaveCount(1);
});

test("a row received just before a reload does not come back as a draft", async ({ page }) => {
  const name = `Warga Segera ${TAG}`;
  await login(page, STAFF);
  await openFirstSession(page);
  const row = rows(page).first();
  const key = await row.getAttribute("data-key");
  await row.getByLabel("Meja", { exact: true }).selectOption({ label: "Pendaftaran" });
  await row.getByLabel("Jenis masalah").selectOption({ label: "Konsultasi" });
  // Typed, then left long enough for the draft to hold the row.
  await row.getByLabel("Nama warga").fill(name);
  await page.waitForTimeout(600);
  await row.getByLabel("Nama warga").press("Enter");
  const sent = page.getByTestId("clinic-day").locator(`[data-key="${key}"]`);
  await expect(sent).toHaveAttribute("data-state", "received");
  // At once: the row left the draft when it was sent, not a moment later.
  await page.reload();
  await expect(page.getByTestId("desk-REGISTRATION").getByRole("link", { name, exact: true })).toHaveCount(1);
  await expect(page.getByTestId("clinic-day").locator(`[data-key="${key}"]`)).toHaveCount(0);
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByTestId("clinic-day")).not.toContainText("Baris yang belum disimpan dipulihkan dari HP ini.");
});
