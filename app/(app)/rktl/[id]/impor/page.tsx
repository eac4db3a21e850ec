import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listImportBatches } from "@/lib/data/imports/batches";
import { getPlan } from "@/lib/data/rktl/plans";
import { parseId } from "@/lib/search-params";
import { ImportStart } from "@/components/import/import-start";
import { uploadImportAction } from "../../../impor/actions";

export async function generateMetadata() {
  return { title: (await getTranslations("import.page"))("rktlTitle") };
}

export default async function RktlTargetsImportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("rktl.plan");
  const id = parseId((await params).id);
  const plan = id ? await getPlan(user, id) : null;
  if (!plan) notFound();
  const [t, batches] = await Promise.all([getTranslations(), listImportBatches(user, "RKTL_TARGETS", plan.id)]);
  return (
    <ImportStart
      path={`/rktl/${plan.id}/impor`}
      title={t("import.page.rktlTitle")}
      subtitle={t("import.page.rktlSubtitle", { province: plan.province.name })}
      templateHint={t("import.page.rktlTemplateHint")}
      crumbs={[
        { href: "/rktl", label: t("rktl.title") },
        { href: `/rktl/${plan.id}`, label: t("rktl.planTitle", { province: plan.province.name }) },
      ]}
      uploadAction={uploadImportAction.bind(null, "RKTL_TARGETS", plan.id)}
      batches={batches}
      closed={plan.status === "DRAFT" ? undefined : t("rktl.validation.targetsFixed")}
    />
  );
}
