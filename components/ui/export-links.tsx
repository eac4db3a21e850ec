// "Unduh CSV" / "Unduh Excel" under a list or a dashboard table: the screen's
// own filters go with the link (minus the page), so the file holds every row
// the screen would show. With several tables on one page, `table` names the
// table in each link's accessible name ("Unduh CSV: Ditetapkan menurut jenis").
import { getTranslations } from "next-intl/server";
import { exportHref } from "@/lib/exports/cells";

type Link = { dataset: string; csvKey?: string; xlsxKey?: string };

export async function ExportLinks({
  links,
  params,
  table,
  hint = "hint",
}: {
  links: Link[];
  params: Record<string, string>;
  table?: string;
  /** Catalogue key of the note after the links: lists say "every row, not just this page"; dashboard tables "tableHint". */
  hint?: "hint" | "tableHint";
}) {
  const t = await getTranslations("exports");
  const a = "rounded border border-slate-300 bg-white px-3 py-1.5 text-teal-800 hover:bg-slate-50";
  const label = (key: string) => (table ? t("linkFor", { link: t(key), table }) : undefined);
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2 text-sm" data-testid="export-links">
      {links.map((l) => {
        const csv = l.csvKey ?? "downloadCsv";
        const xlsx = l.xlsxKey ?? "downloadXlsx";
        return (
          <span key={l.dataset} className="flex flex-wrap gap-2">
            {/* Plain <a download>: a file, not a page; the browser shows its progress. */}
            <a href={exportHref(l.dataset, "csv", params)} download className={a} aria-label={label(csv)}>
              {t(csv)}
            </a>
            <a href={exportHref(l.dataset, "xlsx", params)} download className={a} aria-label={label(xlsx)}>
              {t(xlsx)}
            </a>
          </span>
        );
      })}
      <span className="text-xs text-slate-500">{t(hint)}</span>
    </div>
  );
}
