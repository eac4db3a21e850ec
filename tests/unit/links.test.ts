// In-app links go through components/ui/link.tsx, which turns Next's
// viewport prefetching off (decision 0013): no page imports next/link itself.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

describe("links", () => {
  it("only the app's Link wrapper imports next/link", () => {
    const offenders = ["app", "components", "lib"]
      .flatMap((d) => sources(path.join(ROOT, d)))
      .filter((f) => !f.endsWith(path.join("components", "ui", "link.tsx")) && !f.includes(`${path.sep}generated${path.sep}`))
      .filter((f) => /from\s+["']next\/link["']/.test(readFileSync(f, "utf8")))
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
