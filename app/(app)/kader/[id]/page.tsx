import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getKader } from "@/lib/data/kader";
import { parseId } from "@/lib/search-params";
import { StatusBadge } from "@/components/ui/page-header";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { setKaderActiveAction } from "../actions";
import { FactsList } from "@/components/ui/facts-list";
import { DetailHeader } from "@/components/ui/detail-header";

export default async function KaderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requirePermission("kader.read");
  const id = parseId((await params).id);
  const kader = id ? await getKader(user, id) : null;
  if (!kader) notFound();
  const [t, format, { saved }] = await Promise.all([getTranslations(), getFormatter(), searchParams]);
  const writable = can(user, "kader.write");
  const rows: [string, string][] = [
    [t("kader.position"), t(`enums.position.${kader.position}`)],
    [t("kader.serikat"), kader.serikat.name],
    [t("kader.desa"), `${kader.desa.name}, ${t("wilayah.kecamatan")} ${kader.desa.kecamatan.name}`],
    [t("wilayah.kabupaten"), `${kader.kabupatenName}, ${kader.province.name}`],
    [t("kader.phone"), kader.phone ?? "—"],
    [t("kader.birthYear"), kader.birthYear ? String(kader.birthYear) : "—"],
    [t("kader.joinedYear"), kader.joinedYear ? String(kader.joinedYear) : "—"],
    [t("common.updatedAt"), format.dateTime(kader.updatedAt, { dateStyle: "medium", timeStyle: "short" })],
  ];
  return (
    <>
      <DetailHeader
        title={kader.fullName}
        crumbs={[{ href: "/kader", label: t("kader.title") }]}
        editHref={writable ? `/kader/${kader.id}/ubah` : null}
        saved={saved ? t("common.saved") : null}
        status={<StatusBadge active={kader.active} activeLabel={t("common.active")} inactiveLabel={t("common.inactive")} />}
      />
      <FactsList facts={rows} />
      <h2 className="mt-6 text-lg font-semibold">{t("kader.trainings")}</h2>
      {kader.participations.length ? (
        <ul className="mt-2 space-y-1 text-sm">
          {kader.participations.map((p) => (
            <li key={`${p.class.training.id}-${p.class.kind}`}>
              <Link href={`/pelatihan/${p.class.training.id}`} className="text-teal-800 hover:underline">
                {p.class.training.title}
              </Link>{" "}
              · {format.dateTime(p.class.training.startDate, { dateStyle: "medium" })} · {t(`enums.classKind.${p.class.kind}`)} ·{" "}
              {t(`enums.participationRole.${p.role}`)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t("kader.noTrainings")}</p>
      )}
      {writable ? (
        <div className="mt-8 max-w-xl">
          <ActionForm action={setKaderActiveAction.bind(null, kader.id, !kader.active)}>
            <p className="text-sm text-slate-600">{kader.active ? t("kader.deactivateHint") : t("kader.activateHint")}</p>
            <SubmitButton label={kader.active ? t("kader.deactivate") : t("kader.activate")} pendingLabel={t("common.saving")} />
          </ActionForm>
        </div>
      ) : null}
    </>
  );
}
