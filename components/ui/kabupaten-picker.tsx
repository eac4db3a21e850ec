import { getTranslations } from "next-intl/server";
import { kabupatenChoiceLabel } from "@/lib/options";
import { KabupatenSuggestions, SearchFieldShell } from "@/components/form/search-field-shell";

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
      <SearchFieldShell
        id="kabupaten-picker"
        name="kabupatenId"
        label={label}
        hint={t("wilayah.kabupatenSearchHint")}
        listId="kabupaten-picker-list"
        defaultValue={chosen ? kabupatenChoiceLabel(chosen) : ""}
        placeholder={t("wilayah.kabupatenSearchPlaceholder")}
        className="min-w-0 flex-1 basis-64"
      >
        <KabupatenSuggestions options={options} />
      </SearchFieldShell>
      <button type="submit" className="rounded border border-slate-300 bg-slate-100 px-4 py-2 text-sm">
        {t("common.continue")}
      </button>
    </form>
  );
}
