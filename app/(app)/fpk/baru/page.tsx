import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { kabupatenOptions } from "@/lib/data/geo";
import { PageHeader } from "@/components/ui/page-header";
import { createFpkMeetingAction } from "../actions";
import { FpkForm } from "../fpk-form";

export async function generateMetadata() {
  return { title: (await getTranslations("fpk"))("newTitle") };
}

export default async function NewFpkMeetingPage() {
  const user = await requirePermission("fpk.write");
  const [t, kabupaten] = await Promise.all([getTranslations(), kabupatenOptions(user)]);
  return (
    <>
      <PageHeader title={t("fpk.newTitle")} crumbs={[{ href: "/fpk", label: t("fpk.title") }]} />
      <FpkForm
        action={createFpkMeetingAction}
        initialValues={{}}
        kabupaten={kabupaten}
        entry={{ kind: "fpk-meeting", bound: {}, formId: "fpk-meeting:new", title: t("fpk.newTitle") }}
      />
    </>
  );
}
