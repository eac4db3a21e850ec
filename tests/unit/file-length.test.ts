// No source file in app/, components/ or lib/ over 400 lines (issue 11,
// point 3): a module that long holds more than one concern and wants
// splitting by concern, as lib/data/rktl/ and lib/data/training/ were. The
// generated Prisma client (lib/generated) is not ours and is not counted.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIRS = ["app", "components", "lib"];
const SKIP = new Set([path.join("lib", "generated")]);
const EXTENSIONS = /\.(ts|tsx)$/;
const MAX_LINES = 400;

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(ROOT, rel))) {
      const child = path.join(rel, name);
      if (SKIP.has(child)) continue;
      if (statSync(path.join(ROOT, child)).isDirectory()) walk(child);
      else if (EXTENSIONS.test(name)) out.push(child);
    }
  };
  for (const d of DIRS) walk(d);
  return out.sort();
}

/** Lines as `wc -l` counts them (a final newline does not start another line). */
function lineCount(text: string): number {
  if (text === "") return 0;
  const n = text.split("\n").length;
  return text.endsWith("\n") ? n - 1 : n;
}

describe(`source files of ${DIRS.join(", ")} (not lib/generated)`, () => {
  const files = sourceFiles();

  it("are found", () => {
    expect(files).toContain(path.join("lib", "data", "kader.ts"));
    expect(files.some((f) => f.startsWith(path.join("lib", "generated")))).toBe(false);
  });

  it(`are at most ${MAX_LINES} lines long`, () => {
    const tooLong = files
      .map((f) => ({ file: f, lines: lineCount(readFileSync(path.join(ROOT, f), "utf8")) }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(tooLong, `split these by concern (at most ${MAX_LINES} lines each)`).toEqual([]);
  });
});
