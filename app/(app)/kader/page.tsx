import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listKader } from "@/lib/data/kader";
import { provinceOptions } from "@/lib/data/geo";
import { kabupatenFilter } from "../kabupaten-filter";
import { getSerikat } from "@/lib/data/serikat";
import { kaderFilters, kaderLinkOnly, KADER_POSITIONS, type KaderFilters } from "@/lib/validation/kader";
import type { ScopedUser } from "@/lib/authz/scope";
import { plainParams } from "@/lib/search-params";
import { ButtonLink, PageHeader, SecondaryLink, StatusBadge } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ExportLinks } from "@/components/ui/export-links";
import {
  EmptyState,
  FilterForm,
  filterInputClass,
  KabupatenFilter,
  ProvinceFilter,
  SelectFilter,
  StatusSelect,
} from "@/components/ui/list";
import { KeptFilters, rangeEnds, type KeptNote } from "@/components/ui/kept-filters";
import { SearchNotice } from "@/components/ui/search-notice";
import { SEARCH_MAX } from "@/lib/validation/common";

export async function generateMetadata() {
  return { title: (await getTranslations("kader"))("title") };
}

/** What the filters only links set mean, in words. */
async function keptNotes(user: ScopedUser, f: KaderFilters): Promise<KeptNote[]> {
  const [t, serikat, range] = await Promise.all([
    getTranslations("kader.linkFilters"),
    f.serikatId ? getSerikat(user, f.serikatId) : null,
    f.trained && (f.from || f.to) ? rangeEnds(f.from, f.to) : null,
  ]);
  const notes: KeptNote[] = [];
  if (f.serikatId) notes.push({ text: t("serikat", { name: serikat?.name ?? `#${f.serikatId}` }) });
  if (f.trained) notes.push({ text: t(f.trained), testId: "kept-trained" });
  if (range) notes.push({ text: t("trainingStarted", { range: range.range }) });
  return notes;
}

export default async function KaderListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("kader.read");
  const params = plainParams(await searchParams);
  const filters = kaderFilters.parse(params);
  const [t, format, result, provinces, kabupaten, notes] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listKader(user, filters),
    provinceOptions(user),
    kabupatenFilter(user, "/kader", params, filters.provinceId),
    keptNotes(user, filters),
  ]);
  return (
    <>
      <PageHeader
        title={t("kader.title")}
        subtitle={t("kader.subtitle", { count: format.number(result.total) })}
        actions={
          can(user, "kader.write") ? (
            <>
              <SecondaryLink href="/kader/impor">{t("import.page.open")}</SecondaryLink>
              <ButtonLink href="/kader/baru">{t("kader.new")}</ButtonLink>
            </>
          ) : null
        }
      />
      <FilterForm resetHref="/kader" className="grid-cols-2 sm:grid-cols-3 lg:grid-cols-6">
        <label className="col-span-2 sm:col-span-3 lg:col-span-2">
          {t("common.search")}
          <input
            name="q"
            maxLength={SEARCH_MAX}
            defaultValue={filters.q ?? ""}
            placeholder={t("kader.searchPlaceholder")}
            className={filterInputClass}
          />
        </label>
        <SearchNotice value={params.q} />
        <ProvinceFilter provinces={provinces} value={filters.provinceId} />
        <KabupatenFilter kabupaten={kabupaten.options} value={filters.kabupatenId} unknown={kabupaten.unknown} className="col-span-2" />
        <SelectFilter
          name="position"
          label={t("kader.position")}
          value={filters.position}
          options={[
            { value: "OFFICERS", label: t("kader.allOfficers") },
            ...KADER_POSITIONS.map((p) => ({ value: p, label: t(`enums.position.${p}`) })),
          ]}
        />
        <StatusSelect value={filters.status} />
        <KeptFilters path="/kader" params={params} kept={kaderLinkOnly(filters)} notes={notes} />
      </FilterForm>
      {can(user, "export.data") ? <ExportLinks links={[{ dataset: "kader" }]} params={params} /> : null}
      {result.rows.length === 0 ? (
        <EmptyState>{t("kader.empty")}</EmptyState>
      ) : (
        <div className="table-wrap rounded border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th className="px-3 py-2">{t("kader.fullName")}</th>
                <th className="hidden px-3 py-2 sm:table-cell">{t("kader.position")}</th>
                <th className="hidden px-3 py-2 sm:table-cell">{t("kader.desa")}</th>
                <th className="hidden px-3 py-2 md:table-cell">{t("wilayah.kabupaten")}</th>
                <th className="px-3 py-2">{t("common.status")}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((k) => (
                <tr key={k.id} className="border-t border-slate-100">
                  <td className="px-3 py-2">
                    <Link href={`/kader/${k.id}`} className="font-medium text-teal-800 hover:underline">
                      {k.fullName}
                    </Link>
                    <span className="block text-xs text-slate-500">{k.serikatName}</span>
                    {/* On a phone the other columns fold into this line. */}
                    <span className="block text-xs text-slate-500 sm:hidden">
                      {t(`enums.position.${k.position}`)} · {k.desaName}
                    </span>
                  </td>
                  <td className="hidden px-3 py-2 sm:table-cell">{t(`enums.position.${k.position}`)}</td>
                  <td className="hidden px-3 py-2 sm:table-cell">{k.desaName}</td>
                  <td className="hidden px-3 py-2 md:table-cell">
                    {k.kabupatenName}
                    <span className="block text-xs text-slate-500">{k.provinceName}</span>
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge active={k.active} activeLabel={t("common.active")} inactiveLabel={t("common.inactive")} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination path="/kader" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
