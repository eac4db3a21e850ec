import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { PageHeader } from "@/components/ui/page-header";
import { OutboxList } from "@/components/offline/outbox-list";

export async function generateMetadata() {
  return { title: (await getTranslations("outbox"))("title") };
}

/** Her outbox and drafts live on the phone only: the page reads them there (components/offline). */
export default async function OutboxPage() {
  await requireUser();
  const t = await getTranslations("outbox");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <OutboxList />
    </>
  );
}
