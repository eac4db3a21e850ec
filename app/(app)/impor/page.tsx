import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { listMyImports } from "@/lib/data/imports/batches";
import { importKindsFor } from "@/lib/data/imports/kinds";
import { PageHeader } from "@/components/ui/page-header";
import { BatchList } from "@/components/import/batch-list";

export async function generateMetadata() {
  return { title: (await getTranslations("import.page"))("mineTitle") };
}

/** Every import of hers, of every kind she may import, each linking to its page. */
export default async function MyImportsPage() {
  const user = await requireUser();
  if (importKindsFor(user).length === 0) notFound();
  const [t, batches] = await Promise.all([getTranslations(), listMyImports(user)]);
  return (
    <>
      <PageHeader title={t("import.page.mineTitle")} subtitle={t("import.page.mineSubtitle")} />
      <BatchList batches={batches} testId="my-imports" />
    </>
  );
}
