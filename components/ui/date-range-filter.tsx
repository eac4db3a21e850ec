// A list filtered to a date range (dashboards link to an RKTL window or a
// period): says so, and keeps the range when the other filters are applied.
import { getTranslations } from "next-intl/server";
import { linkOnlyParams } from "@/lib/validation/common";
import { KeptFilters, rangeEnds } from "./kept-filters";

export async function DateRangeFilter({
  path,
  params,
  from,
  to,
}: {
  path: string;
  params: Record<string, string>;
  from?: string;
  to?: string;
}) {
  if (!from && !to) return null;
  const [t, r] = await Promise.all([getTranslations("dashboard.province"), rangeEnds(from, to)]);
  return (
    <KeptFilters
      path={path}
      params={params}
      kept={linkOnlyParams({ from, to }, ["from", "to"])}
      notes={[{ text: t(r.months ? "monthRange" : "dayRange", { from: r.from, to: r.to }), testId: "month-range" }]}
    />
  );
}
