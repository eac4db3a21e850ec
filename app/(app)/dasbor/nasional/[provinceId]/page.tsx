import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { dashboardPeriods, provinceDashboard } from "@/lib/data/dashboard-national";
import { measuresFor, periodParams } from "@/lib/domain/dashboard";
import { parseId, plainParams } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/components/ui/export-links";
import { DashboardFilters, DashboardNotes, DashboardTable, periodText } from "../ui";
import { dashboardFilterParams, dashboardParams, dashboardQuery } from "../params";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard.national"))("title") };
}

export default async function ProvinceDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ provinceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("dashboard.national");
  const id = parseId((await params).provinceId);
  if (!id) notFound();
  const sp = plainParams(await searchParams);
  const { period, periodKey, direction } = dashboardParams(sp);
  const measures = measuresFor(direction);
  const [t, periods, data, showing] = await Promise.all([
    getTranslations("dashboard"),
    dashboardPeriods(user),
    provinceDashboard(user, id, period),
    periodText(period),
  ]);
  if (!data) notFound();
  const q = dashboardQuery(sp);
  const days = new URLSearchParams(periodParams(period)).toString();
  const amp = days ? `&${days}` : "";
  const recordLinks = [
    { href: `/kader?provinceId=${id}&status=all`, label: t("links.kader") },
    { href: `/pelatihan?provinceId=${id}${amp}`, label: t("links.training") },
    { href: `/rktl?provinceId=${id}`, label: t("links.rktl") },
    { href: `/klik?provinceId=${id}${amp}`, label: t("links.klik") },
    { href: `/kebijakan?provinceId=${id}`, label: t("links.policy") },
    { href: `/kebijakan?provinceId=${id}&status=ENACTED`, label: t("links.enacted") },
  ];
  return (
    <>
      <PageHeader
        title={data.province.name}
        crumbs={[{ href: `/dasbor/nasional${q}`, label: t("links.toNational") }]}
        subtitle={t("national.provinceSubtitle", { count: data.rows.length })}
      />
      <DashboardFilters action={`/dasbor/nasional/${id}`} periods={periods} periodKey={periodKey} period={period} direction={direction} />
      <p className="mb-3 text-sm text-slate-700" data-testid="period-text">
        {showing}
      </p>
      <DashboardTable
        caption={t("national.provinceCaption", { province: data.province.name })}
        areaHeader={t("national.kabupaten")}
        rows={data.rows}
        measures={measures}
        period={period}
        areaHref={(r) => `/wilayah/kabupaten/${r.id}`}
        areaOf={(r) => ({ provinceId: id, kabupatenId: r.id })}
      />
      {can(user, "export.data") ? (
        <ExportLinks
          links={[{ dataset: "dasbor-nasional-provinsi" }]}
          params={{ ...dashboardFilterParams(sp), provinceId: String(id) }}
          hint="tableHint"
        />
      ) : null}
      <DashboardNotes measures={measures} violenceByYear={data.violenceByYear} />
      <nav aria-label={t("links.records", { area: data.province.name })} className="rounded border border-slate-200 bg-white p-3 text-sm">
        <h2 className="mb-1 font-semibold">{t("links.records", { area: data.province.name })}</h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {recordLinks.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="text-teal-800 hover:underline">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
