// A list filter's id beyond what the id columns (INTEGER) hold names nothing:
// every `…Filters` schema drops it, as it drops any other id that cannot be
// one, instead of handing the database a number it refuses (a 500).
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const dir = path.join(process.cwd(), "lib", "validation");

describe("list filters drop ids the database cannot hold", async () => {
  const filters: [string, z.ZodObject][] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      if (name.endsWith("Filters") && value instanceof z.ZodObject) filters.push([`${file}#${name}`, value]);
  }

  it("finds the filter schemas", () => expect(filters.length).toBeGreaterThanOrEqual(8));

  it.each(["2147483648", "99999999999999999999", "1e12"])("id %s", (big) => {
    for (const [name, schema] of filters) {
      const idKeys = Object.keys(schema.shape).filter((k) => /Id$/.test(k));
      for (const key of idKeys) {
        const parsed = schema.parse({ [key]: big }) as Record<string, unknown>;
        expect(parsed[key], `${name}.${key}`).toBeUndefined();
      }
      // The largest id still passes.
      for (const key of idKeys)
        expect((schema.parse({ [key]: "2147483647" }) as Record<string, unknown>)[key], `${name}.${key}`).toBe(2147483647);
    }
  });
});
