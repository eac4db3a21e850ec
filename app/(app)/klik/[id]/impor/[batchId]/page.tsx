import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getImportBatch } from "@/lib/data/imports/batches";
import { getKlikSession } from "@/lib/data/klik";
import type { KlikCaseImport } from "@/lib/import/sheets/klik-cases";
import { parseId, plainParams } from "@/lib/search-params";
import { previewFilters } from "@/lib/validation/import";
import { ImportBatchView } from "@/components/import/batch-view";
import { confirmImportAction, undoImportAction } from "../../../../impor/actions";

export async function generateMetadata() {
  return { title: (await getTranslations("import.klik"))("title") };
}

/** One cases import of a session: found only under its own session, and only by the user who made it. */
export default async function KlikCasesImportBatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; batchId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("klik.write");
  const p = await params;
  const [sessionId, id] = [parseId(p.id), parseId(p.batchId)];
  const query = plainParams(await searchParams);
  const filters = previewFilters.parse(query);
  const s = sessionId ? await getKlikSession(user, sessionId) : null;
  const found = s && id ? await getImportBatch(user, "KLIK_CASES", id, { page: filters.page, only: filters.only, parentId: s.id }) : null;
  if (!s || !found) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const date = format.dateTime(s.heldOn, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <ImportBatchView
      found={found}
      path={`/klik/${s.id}/impor/${found.batch.id}`}
      query={query}
      only={filters.only}
      crumbs={[
        { href: "/klik", label: t("klik.title") },
        { href: `/klik/${s.id}`, label: t("klik.sessionTitle", { desa: s.desa.name, date }) },
        { href: `/klik/${s.id}/impor`, label: t("import.klik.title") },
      ]}
      titleHeader={t("import.klik.rowTitle")}
      describe={(value) => {
        const v = value as KlikCaseImport;
        return `${v.personName} · ${t(`klik.deskName.${v.desk}`)} · ${t(`klik.issueTypeName.${v.issueType}` as never)} · ${t(`klik.caseStatus.${v.status}`)}`;
      }}
      commitAction={confirmImportAction.bind(null, "KLIK_CASES", found.batch.id)}
      undoAction={undoImportAction.bind(null, "KLIK_CASES", found.batch.id)}
      registry={{ href: `/klik/${s.id}`, label: t("import.klik.seeSession") }}
      undoHint={t("import.klik.undoHint")}
    />
  );
}
