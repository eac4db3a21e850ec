import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { policyDashboard } from "@/lib/data/dashboard-policy";
import { policyDashboardHref } from "@/lib/domain/policy-dashboard";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/list";
import { ExportLinks } from "@/components/ui/export-links";
import { BarChart, Funnel } from "@/components/charts/bar-chart";
import { ColumnChart } from "@/components/charts/column-chart";
import { BarFill } from "@/components/ui/bar-fill";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard.policy"))("title") };
}

export default async function PolicyDashboardPage() {
  const user = await requirePermission("dashboard.policy");
  const [t, tp, format, d] = await Promise.all([
    getTranslations("dashboard.policy"),
    getTranslations("policy"),
    getFormatter(),
    policyDashboard(user),
  ]);
  const date = (x: Date) => format.dateTime(x, { dateStyle: "medium", timeZone: "UTC" });
  // Each table's download (the dashboard has no filters; scope comes from the user).
  const download = (dataset: string, table: string) =>
    can(user, "export.data") ? <ExportLinks links={[{ dataset }]} params={{}} table={table} hint="tableHint" /> : null;
  // The four tables, each under its chart with its download.
  const charts = [
    {
      dataset: "dasbor-kebijakan-jenis",
      title: t("byType"),
      chart: (
        <BarChart
          title={t("byType")}
          testId="chart-type"
          bars={d.byType.map((b) => ({
            key: b.type,
            label: tp(`types.${b.type}`),
            value: b.n,
            href: policyDashboardHref({ type: b.type }),
          }))}
        />
      ),
    },
    {
      dataset: "dasbor-kebijakan-alur",
      title: t("funnel"),
      chart: (
        <Funnel
          title={t("funnel")}
          testId="chart-funnel"
          bars={d.funnel.map((f) => ({ key: f.stage, label: tp(`statuses.${f.stage}`), value: f.n }))}
        />
      ),
    },
    {
      dataset: "dasbor-kebijakan-triwulan",
      title: t("perQuarter"),
      chart: (
        <ColumnChart
          title={t("perQuarter")}
          testId="chart-quarter"
          columns={d.quarters.map((q) => ({
            key: q.key,
            label: t("quarter", { year: q.year, q: q.q }),
            value: q.n,
            href: policyDashboardHref({ quarter: q }),
          }))}
        />
      ),
    },
    {
      dataset: "dasbor-kebijakan-provinsi",
      title: t("byProvince"),
      chart: (
        <BarChart
          title={t("byProvince")}
          testId="chart-province"
          bars={d.byProvince.map((p) => ({
            key: String(p.id),
            label: p.name,
            value: p.n,
            href: policyDashboardHref({ provinceId: p.id }),
          }))}
        />
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {d.target ? (
        <section className="mb-4 rounded border border-teal-200 bg-teal-50 p-4" data-testid="policy-target">
          <h2 className="text-sm font-semibold text-teal-900">{t("targetTitle")}</h2>
          <p className="mt-1 text-3xl font-semibold text-teal-900">
            <Link href={policyDashboardHref({ target: d.target })} className="hover:underline" data-testid="target-achieved">
              {format.number(d.target.achieved)}
            </Link>{" "}
            <span className="text-lg font-normal">{t("ofTarget", { target: format.number(d.target.target), unit: d.target.unit })}</span>
          </p>
          <div className="mt-2 h-3 w-full overflow-hidden rounded bg-white" aria-hidden="true">
            <BarFill percent={d.target.percent} className="fill-teal-700" />
          </div>
          <p className="mt-1 text-sm text-teal-900">
            {t("percent", { percent: format.number(d.target.percent) })} · {d.target.name} ·{" "}
            {t("targetPeriod", { from: date(d.target.periodStart), to: date(d.target.periodEnd) })}
          </p>
          <p className="mt-1 text-xs text-teal-800">{t("targetNote")}</p>
        </section>
      ) : null}
      <div className="mb-4 grid gap-3 md:grid-cols-2">
        {charts.map((c) => (
          <div key={c.dataset} className="space-y-2">
            {c.chart}
            {download(c.dataset, c.title)}
          </div>
        ))}
      </div>
      <p className="mb-4 text-xs text-slate-600">{t("funnelNote")}</p>
      <h2 className="mb-2 text-lg font-semibold">{t("listTitle", { count: d.enactedTotal })}</h2>
      {d.enactedTotal > d.enacted.length ? (
        <p className="mb-2 text-sm text-slate-700" data-testid="enacted-more">
          {t("listLatest", { shown: d.enacted.length })}{" "}
          <Link href={policyDashboardHref("allWritten")} className="text-teal-800 underline">
            {t("listAll", { count: d.enactedTotal })}
          </Link>
        </p>
      ) : null}
      {d.enacted.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="space-y-2" data-testid="enacted-list">
          {d.enacted.map((p) => (
            <li key={p.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
              <Link href={`/kebijakan/${p.id}`} className="font-medium text-teal-800 hover:underline">
                {p.title}
              </Link>
              <p className="text-xs text-slate-600">
                {tp(`types.${p.type}`)} · {p.number} · {p.enactedOn ? date(p.enactedOn) : ""}
              </p>
              <p className="text-xs text-slate-600">
                {p.kabupatenName}, {p.provinceName}
                {p.isProgramArea ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">{t("programArea")}</span>
                ) : null}
              </p>
              {p.evidenceFileId ? (
                <a href={`/berkas/${p.evidenceFileId}`} className="text-xs text-teal-800 underline" data-testid="evidence-link">
                  {t("document")}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3">{download("dasbor-kebijakan-ditetapkan", t("listTitle", { count: d.enacted.length }))}</div>
    </>
  );
}
