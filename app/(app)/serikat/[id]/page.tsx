import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getSerikat } from "@/lib/data/serikat";
import { kabupatenLabel, kabupatenOptions } from "@/lib/data/geo";
import { parseId } from "@/lib/search-params";
import { StatusBadge, SecondaryLink } from "@/components/ui/page-header";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { setSerikatActiveAction, updateSerikatAction } from "../actions";
import { SerikatForm } from "../serikat-form";
import { DetailHeader } from "@/components/ui/detail-header";

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
  const [t, kabupaten, { saved }] = await Promise.all([getTranslations(), writable ? kabupatenOptions(user) : [], searchParams]);
  return (
    <>
      <DetailHeader
        title={serikat.name}
        subtitle={`${kabupatenLabel(serikat.kabupaten)}, ${serikat.province.name}`}
        crumbs={[{ href: "/serikat", label: t("serikat.title") }]}
        actions={<SecondaryLink href={`/kader?serikatId=${serikat.id}`}>{t("serikat.viewKader")}</SecondaryLink>}
        saved={saved ? t("common.saved") : null}
        status={<StatusBadge active={serikat.active} activeLabel={t("common.active")} inactiveLabel={t("common.inactive")} />}
      />
      {writable ? (
        <>
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
