// A list filtered to a date range (dashboards link to an RKTL window or a
// period): says so, and keeps the range when the other filters are applied.
import { getFormatter, getTranslations } from "next-intl/server";

export async function DateRangeFilter({ from, to }: { from?: string; to?: string }) {
  if (!from && !to) return null;
  const [t, format] = await Promise.all([getTranslations("dashboard.province"), getFormatter()]);
  const day = (d: string | undefined) => (d ? format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "…");
  return (
    <p className="col-span-full text-slate-700" data-testid="month-range">
      {from ? <input type="hidden" name="from" value={from} /> : null}
      {to ? <input type="hidden" name="to" value={to} /> : null}
      {t("monthRange", { from: day(from), to: day(to) })}
    </p>
  );
}
