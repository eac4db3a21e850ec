#!/usr/bin/env node
// `npm run audit`: fails (exit 1) when `npm audit --omit=dev` reports a high or
// critical advisory in a production dependency; prints a summary either way.
// When no report can be obtained (on these machines the registry answers the
// audit endpoint with 405), it says so loudly, "AUDIT NOT CHECKED", and exits 0
// unless AUDIT_REQUIRED=1 (then 2). AUDIT_REPORT=<file> judges a saved
// `npm audit --omit=dev --json` report instead of running npm (e.g. one made on
// a machine with internet access). Logic: scripts/lib/audit-verdict.mjs.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { judgeAudit } from "./lib/audit-verdict.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const required = process.env.AUDIT_REQUIRED === "1";
let stdout;
let stderr = "";
if (process.env.AUDIT_REPORT) {
  stdout = readFileSync(process.env.AUDIT_REPORT, "utf8");
} else {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["audit", "--omit=dev", "--json"], { cwd: root, encoding: "utf8", timeout: 120_000, maxBuffer: 64 << 20 });
  stdout = r.stdout ?? "";
  stderr = `${r.stderr ?? ""}${r.error ? `\n error: ${r.error.message}` : ""}`;
}
const { exitCode, lines } = judgeAudit({ stdout, stderr, required });
process.stdout.write(`${lines.join("\n")}\n`);
process.exit(exitCode);
