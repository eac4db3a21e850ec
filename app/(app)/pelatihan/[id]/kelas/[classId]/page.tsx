import { IdempotencyKey } from "@/components/form/idempotency-key";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getClassForEditing, searchKader } from "@/lib/data/training/participants";
import { isoDayString } from "@/lib/domain/training-days";
import { kaderSearch, PARTICIPATION_ROLES } from "@/lib/validation/training";
import { parseId } from "@/lib/search-params";
import { filterInputClass } from "@/components/ui/list";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { CheckboxField, HiddenField, SelectField } from "@/components/form/fields";
import { registerParticipantAction, removeParticipantAction, saveAttendanceAction } from "../../../actions";
import { SearchNotice } from "@/components/ui/search-notice";
import { SEARCH_MAX } from "@/lib/validation/common";
import { DetailHeader } from "@/components/ui/detail-header";
import { SecondaryLink } from "@/components/ui/page-header";

const SAVED = { registered: "training.registered", attendance: "training.attendanceSaved", removed: "training.removed" } as const;

/** The page is for those who may write the class (getClassForEditing): they may also import its participants. */
export default async function TrainingClassPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; classId: string }>;
  searchParams: Promise<{ q?: string; saved?: string }>;
}) {
  const user = await requirePermission("training.write");
  const p = await params;
  const trainingId = parseId(p.id);
  const classId = parseId(p.classId);
  const cls = trainingId && classId ? await getClassForEditing(user, trainingId, classId) : null;
  if (!cls) notFound();
  const sp = await searchParams;
  const q = kaderSearch.parse(sp.q);
  const [t, format, found] = await Promise.all([getTranslations(), getFormatter(), q ? searchKader(user, q) : Promise.resolve(null)]);
  const saved = sp.saved && sp.saved in SAVED ? SAVED[sp.saved as keyof typeof SAVED] : null;
  const dayLabel = (d: Date) => format.dateTime(d, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

  // The attendance grid's current values: p<id> marks the row, p<id>_d<day> a day present, p<id>_done completion.
  const attendanceValues: Record<string, string> = {};
  for (const part of cls.participations) {
    attendanceValues[`p${part.id}`] = "1";
    for (const a of part.attendance) if (a.present) attendanceValues[`p${part.id}_d${isoDayString(a.day)}`] = "on";
    if (part.completed) attendanceValues[`p${part.id}_done`] = "on";
  }

  return (
    <>
      <DetailHeader
        title={t("training.classTitle", { name: cls.name })}
        crumbs={[
          { href: "/pelatihan", label: t("training.title") },
          { href: `/pelatihan/${cls.training.id}`, label: cls.training.title },
        ]}
        saved={saved ? t(saved) : null}
        actions={<SecondaryLink href={`/pelatihan/${cls.training.id}/kelas/${cls.id}/impor`}>{t("import.page.open")}</SecondaryLink>}
      />
      <p className="-mt-3 mb-4 text-sm text-slate-600">
        {t(`enums.classKind.${cls.kind}`)} ·{" "}
        {format.dateTimeRange(cls.training.startDate, cls.training.endDate, { dateStyle: "medium", timeZone: "UTC" })}
      </p>

      <section className="max-w-2xl rounded border border-slate-200 bg-white p-4">
        <h2 className="text-lg font-semibold">{t("training.registerTitle")}</h2>
        <form method="get" role="search" className="mt-2 flex flex-wrap items-end gap-2 text-sm">
          <label className="min-w-0 flex-1">
            {t("training.searchLabel")}
            <input
              name="q"
              maxLength={SEARCH_MAX}
              defaultValue={q ?? ""}
              placeholder={t("training.searchPlaceholder")}
              className={filterInputClass}
            />
          </label>
          <SearchNotice value={typeof sp.q === "string" ? sp.q : undefined} />
          <button type="submit" className="rounded bg-slate-800 px-4 py-1.5 text-white">
            {t("common.search")}
          </button>
        </form>
        {found === null ? (
          <p className="mt-3 text-sm text-slate-600">{t("training.searchFirst")}</p>
        ) : found.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">{t("training.searchNoResult")}</p>
        ) : (
          <div className="mt-3">
            <ActionForm
              action={registerParticipantAction.bind(null, cls.training.id, cls.id)}
              initialValues={{ kaderId: found.length === 1 ? String(found[0]!.id) : "", role: "PARTICIPANT" }}
            >
              <IdempotencyKey />
              <SelectField
                name="kaderId"
                label={t("training.kader")}
                placeholder={found.length > 1 ? t("common.choose") : undefined}
                options={found.map((k) => ({ value: String(k.id), label: k.label }))}
              />
              <SelectField
                name="role"
                label={t("training.role")}
                options={PARTICIPATION_ROLES.map((r) => ({ value: r, label: t(`enums.participationRole.${r}`) }))}
              />
              <SubmitButton label={t("training.register")} pendingLabel={t("common.saving")} />
            </ActionForm>
          </div>
        )}
      </section>

      <section className="mt-6 max-w-2xl">
        <h2 className="text-lg font-semibold">{t("training.attendanceTitle")}</h2>
        {cls.participations.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("training.noParticipants")}</p>
        ) : (
          <>
            <p className="mt-1 text-sm text-slate-600">{t("training.attendanceHint")}</p>
            <ActionForm
              action={saveAttendanceAction.bind(null, cls.training.id, cls.id)}
              initialValues={attendanceValues}
              entry={{
                kind: "attendance",
                bound: { trainingId: cls.training.id, classId: cls.id },
                formId: `attendance:${cls.id}`,
                title: `${t("training.attendanceTitle")} · ${cls.name}`,
                afterQueue: "keep",
              }}
              className="mt-2 space-y-3"
            >
              <IdempotencyKey />
              {cls.participations.map((part) => (
                <fieldset key={part.id} className="rounded border border-slate-200 bg-white p-3" aria-label={part.kader.fullName}>
                  <legend className="px-1 text-sm font-medium">
                    {part.kader.fullName}{" "}
                    <span className="text-xs font-normal text-slate-500">· {t(`enums.participationRole.${part.role}`)}</span>
                  </legend>
                  <HiddenField name={`p${part.id}`} value="1" />
                  <div className="flex flex-wrap gap-x-4 gap-y-2">
                    {cls.days.map((d) => (
                      <CheckboxField key={d.toISOString()} name={`p${part.id}_d${isoDayString(d)}`} label={dayLabel(d)} />
                    ))}
                  </div>
                  <div className="mt-2 border-t border-slate-100 pt-2">
                    <CheckboxField name={`p${part.id}_done`} label={t("training.completed")} />
                  </div>
                </fieldset>
              ))}
              <SubmitButton label={t("training.saveAttendance")} pendingLabel={t("common.saving")} />
            </ActionForm>

            <div className="mt-8 rounded border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">{t("training.removeTitle")}</h3>
              <ActionForm action={removeParticipantAction.bind(null, cls.training.id, cls.id)} className="mt-2 space-y-3">
                <IdempotencyKey />
                <SelectField
                  name="participationId"
                  label={t("training.participant")}
                  hint={t("training.removeHint")}
                  placeholder={t("common.choose")}
                  options={cls.participations.map((part) => ({ value: String(part.id), label: part.kader.fullName }))}
                />
                <SubmitButton label={t("training.remove")} pendingLabel={t("common.saving")} />
              </ActionForm>
            </div>
          </>
        )}
      </section>
    </>
  );
}
