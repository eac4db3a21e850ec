import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { kabupatenOptions } from "@/lib/data/geo";
import { chooseKabupaten } from "@/lib/options";
import { PageHeader } from "@/components/ui/page-header";
import { createPolicyAction } from "../actions";
import { PolicyForm } from "../policy-form";
import { KabupatenPicker } from "@/components/ui/kabupaten-picker";

export async function generateMetadata() {
  return { title: (await getTranslations("policy"))("newTitle") };
}

export default async function NewPolicyPage({ searchParams }: { searchParams: Promise<{ kabupatenId?: string }> }) {
  const user = await requirePermission("policy.write");
  const requested = (await searchParams).kabupatenId;
  const [t, kabupaten] = await Promise.all([getTranslations("policy"), kabupatenOptions(user)]);
  const chosen = kabupaten.length === 1 ? kabupaten[0] : chooseKabupaten(kabupaten, requested);
  return (
    <>
      <PageHeader title={t("newTitle")} crumbs={[{ href: "/kebijakan", label: t("title") }]} />
      {kabupaten.length > 1 ? <KabupatenPicker label={t("pickKabupaten")} options={kabupaten} selected={chosen?.id} /> : null}
      {chosen ? (
        <>
          <p className="mb-2 text-sm text-slate-600">
            {chosen.label}, {chosen.provinceName}
          </p>
          <PolicyForm action={createPolicyAction} initialValues={{ level: "DESA", type: "PERDES" }} kabupatenId={chosen.id} />
        </>
      ) : null}
    </>
  );
}
