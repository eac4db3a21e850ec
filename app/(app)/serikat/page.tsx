import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listSerikat } from "@/lib/data/serikat";
import { kabupatenOptions, provinceOptions } from "@/lib/data/geo";
import { serikatFilters } from "@/lib/validation/serikat";
import { plainParams } from "@/lib/search-params";
import { ExportLinks } from "@/components/ui/export-links";
import { ButtonLink, PageHeader, StatusBadge } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState, FilterForm, filterInputClass, KabupatenFilter, ProvinceFilter, StatusSelect } from "@/components/ui/list";
import { SearchNotice } from "@/components/ui/search-notice";
import { SEARCH_MAX } from "@/lib/validation/common";

export async function generateMetadata() {
  return { title: (await getTranslations("serikat"))("title") };
}

export default async function SerikatListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("serikat.read");
  const params = plainParams(await searchParams);
  const filters = serikatFilters.parse(params);
  const [t, format, result, provinces, kabupaten] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listSerikat(user, filters),
    provinceOptions(user),
    kabupatenOptions(user, filters.provinceId),
  ]);
  const membersDay = result.membersOn
    ? format.dateTime(new Date(`${result.membersOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })
    : null;
  const membersHeader = membersDay ? t("serikat.membersAt", { day: membersDay }) : t("serikat.membersLatest");
  return (
    <>
      <PageHeader
        title={t("serikat.title")}
        subtitle={t("serikat.subtitle", { count: format.number(result.total) })}
        actions={can(user, "serikat.write") ? <ButtonLink href="/serikat/baru">{t("serikat.new")}</ButtonLink> : null}
      />
      <FilterForm resetHref="/serikat" className="grid-cols-2 sm:grid-cols-4 lg:grid-cols-6">
        <label className="col-span-2">
          {t("common.search")}
          <input name="q" maxLength={SEARCH_MAX} defaultValue={filters.q ?? ""} className={filterInputClass} />
        </label>
        <SearchNotice value={params.q} />
        <ProvinceFilter provinces={provinces} value={filters.provinceId} />
        <KabupatenFilter kabupaten={kabupaten} value={filters.kabupatenId} />
        <StatusSelect value={filters.status} />
        <label>
          {t("serikat.membersOn")}
          <input type="date" name="membersOn" defaultValue={filters.membersOn ?? ""} className={filterInputClass} />
        </label>
      </FilterForm>
      <p className="mb-3 text-sm" data-testid="members-summary">
        {t("serikat.membersSummary", {
          day: membersDay ?? "",
          hasDay: membersDay ? "yes" : "no",
          members: format.number(result.members.members),
          serikat: format.number(result.total),
          notRecorded: result.members.notRecorded,
        })}
      </p>
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
                <th className="px-3 py-2 text-right" data-testid="members-header">
                  {membersHeader}
                </th>
                <th className="hidden px-3 py-2 sm:table-cell">{t("common.status")}</th>
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
                    {/* On a phone the status folds in here, leaving room for the numbers. */}
                    <span className="mt-1 block sm:hidden">
                      <StatusBadge active={s.active} activeLabel={t("common.active")} inactiveLabel={t("common.inactive")} />
                    </span>
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
                  <td className="px-3 py-2 text-right" data-members={s.members?.memberCount ?? ""}>
                    {s.members ? (
                      <>
                        {format.number(s.members.memberCount)}
                        <span className="block text-xs text-slate-500">
                          {format.dateTime(s.members.recordedOn, { dateStyle: "medium", timeZone: "UTC" })}
                        </span>
                      </>
                    ) : (
                      <span className="text-xs text-slate-500">{t("serikat.notRecorded")}</span>
                    )}
                  </td>
                  <td className="hidden px-3 py-2 sm:table-cell">
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
