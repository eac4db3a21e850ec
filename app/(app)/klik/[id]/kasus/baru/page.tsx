import { IdempotencyKey } from "@/components/form/idempotency-key";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getKlikSession } from "@/lib/data/klik";
import { KLIK_DESKS, KLIK_ISSUE_TYPES } from "@/lib/domain/klik-issue-types";
import { KLIK_STATUSES, SEALED_CASE_FIELDS } from "@/lib/validation/klik";
import { parseId } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { HiddenField, SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { createKlikCaseAction } from "../../../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("klik"))("addCase") };
}

export default async function NewKlikCasePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ meja?: string }>;
}) {
  const user = await requirePermission("klik.write");
  const id = parseId((await params).id);
  const s = id ? await getKlikSession(user, id) : null;
  if (!s) notFound();
  const [t, format, { meja }] = await Promise.all([getTranslations(), getFormatter(), searchParams]);
  const desk = KLIK_DESKS.find((d) => d === meja);
  const crumbs = [
    { href: "/klik", label: t("klik.title") },
    {
      href: `/klik/${s.id}`,
      label: t("klik.sessionTitle", { desa: s.desa.name, date: format.dateTime(s.heldOn, { dateStyle: "medium", timeZone: "UTC" }) }),
    },
  ];
  if (!desk) {
    return (
      <>
        <PageHeader title={t("klik.pickDesk")} crumbs={crumbs} />
        <ul className="grid max-w-xl gap-2">
          {KLIK_DESKS.filter((d) => d !== "VIOLENCE" || s.violenceVisible).map((d) => (
            <li key={d}>
              <Link
                href={`/klik/${s.id}/kasus/baru?meja=${d}`}
                className="block rounded border border-slate-200 bg-white p-3 hover:border-teal-600"
              >
                {t(`klik.deskName.${d}`)}
              </Link>
            </li>
          ))}
        </ul>
      </>
    );
  }
  if (desk === "VIOLENCE" && !s.violenceVisible) notFound();
  return (
    <>
      <PageHeader title={t("klik.newCaseTitle", { desk: t(`klik.deskName.${desk}`) })} crumbs={crumbs} />
      {desk === "VIOLENCE" ? (
        <p className="mb-3 max-w-xl rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">{t("klik.sealedDetailNote")}</p>
      ) : null}
      <ActionForm
        action={createKlikCaseAction.bind(null, s.id)}
        initialValues={{ desk, status: "RECEIVED" }}
        entry={{
          kind: "klik-case",
          bound: { sessionId: s.id },
          formId: `klik-case:${s.id}:${desk}`,
          title: `${t("klik.newCaseTitle", { desk: t(`klik.deskName.${desk}`) })} · ${crumbs[1]!.label}`,
          // The violence desk's complainant and story never stay on the phone (decision 0030).
          ...(desk === "VIOLENCE" ? { sealed: SEALED_CASE_FIELDS, direct: true } : {}),
        }}
        className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4"
      >
        <HiddenField name="desk" value={desk} />
        <IdempotencyKey />
        <SelectField
          name="issueType"
          label={t("klik.issueType")}
          placeholder={t("common.choose")}
          options={KLIK_ISSUE_TYPES[desk].map((c) => ({ value: c, label: t(`klik.issueTypeName.${c}`) }))}
        />
        {desk === "VIOLENCE" ? (
          <>
            <TextField name="complainantName" label={t("klik.complainantName")} autoComplete="off" />
            <TextField name="complainantContact" label={t("klik.complainantContact")} type="tel" inputMode="tel" autoComplete="off" />
            <TextAreaField name="narrative" label={t("klik.narrative")} rows={5} />
          </>
        ) : (
          <TextField name="personName" label={t("klik.personName")} autoComplete="off" />
        )}
        <SelectField
          name="status"
          label={t("klik.status")}
          options={KLIK_STATUSES.map((st) => ({ value: st, label: t(`klik.caseStatus.${st}`) }))}
        />
        <TextField name="referralInstitution" label={t("klik.referralInstitution")} hint={t("klik.referralHint")} autoComplete="off" />
        {/* No note at the violence desk: free text there would say what the sealed fields protect (decision 0032). */}
        {desk === "VIOLENCE" ? null : <TextAreaField name="note" label={t("klik.caseNote")} hint={t("klik.caseNoteHint")} rows={2} />}
        <SubmitButton label={t("common.save")} pendingLabel={t("common.saving")} />
      </ActionForm>
    </>
  );
}
