import { describe, expect, it } from "vitest";
import { navFor } from "@/lib/nav";
import { parseEnv } from "@/lib/env";

describe("navigation per role", () => {
  const keys = (role: Parameters<typeof navFor>[0]["role"]) => navFor({ role }).map((i) => i.key);

  const EVERYONE = ["home", "wilayah", "serikat", "kader", "training", "rktl", "klik", "policy", "guides", "fpk"];

  it("shows user administration only to the admin and the program report only to the national roles", () => {
    expect(keys("ADMIN")).toEqual([...EVERYONE, "report", "users"]);
    for (const role of ["NATIONAL_STAFF", "DIRECTOR"] as const) {
      expect(keys(role)).toEqual([...EVERYONE, "report"]);
    }
    for (const role of ["PROVINCE_COORDINATOR", "DISTRICT_STAFF"] as const) {
      expect(keys(role)).toEqual(EVERYONE);
    }
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
