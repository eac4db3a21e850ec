import { parseDirection, resolvePeriod } from "@/lib/domain/dashboard";

/** The dashboard's GET parameters: period (with from/to) and direction. */
export function dashboardParams(p: Record<string, string>) {
  const period = resolvePeriod({ period: p.period, from: p.from, to: p.to });
  return { period, periodKey: period.key, direction: parseDirection(p.direction) };
}

/** The same filters as a query string, for links between the dashboard pages. */
export function dashboardQuery(p: Record<string, string>): string {
  const keep = new URLSearchParams();
  for (const k of ["period", "from", "to", "direction"]) if (p[k]) keep.set(k, p[k]);
  const s = keep.toString();
  return s ? `?${s}` : "";
}
