// Building blocks of the list pages: a GET filter form (works without
// JavaScript), the active/inactive status select and the empty state.
import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { kabupatenChoiceLabel } from "@/lib/options";
import { KabupatenSuggestions, SearchFieldShell } from "@/components/form/search-field-shell";

export const filterInputClass = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5";

export async function FilterForm({ resetHref, className, children }: { resetHref: string; className: string; children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <form method="get" role="search" className={`mb-4 grid gap-2 rounded border border-slate-200 bg-white p-3 text-sm ${className}`}>
      {children}
      <div className="col-span-full flex items-end gap-2">
        <button type="submit" className="rounded bg-slate-800 px-4 py-1.5 text-white">
          {t("filter")}
        </button>
        <Link href={resetHref} className="px-2 py-1.5 text-slate-600 hover:underline">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}

export async function StatusSelect({ value }: { value: "active" | "inactive" | "all" }) {
  const t = await getTranslations("common");
  return (
    <label>
      {t("status")}
      <select name="status" defaultValue={value} className={filterInputClass}>
        <option value="active">{t("active")}</option>
        <option value="inactive">{t("inactive")}</option>
        <option value="all">{t("all")}</option>
      </select>
    </label>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{children}</p>;
}

type KabupatenOption = { id: number; code: string; label: string; provinceName: string };

/**
 * A kabupaten filter for list pages, hidden when the user has only one: a
 * searchable field (the user's kabupaten as the browser's suggestion list, with
 * or without JavaScript) posting `kabupatenId`. The page resolves the text with
 * kabupatenFilter (app/(app)/kabupaten-filter.ts); `unknown` is text that named
 * none, shown back with what the list did about it.
 */
export async function KabupatenFilter({
  kabupaten,
  value,
  unknown,
  className,
}: {
  kabupaten: KabupatenOption[];
  value?: number;
  unknown?: string;
  className?: string;
}) {
  if (kabupaten.length <= 1) return null;
  const t = await getTranslations("wilayah");
  const chosen = value === undefined ? undefined : kabupaten.find((k) => k.id === value);
  // A link's id outside the offered ones (another province's, say) stays as it came: the list is filtered by it.
  const shown = unknown ?? (chosen ? kabupatenChoiceLabel(chosen) : (value?.toString() ?? ""));
  return (
    <SearchFieldShell
      variant="filter"
      id="filter-kabupaten"
      name="kabupatenId"
      label={t("kabupaten")}
      hint={t("kabupatenSearchHint")}
      error={unknown !== undefined ? t("kabupatenFilterNotFound") : undefined}
      listId="filter-kabupaten-list"
      defaultValue={shown}
      placeholder={t("kabupatenFilterPlaceholder")}
      className={className}
    >
      <KabupatenSuggestions options={kabupaten} />
    </SearchFieldShell>
  );
}

/** A select filter of a list page: "all" (no value) first, then the options. */
export async function SelectFilter({
  name,
  label,
  value,
  options,
  className,
}: {
  name: string;
  label: string;
  value?: string | number;
  options: readonly { value: string | number; label: string }[];
  className?: string;
}) {
  const t = await getTranslations("common");
  return (
    <label className={className}>
      {label}
      <select name={name} defaultValue={value ?? ""} className={filterInputClass}>
        <option value="">{t("all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A year filter for list pages. */
export function YearFilter({ label, value, years }: { label: string; value?: number; years: number[] }) {
  return <SelectFilter name="year" label={label} value={value} options={years.map((y) => ({ value: y, label: String(y) }))} />;
}

/** Years from `first` to this year, newest first. */
export function yearsSince(first: number, now = new Date()): number[] {
  const last = now.getUTCFullYear();
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => last - i);
}

/** A province filter for list pages; hidden when the user has only one province. */
export async function ProvinceFilter({ provinces, value }: { provinces: { id: number; name: string }[]; value?: number }) {
  if (provinces.length <= 1) return null;
  const t = await getTranslations("wilayah");
  return (
    <SelectFilter name="provinceId" label={t("province")} value={value} options={provinces.map((p) => ({ value: p.id, label: p.name }))} />
  );
}
