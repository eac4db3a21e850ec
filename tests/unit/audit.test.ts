// The decision of `npm run audit` (scripts/audit.mjs), on fixture reports.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM helper without types
import { judgeAudit } from "../../scripts/lib/audit-verdict.mjs";

type Verdict = { verdict: "pass" | "fail" | "not-checked"; exitCode: number; lines: string[] };
const dir = path.resolve(import.meta.dirname, "fixtures/audit");
const fixture = (name: string) => readFileSync(path.join(dir, name), "utf8");
const judge = (stdout: string, o: { stderr?: string; required?: boolean } = {}): Verdict => judgeAudit({ stdout, ...o });

describe("npm audit verdict", () => {
  it("fails on a high finding and names the package and advisory", () => {
    const v = judge(fixture("high.json"));
    expect(v).toMatchObject({ verdict: "fail", exitCode: 1 });
    const text = v.lines.join("\n");
    expect(text).toContain("HIGH example-upload <1.4.2: Path traversal in example-upload");
    expect(text).toContain("HIGH example-wrapper *: through example-upload");
    expect(text).not.toContain("example-parser <2.0.1:"); // low: counted, not listed
    expect(v.lines[0]).toContain("high 2");
  });

  it("fails on a critical finding", () => {
    expect(judge(fixture("critical.json"))).toMatchObject({ verdict: "fail", exitCode: 1 });
  });

  it("passes a moderate finding and a clean report, with counts", () => {
    const m = judge(fixture("moderate.json"));
    expect(m).toMatchObject({ verdict: "pass", exitCode: 0 });
    expect(m.lines[0]).toBe("npm audit --omit=dev (120 production dependencies): info 0, low 0, moderate 1, high 0, critical 0");
    expect(judge(fixture("clean.json"))).toMatchObject({ verdict: "pass", exitCode: 0 });
  });

  it("reports an unreachable service as NOT CHECKED, never as passed", () => {
    for (const [name, reason] of [
      ["registry-405.json", /405 Method Not Allowed.*allows only GET,HEAD/],
      ["network-error.json", /could not reach the audit service \(ENOTFOUND/],
    ] as const) {
      const v = judge(fixture(name), { stderr: "npm error audit endpoint returned an error" });
      expect(v.verdict).toBe("not-checked");
      expect(v.exitCode).toBe(0);
      expect(v.lines[0]).toMatch(/^AUDIT NOT CHECKED/);
      expect(v.lines[1]).toMatch(reason);
      expect(v.lines.join("\n")).not.toMatch(/PASSED/);
      expect(judge(fixture(name), { required: true }).exitCode).toBe(2);
    }
    for (const junk of ["", "not json", "{}", '{"metadata":{}}']) {
      expect(judge(junk, { stderr: "npm error something broke" })).toMatchObject({ verdict: "not-checked", exitCode: 0 });
      expect(judge(junk, { required: true }).exitCode).toBe(2);
    }
  });

  it("the script judges a saved report (AUDIT_REPORT) with the same exit codes", { timeout: 60_000 }, () => {
    const run = (file: string, env: Record<string, string> = {}) =>
      spawnSync(process.execPath, ["scripts/audit.mjs"], {
        env: { ...process.env, AUDIT_REPORT: path.join(dir, file), ...env },
        encoding: "utf8",
      });
    expect(run("high.json").status).toBe(1);
    expect(run("moderate.json").status).toBe(0);
    const notChecked = run("registry-405.json");
    expect(notChecked.status).toBe(0);
    expect(notChecked.stdout).toContain("AUDIT NOT CHECKED");
    expect(run("registry-405.json", { AUDIT_REQUIRED: "1" }).status).toBe(2);
    expect(
      execFileSync(process.execPath, ["scripts/audit.mjs"], {
        env: { ...process.env, AUDIT_REPORT: path.join(dir, "clean.json") },
        encoding: "utf8",
      }),
    ).toContain("AUDIT PASSED");
  });
});
