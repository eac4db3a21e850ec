import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listImportBatches } from "@/lib/data/imports/batches";
import { ImportStart } from "@/components/import/import-start";
import { uploadImportAction } from "../../impor/actions";

export async function generateMetadata() {
  return { title: (await getTranslations("import.page"))("kaderTitle") };
}

export default async function KaderImportPage() {
  const user = await requirePermission("kader.write");
  const [t, batches] = await Promise.all([getTranslations(), listImportBatches(user, "KADER")]);
  return (
    <ImportStart
      path="/kader/impor"
      title={t("import.page.kaderTitle")}
      subtitle={t("import.page.kaderSubtitle")}
      templateHint={t("import.page.step1Hint")}
      crumbs={[{ href: "/kader", label: t("kader.title") }]}
      uploadAction={uploadImportAction.bind(null, "KADER", null)}
      batches={batches}
    />
  );
}
