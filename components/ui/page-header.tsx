import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

export async function PageHeader({
  title,
  subtitle,
  crumbs,
  actions,
}: {
  title: string;
  subtitle?: string;
  crumbs?: { href: string; label: string }[];
  actions?: ReactNode;
}) {
  const t = await getTranslations("common");
  return (
    <div className="mb-5">
      {crumbs?.length ? (
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm text-slate-500">
          {crumbs.map((c, i) => (
            <span key={c.href}>
              {i > 0 ? " / " : null}
              <Link href={c.href} className="hover:underline">
                {c.label}
              </Link>
            </span>
          ))}
        </nav>
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          {subtitle ? <p className="text-slate-600">{subtitle}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}

export function ButtonLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="inline-block rounded bg-teal-700 px-4 py-2 text-sm font-medium text-white hover:bg-teal-800">
      {children}
    </Link>
  );
}

/** A page's secondary action (edit, print, related records): outlined beside the primary one. */
export function SecondaryLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="rounded border border-slate-300 bg-white px-4 py-2 text-sm">
      {children}
    </Link>
  );
}

export function StatusBadge({ active, activeLabel, inactiveLabel }: { active: boolean; activeLabel: string; inactiveLabel: string }) {
  return (
    <span className={`rounded px-2 py-0.5 text-xs ${active ? "bg-emerald-100 text-emerald-800" : "bg-slate-200 text-slate-700"}`}>
      {active ? activeLabel : inactiveLabel}
    </span>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mb-4 rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
      {children}
    </p>
  );
}
