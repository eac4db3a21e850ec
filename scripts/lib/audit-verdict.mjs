// The decision of `npm run audit` (scripts/audit.mjs), pure so that it is
// unit-tested with fixture reports (tests/unit/audit.test.ts).
//
// judgeAudit({ stdout, stderr, required }) → { verdict, exitCode, lines }
//   verdict "fail"        — a high or critical advisory affects a production dependency: exit 1
//   verdict "pass"        — a report was obtained and has none: exit 0
//   verdict "not-checked" — no report (registry refused or unreachable, unreadable output):
//                           exit 0, loudly, unless `required` (AUDIT_REQUIRED=1): then exit 2
export const BLOCKING = ["high", "critical"];
const SEVERITIES = ["info", "low", "moderate", "high", "critical"];

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Why npm produced no report, in one line, from its JSON error or stderr. */
function reasonOf(json, stderr) {
  const status = json?.statusCode ?? json?.error?.statusCode;
  const message = json?.message ?? json?.error?.summary ?? "";
  const allow = json?.headers?.allow?.join?.(",");
  if (status === 405) {
    return `the registry answered ${message || "405 Method Not Allowed"}${allow ? ` (it allows only ${allow})` : ""}: this registry or mirror does not serve npm's audit endpoint`;
  }
  if (status) return `the registry answered ${message || `HTTP ${status}`}`;
  const code = json?.error?.code ?? json?.code;
  if (code) return `npm could not reach the audit service (${code}${message ? `: ${message}` : ""})`;
  const line = String(stderr ?? "")
    .split("\n")
    .map((l) => l.trim())
    .find((l) => /error/i.test(l));
  return line ? `npm failed: ${line}` : "npm printed no audit report";
}

export function judgeAudit({ stdout, stderr = "", required = false }) {
  const json = parse(stdout);
  const counts = json?.metadata?.vulnerabilities;
  if (!json || typeof counts !== "object" || counts === null || typeof json.vulnerabilities !== "object") {
    const reason = reasonOf(json, stderr);
    return {
      verdict: "not-checked",
      exitCode: required ? 2 : 0,
      lines: [
        "AUDIT NOT CHECKED: no vulnerability report was obtained, so nothing is known about advisories.",
        `  reason: ${reason}`,
        required
          ? "  AUDIT_REQUIRED=1: failing."
          : "  Not failing (set AUDIT_REQUIRED=1 where the registry serves audits, e.g. a CI runner with internet access).",
      ],
    };
  }
  const total = SEVERITIES.map((s) => `${s} ${Number(counts[s] ?? 0)}`).join(", ");
  const blocking = Object.values(json.vulnerabilities)
    .filter((v) => v && BLOCKING.includes(v.severity))
    .map((v) => {
      const advisories = (Array.isArray(v.via) ? v.via : [])
        .filter((a) => a && typeof a === "object")
        .map((a) => `${a.title ?? "advisory"}${a.url ? ` <${a.url}>` : ""}`);
      const via = advisories.length ? advisories.join("; ") : `through ${(v.via ?? []).join(", ")}`;
      return `  ${v.severity.toUpperCase()} ${v.name} ${v.range ?? ""}: ${via}${v.fixAvailable ? " (fix available)" : ""}`;
    });
  const deps = json.metadata?.dependencies?.prod ?? json.metadata?.dependencies?.total;
  const head = `npm audit --omit=dev${deps != null ? ` (${deps} production dependencies)` : ""}: ${total}`;
  if (blocking.length) {
    return {
      verdict: "fail",
      exitCode: 1,
      lines: [head, `AUDIT FAILED: ${blocking.length} package(s) with a high or critical advisory:`, ...blocking],
    };
  }
  return { verdict: "pass", exitCode: 0, lines: [head, "AUDIT PASSED: no high or critical advisory."] };
}
