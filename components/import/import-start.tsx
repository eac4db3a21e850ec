import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { listImportBatches } from "@/lib/data/imports/batches";
import type { ImportCounts } from "@/lib/data/imports/types";
import type { FormState } from "@/lib/forms/state";
import { MAX_FILE_BYTES } from "@/lib/import/errors";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { FileField } from "@/components/form/fields";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * An import's start page, for any kind: the template (XLSX, CSV) from
 * `${path}/templat`, the upload, and the user's earlier imports at `${path}/{id}`.
 */
export async function ImportStart({
  path,
  title,
  subtitle,
  templateHint,
  crumbs,
  uploadAction,
  batches,
  closed,
  children,
}: {
  path: string;
  title: string;
  subtitle: string;
  /** What the template holds besides the headers (choices, codes of the user's area). */
  templateHint: string;
  crumbs: { href: string; label: string }[];
  uploadAction: Action;
  batches: Awaited<ReturnType<typeof listImportBatches>>;
  /** Why nothing can be imported here now (e.g. the plan was submitted): said instead of the template and upload. */
  closed?: string;
  /** How to fill this kind's sheet, under the upload. */
  children?: React.ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} subtitle={subtitle} crumbs={crumbs} />
      {closed ? (
        <p role="status" className="max-w-xl rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          {closed}
        </p>
      ) : (
        <Steps path={path} templateHint={templateHint} uploadAction={uploadAction} />
      )}
      {children}
      <History path={path} batches={batches} />
    </>
  );
}

async function Steps({ path, templateHint, uploadAction }: { path: string; templateHint: string; uploadAction: Action }) {
  const t = await getTranslations();
  const mb = Math.round(MAX_FILE_BYTES / (1024 * 1024));
  return (
    <>
      <section className="max-w-xl space-y-2">
        <h2 className="text-lg font-semibold">{t("import.page.step1")}</h2>
        <p className="text-sm text-slate-600">{templateHint}</p>
        <p className="flex flex-wrap gap-2">
          <a href={`${path}/templat?format=xlsx`} className="rounded border border-slate-300 bg-white px-4 py-2 text-sm" download>
            {t("import.page.templateXlsx")}
          </a>
          <a href={`${path}/templat?format=csv`} className="rounded border border-slate-300 bg-white px-4 py-2 text-sm" download>
            {t("import.page.templateCsv")}
          </a>
        </p>
      </section>
      <section className="mt-6 max-w-xl">
        <h2 className="mb-2 text-lg font-semibold">{t("import.page.step2")}</h2>
        <ActionForm action={uploadAction}>
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
    </>
  );
}

async function History({ path, batches }: { path: string; batches: Awaited<ReturnType<typeof listImportBatches>> }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <>
      <section className="mt-8">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">{t("import.page.history")}</h2>
          <Link href="/impor" className="text-sm text-teal-800 underline">
            {t("import.page.mineLink")}
          </Link>
        </div>
        {batches.length === 0 ? (
          <p className="text-sm text-slate-600">{t("import.page.noHistory")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white text-sm" data-testid="import-history">
            {batches.map((b) => {
              const c = b.counts as Partial<ImportCounts>;
              const rows = Object.values({ ...c, written: 0, skipped: 0 }).reduce((a, n) => a + (n ?? 0), 0);
              return (
                <li key={b.id} className="px-3 py-2">
                  <Link href={`${path}/${b.id}`} className="font-medium break-all text-teal-800 hover:underline">
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
