// The national dashboard's pure parts: the period filter, which measures belong
// to which program direction, protecting small violence counts, and the
// tile-grid map of the provinces. Choices explained in
// docs/decisions/0010-national-dashboard.md.
import { scaleQuantize } from "d3-scale";
import { protectLine } from "./suppression";
import type { PolicyStatus } from "@/lib/generated/prisma/enums";
import { membersDayOf } from "./membership";
import { endOfDay, isFilterDay, isFilterYear } from "./day-bound";

// ───────────────────────── Period ─────────────────────────

/**
 * A period as inclusive calendar days "YYYY-MM-DD" (null = open). The list
 * pages take the same `from`/`to` parameters, so a dashboard number links to
 * exactly the records behind it.
 */
export type Period = { from: string | null; to: string | null };

function validDay(s: string | undefined): string | null {
  return s && isFilterDay(s) ? s : null;
}

/** Last day of the month `n` months after the first day `iso` (UTC). */
function endOfMonthAfter(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n + 1, 0)).toISOString().slice(0, 10);
}

/**
 * `period` is "" (everything), a year "2017", an RKTL window "w2017-06" (its
 * six months) or "custom" with `from`/`to` days.
 */
export function resolvePeriod(p: { period?: string; from?: string; to?: string }): Period & { key: string } {
  const key = p.period ?? "";
  if (/^\d{4}$/.test(key) && isFilterYear(Number(key))) return { key, from: `${key}-01-01`, to: `${key}-12-31` };
  const w = /^w(\d{4}-(0[1-9]|1[0-2]))$/.exec(key);
  if (w && isFilterYear(Number(w[1]!.slice(0, 4)))) {
    const start = `${w[1]}-01`;
    return { key, from: start, to: endOfMonthAfter(start, 5) };
  }
  if (key === "custom") {
    let from = validDay(p.from);
    let to = validDay(p.to);
    if (from && to && from > to) [from, to] = [to, from];
    return { key, from, to };
  }
  return { key: "", from: null, to: null };
}

/** The period as a half-open range of Dates for a DATE column (UTC midnight). */
export function periodRange(p: Period): { gte?: Date; lt?: Date } {
  const out: { gte?: Date; lt?: Date } = {};
  if (p.from) out.gte = new Date(`${p.from}T00:00:00Z`);
  if (p.to) out.lt = endOfDay(p.to);
  return out;
}

/** Query-string pairs of a period for the list pages (`from`, `to`). */
export function periodParams(p: Period): Record<string, string> {
  return { ...(p.from ? { from: p.from } : {}), ...(p.to ? { to: p.to } : {}) };
}

// ───────────────────────── Measures and directions ─────────────────────────

export const DESK_MEASURES = ["casesRegistration", "casesSocialProtection", "casesLegalIdentity", "casesViolence"] as const;
export const POLICY_STATUS_MEASURES = [
  "policyIdentified",
  "policyAdvocacy",
  "policyDrafting",
  "policyDeliberation",
  "policyEnacted",
  "policyDropped",
] as const;

/**
 * Measures per program direction (the seed's ProgramIndicator rows): 1 policy
 * outputs, 2 KLIK PEKKA (monitoring services together with government),
 * 3 organisation and leadership (trainings, kader, cascade, RKTL, serikat members).
 */
export const DIRECTION_MEASURES = {
  1: [...POLICY_STATUS_MEASURES, "enactedInPeriod"],
  2: ["klikSessions", ...DESK_MEASURES],
  3: [
    "trainings",
    "kaderLeadership",
    "kaderImplementation",
    "retrainings",
    "reached",
    "rktlSet",
    "rktlMet",
    "rktlBehind",
    "rktlPercent",
    // Serikat members at the period's last day (lib/measures/membership.ts).
    "members",
  ],
} as const;

export type Direction = keyof typeof DIRECTION_MEASURES;
export type Measure = (typeof DIRECTION_MEASURES)[Direction][number];

export const DIRECTIONS: Direction[] = [1, 2, 3];
/** Column order of the full table: organisation first, then KLIK, then policy. */
export const ALL_MEASURES: Measure[] = [...DIRECTION_MEASURES[3], ...DIRECTION_MEASURES[2], ...DIRECTION_MEASURES[1]];

export function parseDirection(raw: string | undefined): Direction | null {
  return raw === "1" || raw === "2" || raw === "3" ? (Number(raw) as Direction) : null;
}

export function measuresFor(direction: Direction | null): Measure[] {
  return direction ? [...DIRECTION_MEASURES[direction]] : ALL_MEASURES;
}

export function directionOf(m: Measure): Direction {
  return DIRECTIONS.find((d) => (DIRECTION_MEASURES[d] as readonly string[]).includes(m))!;
}

/** Measures a map may be coloured by: all counts except the sealed violence desk (and the percentage, kept for the table). */
export const MAP_MEASURES: Measure[] = ALL_MEASURES.filter((m) => m !== "casesViolence");

export function parseMapMeasure(raw: string | undefined, allowed: readonly Measure[]): Measure {
  const usable = allowed.filter((m) => MAP_MEASURES.includes(m));
  return (usable as string[]).includes(raw ?? "") ? (raw as Measure) : (usable[0] ?? "trainings");
}

// ───────────────────────── Violence counts ─────────────────────────

export type { ProtectedCount } from "./suppression";

/**
 * Violence counts of the rows of one table. A total of the same cases is
 * visible elsewhere (the KLIK page, the parent row), so the column is a line
 * with a known total: the one rule of lib/domain/suppression.ts. No total of
 * the column is shown.
 */
export const protectViolence = protectLine;

// ───────────────────────── Tile-grid map ─────────────────────────

/**
 * One square tile per province at its rough place on the map of Indonesia
 * (column west→east, row north→south), keyed by the province's BPS code.
 * Decision 0010 shows the grid.
 */
export const PROVINCE_TILES: Record<string, { col: number; row: number; abbr: string }> = {
  "11": { col: 0, row: 0, abbr: "ACEH" },
  "12": { col: 1, row: 1, abbr: "SUMUT" },
  "13": { col: 1, row: 2, abbr: "SUMBAR" },
  "14": { col: 2, row: 2, abbr: "RIAU" },
  "15": { col: 3, row: 3, abbr: "JAMBI" },
  "17": { col: 2, row: 3, abbr: "BKL" },
  "36": { col: 2, row: 4, abbr: "BANTEN" },
  "32": { col: 3, row: 4, abbr: "JABAR" },
  "33": { col: 4, row: 4, abbr: "JATENG" },
  "35": { col: 5, row: 4, abbr: "JATIM" },
  "52": { col: 6, row: 5, abbr: "NTB" },
  "53": { col: 7, row: 5, abbr: "NTT" },
  "61": { col: 4, row: 2, abbr: "KALBAR" },
  "64": { col: 5, row: 1, abbr: "KALTIM" },
  "71": { col: 7, row: 1, abbr: "SULUT" },
  "72": { col: 6, row: 2, abbr: "SULTENG" },
  "73": { col: 6, row: 3, abbr: "SULSEL" },
  "74": { col: 7, row: 3, abbr: "SULTRA" },
  "81": { col: 8, row: 2, abbr: "MALUKU" },
  "82": { col: 8, row: 1, abbr: "MALUT" },
};

export const TILE_COLUMNS = 9;
export const TILE_ROWS = 6;

/** Five teal classes, light to dark (sequential). */
export const MAP_COLOURS = ["#ccfbf1", "#5eead4", "#14b8a6", "#0f766e", "#134e4a"] as const;
export const MAP_EMPTY_COLOUR = "#f1f5f9";

/**
 * A sequential, classed colour scale over 0…max with its legend: five equal
 * bins (whole numbers when the measure counts things). Zero gets its own
 * pale colour so "nothing" never looks like "a little".
 */
export function mapScale(values: readonly number[]) {
  const max = Math.max(0, ...values);
  const top = max <= 0 ? 1 : max;
  const scale = scaleQuantize<string>()
    .domain([0, top])
    .range([...MAP_COLOURS]);
  const colour = (v: number) => (v <= 0 ? MAP_EMPTY_COLOUR : scale(v));
  const legend = MAP_COLOURS.map((c) => {
    const [lo, hi] = scale.invertExtent(c);
    return { colour: c, from: lo, to: hi };
  });
  return { colour, legend, max };
}

/** Text colour readable on a tile of colour `fill`. */
export function tileTextColour(fill: string): string {
  return fill === MAP_COLOURS[3] || fill === MAP_COLOURS[4] || fill === MAP_COLOURS[2] ? "#ffffff" : "#0f172a";
}

// ───────────────────────── Links to the records ─────────────────────────

/** The policy status each policy-count measure counts (the province dashboard's columns use it too). */
export const POLICY_STATUS_OF = {
  policyIdentified: "IDENTIFIED",
  policyAdvocacy: "ADVOCACY",
  policyDrafting: "DRAFTING",
  policyDeliberation: "DELIBERATION",
  policyEnacted: "ENACTED",
  policyDropped: "DROPPED",
} as const satisfies Record<(typeof POLICY_STATUS_MEASURES)[number], PolicyStatus>;

function query(params: Record<string, string | number>): string {
  return new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
}

/**
 * The list page behind a number: the same area, period and criterion, so the
 * list's count equals the cell. RKTL numbers lead to the targets behind them
 * (/rktl/target, which also shows the mean % realised of its targets).
 */
export function measureHref(
  m: Measure,
  area: { provinceId: number } | { kabupatenId: number; provinceId: number },
  period: Period,
): string {
  const where: Record<string, number> = "kabupatenId" in area ? { kabupatenId: area.kabupatenId } : { provinceId: area.provinceId };
  const days = periodParams(period);
  switch (m) {
    case "trainings":
      return `/pelatihan?${query({ ...where, ...days })}`;
    case "retrainings":
      return `/pelatihan?${query({ ...where, ...days, retraining: 1 })}`;
    case "kaderLeadership":
      return `/kader?${query({ ...where, trained: "LEADERSHIP_TOT", ...days, status: "all" })}`;
    case "kaderImplementation":
      return `/kader?${query({ ...where, trained: "IMPLEMENTATION", ...days, status: "all" })}`;
    case "reached":
      return `/kader?${query({ ...where, trained: "CASCADE", ...days, status: "all" })}`;
    case "rktlSet":
    case "rktlPercent":
      return `/rktl/target?${query({ ...where, ...days })}`;
    case "rktlMet":
      return `/rktl/target?${query({ ...where, ...days, status: "met" })}`;
    case "rktlBehind":
      return `/rktl/target?${query({ ...where, ...days, status: "behind" })}`;
    case "members": {
      // Every serikat counts, active or not (decision 0026); the list sums them at the same day.
      const day = membersDayOf(period);
      return `/serikat?${query({ ...where, status: "all", ...(day ? { membersOn: day } : {}) })}`;
    }
    case "klikSessions":
    case "casesRegistration":
    case "casesSocialProtection":
    case "casesLegalIdentity":
    case "casesViolence":
      return `/klik?${query({ ...where, ...days })}`;
    case "enactedInPeriod": {
      const enacted: Record<string, string> = {};
      if (period.from) enacted.enactedFrom = period.from;
      if (period.to) enacted.enactedTo = period.to;
      return `/kebijakan?${query({ ...where, status: "ENACTED", ...enacted })}`;
    }
    default:
      return `/kebijakan?${query({ ...where, status: POLICY_STATUS_OF[m as keyof typeof POLICY_STATUS_OF] })}`;
  }
}
