import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getPlan, planKabupatenOptions } from "@/lib/data/rktl/plans";
import { monthKey } from "@/lib/domain/rktl-progress";
import { parseId } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { HiddenField } from "@/components/form/fields";
import { deleteTargetAction, updateTargetAction } from "../../../../actions";
import { TargetForm } from "../../../../target-form";

export default async function EditTargetPage({ params }: { params: Promise<{ id: string; targetId: string }> }) {
  const user = await requirePermission("rktl.plan");
  const p = await params;
  const id = parseId(p.id);
  const targetId = parseId(p.targetId);
  const plan = id ? await getPlan(user, id) : null;
  const target = plan?.targets.find((x) => x.id === targetId);
  if (!plan || !target) notFound();
  const [t, kabupaten] = await Promise.all([getTranslations(), planKabupatenOptions(user, plan.id)]);
  const crumbs = [
    { href: "/rktl", label: t("rktl.title") },
    { href: `/rktl/${plan.id}`, label: t("rktl.planTitle", { province: plan.province.name }) },
  ];
  return (
    <>
      <PageHeader title={t("rktl.editTarget")} crumbs={crumbs} />
      {plan.status !== "DRAFT" ? (
        <p role="alert" className="max-w-xl rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          {t("rktl.validation.targetsFixed")}
        </p>
      ) : (
        <>
          <TargetForm
            action={updateTargetAction.bind(null, target.id)}
            version={target.version}
            initialValues={{
              activity: target.activity,
              kind: target.kind,
              quantity: String(target.quantity),
              unit: target.unit,
              kabupatenId: String(target.kabupatenId),
              responsible: target.responsible,
              plannedMonth: monthKey(target.plannedMonth),
            }}
            kabupaten={kabupaten}
            months={plan.months}
          />
          <div className="mt-8 max-w-xl">
            <ActionForm action={deleteTargetAction.bind(null, target.id)} className="space-y-3 rounded border border-red-200 bg-white p-4">
              <HiddenField name="version" value={String(target.version)} />
              <p className="text-sm text-slate-600">{t("rktl.deleteHint")}</p>
              <SubmitButton label={t("rktl.deleteTarget")} pendingLabel={t("common.saving")} />
            </ActionForm>
          </div>
        </>
      )}
    </>
  );
}
