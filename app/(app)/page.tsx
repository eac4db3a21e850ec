import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { masterDataCounts } from "@/lib/data/overview";
import { navFor } from "@/lib/nav";
import { PageHeader } from "@/components/ui/page-header";
import { dashboardPathFor } from "@/lib/dashboard-home";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Roles whose dashboard exists in this build; the others keep this overview.
 * The national and director dashboards (/dasbor/nasional, /dasbor/kebijakan)
 * join here once they are merged.
 */
const ROUTED: readonly Role[] = ["PROVINCE_COORDINATOR", "DISTRICT_STAFF"];

export default async function HomePage() {
  const user = await requireUser();
  if (ROUTED.includes(user.role)) redirect(dashboardPathFor(user.role));
  const [t, format, counts] = await Promise.all([getTranslations(), getFormatter(), masterDataCounts(user)]);
  const scope = user.kabupatenName ?? user.provinceName ?? t("common.national");
  const tiles = [
    { label: t("home.provinces"), value: counts.provinces, href: "/wilayah" },
    { label: t("home.kabupaten"), value: counts.kabupaten, href: "/wilayah" },
    { label: t("home.serikat"), value: counts.serikat, href: "/serikat" },
    { label: t("home.kader"), value: counts.kader, href: "/kader" },
    { label: t("home.pengurus"), value: counts.pengurus, href: "/kader?position=OFFICERS" },
  ];
  return (
    <>
      <PageHeader title={t("home.greeting", { name: user.name })} subtitle={t("home.scope", { scope })} />
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {tiles.map((tile) => (
          <li key={tile.label}>
            <Link href={tile.href} className="block rounded border border-slate-200 bg-white p-4 hover:border-teal-600">
              <span className="block text-2xl font-semibold">{format.number(tile.value)}</span>
              <span className="text-sm text-slate-600">{tile.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-lg font-semibold">{t("home.shortcuts")}</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {navFor(user)
          .filter((i) => i.href !== "/")
          .map((i) => (
            <li key={i.href}>
              <Link href={i.href} className="inline-block rounded border border-slate-300 bg-white px-3 py-2 text-sm hover:border-teal-600">
                {t(`nav.${i.key}`)}
              </Link>
            </li>
          ))}
      </ul>
    </>
  );
}
