import { describe, expect, it } from "vitest";
import { navFor } from "@/lib/nav";
import { parseEnv } from "@/lib/env";

describe("navigation per role", () => {
  const keys = (role: Parameters<typeof navFor>[0]["role"]) => navFor({ role }).map((i) => i.key);
  const hrefs = (role: Parameters<typeof navFor>[0]["role"]) => navFor({ role }).map((i) => i.href);
  const COMMON = ["wilayah", "serikat", "kader", "training", "rktl", "klik", "policy", "guides", "fpk"];

  it("opens with the role's own dashboard", () => {
    for (const role of ["ADMIN", "NATIONAL_STAFF", "DIRECTOR"] as const) expect(hrefs(role)[0]).toBe("/dasbor/nasional");
    for (const role of ["PROVINCE_COORDINATOR", "DISTRICT_STAFF"] as const) expect(hrefs(role)[0]).toBe("/dasbor/provinsi");
  });

  it("shows the policy dashboard and the program report to the national roles, user administration to the admin only", () => {
    expect(keys("ADMIN")).toEqual(["dashboard", "policyDashboard", ...COMMON, "report", "users"]);
    for (const role of ["NATIONAL_STAFF", "DIRECTOR"] as const)
      expect(keys(role)).toEqual(["dashboard", "policyDashboard", ...COMMON, "report"]);
    for (const role of ["PROVINCE_COORDINATOR", "DISTRICT_STAFF"] as const) expect(keys(role)).toEqual(["dashboard", ...COMMON]);
  });
});

describe("environment", () => {
  const base = { DATABASE_URL: "postgres://u@h:5432/d" };

  it("refuses a production server without a strong NEXTAUTH_SECRET", () => {
    for (const secret of [undefined, "short", "secret", "a".repeat(40)]) {
      const r = parseEnv({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: secret });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(["NEXTAUTH_SECRET"]);
    }
  });

  it("accepts a random secret in production and none in development", () => {
    expect(parseEnv({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: "k3J9x0PqL2vN8sT4wY7zB1cD5fG6hR0m" }).success).toBe(true);
    expect(parseEnv({ ...base, NODE_ENV: "development" }).success).toBe(true);
  });

  it("refuses a missing or non-postgres DATABASE_URL", () => {
    expect(parseEnv({ NODE_ENV: "development" }).success).toBe(false);
    expect(parseEnv({ DATABASE_URL: "mysql://x" }).success).toBe(false);
  });
});
