import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listPolicies } from "@/lib/data/policy";
import { provinceOptions } from "@/lib/data/geo";
import { kabupatenFilter } from "../kabupaten-filter";
import { POLICY_LEVELS, POLICY_STATUSES, POLICY_TYPES } from "@/lib/domain/policy-status";
import { policyFilters, policyLinkOnly, POLICY_TOPICS } from "@/lib/validation/policy";
import { WRITTEN_TYPES } from "@/lib/domain/policy-dashboard";
import { plainParams } from "@/lib/search-params";
import { ButtonLink, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ExportLinks } from "@/components/ui/export-links";
import { EmptyState, FilterForm, KabupatenFilter, ProvinceFilter, SelectFilter } from "@/components/ui/list";
import { KeptFilters, rangeEnds, type KeptNote } from "@/components/ui/kept-filters";
import { PolicyStatusBadge } from "./status-badge";

export async function generateMetadata() {
  return { title: (await getTranslations("policy"))("title") };
}

export default async function PolicyListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("policy.read");
  const params = plainParams(await searchParams);
  const filters = policyFilters.parse(params);
  const [t, format, result, provinces, kabupaten, enacted] = await Promise.all([
    getTranslations("policy"),
    getFormatter(),
    listPolicies(user, filters),
    provinceOptions(user),
    kabupatenFilter(user, "/kebijakan", params, filters.provinceId),
    filters.enactedFrom || filters.enactedTo ? rangeEnds(filters.enactedFrom, filters.enactedTo) : null,
  ]);
  // What the filters only the dashboards set mean, in words.
  const notes: KeptNote[] = [
    ...(filters.written
      ? [{ text: t("linkFilters.written", { types: WRITTEN_TYPES.map((w) => t(`types.${w}`)).join(", ") }), testId: "kept-written" }]
      : []),
    ...(filters.programArea ? [{ text: t("linkFilters.programArea") }] : []),
    ...(enacted ? [{ text: t("linkFilters.enacted", { range: enacted.range }) }] : []),
  ];
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle", { count: format.number(result.total) })}
        actions={can(user, "policy.write") ? <ButtonLink href="/kebijakan/baru">{t("new")}</ButtonLink> : null}
      />
      <FilterForm resetHref="/kebijakan" className="grid-cols-2 sm:grid-cols-3 lg:grid-cols-6">
        <SelectFilter
          name="status"
          label={t("status")}
          value={filters.status}
          options={POLICY_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
        <SelectFilter
          name="type"
          label={t("type")}
          value={filters.type}
          options={POLICY_TYPES.map((s) => ({ value: s, label: t(`types.${s}`) }))}
        />
        <SelectFilter
          name="level"
          label={t("level")}
          value={filters.level}
          options={POLICY_LEVELS.map((s) => ({ value: s, label: t(`levels.${s}`) }))}
        />
        <SelectFilter
          name="topic"
          label={t("topic")}
          value={filters.topic}
          options={POLICY_TOPICS.map((s) => ({ value: s, label: t(`topics.${s}`) }))}
        />
        <ProvinceFilter provinces={provinces} value={filters.provinceId} />
        <KabupatenFilter kabupaten={kabupaten.options} value={filters.kabupatenId} unknown={kabupaten.unknown} className="col-span-2" />
        <KeptFilters path="/kebijakan" params={params} kept={policyLinkOnly(filters)} notes={notes} />
      </FilterForm>
      {can(user, "export.data") ? <ExportLinks links={[{ dataset: "kebijakan" }]} params={params} /> : null}
      {result.rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white" data-testid="policy-list">
          {result.rows.map((p) => (
            <li key={p.id} className="p-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <Link href={`/kebijakan/${p.id}`} className="font-medium text-teal-800 hover:underline">
                  {p.title}
                </Link>
                <PolicyStatusBadge status={p.status} label={t(`statuses.${p.status}`)} />
              </div>
              <p className="mt-1 text-xs text-slate-600">
                {t(`types.${p.type}`)} · {t(`topics.${p.topic}`)} · {p.desaName ? `${p.desaName}, ` : ""}
                {p.kabupatenName}, {p.provinceName}
              </p>
              {p.status === "ENACTED" && p.number && p.enactedOn ? (
                <p className="mt-0.5 text-xs text-slate-600">
                  {t("enactedLine", { number: p.number, date: format.dateTime(p.enactedOn, { dateStyle: "medium", timeZone: "UTC" }) })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination path="/kebijakan" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
