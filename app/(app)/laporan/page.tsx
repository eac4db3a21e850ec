import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { programReport } from "@/lib/data/report";
import { KLIK_DESKS } from "@/lib/domain/klik-issue-types";
import { plainParams } from "@/lib/search-params";
import { reportParams, resolvePeriod, PERIOD_KINDS } from "@/lib/validation/report";
import { PageHeader } from "@/components/ui/page-header";
import { filterInputClass } from "@/components/ui/list";
import { PrintStyle } from "@/components/ui/print-style";
import { ScrollRegion } from "@/components/ui/table-wrap";
import { ViolenceCount } from "@/components/ui/violence-count";

export async function generateMetadata() {
  return { title: (await getTranslations("report"))("title") };
}

// One A4 portrait page when printed: the app's header, the form and the links disappear.
const PRINT_CSS = `
@page { size: A4 portrait; margin: 10mm; }
@media print {
  body { background: #fff !important; font-size: 9pt; }
  body > header, .no-print { display: none !important; }
  body > main { max-width: none !important; padding: 0 !important; }
  .report h1 { font-size: 14pt; }
  .report h2 { font-size: 10pt; margin: 4pt 0 2pt; }
  .report table { font-size: 8pt; }
  .report td, .report th { padding: 1pt 3pt !important; }
  .report section { break-inside: avoid; margin-bottom: 4pt !important; }
}
`;

export default async function ReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("report.program");
  const params = plainParams(await searchParams);
  const period = resolvePeriod(reportParams.parse(params));
  const [t, format, report] = await Promise.all([getTranslations(), getFormatter(), programReport(user, period)]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const n = (v: number) => format.number(v);
  const lastDay = new Date(period.to.getTime() - 86_400_000);
  const query = new URLSearchParams({
    period: period.kind,
    year: String(period.year),
    start: period.start,
    from: period.fromDay,
    to: period.toDay,
  });
  const th = "px-2 py-1 text-left font-medium";
  const td = "px-2 py-1";
  return (
    <div className="report">
      <PrintStyle css={PRINT_CSS} />
      <PageHeader title={t("report.title")} subtitle={t("report.subtitle", { from: day(period.from), to: day(lastDay) })} />
      <form
        method="get"
        className="no-print mb-4 grid grid-cols-2 gap-2 rounded border border-slate-200 bg-white p-3 text-sm sm:grid-cols-5"
        data-testid="report-form"
      >
        <label>
          {t("report.periodKind")}
          <select name="period" defaultValue={period.kind} className={filterInputClass}>
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`report.periodKinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("report.year")}
          <input name="year" type="number" min={2000} max={2100} defaultValue={period.year} className={filterInputClass} />
        </label>
        <label>
          {t("report.start")}
          <input name="start" type="month" defaultValue={period.start} className={filterInputClass} />
        </label>
        <label>
          {t("report.from")}
          <input name="from" type="date" defaultValue={period.fromDay} className={filterInputClass} />
        </label>
        <label>
          {t("report.to")}
          <input name="to" type="date" defaultValue={period.toDay} className={filterInputClass} />
        </label>
        <div className="col-span-full flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded bg-slate-800 px-4 py-1.5 text-white">
            {t("report.show")}
          </button>
          <a
            href={`/laporan/pdf?${query.toString()}`}
            download
            className="rounded border border-slate-300 bg-white px-3 py-1.5 text-teal-800 hover:bg-slate-50"
          >
            {t("report.pdf")}
          </a>
          <span className="text-xs text-slate-500">{t("report.printHint")}</span>
        </div>
      </form>

      <section className="mb-4" aria-labelledby="r-directions">
        <h2 id="r-directions" className="mb-1 font-semibold">
          {t("report.directions")}
        </h2>
        <ScrollRegion labelledBy="r-directions" className="rounded border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="report-indicators">
            <thead className="bg-slate-100">
              <tr>
                <th className={th}>{t("report.indicator")}</th>
                <th className={`${th} text-right`}>{t("report.target")}</th>
                <th className={`${th} text-right`}>{t("report.actual")}</th>
                <th className={`${th} text-right`}>{t("report.percent")}</th>
              </tr>
            </thead>
            {report.directions.map((d) => (
              <tbody key={d.direction}>
                <tr className="border-t border-slate-200 bg-slate-50">
                  <th colSpan={4} className={`${th} text-teal-900`}>
                    {t(`report.direction.${d.direction}`)}
                  </th>
                </tr>
                {d.indicators.map((i) => (
                  <tr key={i.code} className="border-t border-slate-100" data-indicator={i.code}>
                    <td className={td}>{t.has(`report.indicatorName.${i.code}`) ? t(`report.indicatorName.${i.code}`) : i.name}</td>
                    <td className={`${td} text-right tabular-nums`}>{n(i.target)}</td>
                    <td className={`${td} text-right tabular-nums font-semibold`} data-actual>
                      {i.actual === null ? "–" : n(i.actual)}
                    </td>
                    <td className={`${td} text-right tabular-nums`}>{i.percent === null ? "–" : `${n(i.percent)}%`}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </ScrollRegion>
        {report.programPeriod ? (
          <p className="mt-1 text-xs text-slate-500">
            {t("report.programTarget", { from: day(report.programPeriod.from), to: day(report.programPeriod.to) })}
          </p>
        ) : null}
      </section>

      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="r-cascade">
          <h2 id="r-cascade" className="mb-1 font-semibold">
            {t("report.cascade")}
          </h2>
          <dl
            className="grid grid-cols-[1fr_auto] gap-x-3 rounded border border-slate-200 bg-white p-2 text-sm"
            data-testid="report-cascade"
          >
            <dt>{t("report.trainings")}</dt>
            <dd className="text-right font-semibold tabular-nums">{n(report.training.trainings)}</dd>
            <dd className="col-span-2 text-xs text-slate-500">
              {t("report.byLevel", {
                national: n(report.training.byLevel.NATIONAL),
                provincial: n(report.training.byLevel.PROVINCIAL),
                local: n(report.training.byLevel.LOCAL),
              })}
            </dd>
            <dt>{t("report.participants")}</dt>
            <dd className="text-right font-semibold tabular-nums">{n(report.training.participants)}</dd>
            <dt>{t("report.tot")}</dt>
            <dd className="text-right font-semibold tabular-nums">{n(report.training.tot)}</dd>
            <dt>{t("report.retrainings")}</dt>
            <dd className="text-right font-semibold tabular-nums">{n(report.training.retrainings)}</dd>
            <dt>{t("report.reached")}</dt>
            <dd className="text-right font-semibold tabular-nums">{n(report.training.reached)}</dd>
          </dl>

          <h2 className="mt-3 mb-1 font-semibold">{t("report.klik")}</h2>
          <table className="w-full rounded border border-slate-200 bg-white text-sm" data-testid="report-klik">
            <tbody>
              <tr>
                <th className={th}>{t("report.sessions")}</th>
                <td className={`${td} text-right font-semibold tabular-nums`}>{n(report.klik.sessions)}</td>
              </tr>
              {KLIK_DESKS.map((desk) => (
                <tr key={desk} className="border-t border-slate-100">
                  <th className={th}>{t(`klik.deskName.${desk}`)}</th>
                  <td className={`${td} text-right tabular-nums`}>
                    {desk === "VIOLENCE" ? <ViolenceCount value={report.klik.desks.VIOLENCE} /> : n(report.klik.desks[desk] as number)}
                  </td>
                </tr>
              ))}
              <tr className="border-t border-slate-200">
                <th className={th}>{t("report.cases")}</th>
                <td className={`${td} text-right font-semibold tabular-nums`}>{n(report.klik.cases)}</td>
              </tr>
            </tbody>
          </table>
          {report.klik.violenceByYear ? (
            <p className="mt-1 text-xs text-slate-500">{t("report.violenceYearOnlyNote")}</p>
          ) : report.klik.violenceSuppressed ? (
            <p className="mt-1 text-xs text-slate-500">{t("report.violenceSuppressedNote")}</p>
          ) : null}
        </section>

        <section aria-labelledby="r-rktl">
          <h2 id="r-rktl" className="mb-1 font-semibold">
            {t("report.rktl")}
          </h2>
          {report.rktl.provinces.length === 0 ? (
            <p className="rounded border border-dashed border-slate-300 bg-white p-2 text-sm text-slate-600">{t("report.noRktl")}</p>
          ) : (
            <table className="w-full rounded border border-slate-200 bg-white text-sm" data-testid="report-rktl">
              <thead className="bg-slate-100">
                <tr>
                  <th className={th}>{t("report.province")}</th>
                  <th className={`${th} text-right`}>{t("report.met")}</th>
                  <th className={`${th} text-right`}>{t("report.realised")}</th>
                </tr>
              </thead>
              <tbody>
                {report.rktl.provinces.map((p) => (
                  <tr key={p.provinceId} className="border-t border-slate-100">
                    <td className={td}>{p.provinceName}</td>
                    <td className={`${td} text-right tabular-nums`}>
                      {n(p.met)}/{n(p.targets)}
                    </td>
                    <td className={`${td} text-right tabular-nums`}>{n(p.percent)}%</td>
                  </tr>
                ))}
                <tr className="border-t border-slate-200 font-semibold">
                  <td className={td}>{t("report.overall")}</td>
                  <td className={`${td} text-right tabular-nums`}>
                    {n(report.rktl.met)}/{n(report.rktl.targets)}
                  </td>
                  <td className={`${td} text-right tabular-nums`}>{n(report.rktl.percent)}%</td>
                </tr>
              </tbody>
            </table>
          )}

          <h2 className="mt-3 mb-1 font-semibold">{t("report.policies")}</h2>
          {report.policies.enacted === 0 ? (
            <p className="rounded border border-dashed border-slate-300 bg-white p-2 text-sm text-slate-600">{t("report.noPolicies")}</p>
          ) : (
            <table className="w-full rounded border border-slate-200 bg-white text-sm" data-testid="report-policies">
              <tbody>
                {Object.entries(report.policies.byType).map(([type, count]) => (
                  <tr key={type} className="border-t border-slate-100">
                    <th className={th}>{t(`policy.types.${type}`)}</th>
                    <td className={`${td} text-right tabular-nums`}>{n(count ?? 0)}</td>
                  </tr>
                ))}
                <tr className="border-t border-slate-200 font-semibold">
                  <th className={th}>{t("report.enacted")}</th>
                  <td className={`${td} text-right tabular-nums`}>{n(report.policies.enacted)}</td>
                </tr>
                <tr className="border-t border-slate-100">
                  <th className={th}>{t("report.written")}</th>
                  <td className={`${td} text-right tabular-nums`}>{n(report.policies.written)}</td>
                </tr>
                <tr className="border-t border-slate-100">
                  <th className={th}>{t("report.budgetWon")}</th>
                  <td className={`${td} text-right tabular-nums`}>{t("policy.rupiah", { amount: n(report.policies.budgetWon) })}</td>
                </tr>
              </tbody>
            </table>
          )}
        </section>
      </div>
      <p className="mt-3 text-xs text-slate-500">{t("report.generated", { date: format.dateTime(new Date(), { dateStyle: "long" }) })}</p>
    </div>
  );
}
