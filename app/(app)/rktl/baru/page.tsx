import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { planTrainingOptions } from "@/lib/data/rktl/plans";
import { addMonthsUtc, monthKey, monthOf } from "@/lib/domain/rktl-progress";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { SelectField } from "@/components/form/fields";
import { createPlanAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("rktl"))("newTitle") };
}

export default async function NewPlanPage() {
  const user = await requirePermission("rktl.plan");
  const [t, format, options] = await Promise.all([getTranslations(), getFormatter(), planTrainingOptions(user)]);
  // The first month: from half a year back (a plan made late) to a year ahead.
  const thisMonth = monthOf(new Date());
  const months = Array.from({ length: 19 }, (_, i) => addMonthsUtc(thisMonth, i - 6));
  return (
    <>
      <PageHeader
        title={t("rktl.newTitle")}
        subtitle={user.provinceName ?? undefined}
        crumbs={[{ href: "/rktl", label: t("rktl.title") }]}
      />
      <ActionForm
        action={createPlanAction}
        initialValues={{
          trainingId: options.defaultId ? String(options.defaultId) : "",
          windowStart: monthKey(addMonthsUtc(thisMonth, 1)),
        }}
        className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4"
      >
        <SelectField
          name="trainingId"
          label={t("rktl.training")}
          placeholder={t("common.choose")}
          options={options.trainings.map((tr) => ({
            value: String(tr.id),
            label: `${tr.title} (${format.dateTime(tr.startDate, { month: "short", year: "numeric" })})`,
          }))}
        />
        <SelectField
          name="windowStart"
          label={t("rktl.firstMonth")}
          hint={t("rktl.firstMonthHint")}
          options={months.map((m) => ({
            value: monthKey(m),
            label: format.dateTime(m, { month: "long", year: "numeric", timeZone: "UTC" }),
          }))}
        />
        <SubmitButton label={t("rktl.create")} pendingLabel={t("common.saving")} />
      </ActionForm>
    </>
  );
}
