import { getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { HiddenField, TextAreaField, TextField } from "@/components/form/fields";
import { IdempotencyKey } from "@/components/form/idempotency-key";
import { KabupatenSearchField } from "@/components/form/kabupaten-search-field";
import type { FormState } from "@/lib/forms/state";
import type { FieldEntry } from "@/components/offline/use-field-entry";
import { FPK_PARTICIPANT_ROWS } from "@/lib/validation/fpk";

/** The FPK meeting form, shared by create and edit; participants as numbered rows. */
export async function FpkForm({
  action,
  initialValues,
  kabupaten,
  version,
  entry,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: Record<string, string>;
  kabupaten: { id: number; code: string; label: string; provinceName: string }[];
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
      {kabupaten.length === 1 ? (
        <>
          <HiddenField name="kabupatenId" value={String(kabupaten[0]!.id)} />
          <p className="text-sm text-slate-700">
            {kabupaten[0]!.label}, {kabupaten[0]!.provinceName}
          </p>
        </>
      ) : (
        <KabupatenSearchField
          name="kabupatenId"
          label={t("wilayah.kabupaten")}
          hint={t("wilayah.kabupatenSearchHint")}
          placeholder={t("wilayah.kabupatenSearchPlaceholder")}
          options={kabupaten}
        />
      )}
      <TextField name="heldOn" label={t("fpk.heldOn")} type="date" />
      <TextAreaField name="agenda" label={t("fpk.agenda")} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("fpk.participants")}</legend>
        <p className="text-xs text-slate-500">{t("fpk.participantsHint")}</p>
        {Array.from({ length: FPK_PARTICIPANT_ROWS }, (_, i) => (
          <div key={i} className="grid grid-cols-[1fr_6.5rem] gap-2">
            <TextField name={`institution_${i}`} label={t("fpk.institutionN", { n: i + 1 })} autoComplete="off" />
            <TextField name={`personCount_${i}`} label={t("fpk.personCountN", { n: i + 1 })} inputMode="numeric" />
          </div>
        ))}
      </fieldset>
      <TextAreaField name="agreements" label={t("fpk.agreements")} />
      <TextAreaField name="followUps" label={t("fpk.followUps")} />
      <TextField name="budgetAmount" label={t("fpk.budgetAmount")} hint={t("fpk.budgetHint")} inputMode="numeric" />
      <SubmitButton label={t("common.save")} pendingLabel={t("common.saving")} />
    </ActionForm>
  );
}
