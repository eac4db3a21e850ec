import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { kabupatenOptions, provinceOptions } from "@/lib/data/geo";
import { PageHeader } from "@/components/ui/page-header";
import { createUserAction } from "../actions";
import { UserForm } from "../user-form";

export default async function NewUserPage() {
  const admin = await requirePermission("user.manage");
  const [t, provinces, kabupaten] = await Promise.all([getTranslations(), provinceOptions(admin), kabupatenOptions(admin)]);
  return (
    <>
      <PageHeader title={t("users.newTitle")} crumbs={[{ href: "/admin/pengguna", label: t("users.title") }]} />
      <UserForm
        action={createUserAction}
        provinces={provinces}
        kabupaten={kabupaten}
        initialValues={{ role: "DISTRICT_STAFF", active: "on" }}
      />
    </>
  );
}
