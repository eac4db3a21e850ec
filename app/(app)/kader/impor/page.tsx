import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listImportBatches } from "@/lib/data/imports/batches";
import { MAX_FILE_BYTES } from "@/lib/import/errors";
import type { ImportCounts } from "@/lib/data/imports/types";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { FileField } from "@/components/form/fields";
import { uploadKaderImportAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("import.page"))("kaderTitle") };
}

export default async function KaderImportPage() {
  const user = await requirePermission("kader.write");
  const [t, format, batches] = await Promise.all([getTranslations(), getFormatter(), listImportBatches(user, "KADER")]);
  const mb = Math.round(MAX_FILE_BYTES / (1024 * 1024));
  return (
    <>
      <PageHeader
        title={t("import.page.kaderTitle")}
        subtitle={t("import.page.kaderSubtitle")}
        crumbs={[{ href: "/kader", label: t("kader.title") }]}
      />
      <section className="max-w-xl space-y-2">
        <h2 className="text-lg font-semibold">{t("import.page.step1")}</h2>
        <p className="text-sm text-slate-600">{t("import.page.step1Hint")}</p>
        <p className="flex flex-wrap gap-2">
          <a href="/kader/impor/templat?format=xlsx" className="rounded border border-slate-300 bg-white px-4 py-2 text-sm" download>
            {t("import.page.templateXlsx")}
          </a>
          <a href="/kader/impor/templat?format=csv" className="rounded border border-slate-300 bg-white px-4 py-2 text-sm" download>
            {t("import.page.templateCsv")}
          </a>
        </p>
      </section>
      <section className="mt-6 max-w-xl">
        <h2 className="mb-2 text-lg font-semibold">{t("import.page.step2")}</h2>
        <ActionForm action={uploadKaderImportAction}>
          <FileField
            name="file"
            label={t("import.page.file")}
            hint={t("import.page.fileHint", { mb })}
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            maxBytes={MAX_FILE_BYTES}
            tooLargeMessage={t("import.page.fileTooLarge")}
          />
          <SubmitButton label={t("import.page.upload")} pendingLabel={t("import.page.uploading")} />
        </ActionForm>
      </section>
      <section className="mt-8">
        <h2 className="mb-2 text-lg font-semibold">{t("import.page.history")}</h2>
        {batches.length === 0 ? (
          <p className="text-sm text-slate-600">{t("import.page.noHistory")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white text-sm" data-testid="import-history">
            {batches.map((b) => {
              const c = b.counts as Partial<ImportCounts>;
              const rows = Object.values({ ...c, written: 0, skipped: 0 }).reduce((a, n) => a + (n ?? 0), 0);
              return (
                <li key={b.id} className="px-3 py-2">
                  <Link href={`/kader/impor/${b.id}`} className="font-medium break-all text-teal-800 hover:underline">
                    {b.fileName}
                  </Link>
                  <span className="block text-xs text-slate-600">
                    {format.dateTime(b.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {t(`import.page.status.${b.status}`)}
                    {rows ? ` · ${t("import.page.rowsInFile", { count: rows })}` : null}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
