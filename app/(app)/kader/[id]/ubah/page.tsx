import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getKader, kaderFormValues } from "@/lib/data/kader";
import { parseId } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { updateKaderAction } from "../../actions";
import { KaderForm } from "../../kader-form";
import { KabupatenPicker } from "@/components/ui/kabupaten-picker";
import { placementChoices } from "../../placement";

export default async function EditKaderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ kabupatenId?: string }>;
}) {
  const user = await requirePermission("kader.write");
  const id = parseId((await params).id);
  const kader = id ? await getKader(user, id) : null;
  if (!kader) notFound();
  const requested = (await searchParams).kabupatenId || kader.kabupatenId;
  const [t, choices] = await Promise.all([getTranslations(), placementChoices(user, requested)]);
  const sameKabupaten = choices.chosen?.id === kader.kabupatenId;
  return (
    <>
      <PageHeader
        title={t("kader.editTitle", { name: kader.fullName })}
        crumbs={[
          { href: "/kader", label: t("kader.title") },
          { href: `/kader/${kader.id}`, label: kader.fullName },
        ]}
      />
      {choices.kabupaten.length > 1 ? (
        <KabupatenPicker label={t("kader.pickKabupaten")} options={choices.kabupaten} selected={choices.chosen?.id} />
      ) : null}
      {choices.chosen ? (
        <KaderForm
          action={updateKaderAction.bind(null, kader.id)}
          version={kader.version}
          initialValues={kaderFormValues(kader, sameKabupaten)}
          entry={{
            kind: "kader-edit",
            bound: { kaderId: kader.id },
            formId: `kader-edit:${kader.id}:${choices.chosen.id}`,
            title: t("kader.editTitle", { name: kader.fullName }),
            afterQueue: "keep",
          }}
          serikat={choices.serikat}
          kabupatenId={choices.chosen.id}
        />
      ) : null}
    </>
  );
}
