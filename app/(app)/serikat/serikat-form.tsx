import { getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { IdempotencyKey } from "@/components/form/idempotency-key";
import { HiddenField, TextField } from "@/components/form/fields";
import { KabupatenSearchField } from "@/components/form/kabupaten-search-field";
import type { FormState } from "@/lib/forms/state";

export async function SerikatForm({
  action,
  initialValues,
  kabupaten,
  version,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: Record<string, string>;
  kabupaten: { id: number; code: string; label: string; provinceName: string }[];
  version?: number;
}) {
  const t = await getTranslations();
  return (
    <ActionForm action={action} initialValues={initialValues} className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4">
      {version ? <HiddenField name="version" value={String(version)} /> : <IdempotencyKey />}
      <TextField name="name" label={t("serikat.name")} />
      <KabupatenSearchField
        name="kabupatenId"
        label={t("wilayah.kabupaten")}
        hint={t("wilayah.kabupatenSearchHint")}
        placeholder={t("wilayah.kabupatenSearchPlaceholder")}
        options={kabupaten}
      />
      <TextField name="foundedYear" label={t("serikat.foundedYear")} inputMode="numeric" />
      <SubmitButton label={t("common.save")} pendingLabel={t("common.saving")} />
    </ActionForm>
  );
}
