import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listProvinces } from "@/lib/data/geo";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata() {
  return { title: (await getTranslations("wilayah"))("title") };
}

export default async function ProvincesPage() {
  const user = await requirePermission("geo.read");
  const [t, format, provinces] = await Promise.all([getTranslations("wilayah"), getFormatter(), listProvinces(user)]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("provincesSubtitle", { count: provinces.length })} />
      <div className="table-wrap rounded border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th className="px-3 py-2">{t("province")}</th>
              <th className="px-3 py-2 text-right">{t("kabupatenCount")}</th>
              <th className="px-3 py-2 text-right">{t("serikatCount")}</th>
              <th className="px-3 py-2 text-right">{t("kaderCount")}</th>
            </tr>
          </thead>
          <tbody>
            {provinces.map((p) => (
              <tr key={p.id} className="border-t border-slate-100">
                <td className="px-3 py-2">
                  <Link href={`/wilayah/${p.id}`} className="font-medium text-teal-800 hover:underline">
                    {p.name}
                  </Link>
                </td>
                <td className="px-3 py-2 text-right">{format.number(p.kabupatenCount)}</td>
                <td className="px-3 py-2 text-right">
                  <Link href={`/serikat?provinceId=${p.id}`} className="hover:underline">
                    {format.number(p.serikatCount)}
                  </Link>
                </td>
                <td className="px-3 py-2 text-right">
                  <Link href={`/kader?provinceId=${p.id}`} className="hover:underline">
                    {format.number(p.kaderCount)}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
