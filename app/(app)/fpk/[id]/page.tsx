import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getFpkMeeting } from "@/lib/data/fpk";
import { parseId } from "@/lib/search-params";
import { rupiahFormatter } from "../format";
import { FactsList } from "@/components/ui/facts-list";
import { DetailHeader } from "@/components/ui/detail-header";

export async function generateMetadata() {
  return { title: (await getTranslations("fpk"))("title") };
}

export default async function FpkMeetingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requirePermission("fpk.read");
  const id = parseId((await params).id);
  const m = id ? await getFpkMeeting(user, id) : null;
  if (!m) notFound();
  const [t, format, rupiah, { saved }] = await Promise.all([getTranslations(), getFormatter(), rupiahFormatter(), searchParams]);
  const date = format.dateTime(m.heldOn, { dateStyle: "long", timeZone: "UTC" });
  const rows: [string, string][] = [
    [t("fpk.heldOn"), date],
    [t("wilayah.kabupaten"), `${m.kabupatenName}, ${m.province.name}`],
    [t("fpk.agenda"), m.agenda],
    [t("fpk.agreements"), m.agreements ?? "—"],
    [t("fpk.followUps"), m.followUps ?? "—"],
    [t("fpk.budget"), m.budgetAmount != null ? rupiah(m.budgetAmount) : t("fpk.noBudget")],
    [t("common.updatedAt"), format.dateTime(m.updatedAt, { dateStyle: "medium", timeStyle: "short" })],
  ];
  const people = m.participants.reduce((s, p) => s + p.personCount, 0);
  return (
    <>
      <DetailHeader
        title={t("fpk.meetingTitle", { kabupaten: m.kabupatenName, date })}
        crumbs={[{ href: "/fpk", label: t("fpk.title") }]}
        editHref={can(user, "fpk.write") ? `/fpk/${m.id}/ubah` : null}
        saved={saved ? t("common.saved") : null}
      />
      <FactsList facts={rows} preLine testId="fpk-detail" />
      <h2 className="mt-6 text-lg font-semibold">{t("fpk.participants")}</h2>
      <p className="text-sm text-slate-600">
        {t("fpk.participantsSummary", { institutions: format.number(m.participants.length), people: format.number(people) })}
      </p>
      <div className="table-wrap mt-2 max-w-2xl rounded border border-slate-200 bg-white">
        <table className="w-full text-left text-sm" data-testid="fpk-participants">
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th className="px-3 py-2">{t("fpk.institution")}</th>
              <th className="px-3 py-2 text-right">{t("fpk.personCount")}</th>
            </tr>
          </thead>
          <tbody>
            {m.participants.map((p) => (
              <tr key={p.institution} className="border-t border-slate-100">
                <td className="px-3 py-2">{p.institution}</td>
                <td className="px-3 py-2 text-right">{format.number(p.personCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
