import { expect, test } from "@playwright/test";
import { login, NAV_ID_PROVINCE, NAV_NATIONAL_ID, navLinks } from "./helpers";

// Each account lands on its role's dashboard after login.
const ACCOUNTS = [
  { email: "admin@pekka.demo", role: "Admin", scope: "Nasional", nav: [...NAV_NATIONAL_ID, "Pengguna"], home: "/dasbor/nasional" },
  { email: "nasional@pekka.demo", role: "Staf nasional", scope: "Nasional", nav: NAV_NATIONAL_ID, home: "/dasbor/nasional" },
  { email: "direktur@pekka.demo", role: "Direktur", scope: "Nasional", nav: NAV_NATIONAL_ID, home: "/dasbor/kebijakan" },
  {
    email: "koordinator.ntb@pekka.demo",
    role: "Koordinator provinsi",
    scope: "Nusa Tenggara Barat",
    nav: NAV_ID_PROVINCE,
    home: "/dasbor/provinsi",
  },
  { email: "koordinator.aceh@pekka.demo", role: "Koordinator provinsi", scope: "Aceh", nav: NAV_ID_PROVINCE, home: "/dasbor/provinsi" },
  {
    email: "staf.lomboktimur@pekka.demo",
    role: "Staf kabupaten",
    scope: "Kabupaten Lombok Timur",
    nav: NAV_ID_PROVINCE,
    home: "/dasbor/provinsi",
  },
];

for (const a of ACCOUNTS) {
  test(`${a.email} logs in and sees its own navigation`, async ({ page }) => {
    await login(page, a.email);
    await expect(page).toHaveURL(new RegExp(`${a.home}$`));
    await expect(page.getByTestId("current-user")).toContainText(a.role);
    await expect(page.getByTestId("current-user")).toContainText(a.scope);
    expect(await navLinks(page)).toEqual(a.nav);
  });
}

test("a wrong password is refused with a message in Indonesian", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("direktur@pekka.demo");
  await page.getByLabel("Kata sandi").fill("bukan-sandinya");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.locator("p[role=alert]")).toHaveText("Email atau kata sandi salah, atau akun tidak aktif.");
  await expect(page).toHaveURL(/\/login$/);
});

test("pages need a session", async ({ page }) => {
  await page.goto("/kader");
  await expect(page).toHaveURL(/\/login$/);
});

test("the coordinator's province list holds only her province", async ({ page }) => {
  await login(page, "koordinator.ntb@pekka.demo");
  await page.goto("/wilayah");
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Nusa Tenggara Barat");
});

test("signing out ends the session", async ({ page }) => {
  await login(page, "direktur@pekka.demo");
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/kader");
  await expect(page).toHaveURL(/\/login$/);
});

test("the phone menu closes after choosing a page", async ({ page }) => {
  await login(page, "nasional@pekka.demo");
  await page.getByTestId("nav-toggle").click();
  await page.getByTestId("nav-menu").getByRole("link", { name: "Kader" }).click();
  await expect(page.getByRole("heading", { name: "Kader" })).toBeVisible();
  await expect(page.getByTestId("nav-menu")).toBeHidden();
  await page.locator("tbody tr a").first().click();
  await expect(page.getByRole("link", { name: "Ubah" })).toBeVisible();
});
