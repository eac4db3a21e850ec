import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getImportBatch } from "@/lib/data/imports/batches";
import { parseId, plainParams } from "@/lib/search-params";
import { previewFilters } from "@/lib/validation/import";
import type { KaderInput } from "@/lib/validation/kader";
import { ImportBatchView } from "@/components/import/batch-view";
import { confirmImportAction, undoImportAction } from "../../../impor/actions";

export async function generateMetadata() {
  return { title: (await getTranslations("import.page"))("kaderTitle") };
}

export default async function KaderImportBatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("kader.write");
  const id = parseId((await params).id);
  const query = plainParams(await searchParams);
  const filters = previewFilters.parse(query);
  const found = id ? await getImportBatch(user, "KADER", id, { page: filters.page, only: filters.only }) : null;
  if (!found) notFound();
  const t = await getTranslations();
  return (
    <ImportBatchView
      found={found}
      path={`/kader/impor/${found.batch.id}`}
      query={query}
      only={filters.only}
      crumbs={[
        { href: "/kader", label: t("kader.title") },
        { href: "/kader/impor", label: t("import.page.kaderTitle") },
      ]}
      titleHeader={t("import.page.kader")}
      describe={(value) => {
        const v = value as KaderInput;
        return `${v.fullName} · ${t(`enums.position.${v.position}`)}`;
      }}
      commitAction={confirmImportAction.bind(null, "KADER", found.batch.id)}
      undoAction={undoImportAction.bind(null, "KADER", found.batch.id)}
      registry={{ href: "/kader", label: t("import.page.seeRegistry") }}
    />
  );
}
