import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getUser } from "@/lib/data/users";
import { kabupatenOptions, provinceOptions } from "@/lib/data/geo";
import { parseId } from "@/lib/search-params";
import { updateUserAction } from "../actions";
import { UserForm } from "../user-form";
import { DetailHeader } from "@/components/ui/detail-header";

export default async function EditUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const admin = await requirePermission("user.manage");
  const id = parseId((await params).id);
  const user = id ? await getUser(admin, id) : null;
  if (!user) notFound();
  const [t, provinces, kabupaten, { saved }] = await Promise.all([
    getTranslations(),
    provinceOptions(admin),
    kabupatenOptions(admin),
    searchParams,
  ]);
  const flag = (b: boolean) => (b ? "on" : "");
  return (
    <>
      <DetailHeader
        title={user.name}
        subtitle={user.email}
        crumbs={[{ href: "/admin/pengguna", label: t("users.title") }]}
        saved={saved ? t("common.saved") : null}
      />
      <UserForm
        action={updateUserAction.bind(null, user.id)}
        provinces={provinces}
        kabupaten={kabupaten}
        version={user.version}
        initialValues={{
          name: user.name,
          email: user.email,
          role: user.role,
          provinceId: user.role === "PROVINCE_COORDINATOR" && user.provinceId ? String(user.provinceId) : "",
          kabupatenId: user.kabupatenId ? String(user.kabupatenId) : "",
          active: flag(user.active),
          canViewViolenceDetails: flag(user.canViewViolenceDetails),
          canExportViolenceDetails: flag(user.canExportViolenceDetails),
        }}
      />
    </>
  );
}
