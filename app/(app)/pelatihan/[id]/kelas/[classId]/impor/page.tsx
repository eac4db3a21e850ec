import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listImportBatches } from "@/lib/data/imports/batches";
import { getClassForImport } from "@/lib/data/training/participants";
import { parseId } from "@/lib/search-params";
import { ImportStart } from "@/components/import/import-start";
import { uploadImportAction } from "../../../../../impor/actions";

export async function generateMetadata() {
  return { title: (await getTranslations("import.page"))("open") };
}

export default async function ParticipantsImportPage({ params }: { params: Promise<{ id: string; classId: string }> }) {
  const user = await requirePermission("training.write");
  const p = await params;
  const trainingId = parseId(p.id);
  const classId = parseId(p.classId);
  const cls = trainingId && classId ? await getClassForImport(user, trainingId, classId) : null;
  if (!cls) notFound();
  const [t, format, batches] = await Promise.all([getTranslations(), getFormatter(), listImportBatches(user, "PARTICIPANTS", cls.id)]);
  const classPath = `/pelatihan/${cls.training.id}/kelas/${cls.id}`;
  const days = cls.days.map((d) => format.dateTime(d, { day: "numeric", month: "short", timeZone: "UTC" })).join(", ");
  return (
    <ImportStart
      path={`${classPath}/impor`}
      title={t("import.participants.title", { name: cls.name })}
      subtitle={t("import.participants.subtitle")}
      templateHint={t("import.participants.templateHint", { days })}
      crumbs={[
        { href: "/pelatihan", label: t("training.title") },
        { href: `/pelatihan/${cls.training.id}`, label: cls.training.title },
        { href: classPath, label: t("training.classTitle", { name: cls.name }) },
      ]}
      uploadAction={uploadImportAction.bind(null, "PARTICIPANTS", cls.id)}
      batches={batches}
    >
      <p className="mt-4 max-w-xl text-sm text-slate-600">{t("import.participants.help")}</p>
    </ImportStart>
  );
}
