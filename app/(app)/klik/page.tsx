import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listKlikSessions } from "@/lib/data/klik";
import { kabupatenFilter } from "../kabupaten-filter";
import { klikFilters } from "@/lib/validation/klik";
import { plainParams } from "@/lib/search-params";
import { ButtonLink, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { DateRangeFilter } from "@/components/ui/date-range-filter";
import { ExportLinks } from "@/components/ui/export-links";
import { EmptyState, FilterForm, filterInputClass, KabupatenFilter, YearFilter, yearsSince } from "@/components/ui/list";
import { DeskCounts } from "./desk-counts";

export async function generateMetadata() {
  return { title: (await getTranslations("klik"))("title") };
}

/** The program's first recorded year. */
const FIRST_YEAR = 2017;

export default async function KlikListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("klik.read");
  const params = plainParams(await searchParams);
  const filters = klikFilters.parse(params);
  const [t, format, result, kabupaten] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listKlikSessions(user, filters),
    kabupatenFilter(user, "/klik", params),
  ]);
  const years = yearsSince(FIRST_YEAR);
  return (
    <>
      <PageHeader
        title={t("klik.title")}
        subtitle={t("klik.subtitle", { count: format.number(result.total) })}
        actions={can(user, "klik.write") ? <ButtonLink href="/klik/baru">{t("klik.new")}</ButtonLink> : null}
      />
      <FilterForm resetHref="/klik" className="grid-cols-2 sm:grid-cols-4">
        <KabupatenFilter kabupaten={kabupaten.options} value={filters.kabupatenId} unknown={kabupaten.unknown} className="col-span-2" />
        <YearFilter label={t("klik.year")} value={filters.year} years={years} />
        <label>
          {t("klik.month")}
          <select name="month" defaultValue={filters.month ?? ""} className={filterInputClass}>
            <option value="">{t("common.all")}</option>
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {format.dateTime(new Date(Date.UTC(2000, i, 1)), { month: "long", timeZone: "UTC" })}
              </option>
            ))}
          </select>
        </label>
        <DateRangeFilter path="/klik" params={params} from={filters.from} to={filters.to} />
      </FilterForm>
      {can(user, "export.data") ? (
        <ExportLinks
          links={[{ dataset: "klik-sesi" }, { dataset: "klik-kasus", csvKey: "downloadCasesCsv", xlsxKey: "downloadCasesXlsx" }]}
          params={params}
        />
      ) : null}
      <section aria-labelledby="klik-summary" className="mb-4">
        <h2 id="klik-summary" className="mb-2 text-sm font-semibold text-slate-700">
          {t("klik.summaryTitle")}
        </h2>
        <DeskCounts counts={result.summary} size="lg" />
        <p className="mt-1 text-xs text-slate-500">{t(result.violenceByYear ? "klik.violenceYearOnlyNote" : "klik.suppressedNote")}</p>
      </section>
      {result.rows.length === 0 ? (
        <EmptyState>{t("klik.empty")}</EmptyState>
      ) : (
        <ul className="space-y-2" data-testid="klik-sessions">
          {result.rows.map((s) => (
            <li key={s.id} className="rounded border border-slate-200 bg-white p-3">
              <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                <Link href={`/klik/${s.id}`} className="font-medium text-teal-800 hover:underline">
                  {format.dateTime(s.heldOn, { dateStyle: "medium", timeZone: "UTC" })} · {s.desaName}
                </Link>
                <span className="text-xs text-slate-500">
                  {s.kabupatenName}, {s.provinceName}
                </span>
              </div>
              <p className="mb-2 truncate text-xs text-slate-600">
                {t("klik.officers")}: {s.officers}
              </p>
              <DeskCounts counts={s.counts} />
            </li>
          ))}
        </ul>
      )}
      <Pagination path="/klik" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
