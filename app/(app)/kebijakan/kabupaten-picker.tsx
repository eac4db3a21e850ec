import { getTranslations } from "next-intl/server";
import { kabupatenGroups } from "@/lib/options";

/** Step one of the new-policy form for users with more than one kabupaten: a plain GET form. */
export async function PolicyKabupatenPicker({
  options,
  selected,
}: {
  options: { id: number; label: string; provinceName: string }[];
  selected?: number;
}) {
  const t = await getTranslations("policy");
  return (
    <form method="get" className="mb-4 flex max-w-xl flex-wrap items-end gap-2 rounded border border-slate-200 bg-white p-4">
      <label className="flex-1 text-sm font-medium">
        {t("pickKabupaten")}
        <select name="kabupatenId" defaultValue={selected ?? ""} className="mt-1 block w-full rounded border border-slate-300 px-3 py-2">
          <option value="">{t("choose")}</option>
          {kabupatenGroups(options).map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded border border-slate-300 bg-slate-100 px-4 py-2 text-sm">
        {t("continue")}
      </button>
    </form>
  );
}
