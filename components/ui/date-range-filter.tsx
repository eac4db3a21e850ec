// A list filtered to a date range (dashboards link to an RKTL window or a
// period): says so, and keeps the range when the other filters are applied.
import { getFormatter, getTranslations } from "next-intl/server";

const utc = (d: string) => new Date(`${d}T00:00:00Z`);

/** True when from is a month's first day and to a month's last day (an RKTL window, say). */
function wholeMonths(from?: string, to?: string): boolean {
  const firstDay = !from || from.endsWith("-01");
  const lastDay = !to || utc(to).getUTCMonth() !== new Date(utc(to).getTime() + 86_400_000).getUTCMonth();
  return firstDay && lastDay;
}

export async function DateRangeFilter({ from, to }: { from?: string; to?: string }) {
  if (!from && !to) return null;
  const [t, format] = await Promise.all([getTranslations("dashboard.province"), getFormatter()]);
  const months = wholeMonths(from, to);
  const show = (d: string | undefined) =>
    d
      ? format.dateTime(utc(d), months ? { month: "short", year: "numeric", timeZone: "UTC" } : { dateStyle: "medium", timeZone: "UTC" })
      : "…";
  return (
    <p className="col-span-full text-slate-700" data-testid="month-range">
      {from ? <input type="hidden" name="from" value={from} /> : null}
      {to ? <input type="hidden" name="to" value={to} /> : null}
      {t(months ? "monthRange" : "dayRange", { from: show(from), to: show(to) })}
    </p>
  );
}
