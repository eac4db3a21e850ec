// Building blocks of the list pages: a GET filter form (works without
// JavaScript), the active/inactive status select and the empty state.
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

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
