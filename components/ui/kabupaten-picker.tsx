import { getTranslations } from "next-intl/server";
import { KabupatenOptions } from "./list";

/** Step one of a form for users with more than one kabupaten: a plain GET form choosing where. */
export async function KabupatenPicker({
  label,
  options,
  selected,
}: {
  label: string;
  options: { id: number; label: string; provinceName: string }[];
  selected?: number;
}) {
  const t = await getTranslations("common");
  return (
    <form method="get" className="mb-4 flex max-w-xl flex-wrap items-end gap-2 rounded border border-slate-200 bg-white p-4">
      <label className="flex-1 text-sm font-medium">
        {label}
        <select name="kabupatenId" defaultValue={selected ?? ""} className="mt-1 block w-full rounded border border-slate-300 px-3 py-2">
          <KabupatenOptions kabupaten={options} emptyLabel={t("choose")} />
        </select>
      </label>
      <button type="submit" className="rounded border border-slate-300 bg-slate-100 px-4 py-2 text-sm">
        {t("continue")}
      </button>
    </form>
  );
}
