import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listImportBatches } from "@/lib/data/imports/batches";
import { mayImportInto } from "@/lib/data/imports/kinds";
import { getKlikSession } from "@/lib/data/klik";
import { parseId } from "@/lib/search-params";
import { ImportStart } from "@/components/import/import-start";
import { uploadImportAction } from "../../../impor/actions";

export async function generateMetadata() {
  return { title: (await getTranslations("import.klik"))("title") };
}

/** The cases import of one KLIK session: only for those who may record cases in it. */
export default async function KlikCasesImportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("klik.write");
  const id = parseId((await params).id);
  const s = id && (await mayImportInto(user, "KLIK_CASES", id)) ? await getKlikSession(user, id) : null;
  if (!s) notFound();
  const [t, format, batches] = await Promise.all([getTranslations(), getFormatter(), listImportBatches(user, "KLIK_CASES", s.id)]);
  const date = format.dateTime(s.heldOn, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <ImportStart
      path={`/klik/${s.id}/impor`}
      title={t("import.klik.title")}
      subtitle={t("import.klik.subtitle")}
      templateHint={t("import.klik.templateHint")}
      crumbs={[
        { href: "/klik", label: t("klik.title") },
        { href: `/klik/${s.id}`, label: t("klik.sessionTitle", { desa: s.desa.name, date }) },
      ]}
      uploadAction={uploadImportAction.bind(null, "KLIK_CASES", s.id)}
      batches={batches}
    />
  );
}
