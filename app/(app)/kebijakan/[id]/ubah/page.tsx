import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getPolicy } from "@/lib/data/policy";
import { desaLabel } from "@/lib/data/geo-search";
import { parseId } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { updatePolicyAction } from "../../actions";
import { PolicyForm } from "../../policy-form";

export default async function EditPolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("policy.write");
  const id = parseId((await params).id);
  const policy = id ? await getPolicy(user, id) : null;
  if (!policy) notFound();
  const t = await getTranslations("policy");
  return (
    <>
      <PageHeader
        title={t("editTitle")}
        subtitle={policy.title}
        crumbs={[
          { href: "/kebijakan", label: t("title") },
          { href: `/kebijakan/${policy.id}`, label: policy.number ?? t("detailCrumb") },
        ]}
      />
      <p className="mb-2 text-sm text-slate-600">
        {policy.kabupatenName}, {policy.province.name}
      </p>
      <PolicyForm
        action={updatePolicyAction.bind(null, policy.id)}
        version={policy.version}
        kabupatenId={policy.kabupatenId}
        initialValues={{
          title: policy.title,
          level: policy.level,
          type: policy.type,
          topic: policy.topic,
          desa: policy.desa ? desaLabel({ code: policy.desa.code, name: policy.desa.name, kecamatan: policy.desa.kecamatan.name }) : "",
          budgetAmount: policy.budgetAmount != null ? String(policy.budgetAmount) : "",
        }}
      />
    </>
  );
}
