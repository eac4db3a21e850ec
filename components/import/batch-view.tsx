import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ImportCounts } from "@/lib/data/imports/types";
import type { getImportBatch } from "@/lib/data/imports/batches";
import type { ImportOutcome } from "@/lib/generated/prisma/enums";
import type { FormState } from "@/lib/forms/state";
import { withParams } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { CheckboxField } from "@/components/form/fields";
import { JobProgress } from "./job-progress";
import { PreviewRows, type PreviewRowView } from "./preview-rows";

const OUTCOMES: ImportOutcome[] = ["ERROR", "CREATE", "UPDATE", "UNCHANGED", "DUPLICATE"];

type Found = NonNullable<Awaited<ReturnType<typeof getImportBatch>>>;
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * One import's page, for any kind: while a job checks or writes it, the
 * progress; once checked, the counts by outcome (each a filter), the rows with
 * their reasons and the confirmation; once saved, the result and the undo.
 */
export async function ImportBatchView({
  found,
  path,
  query,
  only,
  crumbs,
  titleHeader,
  describe,
  commitAction,
  undoAction,
  registry,
  undoHint,
}: {
  found: Found;
  /** The batch page's own path. */
  path: string;
  query: Record<string, string>;
  only?: ImportOutcome;
  crumbs: { href: string; label: string }[];
  /** The rows' title column (e.g. "Kader"), and each row's title from its saved value. */
  titleHeader: string;
  describe: (value: unknown) => string;
  commitAction: Action;
  undoAction: Action;
  /** Where the imported records are listed. */
  registry: { href: string; label: string };
  /** What the undo does, in the kind's words (the kader import's by default). */
  undoHint?: string;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const { batch, rows, total, page, pageCount, earlier } = found;
  const counts = batch.counts as Partial<ImportCounts>;
  const n = (o: ImportOutcome) => counts[o] ?? 0;
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const views: PreviewRowView[] = rows.map((r) => {
    const data = r.data as { value?: unknown; label?: string | null } | null;
    return {
      rowNumber: r.rowNumber,
      outcome: r.outcome,
      title: data?.value ? describe(data.value) : undefined,
      matchLabel: r.outcome === "UPDATE" || r.outcome === "UNCHANGED" || (r.outcome === "DUPLICATE" && !r.sameAsRow) ? data?.label : null,
      sameAsRow: r.sameAsRow,
      errors: r.errors as PreviewRowView["errors"],
    };
  });
  const failureValues = (batch.failureValues ?? {}) as Record<string, string | number>;
  const busy = batch.status === "CHECKING" || batch.status === "COMMITTING";
  const toWrite = n("CREATE") + n("UPDATE");
  return (
    <>
      <PageHeader
        title={t(batch.status === "CHECKING" || batch.status === "PREVIEWED" ? "import.page.previewTitle" : "import.page.batchTitle", {
          file: batch.fileName,
        })}
        subtitle={t("import.page.uploadedBy", { name: batch.user.name, when: when(batch.createdAt) })}
        crumbs={crumbs}
      />
      <p className="mb-4 text-sm font-medium" data-testid="import-status">
        {t(`import.page.status.${batch.status}`)}
      </p>
      {busy && batch.jobId ? (
        <JobProgress
          jobId={batch.jobId}
          labels={{
            running: t(batch.status === "CHECKING" ? "import.page.progressChecking" : "import.page.progressWriting", {
              done: "{done}",
              of: "{of}",
            }),
            reading: t("import.page.progressReading", { done: "{done}" }),
            waiting: t("import.page.progressWait"),
            noScript: t("import.page.progressNoScript"),
          }}
        />
      ) : null}
      {batch.status === "FAILED" ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {t("import.page.failed", { reason: t((batch.failureKey ?? "import.validation.checkFailed") as never, failureValues as never) })}
        </p>
      ) : null}
      {batch.status === "PREVIEWED" && batch.failureKey ? (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {t(batch.failureKey as never, failureValues as never)}
        </p>
      ) : null}
      {batch.status === "COMMITTED" ? (
        <p className="mb-4 rounded border border-teal-300 bg-teal-50 p-3 text-sm text-teal-900" role="status">
          {t("import.page.committed", { written: counts.written ?? 0, skipped: counts.skipped ?? 0 })}{" "}
          <Link href={registry.href} className="font-medium underline">
            {registry.label}
          </Link>
        </p>
      ) : null}
      {batch.status === "UNDONE" && batch.undoneAt ? (
        <p className="mb-4 rounded border border-slate-300 bg-slate-50 p-3 text-sm" role="status">
          {t("import.page.undone", { when: when(batch.undoneAt) })}
        </p>
      ) : null}
      {busy || batch.status === "FAILED" ? null : (
        <>
          <nav aria-label={t("import.page.result")} className="mb-3 flex flex-wrap gap-2 text-sm" data-testid="import-counts">
            <Link href={path} className={`rounded border px-3 py-1.5 ${only ? "border-slate-300 bg-white" : "border-teal-700 bg-teal-50"}`}>
              {t("import.page.allRows")} ({format.number(OUTCOMES.reduce((a, o) => a + n(o), 0))})
            </Link>
            {OUTCOMES.filter((o) => n(o) > 0).map((o) => (
              <Link
                key={o}
                href={`${path}${withParams({}, { only: o })}`}
                className={`rounded border px-3 py-1.5 ${only === o ? "border-teal-700 bg-teal-50" : "border-slate-300 bg-white"}`}
                data-testid={`count-${o}`}
              >
                {t(`import.page.outcome.${o}`)}: {format.number(n(o))}
                <span className="sr-only"> — {t(`import.page.outcomeHint.${o}`)}</span>
              </Link>
            ))}
          </nav>
          {earlier?.committedAt && batch.status === "PREVIEWED" ? (
            <p className="mb-3 text-sm text-slate-700">{t("import.page.sameFileBefore", { when: when(earlier.committedAt) })}</p>
          ) : null}
          {batch.status === "PREVIEWED" ? (
            <section className="mb-6 max-w-xl rounded border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold">{t("import.page.confirmTitle")}</h2>
              {toWrite === 0 ? (
                <p className="mt-1 text-sm text-slate-600">{t("import.page.nothingToWrite")}</p>
              ) : (
                <ActionForm action={commitAction}>
                  <p className="mt-1 text-sm text-slate-600">{t("import.page.confirmHint", { count: toWrite })}</p>
                  {n("ERROR") > 0 ? <CheckboxField name="skipErrors" label={t("import.page.skipErrors", { count: n("ERROR") })} /> : null}
                  <SubmitButton label={t("import.page.commit")} pendingLabel={t("import.page.committing")} />
                </ActionForm>
              )}
            </section>
          ) : null}
          <PreviewRows rows={views} titleHeader={titleHeader} />
          <Pagination path={path} params={query} page={page} pageCount={pageCount} total={total} />
          {batch.status === "COMMITTED" ? (
            <section className="mt-8 max-w-xl">
              <h2 className="text-lg font-semibold">{t("import.page.undoTitle")}</h2>
              <ActionForm action={undoAction}>
                <p className="text-sm text-slate-600">{undoHint ?? t("import.page.undoHint")}</p>
                <SubmitButton label={t("import.page.undo")} pendingLabel={t("import.page.undoing")} />
              </ActionForm>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
