// Once per integration run: a fresh test database with all migrations applied.
import { execFileSync } from "node:child_process";
import { TEST_DATABASE_URL } from "../support/test-env";
// @ts-expect-error plain ESM helper without types
import { ensureDatabase } from "../../scripts/ensure-database.mjs";

export default async function setup() {
  await ensureDatabase(TEST_DATABASE_URL, { fresh: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: TEST_DATABASE_URL },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
