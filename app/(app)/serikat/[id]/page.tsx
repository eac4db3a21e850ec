import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getSerikat } from "@/lib/data/serikat";
import { serikatMembershipHistory } from "@/lib/data/serikat-membership";
import { kabupatenLabel, kabupatenOptions } from "@/lib/data/geo";
import { parseId } from "@/lib/search-params";
import { StatusBadge, SecondaryLink } from "@/components/ui/page-header";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { setSerikatActiveAction, updateSerikatAction } from "../actions";
import { SerikatForm } from "../serikat-form";
import { DetailHeader } from "@/components/ui/detail-header";
import { MembershipSection } from "./membership";

/** The notice after a write, by the page's `?saved=`. */
const SAVED_NOTICE = {
  count: "serikat.membership.saved",
  countReplaced: "serikat.membership.replaced",
  countDeleted: "serikat.membership.deleted",
} as const;

export default async function SerikatPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requirePermission("serikat.read");
  const id = parseId((await params).id);
  const serikat = id ? await getSerikat(user, id) : null;
  if (!serikat) notFound();
  const writable = can(user, "serikat.write");
  const [t, kabupaten, history, { saved }] = await Promise.all([
    getTranslations(),
    writable ? kabupatenOptions(user) : [],
    serikatMembershipHistory(user, serikat.id),
    searchParams,
  ]);
  // Own keys only: "?saved=constructor" names no notice.
  const notice = saved ? t(Object.hasOwn(SAVED_NOTICE, saved) ? SAVED_NOTICE[saved as keyof typeof SAVED_NOTICE] : "common.saved") : null;
  return (
    <>
      <DetailHeader
        title={serikat.name}
        subtitle={`${kabupatenLabel(serikat.kabupaten)}, ${serikat.province.name}`}
        crumbs={[{ href: "/serikat", label: t("serikat.title") }]}
        actions={<SecondaryLink href={`/kader?serikatId=${serikat.id}`}>{t("serikat.viewKader")}</SecondaryLink>}
        saved={notice}
        status={<StatusBadge active={serikat.active} activeLabel={t("common.active")} inactiveLabel={t("common.inactive")} />}
      />
      <MembershipSection serikatId={serikat.id} active={serikat.active} history={history ?? []} writable={writable} />
      {writable ? (
        <>
          <h2 className="mb-2 text-lg font-semibold">{t("serikat.editTitle")}</h2>
          <SerikatForm
            action={updateSerikatAction.bind(null, serikat.id)}
            kabupaten={kabupaten}
            version={serikat.version}
            initialValues={{
              name: serikat.name,
              kabupatenId: String(serikat.kabupatenId),
              foundedYear: serikat.foundedYear ? String(serikat.foundedYear) : "",
            }}
          />
          <div className="mt-8 max-w-xl">
            <ActionForm action={setSerikatActiveAction.bind(null, serikat.id, !serikat.active)}>
              <SubmitButton label={serikat.active ? t("serikat.deactivate") : t("serikat.activate")} pendingLabel={t("common.saving")} />
            </ActionForm>
          </div>
        </>
      ) : serikat.foundedYear ? (
        <p className="text-sm">{t("serikat.since", { year: serikat.foundedYear })}</p>
      ) : null}
    </>
  );
}
