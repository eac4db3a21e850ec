import { getTranslations } from "next-intl/server";
import type { ImportOutcome } from "@/lib/generated/prisma/enums";
import { OutcomeBadge } from "./outcome-badge";

/** A saved preview row as the page shows it. */
export type PreviewRowView = {
  rowNumber: number;
  outcome: ImportOutcome;
  /** Who or what the row is about (e.g. the kader's name and position); absent for a row in error. */
  title?: string;
  matchLabel?: string | null;
  sameAsRow?: number | null;
  errors?: { column: string; value: string; key: string; values?: Record<string, string | number> }[] | null;
};

/**
 * The rows of an import's preview: row number as in the spreadsheet, what it
 * will do, and why — for a row in error each wrong cell with its column, the
 * text it held and the reason in the user's language.
 */
export async function PreviewRows({ rows, titleHeader }: { rows: PreviewRowView[]; titleHeader: string }) {
  const t = await getTranslations();
  const reason = (e: NonNullable<PreviewRowView["errors"]>[number]) => t(e.key as never, (e.values ?? {}) as never);
  return (
    <div className="table-wrap rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="import-rows">
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th className="w-14 px-3 py-2">{t("import.page.row")}</th>
            <th className="px-3 py-2">{t("import.page.result")}</th>
            <th className="px-3 py-2">{titleHeader}</th>
            <th className="hidden px-3 py-2 sm:table-cell">{t("import.page.details")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const details = [
              ...(r.errors ?? []).map((e) =>
                e.value
                  ? t("import.page.cellError", { column: e.column, value: e.value, reason: reason(e) })
                  : t("import.page.cellErrorBlank", { column: e.column, reason: reason(e) }),
              ),
              ...(r.matchLabel ? [t("import.page.matches", { label: r.matchLabel })] : []),
              ...(r.sameAsRow ? [t("import.page.sameAsRow", { row: r.sameAsRow })] : []),
            ];
            const list = details.length ? (
              <ul className="space-y-0.5">
                {details.map((d, i) => (
                  <li key={i} className={r.outcome === "ERROR" ? "text-red-800" : "text-slate-600"}>
                    {d}
                  </li>
                ))}
              </ul>
            ) : null;
            return (
              <tr key={r.rowNumber} className="border-t border-slate-100 align-top" data-testid={`import-row-${r.rowNumber}`}>
                <td className="px-3 py-2 tabular-nums">{r.rowNumber}</td>
                <td className="px-3 py-2">
                  <OutcomeBadge outcome={r.outcome} />
                </td>
                <td className="px-3 py-2 break-words">
                  {r.title ?? "—"}
                  {/* On a phone the details fold under the title. */}
                  {list ? <div className="mt-1 text-xs sm:hidden">{list}</div> : null}
                </td>
                <td className="hidden px-3 py-2 break-words sm:table-cell">{list}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
