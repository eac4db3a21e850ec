// The completeness table: a row per province, a column per month; each cell
// says its state in words (never by colour alone) with how many of the records
// needed were made, and opens the province's plan where they are recorded.
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { Completeness } from "@/lib/data/rktl/completeness";
import type { MonthReport } from "@/lib/domain/monthly-rhythm";

const STYLE: Record<MonthReport, string> = {
  none: "text-slate-500",
  notDue: "bg-slate-100 text-slate-800",
  onTime: "bg-emerald-100 text-emerald-900",
  late: "bg-amber-100 text-amber-950",
  missing: "bg-red-100 text-red-900",
};

export async function CompletenessTable({ table, monthLabel }: { table: Completeness; monthLabel: string[] }) {
  const t = await getTranslations("rktl.completeness");
  return (
    <div className="table-wrap rounded border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="completeness">
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="sticky left-0 bg-slate-50 px-3 py-2">
              {t("province")}
            </th>
            {monthLabel.map((m) => (
              <th key={m} scope="col" className="whitespace-nowrap px-3 py-2">
                {m}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {table.rows.map((row) => (
            <tr key={row.provinceId} data-province={row.provinceName}>
              <th scope="row" className="sticky left-0 whitespace-nowrap bg-white px-3 py-2 text-left font-medium">
                {row.href ? (
                  <Link href={row.href} className="text-teal-800 hover:underline">
                    {row.provinceName}
                  </Link>
                ) : (
                  row.provinceName
                )}
              </th>
              {row.href ? (
                row.cells.map((c, i) => (
                  <td key={i} className="px-1.5 py-1.5" data-month={c.month.toISOString().slice(0, 7)} data-report={c.report}>
                    {c.report === "none" ? (
                      <span className={`block whitespace-nowrap px-2 py-1 ${STYLE.none}`}>{t("report.none")}</span>
                    ) : (
                      <Link href={row.href!} className={`block whitespace-nowrap rounded px-2 py-1 ${STYLE[c.report]} hover:underline`}>
                        <span className="block font-medium">{t(`report.${c.report}`)}</span>
                        <span className="block text-xs">{t("counts", { recorded: c.recorded, needed: c.needed })}</span>
                      </Link>
                    )}
                  </td>
                ))
              ) : (
                // No current plan: one cell across the months says so.
                <td colSpan={row.cells.length} className={`px-3.5 py-1.5 ${STYLE.none}`} data-report="none">
                  {t("noPlan")}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
