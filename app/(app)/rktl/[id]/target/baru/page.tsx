import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getPlan, planKabupatenOptions } from "@/lib/data/rktl/plans";
import { parseId } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { addTargetAction } from "../../../actions";
import { TargetForm } from "../../../target-form";

export default async function NewTargetPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("rktl.plan");
  const id = parseId((await params).id);
  const plan = id ? await getPlan(user, id) : null;
  if (!plan) notFound();
  const [t, kabupaten] = await Promise.all([getTranslations(), planKabupatenOptions(user, plan.id)]);
  const crumbs = [
    { href: "/rktl", label: t("rktl.title") },
    { href: `/rktl/${plan.id}`, label: t("rktl.planTitle", { province: plan.province.name }) },
  ];
  return (
    <>
      <PageHeader title={t("rktl.addTarget")} crumbs={crumbs} />
      {plan.status !== "DRAFT" ? (
        <p role="alert" className="max-w-xl rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          {t("rktl.validation.targetsFixed")}
        </p>
      ) : (
        <TargetForm action={addTargetAction.bind(null, plan.id)} initialValues={{}} kabupaten={kabupaten} months={plan.months} />
      )}
    </>
  );
}
