// A KLIK case sent again exactly as it was sent (issue 13, point 4): what a
// retry after a timeout, a second tap on a slow link or the outbox sending
// from two tabs does. The repeat carries the form's idempotency key, gets the
// first delivery's receipt back, and the session still holds one case; the
// same post without its key would make a second one.
import { expect, test, type Request } from "@playwright/test";
import { login } from "./helpers";

const NAME = `Inaq Dua Kirim ${Date.now().toString(36)}`;

test("a KLIK case sent twice is recorded once; only its key keeps it so", async ({ page }) => {
  await login(page, "staf.lomboktimur@pekka.demo");
  await page.goto("/klik");
  await page.getByTestId("klik-sessions").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/klik\/\d+$/);
  const sessionUrl = page.url();
  await page.getByTestId("desk-LEGAL_IDENTITY").getByRole("link", { name: "Tambah kasus" }).click();
  await expect(page.getByRole("heading", { name: /^Tambah kasus: / })).toBeVisible();
  await page.getByLabel("Jenis masalah").selectOption({ label: "Akta kelahiran" });
  await page.getByLabel("Nama warga").fill(NAME);

  let sent: Request | undefined;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/kirim/klik-case")) sent ??= r;
  });
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  expect(sent, "the outbox's delivery").toBeDefined();
  const first = (await (await sent!.response())!.json()) as { state: string; receipt: { id: number } };
  expect(first.state).toBe("received");
  const headers = await sent!.allHeaders();
  const body = sent!.postDataBuffer()!;
  const key = /name="(?:_\d+_)?idempotencyKey"\r\n\r\n([0-9a-f-]{36})/.exec(body.toString("utf8"))?.[1];
  expect(key, "the form sends its idempotency key").toBeDefined();
  // As the browser sent it (its origin, the form's boundary); the cookies are the context's.
  const replay = Object.fromEntries(
    Object.entries(headers).filter(([h]) => !["content-length", "cookie"].includes(h) && !h.startsWith(":")),
  );
  const resend = async (data: Buffer) => {
    const res = await page.request.post(sent!.url(), { headers: replay, data, maxRedirects: 0 });
    expect(res.status()).toBe(200);
    return ((await res.json()) as { receipt: { id: number } }).receipt.id;
  };

  // The same post again, twice: the first case's receipt, still one case.
  for (let i = 0; i < 2; i++) expect(await resend(body)).toBe(first.receipt.id);
  await page.goto(sessionUrl);
  await expect(page.getByText(NAME)).toHaveCount(1);

  // Without its key (a blank in its place), the same post makes a second case: the key is what holds it to one.
  const keyless = Buffer.from(body.toString("utf8").replace(key!, " ".repeat(36)), "utf8");
  expect(await resend(keyless)).not.toBe(first.receipt.id);
  await page.goto(sessionUrl);
  await expect(page.getByText(NAME)).toHaveCount(2);
});

test("without JavaScript, the form's own post (the server action) sent twice is recorded once too", async ({ page, browser }) => {
  const name = `${NAME} tanpa JS`;
  await login(page, "staf.lomboktimur@pekka.demo");
  // Signed in, then the same session in a browser without JavaScript.
  const noJs = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
    baseURL: test.info().project.use.baseURL,
  });
  const p = await noJs.newPage();
  await p.goto("/klik");
  await p.getByTestId("klik-sessions").getByRole("link").first().click();
  const sessionUrl = p.url();
  await p.getByTestId("desk-LEGAL_IDENTITY").getByRole("link", { name: "Tambah kasus" }).click();
  await p.getByLabel("Jenis masalah").selectOption({ label: "Akta kelahiran" });
  await p.getByLabel("Nama warga").fill(name);
  let sent: Request | undefined;
  p.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/kasus/baru")) sent ??= r;
  });
  await p.getByRole("button", { name: "Simpan" }).click();
  await expect(p.getByRole("status")).toHaveText("Perubahan tersimpan.");
  expect(sent, "the form's post").toBeDefined();
  const headers = Object.fromEntries(
    Object.entries(await sent!.allHeaders()).filter(([h]) => !["content-length", "cookie"].includes(h) && !h.startsWith(":")),
  );
  const res = await p.request.post(sent!.url(), { headers, data: sent!.postDataBuffer()!, maxRedirects: 0 });
  // Answered as the first was: saved, back to the session.
  expect(res.status()).toBe(303);
  expect(res.headers()["location"]).toMatch(/\/klik\/\d+\?saved=1/);
  await p.goto(sessionUrl);
  await expect(p.getByText(name)).toHaveCount(1);
  await noJs.close();
});
