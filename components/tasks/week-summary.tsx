// The week in figures, for someone with nothing to do but watch (the director).
import { getFormatter, getTranslations } from "next-intl/server";
import type { WeekSummary } from "@/lib/data/tasks";

const DAY = { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" } as const;

export async function WeekSummaryCard({ summary }: { summary: WeekSummary }) {
  const [t, format] = await Promise.all([getTranslations("tasks.summary"), getFormatter()]);
  const figures = [
    ["policiesEnacted", summary.policiesEnacted],
    ["policyChanges", summary.policyChanges],
    ["plansApproved", summary.plansApproved],
    ["realisationsRecorded", summary.realisationsRecorded],
  ] as const;
  return (
    <section aria-labelledby="week-summary" data-testid="week-summary" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="week-summary" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">
        {t("period", { from: format.dateTime(summary.from, DAY), to: format.dateTime(summary.to, DAY) })}
      </p>
      <p className="mt-1 text-sm text-slate-700">{t("nothingToDo")}</p>
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {figures.map(([key, n]) => (
          <div key={key} className="rounded bg-slate-50 p-3">
            <dt className="text-sm text-slate-600">{t(key)}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{format.number(n)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
