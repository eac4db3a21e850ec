import { IdempotencyKey } from "@/components/form/idempotency-key";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getTargetRealisation } from "@/lib/data/rktl/realisation";
import { monthKey, parseMonthKey } from "@/lib/domain/rktl-progress";
import { parseId } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { HiddenField, TextField } from "@/components/form/fields";
import { recordRealisationAction } from "../../../../actions";
import { MONTH_FORMAT, ProgressBadge } from "../../../../ui";

export default async function RealisationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; targetId: string }>;
  searchParams: Promise<{ month?: string }>;
}) {
  const user = await requirePermission("rktl.realise");
  const p = await params;
  const planId = parseId(p.id);
  const targetId = parseId(p.targetId);
  const requested = parseMonthKey((await searchParams).month ?? "");
  const target = targetId ? await getTargetRealisation(user, targetId, requested) : null;
  if (!target || target.planId !== planId) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const month = (d: Date) => format.dateTime(d, MONTH_FORMAT);
  const longMonth = (d: Date) => format.dateTime(d, { month: "long", year: "numeric", timeZone: "UTC" });
  const crumbs = [
    { href: "/rktl", label: t("rktl.title") },
    { href: `/rktl/${target.planId}`, label: t("rktl.planTitle", { province: target.plan.province.name }) },
  ];
  const open = target.plan.status === "APPROVED";
  return (
    <>
      <PageHeader title={t("rktl.realisationTitle")} subtitle={target.activity} crumbs={crumbs} />
      <div className="mb-4 max-w-xl rounded border border-slate-200 bg-white p-3 text-sm">
        <p className="text-slate-600">
          {t(`rktl.kind.${target.kind}`)} · {target.kabupatenName} · {month(target.plannedMonth)}
        </p>
        <p className="mt-1">
          {t("rktl.achievedOf", {
            achieved: format.number(target.progress.achieved),
            quantity: format.number(target.quantity),
            unit: target.unit,
          })}{" "}
          <ProgressBadge status={target.progress.status} label={t(`rktl.progress.${target.progress.status}`)} />
        </p>
        {target.realisations.length ? (
          <ul className="mt-2 text-slate-600">
            {target.realisations.map((r) => (
              <li key={r.id}>
                {month(r.month)}: {format.number(r.achieved)} {target.unit}
                {r.note ? ` · ${r.note}` : ""}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {!open ? (
        <p role="alert" className="max-w-xl rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          {t(target.plan.status === "CLOSED" ? "rktl.validation.planClosed" : "rktl.validation.notApproved")}
        </p>
      ) : !target.chosen ? (
        <p role="alert" className="max-w-xl rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          {t("rktl.notStarted")}
        </p>
      ) : (
        <>
          {target.months.length > 1 ? (
            <form method="get" className="mb-4 flex max-w-xl flex-wrap items-end gap-2 rounded border border-slate-200 bg-white p-4">
              <label className="flex-1 text-sm font-medium">
                {t("rktl.month")}
                <select
                  name="month"
                  defaultValue={monthKey(target.chosen)}
                  className="mt-1 block w-full rounded border border-slate-300 px-3 py-2"
                >
                  {target.months.map((m) => (
                    <option key={monthKey(m)} value={monthKey(m)}>
                      {longMonth(m)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="rounded border border-slate-300 bg-slate-100 px-4 py-2 text-sm">
                {t("common.continue")}
              </button>
            </form>
          ) : null}
          <ActionForm
            key={monthKey(target.chosen)}
            action={recordRealisationAction.bind(null, target.id)}
            initialValues={{
              achieved: target.existing ? String(target.existing.achieved) : "",
              note: target.existing?.note ?? "",
              behindReason: target.existing?.behindReason ?? "",
            }}
            entry={{
              kind: "rktl-realisation",
              bound: { targetId: target.id },
              formId: `rktl-realisation:${target.id}:${monthKey(target.chosen)}`,
              title: `${t("rktl.recordRealisation")} · ${longMonth(target.chosen)}`,
              afterQueue: "keep",
            }}
            className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4"
          >
            <h2 className="font-semibold">{longMonth(target.chosen)}</h2>
            <HiddenField name="month" value={monthKey(target.chosen)} />
            <HiddenField name="version" value={target.existing ? String(target.existing.version) : ""} />
            <IdempotencyKey />
            <TextField
              name="achieved"
              label={t("rktl.achievedThisMonth", { unit: target.unit })}
              inputMode="numeric"
              hint={
                target.suggestion !== undefined
                  ? t(`rktl.suggestion.${target.kind as "KLIK_SESSION"}`, { count: target.suggestion, kabupaten: target.kabupatenName })
                  : undefined
              }
            />
            <TextField name="note" label={t("rktl.note")} />
            <TextField name="behindReason" label={t("rktl.behindReason")} hint={t("rktl.behindReasonHint")} />
            <SubmitButton label={t("common.save")} pendingLabel={t("common.saving")} />
          </ActionForm>
        </>
      )}
    </>
  );
}
