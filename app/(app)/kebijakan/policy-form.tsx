import { getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { IdempotencyKey } from "@/components/form/idempotency-key";
import { AreaSearchField } from "@/components/form/area-search-field";
import { HiddenField, SelectField, TextField } from "@/components/form/fields";
import type { FormState } from "@/lib/forms/state";
import { POLICY_LEVELS, POLICY_TYPES } from "@/lib/domain/policy-status";
import { POLICY_TOPICS } from "@/lib/validation/policy";

/** The policy form, shared by create and edit. The desa is searched among those of the policy's kabupaten. */
export async function PolicyForm({
  action,
  initialValues,
  kabupatenId,
  version,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: Record<string, string>;
  kabupatenId: number;
  version?: number;
}) {
  const t = await getTranslations();
  return (
    <ActionForm action={action} initialValues={initialValues} className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4">
      {version ? <HiddenField name="version" value={String(version)} /> : <IdempotencyKey />}
      <HiddenField name="kabupatenId" value={String(kabupatenId)} />
      <TextField name="title" label={t("policy.titleField")} hint={t("policy.titleHint")} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="level"
          label={t("policy.level")}
          options={POLICY_LEVELS.map((l) => ({ value: l, label: t(`policy.levels.${l}`) }))}
        />
        <SelectField
          name="type"
          label={t("policy.type")}
          hint={t("policy.typeHint")}
          options={POLICY_TYPES.map((x) => ({ value: x, label: t(`policy.types.${x}`) }))}
        />
      </div>
      <AreaSearchField
        name="desa"
        errorName="desaId"
        label={t("policy.desa")}
        hint={`${t("policy.desaHint")} ${t("wilayah.desaSearchHint")}`}
        placeholder={t("wilayah.desaSearchPlaceholder")}
        searchUrl={`/wilayah/cari?kabupatenId=${kabupatenId}`}
      />
      <SelectField
        name="topic"
        label={t("policy.topic")}
        placeholder={t("policy.choose")}
        options={POLICY_TOPICS.map((x) => ({ value: x, label: t(`policy.topics.${x}`) }))}
      />
      <TextField name="budgetAmount" label={t("policy.budget")} hint={t("policy.budgetHint")} inputMode="numeric" autoComplete="off" />
      <SubmitButton label={t("policy.save")} pendingLabel={t("policy.saving")} />
    </ActionForm>
  );
}
