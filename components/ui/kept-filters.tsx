// A list opened from a link (a dashboard number, a serikat's page) may carry
// filters its own form has no control for. This says which, keeps them as
// hidden inputs when the other filters are applied, and links to the list
// without them. Goes inside a FilterForm.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { withParams } from "@/lib/search-params";

export type KeptNote = { text: string; testId?: string };

export async function KeptFilters({
  path,
  params,
  kept,
  notes,
}: {
  path: string;
  /** The page's current query (for the link without the kept filters). */
  params: Record<string, string>;
  /** The filters to keep, as query-string pairs. */
  kept: Record<string, string>;
  notes: KeptNote[];
}) {
  const keys = Object.keys(kept);
  if (keys.length === 0) return null;
  const t = await getTranslations("common");
  const clear = `${path}${withParams(params, Object.fromEntries([...keys, "page"].map((k) => [k, undefined])))}`;
  return (
    <div
      role="note"
      data-testid="kept-filters"
      className="col-span-full rounded border border-amber-300 bg-amber-50 px-3 py-2 text-slate-800"
    >
      {Object.entries(kept).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ul className="space-y-0.5">
        {notes.map((n) => (
          <li key={n.text} data-testid={n.testId}>
            {n.text}
          </li>
        ))}
      </ul>
      <Link href={clear} data-testid="clear-kept-filters" className="mt-1 inline-block text-teal-800 underline">
        {t("clearKeptFilters")}
      </Link>
    </div>
  );
}

const utc = (d: string) => new Date(`${d}T00:00:00Z`);

/** True when from is a month's first day and to a month's last day (an RKTL window, say). */
export function wholeMonths(from?: string, to?: string): boolean {
  const firstDay = !from || from.endsWith("-01");
  const lastDay = !to || utc(to).getUTCMonth() !== new Date(utc(to).getTime() + 86_400_000).getUTCMonth();
  return firstDay && lastDay;
}

/** The ends of an inclusive day range as the reader says them: months when whole months, else dates; an open end is "…". */
export async function rangeEnds(from?: string, to?: string): Promise<{ months: boolean; from: string; to: string; range: string }> {
  const format = await getFormatter();
  const months = wholeMonths(from, to);
  const show = (d: string | undefined) =>
    d
      ? format.dateTime(utc(d), months ? { month: "short", year: "numeric", timeZone: "UTC" } : { dateStyle: "medium", timeZone: "UTC" })
      : "…";
  return { months, from: show(from), to: show(to), range: `${show(from)} – ${show(to)}` };
}
