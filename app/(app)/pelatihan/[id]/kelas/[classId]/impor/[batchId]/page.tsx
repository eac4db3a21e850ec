import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getImportBatch } from "@/lib/data/imports/batches";
import { getClassForImport } from "@/lib/data/training/participants";
import type { ParticipantRow } from "@/lib/import/sheets/participants";
import { parseId, plainParams } from "@/lib/search-params";
import { previewFilters } from "@/lib/validation/import";
import { ImportBatchView } from "@/components/import/batch-view";
import { confirmImportAction, undoImportAction } from "../../../../../../impor/actions";

export async function generateMetadata() {
  return { title: (await getTranslations("import.page"))("open") };
}

export default async function ParticipantsImportBatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; classId: string; batchId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("training.write");
  const p = await params;
  const trainingId = parseId(p.id);
  const classId = parseId(p.classId);
  const batchId = parseId(p.batchId);
  const cls = trainingId && classId && batchId ? await getClassForImport(user, trainingId, classId) : null;
  if (!cls || !batchId) notFound();
  const query = plainParams(await searchParams);
  const filters = previewFilters.parse(query);
  const found = await getImportBatch(user, "PARTICIPANTS", batchId, { page: filters.page, only: filters.only, parentId: cls.id });
  if (!found) notFound();
  const t = await getTranslations();
  const classPath = `/pelatihan/${cls.training.id}/kelas/${cls.id}`;
  return (
    <ImportBatchView
      found={found}
      path={`${classPath}/impor/${found.batch.id}`}
      query={query}
      only={filters.only}
      crumbs={[
        { href: `/pelatihan/${cls.training.id}`, label: cls.training.title },
        { href: classPath, label: t("training.classTitle", { name: cls.name }) },
        { href: `${classPath}/impor`, label: t("import.page.open") },
      ]}
      titleHeader={t("import.participants.rowTitle")}
      describe={(value) => {
        const v = value as ParticipantRow;
        const present = Object.values(v.attendance ?? {}).filter(Boolean).length;
        return v.role
          ? t("import.participants.describe", { name: v.kaderName, role: t(`enums.participationRole.${v.role}`), present })
          : t("import.participants.describeNoRole", { name: v.kaderName, present });
      }}
      commitAction={confirmImportAction.bind(null, "PARTICIPANTS", found.batch.id)}
      undoAction={undoImportAction.bind(null, "PARTICIPANTS", found.batch.id)}
      registry={{ href: classPath, label: t("import.participants.seeClass") }}
      undoHint={t("import.participants.undoHint")}
    />
  );
}
