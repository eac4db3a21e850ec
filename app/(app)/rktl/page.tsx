import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listPlans } from "@/lib/data/rktl/plans";
import { provinceOptions } from "@/lib/data/geo";
import { planFilters, RKTL_STATUSES } from "@/lib/validation/rktl";
import { plainParams } from "@/lib/search-params";
import { ExportLinks } from "@/components/ui/export-links";
import { ButtonLink, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState, FilterForm, ProvinceFilter, SelectFilter } from "@/components/ui/list";
import { MONTH_FORMAT, PlanStatusBadge } from "./ui";

export async function generateMetadata() {
  return { title: (await getTranslations("rktl"))("title") };
}

export default async function RktlListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("rktl.read");
  const params = plainParams(await searchParams);
  const filters = planFilters.parse(params);
  const [t, format, result, provinces] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listPlans(user, filters),
    provinceOptions(user),
  ]);
  const month = (d: Date) => format.dateTime(d, MONTH_FORMAT);
  return (
    <>
      <PageHeader
        title={t("rktl.title")}
        subtitle={t("rktl.subtitle")}
        actions={
          <>
            {can(user, "rktl.plan") ? <ButtonLink href="/rktl/baru">{t("rktl.new")}</ButtonLink> : null}
            {can(user, "dashboard.national") ? (
              <Link href="/rktl/kelengkapan" className="self-center text-teal-800 underline">
                {t("rktl.completeness.link")}
              </Link>
            ) : null}
          </>
        }
      />
      <FilterForm resetHref="/rktl" className="grid-cols-2 sm:grid-cols-3">
        <ProvinceFilter provinces={provinces} value={filters.provinceId} />
        <SelectFilter
          name="status"
          label={t("common.status")}
          value={filters.status}
          options={RKTL_STATUSES.map((s) => ({ value: s, label: t(`rktl.status.${s}`) }))}
        />
      </FilterForm>
      <p className="mb-3 text-sm">
        <Link href="/rktl/target" className="text-teal-800 underline">
          {t("rktl.targetList.link")}
        </Link>
      </p>
      {can(user, "export.data") ? (
        <ExportLinks links={[{ dataset: "rktl-target", csvKey: "downloadTargetsCsv", xlsxKey: "downloadTargetsXlsx" }]} params={params} />
      ) : null}
      {result.rows.length === 0 ? (
        <EmptyState>{t("rktl.empty")}</EmptyState>
      ) : (
        <div className="table-wrap rounded border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th className="px-3 py-2">{t("wilayah.province")}</th>
                <th className="hidden px-3 py-2 md:table-cell">{t("rktl.training")}</th>
                <th className="hidden px-3 py-2 sm:table-cell">{t("rktl.window")}</th>
                <th className="hidden px-3 py-2 text-right sm:table-cell">{t("rktl.targets")}</th>
                <th className="px-3 py-2 text-right">{t("rktl.realised")}</th>
                <th className="px-3 py-2">{t("common.status")}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((p) => (
                <tr key={p.id} className="border-t border-slate-100" data-plan-id={p.id}>
                  <td className="px-3 py-2">
                    <Link href={`/rktl/${p.id}`} className="font-medium text-teal-800 hover:underline">
                      {p.provinceName}
                    </Link>
                    {/* On a phone the other columns fold into these lines. */}
                    <span className="block text-xs text-slate-500 md:hidden">{p.trainingTitle}</span>
                    <span className="block text-xs text-slate-500 sm:hidden">
                      {month(p.windowStart)} – {month(p.windowEnd)} · {t("rktl.targetCount", { count: p.targetCount })}
                    </span>
                  </td>
                  <td className="hidden px-3 py-2 md:table-cell">{p.trainingTitle}</td>
                  <td className="hidden whitespace-nowrap px-3 py-2 sm:table-cell">
                    {month(p.windowStart)} – {month(p.windowEnd)}
                  </td>
                  <td className="hidden px-3 py-2 text-right sm:table-cell">{format.number(p.targetCount)}</td>
                  <td className="px-3 py-2 text-right">{format.number(p.percent / 100, { style: "percent" })}</td>
                  <td className="px-3 py-2">
                    <PlanStatusBadge status={p.status} label={t(`rktl.status.${p.status}`)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination path="/rktl" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
