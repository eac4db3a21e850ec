import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getImportBatch } from "@/lib/data/imports/batches";
import { getPlan } from "@/lib/data/rktl/plans";
import { parseId, plainParams } from "@/lib/search-params";
import { previewFilters } from "@/lib/validation/import";
import type { TargetInput } from "@/lib/validation/rktl";
import { ImportBatchView } from "@/components/import/batch-view";
import { confirmImportAction, undoImportAction } from "../../../../impor/actions";
import { MONTH_FORMAT } from "../../../ui";

export async function generateMetadata() {
  return { title: (await getTranslations("import.page"))("rktlTitle") };
}

export default async function RktlTargetsImportBatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; batchId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("rktl.plan");
  const p = await params;
  const planId = parseId(p.id);
  const batchId = parseId(p.batchId);
  const plan = planId ? await getPlan(user, planId) : null;
  if (!plan || !batchId) notFound();
  const query = plainParams(await searchParams);
  const filters = previewFilters.parse(query);
  const found = await getImportBatch(user, "RKTL_TARGETS", batchId, { page: filters.page, only: filters.only, parentId: plan.id });
  if (!found) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const base = `/rktl/${plan.id}/impor`;
  return (
    <ImportBatchView
      found={found}
      path={`${base}/${found.batch.id}`}
      query={query}
      only={filters.only}
      crumbs={[
        { href: "/rktl", label: t("rktl.title") },
        { href: `/rktl/${plan.id}`, label: t("rktl.planTitle", { province: plan.province.name }) },
        { href: base, label: t("import.page.rktlTitle") },
      ]}
      titleHeader={t("import.page.target")}
      describe={(value) => {
        const v = value as TargetInput;
        return `${v.activity} · ${v.quantity} ${v.unit} · ${format.dateTime(new Date(v.plannedMonth), MONTH_FORMAT)}`;
      }}
      commitAction={confirmImportAction.bind(null, "RKTL_TARGETS", found.batch.id)}
      undoAction={undoImportAction.bind(null, "RKTL_TARGETS", found.batch.id)}
      registry={{ href: `/rktl/${plan.id}`, label: t("import.page.seePlan") }}
    />
  );
}
