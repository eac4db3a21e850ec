import { getTranslations } from "next-intl/server";
import { kabupatenChoiceLabel } from "@/lib/options";

/**
 * Step one of a form for users with more than one kabupaten: a plain GET form
 * choosing where. A text field with the browser's own suggestion list (all the
 * user's kabupaten, at most 514: typing filters them, with or without
 * JavaScript); the page reads the choice with chooseKabupaten (lib/options.ts).
 */
export async function KabupatenPicker({
  label,
  options,
  selected,
}: {
  label: string;
  options: { id: number; code: string; label: string; provinceName: string }[];
  selected?: number;
}) {
  const t = await getTranslations();
  const chosen = options.find((o) => o.id === selected);
  return (
    <form method="get" className="mb-4 flex max-w-xl flex-wrap items-end gap-2 rounded border border-slate-200 bg-white p-4">
      <div className="min-w-0 flex-1 basis-64">
        <label htmlFor="kabupaten-picker" className="block text-sm font-medium">
          {label}
        </label>
        <input
          id="kabupaten-picker"
          name="kabupatenId"
          type="text"
          list="kabupaten-picker-list"
          autoComplete="off"
          spellCheck={false}
          defaultValue={chosen ? kabupatenChoiceLabel(chosen) : ""}
          placeholder={t("wilayah.kabupatenSearchPlaceholder")}
          aria-describedby="kabupaten-picker-hint"
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 text-base"
        />
        <datalist id="kabupaten-picker-list">
          {options.map((o) => (
            <option key={o.id} value={kabupatenChoiceLabel(o)} />
          ))}
        </datalist>
        <p id="kabupaten-picker-hint" className="mt-1 text-xs text-slate-500">
          {t("wilayah.kabupatenSearchHint")}
        </p>
      </div>
      <button type="submit" className="rounded border border-slate-300 bg-slate-100 px-4 py-2 text-sm">
        {t("common.continue")}
      </button>
    </form>
  );
}
