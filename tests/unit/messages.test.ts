// Every message key the code uses exists in both catalogues, and the two
// catalogues have the same keys.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import id from "@/messages/id.json";
import en from "@/messages/en.json";

type Tree = { [k: string]: string | Tree };
const flatten = (o: Tree, p = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "string" ? [p + k] : flatten(v, `${p}${k}.`)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated") return [];
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("message catalogues", () => {
  const idKeys = flatten(id as Tree);
  const enKeys = flatten(en as Tree);

  it("have the same keys in Indonesian and English", () => {
    expect(enKeys.sort()).toEqual(idKeys.sort());
  });

  it("contain every validation key the code refers to", () => {
    const used = new Set<string>();
    for (const file of [...sourceFiles("lib"), ...sourceFiles("app")]) {
      for (const m of readFileSync(file, "utf8").matchAll(/"(validation\.[a-zA-Z.]+)"/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((k) => !idKeys.includes(k));
    expect(missing).toEqual([]);
  });
});
