import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listSerikat } from "@/lib/data/serikat";
import { provinceOptions } from "@/lib/data/geo";
import { serikatFilters } from "@/lib/validation/serikat";
import { plainParams } from "@/lib/search-params";
import { ExportLinks } from "@/components/ui/export-links";
import { ButtonLink, PageHeader, StatusBadge } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState, FilterForm, filterInputClass, ProvinceFilter, StatusSelect } from "@/components/ui/list";
import { SearchNotice } from "@/components/ui/search-notice";
import { SEARCH_MAX } from "@/lib/validation/common";

export async function generateMetadata() {
  return { title: (await getTranslations("serikat"))("title") };
}

export default async function SerikatListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("serikat.read");
  const params = plainParams(await searchParams);
  const filters = serikatFilters.parse(params);
  const [t, format, result, provinces] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listSerikat(user, filters),
    provinceOptions(user),
  ]);
  return (
    <>
      <PageHeader
        title={t("serikat.title")}
        subtitle={t("serikat.subtitle", { count: format.number(result.total) })}
        actions={can(user, "serikat.write") ? <ButtonLink href="/serikat/baru">{t("serikat.new")}</ButtonLink> : null}
      />
      <FilterForm resetHref="/serikat" className="grid-cols-2 sm:grid-cols-4">
        <label className="col-span-2">
          {t("common.search")}
          <input name="q" maxLength={SEARCH_MAX} defaultValue={filters.q ?? ""} className={filterInputClass} />
        </label>
        <SearchNotice value={params.q} />
        <ProvinceFilter provinces={provinces} value={filters.provinceId} />
        <StatusSelect value={filters.status} />
      </FilterForm>
      {can(user, "export.data") ? <ExportLinks links={[{ dataset: "serikat" }]} params={params} /> : null}
      {result.rows.length === 0 ? (
        <EmptyState>{t("serikat.empty")}</EmptyState>
      ) : (
        <div className="table-wrap rounded border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th className="px-3 py-2">{t("serikat.name")}</th>
                <th className="hidden px-3 py-2 sm:table-cell">{t("wilayah.kabupaten")}</th>
                <th className="px-3 py-2 text-right">{t("serikat.activeKader")}</th>
                <th className="px-3 py-2">{t("common.status")}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((s) => (
                <tr key={s.id} className="border-t border-slate-100">
                  <td className="px-3 py-2">
                    <Link href={`/serikat/${s.id}`} className="font-medium text-teal-800 hover:underline">
                      {s.name}
                    </Link>
                    {s.foundedYear ? (
                      <span className="block text-xs text-slate-500">{t("serikat.since", { year: s.foundedYear })}</span>
                    ) : null}
                    <span className="block text-xs text-slate-500 sm:hidden">{s.provinceName}</span>
                  </td>
                  <td className="hidden px-3 py-2 sm:table-cell">
                    {s.kabupatenName}
                    <span className="block text-xs text-slate-500">{s.provinceName}</span>
                  </td>
                  <td className="px-3 py-2 text-right">
                    <Link href={`/kader?serikatId=${s.id}`} className="hover:underline">
                      {format.number(s.kaderCount)}
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge active={s.active} activeLabel={t("common.active")} inactiveLabel={t("common.inactive")} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination path="/serikat" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
