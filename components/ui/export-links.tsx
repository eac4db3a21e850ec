// "Unduh CSV" / "Unduh Excel" under a list: the list's own filters go with the
// link (minus the page), so the file holds every row the screen would show.
import { getTranslations } from "next-intl/server";
import { exportHref } from "@/lib/exports/cells";

type Link = { dataset: string; csvKey?: string; xlsxKey?: string };

export async function ExportLinks({ links, params }: { links: Link[]; params: Record<string, string> }) {
  const t = await getTranslations("exports");
  const a = "rounded border border-slate-300 bg-white px-3 py-1.5 text-teal-800 hover:bg-slate-50";
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2 text-sm" data-testid="export-links">
      {links.map((l) => (
        <span key={l.dataset} className="flex flex-wrap gap-2">
          {/* Plain <a download>: a file, not a page; the browser shows its progress. */}
          <a href={exportHref(l.dataset, "csv", params)} download className={a}>
            {t(l.csvKey ?? "downloadCsv")}
          </a>
          <a href={exportHref(l.dataset, "xlsx", params)} download className={a}>
            {t(l.xlsxKey ?? "downloadXlsx")}
          </a>
        </span>
      ))}
      <span className="text-xs text-slate-500">{t("hint")}</span>
    </div>
  );
}
