import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { desaOptions, kabupatenOptions } from "@/lib/data/geo";
import { parseId } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { createPolicyAction } from "../actions";
import { PolicyForm } from "../policy-form";
import { KabupatenPicker } from "@/components/ui/kabupaten-picker";

export async function generateMetadata() {
  return { title: (await getTranslations("policy"))("newTitle") };
}

export default async function NewPolicyPage({ searchParams }: { searchParams: Promise<{ kabupatenId?: string }> }) {
  const user = await requirePermission("policy.write");
  const requested = parseId((await searchParams).kabupatenId ?? "") ?? undefined;
  const [t, kabupaten] = await Promise.all([getTranslations("policy"), kabupatenOptions(user)]);
  const chosen = kabupaten.length === 1 ? kabupaten[0] : kabupaten.find((k) => k.id === requested);
  const kecamatan = chosen ? await desaOptions(user, chosen.id) : [];
  return (
    <>
      <PageHeader title={t("newTitle")} crumbs={[{ href: "/kebijakan", label: t("title") }]} />
      {kabupaten.length > 1 ? <KabupatenPicker label={t("pickKabupaten")} options={kabupaten} selected={chosen?.id} /> : null}
      {chosen ? (
        <>
          <p className="mb-2 text-sm text-slate-600">
            {chosen.label}, {chosen.provinceName}
          </p>
          <PolicyForm
            action={createPolicyAction}
            initialValues={{ level: "DESA", type: "PERDES" }}
            kabupatenId={chosen.id}
            kecamatan={kecamatan}
          />
        </>
      ) : null}
    </>
  );
}
