import { getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { HiddenField, SelectField, TextField } from "@/components/form/fields";
import type { FormState } from "@/lib/forms/state";
import { KADER_POSITIONS } from "@/lib/validation/kader";

/** The kader form, shared by create and edit. Desa are those of one kabupaten, grouped by kecamatan. */
export async function KaderForm({
  action,
  initialValues,
  serikat,
  kecamatan,
  version,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: Record<string, string>;
  serikat: { id: number; name: string }[];
  kecamatan: { name: string; desa: { id: number; name: string }[] }[];
  version?: number;
}) {
  const t = await getTranslations();
  return (
    <ActionForm action={action} initialValues={initialValues} className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4">
      {version ? <HiddenField name="version" value={String(version)} /> : null}
      <TextField name="fullName" label={t("kader.fullName")} autoComplete="off" />
      <SelectField
        name="position"
        label={t("kader.position")}
        options={KADER_POSITIONS.map((p) => ({ value: p, label: t(`enums.position.${p}`) }))}
      />
      <SelectField
        name="serikatId"
        label={t("kader.serikat")}
        placeholder={t("common.choose")}
        options={serikat.map((s) => ({ value: String(s.id), label: s.name }))}
      />
      <SelectField
        name="desaId"
        label={t("kader.desa")}
        placeholder={t("common.choose")}
        groups={kecamatan.map((k) => ({
          label: `${t("wilayah.kecamatan")} ${k.name}`,
          options: k.desa.map((d) => ({ value: String(d.id), label: d.name })),
        }))}
      />
      <TextField name="phone" label={t("kader.phone")} hint={t("kader.phoneHint")} type="tel" inputMode="tel" autoComplete="off" />
      <div className="grid grid-cols-2 gap-3">
        <TextField name="birthYear" label={t("kader.birthYear")} inputMode="numeric" />
        <TextField name="joinedYear" label={t("kader.joinedYear")} inputMode="numeric" />
      </div>
      <SubmitButton label={t("common.save")} pendingLabel={t("common.saving")} />
    </ActionForm>
  );
}
