// RKTL targets across plans: what the national dashboard's RKTL numbers open
// (set, met, behind, % realisation), with each target's progress, its plan
// and, where the user may, the realisation form.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listTargets } from "@/lib/data/rktl/targets";
import { provinceOptions } from "@/lib/data/geo";
import { kabupatenFilter } from "../../kabupaten-filter";
import { TARGET_PROGRESS_FILTERS, targetFilters } from "@/lib/validation/rktl";
import { plainParams } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/components/ui/export-links";
import { Pagination } from "@/components/ui/pagination";
import { DateRangeFilter } from "@/components/ui/date-range-filter";
import { EmptyState, FilterForm, KabupatenFilter, ProvinceFilter, SelectFilter } from "@/components/ui/list";
import { MONTH_FORMAT, ProgressBadge } from "../ui";

export async function generateMetadata() {
  return { title: (await getTranslations("rktl.targetList"))("title") };
}

export default async function RktlTargetListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("rktl.read");
  const params = plainParams(await searchParams);
  const filters = targetFilters.parse(params);
  const [t, format, result, provinces, kabupaten] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listTargets(user, filters),
    provinceOptions(user),
    kabupatenFilter(user, "/rktl/target", params, filters.provinceId),
  ]);
  const mayRealise = can(user, "rktl.realise");
  return (
    <>
      <PageHeader
        title={t("rktl.targetList.title")}
        subtitle={t("rktl.targetList.subtitle", {
          count: result.total,
          percent: format.number(result.percent / 100, { style: "percent" }),
        })}
        crumbs={[{ href: "/rktl", label: t("rktl.title") }]}
      />
      <FilterForm resetHref="/rktl/target" className="grid-cols-2 sm:grid-cols-4">
        <ProvinceFilter provinces={provinces} value={filters.provinceId} />
        <KabupatenFilter kabupaten={kabupaten.options} value={filters.kabupatenId} unknown={kabupaten.unknown} className="col-span-2" />
        <SelectFilter
          name="status"
          label={t("rktl.targetList.progress")}
          value={filters.status}
          options={TARGET_PROGRESS_FILTERS.map((s) => ({ value: s, label: t(`rktl.targetList.${s}`) }))}
        />
        <DateRangeFilter path="/rktl/target" params={params} from={filters.from} to={filters.to} />
      </FilterForm>
      {can(user, "export.data") ? <ExportLinks links={[{ dataset: "rktl-target-list" }]} params={params} /> : null}
      {result.rows.length === 0 ? (
        <EmptyState>{t("rktl.targetList.empty")}</EmptyState>
      ) : (
        <ul className="space-y-2" data-testid="rktl-targets">
          {result.rows.map((tg) => (
            <li key={tg.id} data-target-id={tg.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <p className="font-medium">{tg.activity}</p>
                  <p className="text-slate-600">
                    {t(`rktl.kind.${tg.kind}`)} · {format.dateTime(tg.plannedMonth, MONTH_FORMAT)}
                  </p>
                  <p className="text-slate-600">
                    {tg.kabupatenName}, {tg.provinceName}
                  </p>
                </div>
                <div className="text-right">
                  <p>
                    {t("rktl.achievedOf", {
                      achieved: format.number(tg.progress.achieved),
                      quantity: format.number(tg.quantity),
                      unit: tg.unit,
                    })}{" "}
                    ({format.number(tg.progress.percent / 100, { style: "percent" })})
                  </p>
                  <ProgressBadge status={tg.progress.status} label={t(`rktl.progress.${tg.progress.status}`)} />
                </div>
              </div>
              <div className="mt-2 flex flex-wrap gap-3">
                <Link href={`/rktl/${tg.planId}#target-${tg.id}`} className="text-teal-800 underline">
                  {t("rktl.targetList.openPlan", { province: tg.provinceName })}
                </Link>
                {mayRealise && tg.planStatus === "APPROVED" ? (
                  <Link href={`/rktl/${tg.planId}/target/${tg.id}/realisasi`} className="text-teal-800 underline">
                    {t("rktl.recordRealisation")}
                  </Link>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination path="/rktl/target" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
