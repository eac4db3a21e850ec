import { defineConfig, devices } from "@playwright/test";

// Browser journeys against the production build (`npm run build` first; see
// scripts/test.sh), served by the production server (scripts/server.mjs) on
// its own port with its own seeded database.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/pekka_e2e";

export default defineConfig({
  testDir: "tests/e2e",
  // The edge server's spec starts servers of its own on PostgreSQL (E2E_PORT+1, +2);
  // against an external server (the embedded-database run) it would only repeat itself.
  testIgnore: process.env.E2E_EXTERNAL_SERVER ? ["**/edge.spec.ts"] : [],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: BASE_URL,
    locale: "id-ID",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "phone",
      use: {
        ...devices["Pixel 5"],
        viewport: { width: 360, height: 740 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"],
        },
      },
    },
  ],
  // E2E_EXTERNAL_SERVER=1: test a server that is already running on E2E_PORT
  // (e.g. the demo on the embedded database) instead of starting one.
  webServer: process.env.E2E_EXTERNAL_SERVER
    ? undefined
    : {
        command: `node scripts/server.mjs -H 127.0.0.1 -p ${PORT}`,
        url: `${BASE_URL}/login`,
        timeout: 120_000,
        reuseExistingServer: false,
        stdout: "ignore",
        stderr: "pipe",
        env: {
          DATABASE_URL: E2E_DATABASE_URL,
          NEXTAUTH_URL: BASE_URL,
          NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-6f1b0c2e9d8a4b7f3e5c1a9d0b2f4e6a",
          PEKKA_ALLOW_DEMO_ACCOUNTS: "true",
        },
      },
});
