import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { kabupatenOptions } from "@/lib/data/geo";
import { PageHeader } from "@/components/ui/page-header";
import { createSerikatAction } from "../actions";
import { SerikatForm } from "../serikat-form";

export default async function NewSerikatPage() {
  const user = await requirePermission("serikat.write");
  const [t, kabupaten] = await Promise.all([getTranslations(), kabupatenOptions(user)]);
  return (
    <>
      <PageHeader title={t("serikat.newTitle")} crumbs={[{ href: "/serikat", label: t("serikat.title") }]} />
      <SerikatForm
        action={createSerikatAction}
        kabupaten={kabupaten}
        initialValues={{ kabupatenId: kabupaten.length === 1 ? String(kabupaten[0]!.id) : "" }}
      />
    </>
  );
}
