import { IdempotencyKey } from "@/components/form/idempotency-key";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getPolicy } from "@/lib/data/policy";
import { allowedTransitions } from "@/lib/domain/policy-status";
import { MAX_UPLOAD_BYTES } from "@/lib/files/upload";
import { parseId } from "@/lib/search-params";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { FileField, HiddenField, SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { changePolicyStatusAction } from "../actions";
import { rupiahFormatter } from "../format";
import { PolicyStatusBadge } from "../status-badge";
import { FactsList } from "@/components/ui/facts-list";
import { DetailHeader } from "@/components/ui/detail-header";

export default async function PolicyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requirePermission("policy.read");
  const id = parseId((await params).id);
  const policy = id ? await getPolicy(user, id) : null;
  if (!policy) notFound();
  const [tAll, t, format, rupiah, { saved }] = await Promise.all([
    getTranslations(),
    getTranslations("policy"),
    getFormatter(),
    rupiahFormatter(),
    searchParams,
  ]);
  const writable = can(user, "policy.write");
  const next = allowedTransitions(policy.status);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const rows: [string, string][] = [
    [t("type"), t(`types.${policy.type}`)],
    [t("level"), t(`levels.${policy.level}`)],
    [t("topic"), t(`topics.${policy.topic}`)],
    ...(policy.desa
      ? ([[t("desa"), `${policy.desa.name}, ${t("kecamatan", { name: policy.desa.kecamatan.name })}`]] as [string, string][])
      : []),
    [t("kabupaten"), `${policy.kabupatenName}, ${policy.province.name}`],
    [t("number"), policy.number ?? "—"],
    [t("enactedOn"), policy.enactedOn ? day(policy.enactedOn) : "—"],
    [t("budget"), rupiah(policy.budgetAmount)],
    [t("updatedAt"), format.dateTime(policy.updatedAt, { dateStyle: "medium", timeStyle: "short" })],
  ];
  return (
    <>
      <DetailHeader
        title={policy.title}
        crumbs={[{ href: "/kebijakan", label: t("title") }]}
        editHref={writable ? `/kebijakan/${policy.id}/ubah` : null}
        saved={saved ? t("saved") : null}
        status={<PolicyStatusBadge status={policy.status} label={t(`statuses.${policy.status}`)} />}
      />
      <FactsList facts={rows} />

      <h2 className="mt-6 text-lg font-semibold">{t("evidence")}</h2>
      {policy.evidenceFile ? (
        <p className="mt-2 text-sm">
          <a href={`/berkas/${policy.evidenceFile.id}`} className="font-medium text-teal-800 underline" data-testid="evidence-link">
            {t("download", { name: policy.evidenceFile.originalName })}
          </a>
          <span className="block text-xs text-slate-500">
            {t("fileSize", { kb: format.number(Math.max(1, Math.round(policy.evidenceFile.sizeBytes / 1024))) })}
          </span>
        </p>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t("noEvidence")}</p>
      )}

      <h2 className="mt-6 text-lg font-semibold">{t("history")}</h2>
      <ol className="mt-2 max-w-2xl space-y-2 text-sm" data-testid="policy-history">
        {policy.history.map((h) => (
          <li key={h.id} className="rounded border border-slate-200 bg-white p-3">
            <span className="font-medium">
              {h.fromStatus
                ? t("transition", { from: t(`statuses.${h.fromStatus}`), to: t(`statuses.${h.toStatus}`) })
                : t(`statuses.${h.toStatus}`)}
            </span>
            <span className="block text-xs text-slate-600">
              {format.dateTime(h.changedAt, { dateStyle: "medium", timeStyle: "short" })} · {h.changedBy?.name ?? t("unknownUser")}
            </span>
            {h.note ? <p className="mt-1 whitespace-pre-line">{h.note}</p> : null}
          </li>
        ))}
      </ol>

      {writable ? (
        <section className="mt-8 max-w-xl">
          <h2 className="text-lg font-semibold">{t("changeStatus")}</h2>
          {next.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t("finalStatus")}</p>
          ) : (
            <ActionForm
              action={changePolicyStatusAction.bind(null, policy.id)}
              initialValues={{ toStatus: next[0]! }}
              entry={{
                kind: "policy-status",
                bound: { policyId: policy.id },
                formId: `policy-status:${policy.id}`,
                title: `${t("changeStatus")} · ${policy.title}`,
                afterQueue: "keep",
              }}
              className="mt-2 space-y-4 rounded border border-slate-200 bg-white p-4"
            >
              <HiddenField name="version" value={String(policy.version)} />
              <IdempotencyKey />
              <SelectField name="toStatus" label={t("newStatus")} options={next.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
              <TextAreaField name="note" label={t("note")} hint={t("noteHint")} />
              {next.includes("ENACTED") ? (
                <fieldset className="space-y-4 rounded border border-dashed border-slate-300 p-3">
                  <legend className="px-1 text-sm font-medium">{t("enactLegend")}</legend>
                  <p className="text-xs text-slate-600">{t("enactHint")}</p>
                  <TextField name="number" label={t("number")} hint={t("numberHint")} autoComplete="off" />
                  <TextField name="enactedOn" label={t("enactedOn")} type="date" />
                  <FileField
                    name="evidence"
                    label={t("evidenceFile")}
                    hint={t("evidenceHint", { mb: Math.round(MAX_UPLOAD_BYTES / (1024 * 1024)) })}
                    accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
                    maxBytes={MAX_UPLOAD_BYTES}
                    tooLargeMessage={tAll("policy.validation.fileTooLarge")}
                  />
                </fieldset>
              ) : null}
              <SubmitButton label={t("saveStatus")} pendingLabel={t("saving")} />
            </ActionForm>
          )}
        </section>
      ) : null}
    </>
  );
}
