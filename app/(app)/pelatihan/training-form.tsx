import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { IdempotencyKey } from "@/components/form/idempotency-key";
import { CheckboxField, HiddenField, SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { KabupatenSearchField } from "@/components/form/kabupaten-search-field";
import type { FormState } from "@/lib/forms/state";
import type { trainingFormChoices } from "@/lib/data/training/writes";

/** The training form, shared by create and edit. Works without JavaScript: every place field is shown, with a hint for its level. */
export async function TrainingForm({
  action,
  initialValues,
  choices,
  version,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: Record<string, string>;
  choices: Awaited<ReturnType<typeof trainingFormChoices>>;
  version?: number;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const levels = choices.levels;
  return (
    <ActionForm action={action} initialValues={initialValues} className="max-w-2xl space-y-4 rounded border border-slate-200 bg-white p-4">
      {version ? <HiddenField name="version" value={String(version)} /> : <IdempotencyKey />}
      <SelectField
        name="level"
        label={t("training.levelLabel")}
        placeholder={levels.length > 1 ? t("common.choose") : undefined}
        options={levels.map((l) => ({ value: l, label: t(`training.level.${l}`) }))}
      />
      <TextField name="title" label={t("training.titleField")} autoComplete="off" />
      <TextField name="theme" label={t("training.theme")} autoComplete="off" />
      <TextAreaField name="objectives" label={t("training.objectives")} hint={t("training.objectivesHint")} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField name="startDate" label={t("training.startDate")} type="date" />
        <TextField name="endDate" label={t("training.endDate")} type="date" />
      </div>
      <TextField name="place" label={t("training.place")} autoComplete="off" />
      <TextField name="organiser" label={t("training.organiser")} autoComplete="off" />
      {levels.includes("PROVINCIAL") ? (
        <SelectField
          name="provinceId"
          label={t("training.province")}
          hint={t("training.provinceHint")}
          placeholder={t("common.choose")}
          options={choices.provinces.map((p) => ({ value: String(p.id), label: p.name }))}
        />
      ) : null}
      <KabupatenSearchField
        name="kabupatenId"
        label={t("training.kabupaten")}
        hint={`${t("training.kabupatenHint")} ${t("wilayah.kabupatenSearchHint")}`}
        placeholder={t("wilayah.kabupatenSearchPlaceholder")}
        options={choices.kabupaten}
      />
      <SelectField
        name="parentTrainingId"
        label={t("training.parent")}
        hint={t("training.parentHint")}
        placeholder={t("training.noParent")}
        options={choices.parents.map((p) => ({
          value: String(p.id),
          label: `${p.title} (${format.dateTime(p.startDate, { dateStyle: "medium", timeZone: "UTC" })})`,
        }))}
      />
      <fieldset className="space-y-3 rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">{t("training.classes")}</legend>
        <p className="text-xs text-slate-500">{t("training.classesHint")}</p>
        <TextField name="leadershipClassName" label={t("training.leadershipClassName")} autoComplete="off" />
        <TextField name="implementationClassName" label={t("training.implementationClassName")} autoComplete="off" />
      </fieldset>
      {choices.guides.length ? (
        <fieldset className="space-y-2 rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-800">{t("training.guides")}</legend>
          {choices.guides.map((g) => (
            <CheckboxField key={g.id} name={`guide_${g.id}`} label={g.label} />
          ))}
        </fieldset>
      ) : null}
      <SubmitButton label={t("common.save")} pendingLabel={t("common.saving")} />
    </ActionForm>
  );
}
