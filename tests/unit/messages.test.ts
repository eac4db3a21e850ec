// Every message key the code uses exists in both catalogues, and the two
// catalogues have the same keys.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages, NAMESPACES } from "@/lib/i18n/messages";

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

describe("message catalogues", async () => {
  const idKeys = flatten((await loadMessages("id")) as Tree);
  const enKeys = flatten((await loadMessages("en")) as Tree);

  it("load one file per namespace for each language", () => {
    for (const locale of ["id", "en"]) {
      expect(readdirSync(`messages/${locale}`).sort()).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
    }
  });

  it("have the same keys in Indonesian and English", () => {
    expect(enKeys.sort()).toEqual(idKeys.sort());
  });

  it("contain every validation key the code refers to (validation.* and <namespace>.validation.*)", () => {
    const used = new Set<string>();
    for (const file of [...sourceFiles("lib"), ...sourceFiles("app")]) {
      for (const m of readFileSync(file, "utf8").matchAll(/"((?:[a-z]+\.)?validation\.[a-zA-Z.]+)"/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((k) => !idKeys.includes(k));
    expect(missing).toEqual([]);
  });
});
