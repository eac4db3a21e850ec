import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { fpkMeetingFormValues, getFpkMeeting } from "@/lib/data/fpk";
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
      <FpkForm
        action={updateFpkMeetingAction.bind(null, m.id)}
        version={m.version}
        initialValues={fpkMeetingFormValues(m)}
        kabupaten={kabupaten}
        entry={{
          kind: "fpk-meeting-edit",
          bound: { meetingId: m.id },
          formId: `fpk-meeting-edit:${m.id}`,
          title: `${t("fpk.editTitle")} · ${m.kabupatenName}`,
          afterQueue: "keep",
        }}
      />
    </>
  );
}
