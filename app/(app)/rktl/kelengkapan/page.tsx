import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { reportingCompleteness } from "@/lib/data/rktl/completeness";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/components/ui/export-links";
import { CompletenessTable } from "@/components/rktl/completeness-table";

export async function generateMetadata() {
  return { title: (await getTranslations("rktl.completeness"))("title") };
}

/** Provinces × months of the current windows, on time / late / missing (lib/data/rktl/completeness.ts). */
export default async function CompletenessPage() {
  const user = await requirePermission("dashboard.national");
  const [t, format, table] = await Promise.all([getTranslations(), getFormatter(), reportingCompleteness(user)]);
  const month = (d: Date) => format.dateTime(d, { month: "short", year: "numeric", timeZone: "UTC" });
  return (
    <>
      <PageHeader
        title={t("rktl.completeness.title")}
        subtitle={t("rktl.completeness.intro")}
        crumbs={[{ href: "/rktl", label: t("rktl.title") }]}
      />
      {table.months.length === 0 ? (
        <p className="text-slate-700">{t("rktl.completeness.noWindows")}</p>
      ) : (
        <>
          {can(user, "export.data") ? <ExportLinks links={[{ dataset: "rktl-kelengkapan" }]} params={{}} hint="tableHint" /> : null}
          <CompletenessTable table={table} monthLabel={table.months.map(month)} />
        </>
      )}
    </>
  );
}
