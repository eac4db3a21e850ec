import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { provinceDashboard, POLICY_STATUSES } from "@/lib/data/dashboard-province";
import { barWidth, breakdownHref, violenceYearHref } from "@/lib/domain/dashboard-province";
import { monthKey } from "@/lib/domain/rktl-progress";
import { EmptyState } from "@/components/ui/list";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/components/ui/export-links";
import { BarFill } from "@/components/ui/bar-fill";
import { ViolenceCount } from "@/components/ui/violence-count";
import { MONTH_FORMAT, PlanStatusBadge, ProgressBadge } from "../../rktl/ui";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard.province"))("title") };
}

const BAR_CLASS = {
  NOT_DUE: "fill-slate-400",
  ON_TRACK: "fill-emerald-600",
  BEHIND: "fill-amber-500",
  OFF_TRACK: "fill-red-600",
} as const;

const DESKS = ["REGISTRATION", "SOCIAL_PROTECTION", "LEGAL_IDENTITY", "VIOLENCE"] as const;

const card = "rounded border border-slate-200 bg-white p-3";
const numLink = "font-semibold text-teal-800 underline";

export default async function ProvinceDashboardPage() {
  const user = await requirePermission("dashboard.province");
  const now = new Date();
  const [t, format, d] = await Promise.all([getTranslations(), getFormatter(), provinceDashboard(user, now)]);
  const month = (x: Date) => format.dateTime(x, MONTH_FORMAT);
  const pct = (p: number) => format.number(p / 100, { style: "percent" });
  const scope = user.kabupatenName ?? user.provinceName ?? "";
  const plan = d.plan;
  const canRealise = can(user, "rktl.realise") && plan?.status === "APPROVED";
  return (
    <>
      <PageHeader
        title={t("dashboard.province.title")}
        subtitle={t("dashboard.province.subtitle", { scope, date: format.dateTime(now, { dateStyle: "medium" }) })}
      />

      <section aria-labelledby="plan-heading" data-testid="current-plan" className="mb-8">
        <h2 id="plan-heading" className="text-lg font-semibold">
          {t("dashboard.province.planTitle")}
        </h2>
        {!plan ? (
          <EmptyState>{t("dashboard.province.noPlan")}</EmptyState>
        ) : (
          <>
            <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <span data-testid="plan-window" className="font-medium">
                {month(plan.windowStart)} – {month(plan.windowEnd)}
              </span>
              <PlanStatusBadge status={plan.status} label={t(`rktl.status.${plan.status}`)} />
              <span>{t("dashboard.province.planPercent", { percent: pct(plan.percent) })}</span>
              <Link href={`/rktl/${plan.id}`} className="text-teal-800 underline">
                {t("dashboard.province.openPlan")}
              </Link>
            </div>
            <p className="text-sm text-slate-600">{plan.training.title}</p>
            {plan.narrowed ? <p className="text-sm text-slate-600">{t("dashboard.province.narrowed", { kabupaten: scope })}</p> : null}
            {plan.targets.length === 0 ? (
              <EmptyState>{t("dashboard.province.noTargets")}</EmptyState>
            ) : (
              <ul className="mt-3 space-y-2">
                {plan.targets.map((tg) => (
                  <li key={tg.id} data-target-id={tg.id} className={`${card} text-sm`}>
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <div>
                        <p className="font-medium">{tg.activity}</p>
                        <p className="text-slate-600">
                          {t(`rktl.kind.${tg.kind}`)} · {tg.kabupatenName} · {month(tg.plannedMonth)}
                        </p>
                      </div>
                      {plan.status === "APPROVED" || plan.status === "CLOSED" ? (
                        <ProgressBadge status={tg.progress.status} label={t(`rktl.progress.${tg.progress.status}`)} />
                      ) : null}
                    </div>
                    <div className="mt-2 h-3 w-full overflow-hidden rounded bg-slate-200" data-testid="progress-bar" aria-hidden="true">
                      <BarFill percent={barWidth(tg.progress.percent)} className={BAR_CLASS[tg.progress.status]} />
                    </div>
                    <p className="mt-1" data-testid="target-achieved">
                      {t("rktl.achievedOf", {
                        achieved: format.number(tg.progress.achieved),
                        quantity: format.number(tg.quantity),
                        unit: tg.unit,
                      })}{" "}
                      ({pct(tg.progress.percent)})
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>

      {plan ? (
        <section aria-labelledby="due-heading" data-testid="due-this-month" className="mb-8">
          <h2 id="due-heading" className="text-lg font-semibold">
            {t("dashboard.province.dueTitle")}
          </h2>
          {d.due.length === 0 ? (
            <EmptyState>{t("dashboard.province.dueNone")}</EmptyState>
          ) : (
            <>
              {plan.status !== "APPROVED" ? <p className="text-sm text-slate-600">{t("dashboard.province.dueNotOpen")}</p> : null}
              <ul className="mt-2 space-y-2">
                {d.due.map((item) => (
                  <li key={item.target.id} data-due-target={item.target.id} className={`${card} text-sm`}>
                    <p className="font-medium">{item.target.activity}</p>
                    <p className="text-slate-600">
                      {item.target.kabupatenName} · {t(`dashboard.province.dueReason.${item.reason}`, { month: month(item.month) })}
                    </p>
                    {canRealise ? (
                      <Link
                        href={`/rktl/${plan.id}/target/${item.target.id}/realisasi?month=${monthKey(item.month)}`}
                        className="mt-1 inline-block text-teal-800 underline"
                      >
                        {t("rktl.recordRealisation")}
                      </Link>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="kab-heading" data-testid="kabupaten-breakdown" className="mb-8">
        <h2 id="kab-heading" className="text-lg font-semibold">
          {t("dashboard.province.kabupatenTitle")}
        </h2>
        <p className="text-sm text-slate-600">
          {t("dashboard.province.kabupatenWindow", { from: month(d.window.from), to: month(d.window.to) })}
        </p>
        <ul className="mt-2 grid gap-3 sm:grid-cols-2">
          {d.kabupaten.map((k) => (
            <li key={k.id} data-kabupaten={k.name} className={`${card} text-sm`}>
              <h3 className="font-semibold">{k.name}</h3>
              <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-3 gap-y-1">
                <dt>{t("dashboard.province.activeKader")}</dt>
                <dd className="text-right">
                  <Link data-metric="kader" href={breakdownHref("activeKader", k.id, d.window)} className={numLink}>
                    {format.number(k.activeKader)}
                  </Link>
                </dd>
                <dt>{t("dashboard.province.klikSessions")}</dt>
                <dd className="text-right">
                  <Link data-metric="klik" href={breakdownHref("klikSessions", k.id, d.window)} className={numLink}>
                    {format.number(k.klikSessions)}
                  </Link>
                </dd>
                <dt>{t("dashboard.province.fpkMeetings")}</dt>
                <dd className="text-right">
                  <Link data-metric="fpk" href={breakdownHref("fpkMeetings", k.id, d.window)} className={numLink}>
                    {format.number(k.fpkMeetings)}
                  </Link>
                </dd>
                <dt>{t("dashboard.province.members")}</dt>
                <dd className="text-right">
                  <Link data-metric="members" href={breakdownHref("members", k.id, d.window)} className={numLink}>
                    {format.number(k.members)}
                  </Link>
                </dd>
              </dl>
              <p className="mt-2 font-medium">{t("dashboard.province.klikCases")}</p>
              <ul className="flex flex-wrap gap-x-3 gap-y-1">
                {DESKS.map((desk) => {
                  const n = k.klikCases[desk];
                  return (
                    <li key={desk} data-desk={desk}>
                      {t(`klik.deskShort.${desk}`)}
                      {desk === "VIOLENCE" && d.violenceYear ? ` (${d.violenceYear})` : null}:{" "}
                      <Link
                        href={
                          desk === "VIOLENCE" && d.violenceYear
                            ? violenceYearHref(k.id, d.violenceYear)
                            : breakdownHref("klikCases", k.id, d.window)
                        }
                        className={numLink}
                      >
                        {desk === "VIOLENCE" ? <ViolenceCount value={k.klikCases.VIOLENCE} /> : format.number(n as number)}
                      </Link>
                    </li>
                  );
                })}
              </ul>
              <p className="mt-2 font-medium">{t("dashboard.province.policies")}</p>
              <ul className="flex flex-wrap gap-x-3 gap-y-1">
                {POLICY_STATUSES.map((st) => (
                  <li key={st} data-policy-status={st}>
                    {t(`policy.statuses.${st}`)}:{" "}
                    <Link href={breakdownHref({ policyStatus: st }, k.id, d.window)} className={numLink}>
                      {format.number(k.policies[st])}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-slate-500">{t("dashboard.province.membersWindow", { to: month(d.window.to) })}</p>
        <p className="mt-1 text-xs text-slate-500">
          {d.violenceYear ? t("dashboard.province.violenceYearNote", { year: d.violenceYear }) : t("dashboard.province.suppressedNote")}
        </p>
        {can(user, "export.data") ? (
          <div className="mt-2">
            <ExportLinks
              links={[{ dataset: "dasbor-provinsi" }]}
              params={{}}
              table={t("dashboard.province.kabupatenTitle")}
              hint="tableHint"
            />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="recent-heading" data-testid="recent-activity" className="mb-8">
        <h2 id="recent-heading" className="text-lg font-semibold">
          {t("dashboard.province.recentTitle")}
        </h2>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          <div>
            <h3 className="font-medium">{t("dashboard.province.recentKlik")}</h3>
            {d.recent.sessions.length === 0 ? (
              <p className="text-sm text-slate-600">{t("dashboard.province.recentNone")}</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm">
                {d.recent.sessions.map((s) => (
                  <li key={s.id}>
                    <Link href={`/klik/${s.id}`} className="text-teal-800 underline">
                      {format.dateTime(s.heldOn, { dateStyle: "medium", timeZone: "UTC" })}
                    </Link>{" "}
                    {t("dashboard.province.sessionLine", {
                      desa: s.desaName,
                      kabupaten: s.kabupatenName,
                      cases: format.number(s.caseCount),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3 className="font-medium">{t("dashboard.province.recentPolicy")}</h3>
            {d.recent.policyChanges.length === 0 ? (
              <p className="text-sm text-slate-600">{t("dashboard.province.recentNone")}</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm">
                {d.recent.policyChanges.map((c) => (
                  <li key={c.id}>
                    <span className="text-slate-600">{format.dateTime(c.changedAt, { dateStyle: "medium" })}</span>{" "}
                    <Link href={`/kebijakan/${c.policyId}`} className="text-teal-800 underline">
                      {c.title}
                    </Link>{" "}
                    · {c.kabupatenName} ·{" "}
                    {c.fromStatus
                      ? t("dashboard.province.statusChange", {
                          from: t(`policy.statuses.${c.fromStatus}`),
                          to: t(`policy.statuses.${c.toStatus}`),
                        })
                      : t("dashboard.province.statusNew", { to: t(`policy.statuses.${c.toStatus}`) })}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </section>
    </>
  );
}
