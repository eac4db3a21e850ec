import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { GUIDE_TOPICS } from "@/lib/validation/guide";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { SelectField, TextField } from "@/components/form/fields";
import { createGuideAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("guides"))("newTitle") };
}

export default async function NewGuidePage() {
  await requirePermission("guide.write");
  const t = await getTranslations("guides");
  return (
    <>
      <PageHeader title={t("newTitle")} crumbs={[{ href: "/panduan", label: t("title") }]} />
      <ActionForm action={createGuideAction} className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4">
        <TextField name="title" label={t("titleField")} autoComplete="off" />
        <SelectField
          name="topic"
          label={t("topic")}
          placeholder={t("choose")}
          options={GUIDE_TOPICS.map((x) => ({ value: x, label: t(`topics.${x}`) }))}
        />
        <p className="text-xs text-slate-600">{t("newHint")}</p>
        <SubmitButton label={t("save")} pendingLabel={t("saving")} />
      </ActionForm>
    </>
  );
}
