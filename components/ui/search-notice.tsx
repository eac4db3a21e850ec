// What a list says when its search box received a value it cannot use (over
// long, or with characters no name contains): the list is shown unsearched,
// and this says why, next to the box (the rule: searchProblem).
import { getFormatter, getTranslations } from "next-intl/server";
import { SEARCH_MAX, searchProblem } from "@/lib/validation/common";

export async function SearchNotice({ value, max = SEARCH_MAX }: { value: string | undefined; max?: number }) {
  const problem = searchProblem(value, max);
  if (!problem) return null;
  const [t, format] = await Promise.all([getTranslations("common"), getFormatter()]);
  return (
    <p
      role="status"
      data-testid="search-notice"
      className="col-span-full rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900"
    >
      {problem === "tooLong"
        ? t("searchTooLong", { max: format.number(max), length: format.number(value!.trim().length) })
        : t("searchUnusable")}
    </p>
  );
}
