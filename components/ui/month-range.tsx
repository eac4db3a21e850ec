// A list filtered to a range of months (the dashboard links to an RKTL window):
// says so, and keeps the range when the other filters are applied.
import { getFormatter, getTranslations } from "next-intl/server";
import { monthKey } from "@/lib/domain/rktl-progress";

export async function MonthRangeFilter({ from, to }: { from?: Date; to?: Date }) {
  if (!from && !to) return null;
  const [t, format] = await Promise.all([getTranslations("dashboard.province"), getFormatter()]);
  const month = (d: Date | undefined) => (d ? format.dateTime(d, { month: "short", year: "numeric", timeZone: "UTC" }) : "…");
  return (
    <p className="col-span-full text-slate-700" data-testid="month-range">
      {from ? <input type="hidden" name="from" value={monthKey(from)} /> : null}
      {to ? <input type="hidden" name="to" value={monthKey(to)} /> : null}
      {t("monthRange", { from: month(from), to: month(to) })}
    </p>
  );
}
