import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { withParams } from "@/lib/search-params";

export async function Pagination({
  path,
  params,
  page,
  pageCount,
  total,
}: {
  path: string;
  params: Record<string, string>;
  page: number;
  pageCount: number;
  total: number;
}) {
  const t = await getTranslations("common");
  const format = await getFormatter();
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm">
      <span className="text-slate-600">
        {t("pageOf", { page: format.number(page), pages: format.number(pageCount), total: format.number(total) })}
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link
            className="rounded border border-slate-300 bg-white px-3 py-1.5"
            href={`${path}${withParams(params, { page: page - 1 })}`}
            rel="prev"
          >
            ← {t("previous")}
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link
            className="rounded border border-slate-300 bg-white px-3 py-1.5"
            href={`${path}${withParams(params, { page: page + 1 })}`}
            rel="next"
          >
            {t("next")} →
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
