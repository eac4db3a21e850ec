import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { listImportBatches } from "@/lib/data/imports/batches";
import type { FormState } from "@/lib/forms/state";
import { MAX_FILE_BYTES } from "@/lib/import/errors";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { FileField } from "@/components/form/fields";
import { BatchList } from "./batch-list";

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
  const t = await getTranslations();
  return (
    <>
      <section className="mt-8">
        <div className="mb-2 flex max-w-3xl flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">{t("import.page.history")}</h2>
          <Link href="/impor" className="text-sm text-teal-800 underline">
            {t("import.page.mineLink")}
          </Link>
        </div>
        <BatchList batches={batches.map((b) => ({ ...b, kind: undefined, path: `${path}/${b.id}` }))} testId="import-history" />
      </section>
    </>
  );
}
