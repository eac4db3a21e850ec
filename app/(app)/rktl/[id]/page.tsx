import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getPlan } from "@/lib/data/rktl/plans";
import { parseId } from "@/lib/search-params";
import { ButtonLink, SecondaryLink } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/list";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { HiddenField, TextField } from "@/components/form/fields";
import { approvePlanAction, closePlanAction, returnPlanAction, submitPlanAction } from "../actions";
import { MONTH_FORMAT, PlanStatusBadge, ProgressBadge } from "../ui";
import { FactsList } from "@/components/ui/facts-list";
import { DetailHeader } from "@/components/ui/detail-header";

export async function generateMetadata() {
  return { title: (await getTranslations("rktl"))("title") };
}

const panel = "max-w-xl space-y-3 rounded border border-slate-200 bg-white p-4";

export default async function PlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requirePermission("rktl.read");
  const id = parseId((await params).id);
  const plan = id ? await getPlan(user, id) : null;
  if (!plan) notFound();
  const [t, format, { saved }] = await Promise.all([getTranslations(), getFormatter(), searchParams]);
  const month = (d: Date) => format.dateTime(d, MONTH_FORMAT);
  const canPlan = can(user, "rktl.plan") && plan.status === "DRAFT";
  const canRealise = can(user, "rktl.realise") && plan.status === "APPROVED";
  const canReview = can(user, "rktl.review");
  const version = String(plan.version);
  const rows: [string, string][] = [
    [t("rktl.training"), plan.training.title],
    [t("rktl.window"), `${month(plan.windowStart)} – ${month(plan.windowEnd)}`],
    [t("rktl.targets"), format.number(plan.targets.length)],
    [t("rktl.realised"), format.number(plan.percent / 100, { style: "percent" })],
    ...(plan.submittedAt
      ? ([[t("rktl.submittedAt"), format.dateTime(plan.submittedAt, { dateStyle: "medium" })]] as [string, string][])
      : []),
    ...(plan.approvedAt
      ? ([
          [
            t("rktl.approvedAt"),
            `${format.dateTime(plan.approvedAt, { dateStyle: "medium" })}${plan.approvedBy ? ` · ${plan.approvedBy.name}` : ""}`,
          ],
        ] as [string, string][])
      : []),
  ];
  return (
    <>
      <DetailHeader
        title={t("rktl.planTitle", { province: plan.province.name })}
        crumbs={[{ href: "/rktl", label: t("rktl.title") }]}
        actions={
          <>
            <SecondaryLink href={`/rktl/${plan.id}/poster`}>{t("rktl.poster")}</SecondaryLink>
            <a href={`/rktl/${plan.id}/poster.pdf`} className="rounded border border-slate-300 bg-white px-4 py-2 text-sm">
              {t("rktl.posterPdf")}
            </a>
          </>
        }
        saved={saved ? t("common.saved") : null}
        status={<PlanStatusBadge status={plan.status} label={t(`rktl.status.${plan.status}`)} />}
      />
      {plan.status === "DRAFT" && plan.reviewComment ? (
        <div
          role="note"
          data-testid="review-comment"
          className="mb-4 max-w-2xl rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <p className="font-medium">{t("rktl.returnedWith")}</p>
          <p className="mt-1 whitespace-pre-line">{plan.reviewComment}</p>
        </div>
      ) : null}
      <FactsList facts={rows} />

      <div className="mt-6 flex flex-wrap items-end justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("rktl.targets")}</h2>
        {canPlan ? (
          <div className="flex flex-wrap gap-2">
            <SecondaryLink href={`/rktl/${plan.id}/impor`}>{t("import.page.importTargets")}</SecondaryLink>
            <ButtonLink href={`/rktl/${plan.id}/target/baru`}>{t("rktl.addTarget")}</ButtonLink>
          </div>
        ) : null}
      </div>
      {plan.status === "APPROVED" || plan.status === "CLOSED" ? (
        <p className="mt-1 text-sm text-slate-600">{t("rktl.targetsFixedHint")}</p>
      ) : null}
      <div className="mt-2">
        {plan.targets.length === 0 ? (
          <EmptyState>{t("rktl.noTargets")}</EmptyState>
        ) : (
          <ul className="space-y-2">
            {plan.targets.map((tg) => (
              <li
                key={tg.id}
                id={`target-${tg.id}`}
                data-target-id={tg.id}
                className="rounded border border-slate-200 bg-white p-3 text-sm"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <p className="font-medium">{tg.activity}</p>
                    <p className="text-slate-600">
                      {t(`rktl.kind.${tg.kind}`)} · {tg.kabupatenName} · {month(tg.plannedMonth)}
                    </p>
                    <p className="text-slate-600">
                      {t("rktl.responsible")}: {tg.responsible}
                    </p>
                  </div>
                  <div className="text-right">
                    <p data-testid="target-achieved">
                      {t("rktl.achievedOf", {
                        achieved: format.number(tg.progress.achieved),
                        quantity: format.number(tg.quantity),
                        unit: tg.unit,
                      })}{" "}
                      ({format.number(tg.progress.percent / 100, { style: "percent" })})
                    </p>
                    {plan.status === "APPROVED" || plan.status === "CLOSED" ? (
                      <ProgressBadge status={tg.progress.status} label={t(`rktl.progress.${tg.progress.status}`)} />
                    ) : null}
                  </div>
                </div>
                {canPlan || canRealise ? (
                  <div className="mt-2 flex gap-3">
                    {canPlan ? (
                      <Link href={`/rktl/${plan.id}/target/${tg.id}/ubah`} className="text-teal-800 underline">
                        {t("rktl.editTarget")}
                      </Link>
                    ) : null}
                    {canRealise ? (
                      <Link href={`/rktl/${plan.id}/target/${tg.id}/realisasi`} className="text-teal-800 underline">
                        {t("rktl.recordRealisation")}
                      </Link>
                    ) : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="mt-8 space-y-4">
        {canPlan ? (
          <ActionForm action={submitPlanAction.bind(null, plan.id)} className={panel}>
            <HiddenField name="version" value={version} />
            <p className="text-sm text-slate-600">{t("rktl.submitHint")}</p>
            <SubmitButton label={t("rktl.submit")} pendingLabel={t("common.saving")} />
          </ActionForm>
        ) : null}
        {canReview && plan.status === "SUBMITTED" ? (
          <>
            <ActionForm action={approvePlanAction.bind(null, plan.id)} className={panel}>
              <HiddenField name="version" value={version} />
              <p className="text-sm text-slate-600">{t("rktl.approveHint")}</p>
              <SubmitButton label={t("rktl.approve")} pendingLabel={t("common.saving")} />
            </ActionForm>
            <ActionForm action={returnPlanAction.bind(null, plan.id)} className={panel}>
              <HiddenField name="version" value={version} />
              <TextField name="comment" label={t("rktl.returnComment")} hint={t("rktl.returnHint")} />
              <SubmitButton label={t("rktl.return")} pendingLabel={t("common.saving")} />
            </ActionForm>
          </>
        ) : null}
        {canReview && plan.status === "APPROVED" ? (
          <ActionForm action={closePlanAction.bind(null, plan.id)} className={panel}>
            <HiddenField name="version" value={version} />
            <p className="text-sm text-slate-600">{t("rktl.closeHint")}</p>
            <SubmitButton label={t("rktl.close")} pendingLabel={t("common.saving")} />
          </ActionForm>
        ) : null}
      </div>
    </>
  );
}
