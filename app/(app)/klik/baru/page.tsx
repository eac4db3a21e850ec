import { IdempotencyKey } from "@/components/form/idempotency-key";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { AreaSearchField } from "@/components/form/area-search-field";
import { TextAreaField, TextField } from "@/components/form/fields";
import { createKlikSessionAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("klik"))("newTitle") };
}

export default async function NewKlikSessionPage() {
  const user = await requirePermission("klik.write");
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={t("klik.newTitle")}
        subtitle={user.kabupatenName ?? undefined}
        crumbs={[{ href: "/klik", label: t("klik.title") }]}
      />
      <ActionForm
        action={createKlikSessionAction}
        entry={{ kind: "klik-session", bound: {}, formId: "klik-session:new", title: t("klik.newTitle") }}
        className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4"
      >
        <IdempotencyKey />
        <TextField name="heldOn" label={t("klik.heldOn")} type="date" />
        {/* Desa in the user's own area (district staff: their kabupaten). */}
        <AreaSearchField
          name="desa"
          errorName="desaId"
          label={t("klik.desa")}
          hint={t("wilayah.desaSearchHint")}
          placeholder={t("wilayah.desaSearchPlaceholder")}
          searchUrl="/wilayah/cari"
        />
        <TextField name="officers" label={t("klik.officers")} hint={t("klik.officersHint")} autoComplete="off" />
        <TextAreaField name="notes" label={t("klik.notes")} />
        <SubmitButton label={t("common.save")} pendingLabel={t("common.saving")} />
      </ActionForm>
    </>
  );
}
