import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listUsers, userFilters } from "@/lib/data/users";
import { plainParams } from "@/lib/search-params";
import { Role } from "@/lib/generated/prisma/enums";
import { ButtonLink, PageHeader, StatusBadge } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ExportLinks } from "@/components/ui/export-links";
import { SearchNotice } from "@/components/ui/search-notice";
import { SEARCH_MAX } from "@/lib/validation/common";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requirePermission("user.manage");
  const params = plainParams(await searchParams);
  const filters = userFilters.parse(params);
  const [t, format, result] = await Promise.all([getTranslations(), getFormatter(), listUsers(admin, filters)]);
  return (
    <>
      <PageHeader
        title={t("users.title")}
        subtitle={t("users.subtitle", { count: format.number(result.total) })}
        actions={<ButtonLink href="/admin/pengguna/baru">{t("users.new")}</ButtonLink>}
      />
      <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-2 rounded border border-slate-200 bg-white p-3 text-sm">
        <label className="min-w-48 flex-1">
          {t("common.search")}
          <input
            name="q"
            maxLength={SEARCH_MAX}
            defaultValue={filters.q ?? ""}
            className="mt-1 block w-full rounded border border-slate-300 px-2 py-1.5"
          />
        </label>
        <SearchNotice value={params.q} />
        <label>
          {t("users.role")}
          <select name="role" defaultValue={filters.role ?? ""} className="mt-1 block rounded border border-slate-300 bg-white px-2 py-1.5">
            <option value="">{t("common.all")}</option>
            {Object.values(Role).map((r) => (
              <option key={r} value={r}>
                {t(`enums.role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-slate-800 px-4 py-1.5 text-white">
          {t("common.filter")}
        </button>
      </form>
      {can(admin, "export.data") ? <ExportLinks links={[{ dataset: "pengguna" }]} params={params} /> : null}
      <div className="table-wrap rounded border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th className="px-3 py-2">{t("users.name")}</th>
              <th className="px-3 py-2">{t("users.role")}</th>
              <th className="px-3 py-2">{t("users.scope")}</th>
              <th className="px-3 py-2">{t("common.status")}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((u) => (
              <tr key={u.id} className="border-t border-slate-100">
                <td className="px-3 py-2">
                  <Link href={`/admin/pengguna/${u.id}`} className="font-medium text-teal-800 hover:underline">
                    {u.name}
                  </Link>
                  <span className="block text-xs text-slate-500">{u.email}</span>
                </td>
                <td className="px-3 py-2">{t(`enums.role.${u.role}`)}</td>
                <td className="px-3 py-2">{u.scopeLabel ?? t("common.national")}</td>
                <td className="px-3 py-2">
                  <StatusBadge active={u.active} activeLabel={t("common.active")} inactiveLabel={t("common.inactive")} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination path="/admin/pengguna" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
