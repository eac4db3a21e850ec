import { getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { CheckboxField, HiddenField, SelectField, TextField } from "@/components/form/fields";
import { KabupatenSearchField } from "@/components/form/kabupaten-search-field";
import type { FormState } from "@/lib/forms/state";
import { Role } from "@/lib/generated/prisma/enums";

export async function UserForm({
  action,
  initialValues,
  provinces,
  kabupaten,
  version,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: Record<string, string>;
  provinces: { id: number; name: string }[];
  kabupaten: { id: number; code: string; label: string; provinceName: string }[];
  version?: number;
}) {
  const t = await getTranslations();
  return (
    <ActionForm action={action} initialValues={initialValues} className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4">
      {version ? <HiddenField name="version" value={String(version)} /> : null}
      <TextField name="name" label={t("users.name")} autoComplete="off" />
      <TextField name="email" label={t("users.email")} type="email" autoComplete="off" />
      <SelectField
        name="role"
        label={t("users.role")}
        options={Object.values(Role).map((r) => ({ value: r, label: t(`enums.role.${r}`) }))}
      />
      <SelectField
        name="provinceId"
        label={t("users.province")}
        hint={t("users.provinceHint")}
        placeholder={t("common.none")}
        options={provinces.map((p) => ({ value: String(p.id), label: p.name }))}
      />
      <KabupatenSearchField
        name="kabupatenId"
        label={t("users.kabupaten")}
        hint={`${t("users.kabupatenHint")} ${t("wilayah.kabupatenSearchHint")}`}
        placeholder={t("wilayah.kabupatenSearchPlaceholder")}
        options={kabupaten}
      />
      <TextField
        name="password"
        label={version ? t("users.newPassword") : t("users.password")}
        hint={t("users.passwordHint")}
        type="password"
        autoComplete="new-password"
      />
      <CheckboxField name="active" label={t("users.active")} />
      <fieldset className="space-y-2 rounded border border-amber-200 bg-amber-50 p-3">
        <legend className="px-1 text-sm font-medium">{t("users.violenceGrants")}</legend>
        <CheckboxField name="canViewViolenceDetails" label={t("users.canViewViolenceDetails")} hint={t("users.violenceGrantsHint")} />
        <CheckboxField name="canExportViolenceDetails" label={t("users.canExportViolenceDetails")} />
      </fieldset>
      <SubmitButton label={t("common.save")} pendingLabel={t("common.saving")} />
    </ActionForm>
  );
}
