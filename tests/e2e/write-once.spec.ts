// A KLIK case sent again exactly as it was sent (issue 13, point 4): what a
// retry after a timeout or a second tap on a slow link does. The repeat
// carries the form's idempotency key and the session still holds one case;
// the same post without its key would make a second one.
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
    if (r.method() === "POST" && r.url().includes("/kasus/baru")) sent ??= r;
  });
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  expect(sent, "the form's post").toBeDefined();
  const headers = await sent!.allHeaders();
  const body = sent!.postDataBuffer()!;
  const key = /name="(?:_\d+_)?idempotencyKey"\r\n\r\n([0-9a-f-]{36})/.exec(body.toString("utf8"))?.[1];
  expect(key, "the form sends its idempotency key").toBeDefined();
  // As the browser sent it (its origin, the action's id, the form's boundary); the cookies are the context's.
  const replay = Object.fromEntries(
    Object.entries(headers).filter(([h]) => !["content-length", "cookie"].includes(h) && !h.startsWith(":")),
  );
  const resend = async (data: Buffer) => {
    const res = await page.request.post(sent!.url(), { headers: replay, data, maxRedirects: 0 });
    // Answered as the first was: saved, back to the session (a server action's redirect travels in a header).
    expect(res.status()).toBe(200);
    expect(res.headers()["x-action-redirect"]).toMatch(/^\/klik\/\d+\?saved=1/);
  };

  // The same post again, twice: still one case.
  for (let i = 0; i < 2; i++) await resend(body);
  await page.goto(sessionUrl);
  await expect(page.getByText(NAME)).toHaveCount(1);

  // Without its key (a blank in its place), the same post makes a second case: the key is what holds it to one.
  const keyless = Buffer.from(body.toString("utf8").replace(key!, " ".repeat(36)), "utf8");
  await resend(keyless);
  await page.goto(sessionUrl);
  await expect(page.getByText(NAME)).toHaveCount(2);
});
