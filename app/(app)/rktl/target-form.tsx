import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { HiddenField, SelectField, TextField } from "@/components/form/fields";
import { KabupatenSearchField } from "@/components/form/kabupaten-search-field";
import type { FormState } from "@/lib/forms/state";
import { monthKey } from "@/lib/domain/rktl-progress";
import { RKTL_KINDS } from "@/lib/validation/rktl";

/** The target form, shared by add and edit: kabupaten of the plan's province, months of its window. */
export async function TargetForm({
  action,
  initialValues,
  kabupaten,
  months,
  version,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: Record<string, string>;
  kabupaten: { id: number; code: string; label: string; provinceName: string }[];
  months: Date[];
  version?: number;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <ActionForm action={action} initialValues={initialValues} className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4">
      {version ? <HiddenField name="version" value={String(version)} /> : null}
      <TextField name="activity" label={t("rktl.activity")} hint={t("rktl.activityHint")} autoComplete="off" />
      <SelectField
        name="kind"
        label={t("rktl.kindLabel")}
        placeholder={t("common.choose")}
        options={RKTL_KINDS.map((k) => ({ value: k, label: t(`rktl.kind.${k}`) }))}
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField name="quantity" label={t("rktl.quantity")} inputMode="numeric" />
        <TextField name="unit" label={t("rktl.unit")} hint={t("rktl.unitHint")} autoComplete="off" />
      </div>
      <KabupatenSearchField
        name="kabupatenId"
        label={t("wilayah.kabupaten")}
        hint={t("wilayah.kabupatenSearchHint")}
        placeholder={t("wilayah.kabupatenSearchPlaceholder")}
        options={kabupaten}
      />
      <TextField name="responsible" label={t("rktl.responsible")} autoComplete="off" />
      <SelectField
        name="plannedMonth"
        label={t("rktl.plannedMonth")}
        placeholder={t("common.choose")}
        options={months.map((m) => ({
          value: monthKey(m),
          label: format.dateTime(m, { month: "long", year: "numeric", timeZone: "UTC" }),
        }))}
      />
      <SubmitButton label={t("common.save")} pendingLabel={t("common.saving")} />
    </ActionForm>
  );
}
