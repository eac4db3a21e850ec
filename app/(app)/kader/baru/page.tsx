import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { PageHeader } from "@/components/ui/page-header";
import { createKaderAction } from "../actions";
import { KaderForm } from "../kader-form";
import { KabupatenPicker } from "@/components/ui/kabupaten-picker";
import { placementChoices } from "../placement";

export async function generateMetadata() {
  return { title: (await getTranslations("kader"))("newTitle") };
}

export default async function NewKaderPage({ searchParams }: { searchParams: Promise<{ kabupatenId?: string }> }) {
  const user = await requirePermission("kader.write");
  const requested = (await searchParams).kabupatenId;
  const [t, choices] = await Promise.all([getTranslations(), placementChoices(user, requested)]);
  return (
    <>
      <PageHeader title={t("kader.newTitle")} crumbs={[{ href: "/kader", label: t("kader.title") }]} />
      {choices.kabupaten.length > 1 ? (
        <KabupatenPicker label={t("kader.pickKabupaten")} options={choices.kabupaten} selected={choices.chosen?.id} />
      ) : null}
      {choices.chosen ? (
        <>
          <p className="mb-2 text-sm text-slate-600">{choices.chosen.label}</p>
          <KaderForm
            action={createKaderAction}
            initialValues={{ position: "KADER", serikatId: choices.serikat.length === 1 ? String(choices.serikat[0]!.id) : "" }}
            serikat={choices.serikat}
            kabupatenId={choices.chosen.id}
            entry={{
              kind: "kader",
              bound: {},
              formId: `kader:new:${choices.chosen.id}`,
              title: `${t("kader.newTitle")} · ${choices.chosen.label}`,
            }}
          />
        </>
      ) : null}
    </>
  );
}
