// The national dashboard's filter form and table, shared by the national page
// and a province's page. Server components: no client JavaScript.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { DashboardRow } from "@/lib/data/dashboard-national";
import { DIRECTIONS, MAP_MEASURES, measureHref, type Direction, type Measure, type Period } from "@/lib/domain/dashboard";
import { filterInputClass } from "@/components/ui/list";
import { ViolenceCount } from "@/components/ui/violence-count";

type Periods = { windows: string[]; years: number[] };

function endOfWindow(key: string): Date {
  const [y, m] = key.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + 5, 1));
}

export async function DashboardFilters({
  action,
  periods,
  periodKey,
  period,
  direction,
  mapMeasure,
  mapMeasures,
}: {
  action: string;
  periods: Periods;
  periodKey: string;
  period: Period;
  direction: Direction | null;
  mapMeasure?: Measure;
  mapMeasures?: Measure[];
}) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const month = (d: Date) => format.dateTime(d, { month: "short", year: "numeric", timeZone: "UTC" });
  return (
    <form
      method="get"
      action={action}
      role="search"
      className="mb-4 grid grid-cols-2 gap-2 rounded border border-slate-200 bg-white p-3 text-sm sm:grid-cols-4"
    >
      <label className="col-span-2">
        {t("filters.period")}
        <select name="period" defaultValue={periodKey} className={filterInputClass} data-testid="period">
          <option value="">{t("filters.periodAll")}</option>
          <optgroup label={t("filters.years")}>
            {periods.years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </optgroup>
          {periods.windows.length ? (
            <optgroup label={t("filters.windows")}>
              {periods.windows.map((w) => (
                <option key={w} value={`w${w}`}>
                  {t("filters.window", { from: month(new Date(`${w}-01T00:00:00Z`)), to: month(endOfWindow(w)) })}
                </option>
              ))}
            </optgroup>
          ) : null}
          <option value="custom">{t("filters.custom")}</option>
        </select>
      </label>
      <label>
        {t("filters.from")}
        <input type="date" name="from" defaultValue={periodKey === "custom" ? (period.from ?? "") : ""} className={filterInputClass} />
      </label>
      <label>
        {t("filters.to")}
        <input type="date" name="to" defaultValue={periodKey === "custom" ? (period.to ?? "") : ""} className={filterInputClass} />
      </label>
      <label className="col-span-2">
        {t("filters.direction")}
        <select name="direction" defaultValue={direction ? String(direction) : ""} className={filterInputClass}>
          <option value="">{t("filters.directionAll")}</option>
          {DIRECTIONS.map((d) => (
            <option key={d} value={String(d)}>
              {t(`directions.${d}`)}
            </option>
          ))}
        </select>
      </label>
      {mapMeasure && mapMeasures ? (
        <label className="col-span-2">
          {t("filters.mapMeasure")}
          <select name="map" defaultValue={mapMeasure} className={filterInputClass} data-testid="map-measure">
            {mapMeasures
              .filter((m) => MAP_MEASURES.includes(m))
              .map((m) => (
                <option key={m} value={m}>
                  {t(`measures.${m}`)}
                </option>
              ))}
          </select>
        </label>
      ) : null}
      <div className="col-span-full flex items-end gap-2">
        <button type="submit" className="rounded bg-slate-800 px-4 py-1.5 text-white">
          {t("filters.apply")}
        </button>
        <Link href={action} className="px-2 py-1.5 text-slate-600 hover:underline">
          {t("filters.reset")}
        </Link>
      </div>
    </form>
  );
}

/** "Period: …" in words. */
export async function periodText(period: Period): Promise<string> {
  const [t, format] = await Promise.all([getTranslations("dashboard.filters"), getFormatter()]);
  const d = (s: string) => format.dateTime(new Date(`${s}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const text =
    period.from && period.to
      ? t("range", { from: d(period.from), to: d(period.to) })
      : period.from
        ? t("openFrom", { from: d(period.from) })
        : period.to
          ? t("openTo", { to: d(period.to) })
          : t("allTime");
  return t("showing", { period: text });
}

export async function DashboardTable({
  caption,
  areaHeader,
  rows,
  measures,
  period,
  areaHref,
  areaOf,
}: {
  caption: string;
  areaHeader: string;
  rows: DashboardRow[];
  measures: Measure[];
  period: Period;
  areaHref: (r: DashboardRow) => string;
  areaOf: (r: DashboardRow) => { provinceId: number } | { provinceId: number; kabupatenId: number };
}) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const total = (m: Measure) =>
    rows.reduce((s, r) => s + (m === "casesViolence" ? 0 : r.values[m as Exclude<Measure, "casesViolence">]), 0);
  const show = (r: DashboardRow, m: Measure) => {
    if (m === "casesViolence") return <ViolenceCount value={r.casesViolence} />;
    if (m === "rktlPercent") return r.values.rktlSet ? `${format.number(r.values.rktlPercent)} %` : t("national.notDue");
    return format.number(r.values[m as Exclude<Measure, "casesViolence">]);
  };
  return (
    <div className="table-wrap relative mb-3 overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="number-table w-full text-left text-sm" data-testid="dashboard-table">
        <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>
        <thead className="bg-slate-100 align-bottom text-xs text-slate-700">
          <tr>
            <th scope="col" className="sticky left-0 bg-slate-100 px-2 py-2">
              {areaHeader}
            </th>
            {measures.map((m) => (
              <th key={m} scope="col" className="min-w-[5.5rem] px-2 py-2 text-right font-medium" data-measure={m}>
                {t(`measures.${m}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={measures.length + 1} className="px-3 py-4 text-center text-slate-600">
                {t("national.noRows")}
              </td>
            </tr>
          ) : null}
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100" data-area={r.id}>
              <th scope="row" className="sticky left-0 bg-white px-2 py-1.5 font-medium">
                <Link href={areaHref(r)} className="text-teal-800 hover:underline">
                  {r.name}
                </Link>
              </th>
              {measures.map((m) => (
                <td key={m} data-measure={m}>
                  {/* A plain link: hundreds of them per table, each as a client-side Link
                      would be hydrated and prefetched on a phone (decision 0013). */}
                  <a href={measureHref(m, areaOf(r), period)}>{show(r, m)}</a>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {rows.length ? (
          <tfoot className="border-t-2 border-slate-200 font-semibold">
            <tr>
              <th scope="row" className="sticky left-0 bg-white px-2 py-1.5">
                {t("national.total")}
              </th>
              {measures.map((m) => (
                <td key={m} data-measure={m}>
                  {m === "casesViolence" || m === "rktlPercent" ? t("national.noTotal") : format.number(total(m))}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

export async function DashboardNotes({ measures, violenceByYear }: { measures: Measure[]; violenceByYear: boolean }) {
  const t = await getTranslations("dashboard.national");
  const has = (...ms: Measure[]) => ms.some((m) => measures.includes(m));
  return (
    <ul className="mb-4 list-disc space-y-0.5 pl-5 text-xs text-slate-600">
      <li>{t("numberLinkNote")}</li>
      {has("trainings") ? <li>{t("trainingNote")}</li> : null}
      {has("rktlSet") ? <li>{t("rktlNote")}</li> : null}
      {has("casesViolence") ? <li>{t("violenceNote")}</li> : null}
      {has("casesViolence") && violenceByYear ? <li>{t("violenceYearOnlyNote")}</li> : null}
      {has("policyEnacted") ? <li>{t("policyNote")}</li> : null}
      {has("members") ? <li>{t("membersNote")}</li> : null}
    </ul>
  );
}
