import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getGuide } from "@/lib/data/guides";
import { MAX_UPLOAD_BYTES } from "@/lib/files/upload";
import { parseId } from "@/lib/search-params";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { FileField, TextAreaField, TextField } from "@/components/form/fields";
import { addGuideVersionAction } from "../actions";
import { DetailHeader } from "@/components/ui/detail-header";

export default async function GuidePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requirePermission("guide.read");
  const id = parseId((await params).id);
  const guide = id ? await getGuide(user, id) : null;
  if (!guide) notFound();
  const [tAll, t, format, { saved }] = await Promise.all([getTranslations(), getTranslations("guides"), getFormatter(), searchParams]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <DetailHeader
        title={guide.title}
        subtitle={t(`topics.${guide.topic}`)}
        crumbs={[{ href: "/panduan", label: t("title") }]}
        saved={saved ? t("saved") : null}
      />
      <h2 className="text-lg font-semibold">{t("versions")}</h2>
      {guide.versions.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("noVersions")}</p>
      ) : (
        <ul className="mt-2 max-w-2xl space-y-3" data-testid="guide-versions">
          {guide.versions.map((v) => (
            <li key={v.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
              <p className="font-medium">{t("versionLine", { version: v.version, date: day(v.publishedOn) })}</p>
              {v.notes ? <p className="mt-1 whitespace-pre-line text-slate-700">{v.notes}</p> : null}
              {v.file ? (
                <a href={`/berkas/${v.file.id}`} className="mt-1 inline-block text-teal-800 underline">
                  {t("download", { name: v.file.originalName })}
                </a>
              ) : (
                <p className="mt-1 text-xs text-slate-500">{t("noFile")}</p>
              )}
              <p className="mt-2 text-xs font-medium text-slate-600">{t("usedIn")}</p>
              {v.trainings.length ? (
                <ul className="text-xs text-slate-600">
                  {v.trainings.map(({ training }) => (
                    <li key={training.id}>
                      {training.title} · {day(training.startDate)}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-xs text-slate-500">{t("notUsed")}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {can(user, "guide.write") ? (
        <section className="mt-8 max-w-xl">
          <h2 className="text-lg font-semibold">{t("newVersion")}</h2>
          <ActionForm
            action={addGuideVersionAction.bind(null, guide.id)}
            className="mt-2 space-y-4 rounded border border-slate-200 bg-white p-4"
          >
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField name="version" label={t("version")} hint={t("versionHint")} autoComplete="off" />
              <TextField name="publishedOn" label={t("publishedOn")} type="date" />
            </div>
            <TextAreaField name="notes" label={t("notes")} />
            <FileField
              name="file"
              label={t("file")}
              hint={t("fileHint", { mb: Math.round(MAX_UPLOAD_BYTES / (1024 * 1024)) })}
              accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
              maxBytes={MAX_UPLOAD_BYTES}
              tooLargeMessage={tAll("guides.validation.fileTooLarge")}
            />
            <SubmitButton label={t("upload")} pendingLabel={t("saving")} />
          </ActionForm>
        </section>
      ) : null}
    </>
  );
}
