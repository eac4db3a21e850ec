// axe-core scans for the accessibility sweep (tests/e2e/accessibility.spec.ts,
// decision 0020): which rules run, what fails, and how a finding is written.
import { createHash } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
/** Impacts that fail the sweep; moderate and minor findings are listed, not failed. */
export const FAILING_IMPACTS = new Set(["serious", "critical"]);

export type Finding = {
  role: string;
  viewport: string;
  url: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
};

/** Runs axe on the page as it is now and returns its violations as findings. */
export async function scan(page: Page, where: { role: string; viewport: string; url: string }): Promise<Finding[]> {
  // Legacy mode runs axe.run() in the page itself: the app has no iframes, and the
  // default (partial runs finished in a second, blank page) costs twice the time.
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ resultTypes: ["violations"] })
    .setLegacyMode()
    .analyze();
  return results.violations.map((v) => ({
    ...where,
    rule: v.id,
    impact: v.impact ?? "unknown",
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
  }));
}

export function isFailing(f: Finding): boolean {
  return FAILING_IMPACTS.has(f.impact);
}

/** One line per finding: page, role, viewport, rule and (up to five) targets. */
export function formatFindings(findings: Finding[]): string {
  return findings
    .map((f) => `${f.url} [${f.role} @ ${f.viewport}] ${f.rule} (${f.impact}): ${f.help} — ${f.targets.join(" | ")}`)
    .join("\n");
}

/**
 * The page's rendered structure without its data, for skipping a scan that would
 * repeat one already made: every visible element's tag, classes, role, ARIA and
 * form attributes (other attributes by name only), whether it holds text, and its
 * children as the set of their distinct shapes, so a list of 3 rows and one of 50
 * rows of the same kinds have the same shape, and a row of another kind (another
 * status badge, a missing link) gives a new one. Hidden elements count as hidden.
 */
export async function pageShape(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const VALUED =
        /^(class|role|type|scope|tabindex|lang|aria-(?!label$|labelledby$|describedby$|controls$|valuenow$|valuetext$).*|open|disabled|hidden)$/;
      const cache = new Map<string, number>();
      const id = (s: string) => {
        let n = cache.get(s);
        if (n === undefined) cache.set(s, (n = cache.size));
        return n;
      };
      function shape(el: Element): number {
        const style = getComputedStyle(el);
        const hidden = style.display === "none" || style.visibility === "hidden";
        const attrs = [...el.attributes]
          .map((a) => (VALUED.test(a.name) ? `${a.name}=${a.value}` : a.name))
          .sort()
          .join(" ");
        const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== "") ? "t" : "";
        const children = hidden ? [] : [...new Set([...el.children].map(shape))].sort((a, b) => a - b);
        return id(`${el.tagName}[${attrs}]${hidden ? "h" : ""}${text}(${children.join(",")})`);
      }
      shape(document.body);
      return [...cache.keys()].join("\n");
    })
    .then((s) => createHash("sha256").update(s).digest("hex"));
}
