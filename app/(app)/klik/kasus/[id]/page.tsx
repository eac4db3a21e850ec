import { IdempotencyKey } from "@/components/form/idempotency-key";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getKlikCase } from "@/lib/data/klik-cases";
import { KLIK_ISSUE_TYPES } from "@/lib/domain/klik-issue-types";
import { KLIK_STATUSES } from "@/lib/validation/klik";
import { parseId } from "@/lib/search-params";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { HiddenField, SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { addKlikFollowUpAction, updateKlikCaseAction } from "../../actions";
import { FactsList } from "@/components/ui/facts-list";
import { DetailHeader } from "@/components/ui/detail-header";

// No generateMetadata reading the case: getKlikCase logs every view of a
// violence case, and one page view must be one audit row.
export async function generateMetadata() {
  return { title: (await getTranslations("klik"))("title") };
}

export default async function KlikCasePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requirePermission("klik.read");
  const id = parseId((await params).id);
  const c = id ? await getKlikCase(user, id) : null;
  if (!c) notFound();
  const [t, format, { saved }] = await Promise.all([getTranslations(), getFormatter(), searchParams]);
  const writable = can(user, "klik.write");
  const sessionLabel = t("klik.sessionTitle", {
    desa: c.session.desa.name,
    date: format.dateTime(c.session.heldOn, { dateStyle: "medium", timeZone: "UTC" }),
  });
  const violence = c.desk === "VIOLENCE";
  const rows: [string, string][] = [
    [t("klik.desk"), t(`klik.deskName.${c.desk}`)],
    [t("klik.issueType"), t(`klik.issueTypeName.${c.issueType}` as never)],
    ...(violence && c.violenceDetail
      ? ([
          [t("klik.complainantName"), c.violenceDetail.complainantName],
          [t("klik.complainantContact"), c.violenceDetail.complainantContact ?? "—"],
          [t("klik.narrative"), c.violenceDetail.narrative],
        ] as [string, string][])
      : ([[t("klik.personName"), c.personName ?? "—"]] as [string, string][])),
    [t("klik.status"), t(`klik.caseStatus.${c.status}`)],
    [t("klik.referralInstitution"), c.referralInstitution ?? "—"],
    // A violence case never has a note (decision 0032).
    ...(violence ? [] : ([[t("klik.caseNote"), c.note ?? "—"]] as [string, string][])),
    [t("wilayah.kabupaten"), c.kabupatenName],
    [t("common.updatedAt"), format.dateTime(c.updatedAt, { dateStyle: "medium", timeStyle: "short" })],
  ];
  return (
    <>
      <DetailHeader
        title={violence ? t("klik.violenceCaseLabel", { id: c.id }) : t("klik.caseTitle", { id: c.id })}
        crumbs={[
          { href: "/klik", label: t("klik.title") },
          { href: `/klik/${c.session.id}`, label: sessionLabel },
        ]}
        saved={saved ? t("common.saved") : null}
      />
      {violence ? (
        <p className="mb-3 max-w-2xl rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          {t("klik.sealedDetailNote")}
        </p>
      ) : null}
      <FactsList facts={rows} preLine testId="case-detail" />

      <h2 className="mt-6 text-lg font-semibold">{t("klik.followUps")}</h2>
      {c.followUps.length ? (
        <ol className="mt-2 max-w-2xl space-y-2 text-sm">
          {c.followUps.map((f) => (
            <li key={f.id} className="rounded border border-slate-200 bg-white p-3">
              <span className="block text-xs text-slate-500">
                {format.dateTime(f.date, { dateStyle: "medium", timeZone: "UTC" })}
                {f.byUser ? ` · ${t("klik.followUpBy", { name: f.byUser.name })}` : ""}
              </span>
              <span className="whitespace-pre-line">{f.note}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t("klik.noFollowUps")}</p>
      )}

      {writable ? (
        <div className="mt-6 grid max-w-2xl gap-6">
          <section>
            <h2 className="mb-2 text-lg font-semibold">{t("klik.addFollowUp")}</h2>
            <ActionForm action={addKlikFollowUpAction.bind(null, c.id)} className="space-y-4 rounded border border-slate-200 bg-white p-4">
              <IdempotencyKey />
              <TextField name="date" label={t("klik.followUpDate")} type="date" />
              <TextAreaField name="note" label={t("klik.followUpNote")} />
              <SubmitButton label={t("klik.addFollowUp")} pendingLabel={t("common.saving")} />
            </ActionForm>
          </section>
          <section>
            <h2 className="mb-2 text-lg font-semibold">{t("klik.editCase")}</h2>
            <ActionForm
              action={updateKlikCaseAction.bind(null, c.id)}
              initialValues={{
                issueType: c.issueType,
                status: c.status,
                referralInstitution: c.referralInstitution ?? "",
                note: c.note ?? "",
              }}
              className="space-y-4 rounded border border-slate-200 bg-white p-4"
            >
              <HiddenField name="version" value={String(c.version)} />
              <IdempotencyKey />
              <SelectField
                name="issueType"
                label={t("klik.issueType")}
                options={KLIK_ISSUE_TYPES[c.desk].map((code) => ({ value: code, label: t(`klik.issueTypeName.${code}`) }))}
              />
              <SelectField
                name="status"
                label={t("klik.status")}
                options={KLIK_STATUSES.map((st) => ({ value: st, label: t(`klik.caseStatus.${st}`) }))}
              />
              <TextField
                name="referralInstitution"
                label={t("klik.referralInstitution")}
                hint={t("klik.referralHint")}
                autoComplete="off"
              />
              {violence ? null : <TextAreaField name="note" label={t("klik.caseNote")} hint={t("klik.caseNoteHint")} rows={2} />}
              <SubmitButton label={t("common.save")} pendingLabel={t("common.saving")} />
            </ActionForm>
          </section>
        </div>
      ) : null}
      <p className="mt-6 text-sm">
        <Link href={`/klik/${c.session.id}`} className="text-teal-800 hover:underline">
          ← {sessionLabel}
        </Link>
      </p>
    </>
  );
}
