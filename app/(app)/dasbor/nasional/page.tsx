import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { dashboardPeriods, nationalDashboard } from "@/lib/data/dashboard-national";
import { measuresFor, parseMapMeasure } from "@/lib/domain/dashboard";
import { plainParams } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { TileMap } from "@/components/charts/tile-map";
import { ExportLinks } from "@/components/ui/export-links";
import { DashboardFilters, DashboardNotes, DashboardTable, periodText } from "./ui";
import { dashboardFilterParams, dashboardParams, dashboardQuery } from "./params";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard.national"))("title") };
}

export default async function NationalDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("dashboard.national");
  const params = plainParams(await searchParams);
  const { period, periodKey, direction } = dashboardParams(params);
  const measures = measuresFor(direction);
  const mapMeasure = parseMapMeasure(params.map, measures);
  const [t, periods, data, showing] = await Promise.all([
    getTranslations("dashboard"),
    dashboardPeriods(user),
    nationalDashboard(user, period),
    periodText(period),
  ]);
  const q = dashboardQuery(params);
  return (
    <>
      <PageHeader title={t("national.title")} subtitle={t("national.subtitle", { count: data.rows.length })} />
      <DashboardFilters
        action="/dasbor/nasional"
        periods={periods}
        periodKey={periodKey}
        period={period}
        direction={direction}
        mapMeasure={mapMeasure}
        mapMeasures={measures}
      />
      <p className="mb-3 text-sm text-slate-700" data-testid="period-text">
        {showing}
      </p>
      <TileMap
        measureLabel={t(`measures.${mapMeasure}`)}
        tiles={data.rows.map((r) => ({
          id: r.id,
          code: r.code,
          name: r.name,
          value: mapMeasure === "casesViolence" ? 0 : r.values[mapMeasure],
          href: `/dasbor/nasional/${r.id}${q}`,
        }))}
      />
      <DashboardTable
        caption={t("national.caption")}
        areaHeader={t("national.province")}
        rows={data.rows}
        measures={measures}
        period={period}
        areaHref={(r) => `/dasbor/nasional/${r.id}${q}`}
        areaOf={(r) => ({ provinceId: r.id })}
      />
      {can(user, "export.data") ? (
        <ExportLinks links={[{ dataset: "dasbor-nasional" }]} params={dashboardFilterParams(params)} hint="tableHint" />
      ) : null}
      <DashboardNotes measures={measures} violenceByYear={data.violenceByYear} />
    </>
  );
}
