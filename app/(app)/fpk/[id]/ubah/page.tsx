import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getFpkMeeting } from "@/lib/data/fpk";
import { kabupatenOptions } from "@/lib/data/geo";
import { parseId } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { updateFpkMeetingAction } from "../../actions";
import { FpkForm } from "../../fpk-form";

export async function generateMetadata() {
  return { title: (await getTranslations("fpk"))("editTitle") };
}

export default async function EditFpkMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("fpk.write");
  const id = parseId((await params).id);
  const m = id ? await getFpkMeeting(user, id) : null;
  if (!m) notFound();
  const [t, kabupaten] = await Promise.all([getTranslations(), kabupatenOptions(user)]);
  const initialValues: Record<string, string> = {
    kabupatenId: String(m.kabupatenId),
    heldOn: m.heldOn.toISOString().slice(0, 10),
    agenda: m.agenda,
    agreements: m.agreements ?? "",
    followUps: m.followUps ?? "",
    budgetAmount: m.budgetAmount != null ? m.budgetAmount.toString() : "",
  };
  m.participants.forEach((p, i) => {
    initialValues[`institution_${i}`] = p.institution;
    initialValues[`personCount_${i}`] = String(p.personCount);
  });
  return (
    <>
      <PageHeader
        title={t("fpk.editTitle")}
        subtitle={m.kabupatenName}
        crumbs={[
          { href: "/fpk", label: t("fpk.title") },
          { href: `/fpk/${m.id}`, label: m.kabupatenName },
        ]}
      />
      <FpkForm action={updateFpkMeetingAction.bind(null, m.id)} version={m.version} initialValues={initialValues} kabupaten={kabupaten} />
    </>
  );
}
