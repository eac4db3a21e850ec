import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getKlikSession } from "@/lib/data/klik";
import { mayImportInto } from "@/lib/data/imports/kinds";
import { KLIK_DESKS, KLIK_ISSUE_TYPES } from "@/lib/domain/klik-issue-types";
import { KLIK_STATUSES } from "@/lib/validation/klik";
import { ClinicDayGrid } from "@/components/klik/clinic-day-grid";
import { parseId } from "@/lib/search-params";
import { DeskCounts } from "../desk-counts";
import { FactsList } from "@/components/ui/facts-list";
import { DetailHeader } from "@/components/ui/detail-header";

export async function generateMetadata() {
  return { title: (await getTranslations("klik"))("title") };
}

export default async function KlikSessionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requirePermission("klik.read");
  const id = parseId((await params).id);
  const s = id ? await getKlikSession(user, id) : null;
  if (!s) notFound();
  const [t, format, { saved }] = await Promise.all([getTranslations(), getFormatter(), searchParams]);
  const writable = can(user, "klik.write");
  const importable = writable && (await mayImportInto(user, "KLIK_CASES", s.id));
  const date = format.dateTime(s.heldOn, { dateStyle: "long", timeZone: "UTC" });
  const rows: [string, string][] = [
    [t("klik.heldOn"), date],
    [t("klik.desa"), `${s.desa.name}, ${t("wilayah.kecamatan")} ${s.desa.kecamatan.name}`],
    [t("wilayah.kabupaten"), `${s.kabupatenName}, ${s.province.name}`],
    [t("klik.officers"), s.officers],
    [t("klik.notes"), s.notes ?? "—"],
    [t("klik.createdBy"), s.createdBy?.name ?? "—"],
  ];
  return (
    <>
      <DetailHeader
        title={t("klik.sessionTitle", { desa: s.desa.name, date })}
        crumbs={[{ href: "/klik", label: t("klik.title") }]}
        saved={saved ? t("common.saved") : null}
      />
      <FactsList facts={rows} labelWidth="10rem" preLine />
      {importable ? (
        <p className="mt-4">
          <Link
            href={`/klik/${s.id}/impor`}
            className="inline-block rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:border-teal-600"
          >
            {t("import.klik.open")}
          </Link>
        </p>
      ) : null}
      {writable ? (
        // The day's cases, a row per visitor (decision 0032); drawn only once the page runs its script,
        // so without it the desks' "Tambah kasus" links below stay the way in.
        <ClinicDayGrid
          sessionId={s.id}
          path={`/klik/${s.id}`}
          draftTitle={`${t("klik.grid.title")} · ${t("klik.sessionTitle", { desa: s.desa.name, date })}`}
          messages={t.raw("klik.grid")}
          desks={KLIK_DESKS.filter((d) => d !== "VIOLENCE" || s.violenceVisible).map((d) => ({
            value: d,
            label: t(`klik.grid.desk.${d}`),
          }))}
          issueTypes={Object.fromEntries(
            KLIK_DESKS.filter((d) => d !== "VIOLENCE").map((d) => [
              d,
              KLIK_ISSUE_TYPES[d].map((c) => ({ value: c, label: t(`klik.issueTypeName.${c}`) })),
            ]),
          )}
          statuses={KLIK_STATUSES.map((st) => ({ value: st, label: t(`klik.caseStatus.${st}`) }))}
          labels={{
            desk: t("klik.desk"),
            issueType: t("klik.issueType"),
            personName: t("klik.personName"),
            status: t("klik.status"),
            referralInstitution: t("klik.referralInstitution"),
            note: t("klik.caseNote"),
          }}
          choose={t("common.choose")}
          sealedFormHref={s.violenceVisible ? `/klik/${s.id}/kasus/baru?meja=VIOLENCE` : null}
        />
      ) : null}
      <h2 className="mt-6 mb-2 text-lg font-semibold">{t("klik.casesPerDesk")}</h2>
      <DeskCounts counts={s.counts} size="lg" />
      {s.violenceVisible ? <p className="mt-1 text-xs text-slate-500">{t("klik.suppressedNote")}</p> : null}
      {KLIK_DESKS.map((desk) => {
        const sealed = desk === "VIOLENCE" && !s.violenceVisible;
        const cases = s.casesByDesk[desk];
        return (
          <section key={desk} className="mt-6" data-testid={`desk-${desk}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">{t(`klik.deskName.${desk}`)}</h3>
              {writable && !sealed ? (
                <Link
                  href={`/klik/${s.id}/kasus/baru?meja=${desk}`}
                  className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:border-teal-600"
                >
                  {t("klik.addCase")}
                </Link>
              ) : null}
            </div>
            {sealed ? (
              <p className="mt-2 rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">{t("klik.sealedYearNote")}</p>
            ) : cases.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{t("klik.noCases")}</p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-100 rounded border border-slate-200 bg-white text-sm">
                {cases.map((c) => (
                  <li key={c.id} className="px-3 py-2">
                    <Link href={`/klik/kasus/${c.id}`} className="font-medium text-teal-800 hover:underline">
                      {desk === "VIOLENCE" ? t("klik.violenceCaseLabel", { id: c.id }) : c.personName}
                    </Link>
                    <span className="block text-xs text-slate-600">
                      {t(`klik.issueTypeName.${c.issueType}` as never)} · {t(`klik.caseStatus.${c.status}`)}
                      {c.referralInstitution ? ` · ${c.referralInstitution}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
