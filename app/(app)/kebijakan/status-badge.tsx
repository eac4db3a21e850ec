import type { PolicyStatus } from "@/lib/generated/prisma/enums";

const COLOURS: Record<PolicyStatus, string> = {
  IDENTIFIED: "bg-slate-200 text-slate-800",
  ADVOCACY: "bg-sky-100 text-sky-900",
  DRAFTING: "bg-amber-100 text-amber-900",
  DELIBERATION: "bg-violet-100 text-violet-900",
  ENACTED: "bg-emerald-100 text-emerald-900",
  DROPPED: "bg-rose-100 text-rose-900",
};

export function PolicyStatusBadge({ status, label }: { status: PolicyStatus; label: string }) {
  return (
    <span className={`shrink-0 rounded px-2 py-0.5 text-xs font-medium ${COLOURS[status]}`} data-status={status}>
      {label}
    </span>
  );
}
