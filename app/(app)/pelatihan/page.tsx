import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listTrainings, trainingYears } from "@/lib/data/training/list";
import { trainingFilters, trainingLinkOnly, TRAINING_LEVELS, type TrainingFilters } from "@/lib/validation/training";
import { kabupatenOptions, provinceOptions } from "@/lib/data/geo";
import type { ScopedUser } from "@/lib/authz/scope";
import { plainParams } from "@/lib/search-params";
import { ExportLinks } from "@/components/ui/export-links";
import { ButtonLink, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState, FilterForm, SelectFilter, YearFilter } from "@/components/ui/list";
import { KeptFilters, rangeEnds, type KeptNote } from "@/components/ui/kept-filters";

export async function generateMetadata() {
  return { title: (await getTranslations("training"))("title") };
}

/** What the filters only the dashboards set mean, in words (area names from the user's own options: out of scope finds no name). */
async function keptNotes(user: ScopedUser, f: TrainingFilters): Promise<KeptNote[]> {
  const [t, provinces, kabupaten, range] = await Promise.all([
    getTranslations("training.linkFilters"),
    f.provinceId ? provinceOptions(user) : [],
    f.kabupatenId ? kabupatenOptions(user, f.provinceId) : [],
    f.from || f.to ? rangeEnds(f.from, f.to) : null,
  ]);
  const notes: KeptNote[] = [];
  if (f.provinceId) notes.push({ text: t("province", { name: provinces.find((p) => p.id === f.provinceId)?.name ?? `#${f.provinceId}` }) });
  if (f.kabupatenId)
    notes.push({ text: t("kabupaten", { name: kabupaten.find((k) => k.id === f.kabupatenId)?.label ?? `#${f.kabupatenId}` }) });
  if (f.retraining) notes.push({ text: t("retraining"), testId: "kept-retraining" });
  if (range) notes.push({ text: t("started", { range: range.range }) });
  return notes;
}

export default async function TrainingListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("training.read");
  const params = plainParams(await searchParams);
  const filters = trainingFilters.parse(params);
  const [t, format, result, years, notes] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listTrainings(user, filters),
    trainingYears(user),
    keptNotes(user, filters),
  ]);
  const dateRange = (a: Date, b: Date) => format.dateTimeRange(a, b, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <PageHeader
        title={t("training.title")}
        subtitle={t("training.subtitle", { count: format.number(result.total) })}
        actions={can(user, "training.write") ? <ButtonLink href="/pelatihan/baru">{t("training.new")}</ButtonLink> : null}
      />
      <FilterForm resetHref="/pelatihan" className="grid-cols-2 sm:grid-cols-4">
        <SelectFilter
          name="level"
          label={t("training.levelLabel")}
          value={filters.level}
          options={TRAINING_LEVELS.map((l) => ({ value: l, label: t(`training.level.${l}`) }))}
        />
        <YearFilter label={t("training.year")} value={filters.year} years={years} />
        <KeptFilters path="/pelatihan" params={params} kept={trainingLinkOnly(filters)} notes={notes} />
      </FilterForm>
      {can(user, "export.data") ? <ExportLinks links={[{ dataset: "pelatihan" }]} params={params} /> : null}
      {result.rows.length === 0 ? (
        <EmptyState>{t("training.empty")}</EmptyState>
      ) : (
        <div className="table-wrap rounded border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th className="px-3 py-2">{t("training.titleField")}</th>
                <th className="hidden px-3 py-2 sm:table-cell">{t("training.levelLabel")}</th>
                <th className="hidden px-3 py-2 sm:table-cell">{t("training.dates")}</th>
                <th className="hidden px-3 py-2 md:table-cell">{t("training.place")}</th>
                <th className="hidden px-3 py-2 md:table-cell">{t("training.area")}</th>
                <th className="px-3 py-2 text-right">{t("training.participants")}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => {
                const area = r.kabupatenName ? `${r.kabupatenName}, ${r.provinceName}` : (r.provinceName ?? t("common.national"));
                return (
                  <tr key={r.id} className="border-t border-slate-100">
                    <td className="px-3 py-2">
                      <Link href={`/pelatihan/${r.id}`} className="font-medium text-teal-800 hover:underline">
                        {r.title}
                      </Link>
                      {/* On a phone the other columns fold into these lines. */}
                      <span className="block text-xs text-slate-500 sm:hidden">
                        {t(`training.level.${r.level}`)} · {dateRange(r.startDate, r.endDate)}
                      </span>
                      <span className="block text-xs text-slate-500 md:hidden">{area}</span>
                    </td>
                    <td className="hidden px-3 py-2 sm:table-cell">{t(`training.level.${r.level}`)}</td>
                    <td className="hidden px-3 py-2 sm:table-cell">{dateRange(r.startDate, r.endDate)}</td>
                    <td className="hidden px-3 py-2 md:table-cell">{r.place}</td>
                    <td className="hidden px-3 py-2 md:table-cell">{area}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{format.number(r.participants)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination path="/pelatihan" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
