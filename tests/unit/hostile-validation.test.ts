// Every schema in lib/validation, sent hostile values (tests/support/hostile.ts)
// in each of its fields: safeParse answers, it never throws. A refinement that
// assumes a field parsed (calling a Date method on a string) throws here first,
// long before the browser matrix (tests/e2e/hostile-input.spec.ts) meets it as a 500.
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { hostileValue } from "../support/hostile";
import { guideVersionInput } from "@/lib/validation/guide";
import { policyTransitionInput } from "@/lib/validation/policy";
import { SEARCH_MAX, searchField, searchProblem } from "@/lib/validation/common";

const dir = path.join(process.cwd(), "lib", "validation");

/** The object keys a schema reads (through preprocess, refinements and transforms), or [] when it is not an object. */
function keysOf(schema: z.ZodType): string[] {
  let s: unknown = schema;
  for (let i = 0; i < 6 && s; i++) {
    const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) break;
    if (def.type === "object") return Object.keys(def.shape as object);
    s = def.in ?? def.schema ?? def.innerType;
  }
  return [];
}

describe("every validation schema answers hostile input without throwing", async () => {
  const modules = readdirSync(dir).filter((f) => f.endsWith(".ts"));
  const schemas: [string, z.ZodType][] = [];
  for (const file of modules) {
    const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (value instanceof z.ZodType) schemas.push([`${file}#${name}`, value]);
  }

  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThan(20);
  });

  it.each(schemas)("%s", (_name, schema) => {
    const keys = keysOf(schema);
    const input = keys.length ? fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: keys.length }) : hostileValue;
    fc.assert(
      fc.property(input, (v) => {
        schema.safeParse(v);
      }),
      { numRuns: 60 },
    );
  });
});

describe("dates that did not parse are not compared", () => {
  it("a guide version's publication day", () => {
    const r = guideVersionInput.safeParse({ version: "1.0", publishedOn: "\u0000" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toContain("publishedOn");
  });
  it("a policy's enactment day", () => {
    const r = policyTransitionInput.safeParse({ toStatus: "ENACTED", number: "7/2026", enactedOn: "2026-02-30" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toEqual(["enactedOn"]);
  });
});

describe("search boxes", () => {
  it("say why a value is not used", () => {
    expect(searchProblem("Hasanah")).toBeNull();
    expect(searchProblem(`  ${"a".repeat(SEARCH_MAX)}  `)).toBeNull();
    expect(searchProblem("a".repeat(SEARCH_MAX + 1))).toBe("tooLong");
    expect(searchProblem("Has\u0000anah")).toBe("unusable");
    expect(searchProblem("Has\ufffdanah")).toBe("unusable");
    expect(searchProblem(undefined)).toBeNull();
  });
  it("search only with a usable value, and never throw", () => {
    const q = searchField();
    expect(q.parse(" Hasanah ")).toBe("Hasanah");
    expect(q.parse("a".repeat(500))).toBeUndefined();
    expect(q.parse("x\u0000")).toBeUndefined();
    expect(q.parse(["a", "b"])).toBeUndefined();
    expect(searchField(SEARCH_MAX, 2).parse("a")).toBeUndefined();
  });
});
