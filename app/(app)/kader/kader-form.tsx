import { getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { AreaSearchField } from "@/components/form/area-search-field";
import { HiddenField, SelectField, TextField } from "@/components/form/fields";
import { IdempotencyKey } from "@/components/form/idempotency-key";
import type { FormState } from "@/lib/forms/state";
import type { FieldEntry } from "@/components/offline/use-field-entry";
import { KADER_POSITIONS } from "@/lib/validation/kader";

/** The kader form, shared by create and edit. The desa is searched among those of one kabupaten. */
export async function KaderForm({
  action,
  initialValues,
  serikat,
  kabupatenId,
  version,
  entry,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: Record<string, string>;
  serikat: { id: number; name: string }[];
  kabupatenId: number;
  version?: number;
  /** Kept as a draft on the phone and sent through the outbox (decision 0030). */
  entry?: FieldEntry;
}) {
  const t = await getTranslations();
  return (
    <ActionForm
      action={action}
      initialValues={initialValues}
      entry={entry}
      className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4"
    >
      {version ? <HiddenField name="version" value={String(version)} /> : null}
      <IdempotencyKey />
      <HiddenField name="kabupatenId" value={String(kabupatenId)} />
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
      <AreaSearchField
        name="desa"
        errorName="desaId"
        label={t("kader.desa")}
        hint={t("wilayah.desaSearchHint")}
        placeholder={t("wilayah.desaSearchPlaceholder")}
        searchUrl={`/wilayah/cari?kabupatenId=${kabupatenId}`}
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
