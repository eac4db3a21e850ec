import { parseDirection, resolvePeriod } from "@/lib/domain/dashboard";

/** The dashboard's GET parameters: period (with from/to) and direction. */
export function dashboardParams(p: Record<string, string>) {
  const period = resolvePeriod({ period: p.period, from: p.from, to: p.to });
  return { period, periodKey: period.key, direction: parseDirection(p.direction) };
}

/** The filters alone (period, from, to, direction), for the export links. */
export function dashboardFilterParams(p: Record<string, string>): Record<string, string> {
  const keep: Record<string, string> = {};
  for (const k of ["period", "from", "to", "direction"]) if (p[k]) keep[k] = p[k];
  return keep;
}

/** The same filters as a query string, for links between the dashboard pages. */
export function dashboardQuery(p: Record<string, string>): string {
  const s = new URLSearchParams(dashboardFilterParams(p)).toString();
  return s ? `?${s}` : "";
}
