import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ImportCounts } from "@/lib/data/imports/types";
import type { ImportKind, ImportStatus } from "@/lib/generated/prisma/enums";

export type BatchListItem = {
  id: number;
  /** The batch's page. */
  path: string;
  fileName: string;
  status: ImportStatus;
  counts: unknown;
  createdAt: Date;
  /** Said above the file name where the list holds several kinds (Impor saya). */
  kind?: ImportKind;
};

/** Imports as the history of a kind and "Impor saya" list them: file, when, state, rows. */
export async function BatchList({ batches, testId }: { batches: BatchListItem[]; testId: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (batches.length === 0) return <p className="text-sm text-slate-600">{t("import.page.noHistory")}</p>;
  return (
    <ul className="max-w-3xl divide-y divide-slate-100 rounded border border-slate-200 bg-white text-sm" data-testid={testId}>
      {batches.map((b) => {
        const c = b.counts as Partial<ImportCounts>;
        const rows = Object.values({ ...c, written: 0, skipped: 0 }).reduce((a, n) => a + (n ?? 0), 0);
        return (
          <li key={b.id} className="px-3 py-2">
            {b.kind ? <span className="block text-xs font-medium text-slate-600">{t(`import.page.kind.${b.kind}`)}</span> : null}
            <Link href={b.path} className="font-medium break-all text-teal-800 hover:underline">
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
  );
}
