// Nothing lost when the signal drops (issue 13, points 2 and 3; decision 0030):
// a case saved without signal waits in the outbox and is received once when
// the signal returns; a refused one goes back to its form with her input; an
// expired session keeps the outbox until she signs in again; drafts belong to
// the signed-in user on a shared phone; sealed violence fields never reach
// the phone's storage.
import { expect, test, type Page } from "@playwright/test";
import { login } from "./helpers";
import { outboxItems, phoneStorage } from "../support/offline";

const TAG = Date.now().toString(36);

/** The district officer's first session, and its form for a new case at a desk. */
async function openCaseForm(page: Page, desk: string): Promise<string> {
  await page.goto("/klik");
  await page.getByTestId("klik-sessions").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/klik\/\d+$/);
  const sessionUrl = page.url();
  await page.getByTestId(`desk-${desk}`).getByRole("link", { name: "Tambah kasus" }).click();
  await expect(page.getByRole("heading", { name: /^Tambah kasus: / })).toBeVisible();
  return sessionUrl;
}

async function itemStates(page: Page): Promise<string[]> {
  return (await outboxItems(page)).map((i) => String(i.state));
}

test("a case saved without signal waits on the phone and is received once when the signal returns", async ({ page, context }) => {
  const name = `Inaq Tanpa Sinyal ${TAG}`;
  await login(page, "staf.lomboktimur@pekka.demo");
  const sessionUrl = await openCaseForm(page, "LEGAL_IDENTITY");
  await page.getByLabel("Jenis masalah").selectOption({ label: "Akta kelahiran" });
  await page.getByLabel("Nama warga").fill(name);

  await context.setOffline(true);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("entry-queued")).toContainText("data disimpan di HP ini");
  await expect(page.getByTestId("outbox-waiting")).toHaveText("1 menunggu");
  // A fresh form for the next visitor.
  await expect(page.getByLabel("Nama warga")).toHaveValue("");
  expect(await itemStates(page)).toEqual(["saved"]);

  // Back online: the outbox sends it without being asked.
  await context.setOffline(false);
  await expect(page.getByTestId("outbox-waiting")).toHaveCount(0);
  expect(await itemStates(page)).toEqual(["received"]);

  await page.getByTestId("outbox-link").click();
  const item = page.getByTestId("outbox-item");
  await expect(item).toHaveAttribute("data-state", "received");
  await expect(item.getByTestId("outbox-receipt")).toContainText(/Tanda terima server: nomor \d+/);

  await page.goto(sessionUrl);
  await expect(page.getByText(name)).toHaveCount(1);
});

test("a write the server refuses comes back to its form with what she typed and the reasons", async ({ page, context }) => {
  const name = `Inaq Dirujuk ${TAG}`;
  await login(page, "staf.lomboktimur@pekka.demo");
  const sessionUrl = await openCaseForm(page, "LEGAL_IDENTITY");
  await page.getByLabel("Jenis masalah").selectOption({ label: "Akta kelahiran" });
  await page.getByLabel("Nama warga").fill(name);
  // Referred, but no institution: the server will refuse it.
  await page.getByLabel("Status").selectOption({ label: "Dirujuk" });
  await context.setOffline(true);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("entry-queued")).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByTestId("outbox-attention")).toHaveText("1 perlu dilihat");

  await page.getByTestId("outbox-link").click();
  const item = page.getByTestId("outbox-item");
  await expect(item).toHaveAttribute("data-state", "refused");
  await expect(item).toContainText("Lembaga rujukan: Tulis lembaga rujukan bila kasus dirujuk.");
  await item.getByRole("link", { name: "Perbaiki di formulir" }).click();

  await expect(page.getByRole("status").filter({ hasText: "dikembalikan dari Kotak keluar" })).toBeVisible();
  await expect(page.getByLabel("Nama warga")).toHaveValue(name);
  await expect(page.locator('[data-field-error="referralInstitution"]')).toHaveText("Tulis lembaga rujukan bila kasus dirujuk.");
  await page.getByLabel("Lembaga rujukan").fill("Disdukcapil Kab. Lombok Timur");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Perubahan tersimpan." })).toBeVisible();
  await page.goto(sessionUrl);
  await expect(page.getByText(name)).toHaveCount(1);
  await expect(page.getByTestId("outbox-attention")).toHaveCount(0);
});

test("an expired session keeps the outbox, which is sent after she signs in again", async ({ page, context }) => {
  const name = `Inaq Sesi Habis ${TAG}`;
  await login(page, "staf.lomboktimur@pekka.demo");
  const sessionUrl = await openCaseForm(page, "REGISTRATION");
  await page.getByLabel("Jenis masalah").selectOption({ index: 1 });
  await page.getByLabel("Nama warga").fill(name);
  await context.setOffline(true);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("entry-queued")).toBeVisible();

  // The session ends while the phone is offline (the cookie is gone).
  await context.clearCookies();
  await context.setOffline(false);
  await expect.poll(() => itemStates(page)).toEqual(["signed-out"]);

  await login(page, "staf.lomboktimur@pekka.demo");
  await expect.poll(() => itemStates(page)).toEqual(["received"]);
  await page.goto(sessionUrl);
  await expect(page.getByText(name)).toHaveCount(1);
});

test("sealed violence fields never reach the phone, even when the signal drops while sending", async ({ page, context }) => {
  const complainant = `Pelapor Rahasia ${TAG}`;
  const contact = `0812 ${TAG}`;
  const narrative = `Kronologi rahasia ${TAG}`;
  await login(page, "staf.lomboktimur@pekka.demo");
  const sessionUrl = await openCaseForm(page, "VIOLENCE");
  await page.getByLabel("Jenis masalah").selectOption({ label: "Kekerasan dalam rumah tangga" });
  await page.getByLabel("Nama pelapor").fill(complainant);
  await page.getByLabel("Kontak pelapor").fill(contact);
  await page.getByLabel("Kronologi pengaduan").fill(narrative);
  await page.waitForTimeout(800); // past the draft's debounce

  const sealedOnPhone = async () => {
    const all = JSON.stringify(await phoneStorage(page));
    return [complainant, contact, narrative].filter((s) => all.includes(s));
  };
  expect(await sealedOnPhone()).toEqual([]);

  // No signal: not sent, not stored; what she typed stays on the page only.
  await context.setOffline(true);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Isian rahasia tidak pernah disimpan di HP" })).toBeVisible();
  await expect(page.getByLabel("Kronologi pengaduan")).toHaveValue(narrative);
  expect(await outboxItems(page)).toEqual([]);
  expect(await sealedOnPhone()).toEqual([]);

  await context.setOffline(false);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Perubahan tersimpan." })).toBeVisible();
  expect(await sealedOnPhone()).toEqual([]);
  expect(page.url()).toContain(sessionUrl);
});

test("drafts belong to who typed them: restored for her, unseen by the next user of the phone, and signing out warns", async ({ page }) => {
  const name = `Inaq Draf ${TAG}`;
  await login(page, "staf.lomboktimur@pekka.demo");
  await page.goto("/kader/baru");
  await page.getByLabel("Nama lengkap").fill(name);
  await page.getByLabel("Nomor HP").fill("081234567890");
  await page.waitForTimeout(800);

  // A reload (or a crash) brings it back.
  await page.reload();
  await expect(page.getByTestId("draft-restored")).toBeVisible();
  await expect(page.getByLabel("Nama lengkap")).toHaveValue(name);

  await page.goto("/kotak-keluar");
  await expect(page.getByTestId("outbox-drafts")).toContainText("Tambah kader");

  // Signing out warns about unsent work; she can stay.
  let warning = "";
  page.once("dialog", (d) => {
    warning = d.message();
    void d.dismiss();
  });
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect.poll(() => warning).toContain("1 data belum terkirim di HP ini");
  await expect(page.getByTestId("current-user")).toBeVisible();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login/);

  // The next user of the same phone sees none of it.
  await login(page, "koordinator.ntb@pekka.demo");
  await page.goto("/kotak-keluar");
  await expect(page.getByText("Tidak ada data yang menunggu di HP ini.")).toBeVisible();
  await expect(page.getByTestId("outbox-drafts")).toHaveCount(0);
  // The draft is still on the phone, kept under its owner's id.
  const drafts = (await phoneStorage(page)).filter((e) => e.db === "pekka-drafts");
  expect(drafts.map((d) => d.value.title)).toEqual([expect.stringContaining("Tambah kader")]);

  // Back as herself: her draft again.
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login/);
  await login(page, "staf.lomboktimur@pekka.demo");
  await page.goto("/kader/baru");
  await expect(page.getByTestId("draft-restored")).toBeVisible();
  await expect(page.getByLabel("Nama lengkap")).toHaveValue(name);
});
