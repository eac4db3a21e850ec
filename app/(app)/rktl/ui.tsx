// Small pieces shared by the RKTL pages: status and progress badges, month labels.
import type { RktlStatus } from "@/lib/generated/prisma/enums";
import type { TargetStatus } from "@/lib/domain/rktl-progress";

const STATUS_CLASS: Record<RktlStatus, string> = {
  DRAFT: "bg-amber-100 text-amber-900",
  SUBMITTED: "bg-sky-100 text-sky-900",
  APPROVED: "bg-emerald-100 text-emerald-900",
  CLOSED: "bg-slate-200 text-slate-700",
};

export function PlanStatusBadge({ status, label }: { status: RktlStatus; label: string }) {
  return (
    <span data-plan-status={status} className={`whitespace-nowrap rounded px-2 py-0.5 text-xs ${STATUS_CLASS[status]}`}>
      {label}
    </span>
  );
}

const PROGRESS_CLASS: Record<TargetStatus, string> = {
  NOT_DUE: "bg-slate-100 text-slate-700",
  ON_TRACK: "bg-emerald-100 text-emerald-900",
  BEHIND: "bg-amber-100 text-amber-900",
  OFF_TRACK: "bg-red-100 text-red-800",
};

export function ProgressBadge({ status, label }: { status: TargetStatus; label: string }) {
  return (
    <span data-progress={status} className={`whitespace-nowrap rounded px-2 py-0.5 text-xs ${PROGRESS_CLASS[status]}`}>
      {label}
    </span>
  );
}

/** "Okt 2026": dates are stored as UTC first days of the month. */
export const MONTH_FORMAT = { month: "short", year: "numeric", timeZone: "UTC" } as const;
