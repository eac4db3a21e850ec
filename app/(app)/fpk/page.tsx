import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listFpkMeetings } from "@/lib/data/fpk";
import { kabupatenFilter } from "../kabupaten-filter";
import { fpkFilters } from "@/lib/validation/fpk";
import { plainParams } from "@/lib/search-params";
import { ButtonLink, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ExportLinks } from "@/components/ui/export-links";
import { DateRangeFilter } from "@/components/ui/date-range-filter";
import { EmptyState, FilterForm, KabupatenFilter, YearFilter, yearsSince } from "@/components/ui/list";
import { rupiahFormatter } from "./format";

export async function generateMetadata() {
  return { title: (await getTranslations("fpk"))("title") };
}

/** The program's first recorded year. */
const FIRST_YEAR = 2017;

export default async function FpkListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("fpk.read");
  const params = plainParams(await searchParams);
  const filters = fpkFilters.parse(params);
  const [t, format, rupiah, result, kabupaten] = await Promise.all([
    getTranslations(),
    getFormatter(),
    rupiahFormatter(),
    listFpkMeetings(user, filters),
    kabupatenFilter(user, "/fpk", params),
  ]);
  const years = yearsSince(FIRST_YEAR);
  return (
    <>
      <PageHeader
        title={t("fpk.title")}
        subtitle={t("fpk.subtitle", { count: format.number(result.total) })}
        actions={can(user, "fpk.write") ? <ButtonLink href="/fpk/baru">{t("fpk.new")}</ButtonLink> : null}
      />
      <FilterForm resetHref="/fpk" className="grid-cols-2 sm:grid-cols-3">
        <KabupatenFilter
          kabupaten={kabupaten.options}
          value={filters.kabupatenId}
          unknown={kabupaten.unknown}
          className="col-span-2 sm:col-span-1"
        />
        <YearFilter label={t("fpk.year")} value={filters.year} years={years} />
        <DateRangeFilter path="/fpk" params={params} from={filters.from} to={filters.to} />
      </FilterForm>
      {can(user, "export.data") ? <ExportLinks links={[{ dataset: "fpk" }]} params={params} /> : null}
      {result.rows.length === 0 ? (
        <EmptyState>{t("fpk.empty")}</EmptyState>
      ) : (
        <ul className="space-y-2" data-testid="fpk-meetings">
          {result.rows.map((m) => (
            <li key={m.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                <Link href={`/fpk/${m.id}`} className="font-medium text-teal-800 hover:underline">
                  {format.dateTime(m.heldOn, { dateStyle: "medium", timeZone: "UTC" })} · {m.kabupatenName}
                </Link>
                <span className="text-xs text-slate-500">{m.provinceName}</span>
              </div>
              <p className="line-clamp-2 text-slate-700">{m.agenda}</p>
              <p className="text-xs text-slate-600">
                {t("fpk.participantsSummary", { institutions: format.number(m.institutions), people: format.number(m.people) })}
                {m.budgetAmount != null ? ` · ${t("fpk.budget")}: ${rupiah(m.budgetAmount)}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination path="/fpk" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
