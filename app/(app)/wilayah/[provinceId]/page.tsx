import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getProvince } from "@/lib/data/geo";
import { parseId } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";

export default async function ProvincePage({ params }: { params: Promise<{ provinceId: string }> }) {
  const user = await requirePermission("geo.read");
  const id = parseId((await params).provinceId);
  const province = id ? await getProvince(user, id) : null;
  if (!province) notFound();
  const [t, format] = await Promise.all([getTranslations("wilayah"), getFormatter()]);
  return (
    <>
      <PageHeader
        title={province.name}
        crumbs={[{ href: "/wilayah", label: t("title") }]}
        subtitle={t("kabupatenSubtitle", { count: province.kabupaten.length })}
      />
      <div className="table-wrap rounded border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th className="px-3 py-2">{t("kabupaten")}</th>
              <th className="px-3 py-2">{t("code")}</th>
              <th className="px-3 py-2 text-right">{t("kecamatanCount")}</th>
              <th className="px-3 py-2 text-right">{t("kaderCount")}</th>
            </tr>
          </thead>
          <tbody>
            {province.kabupaten.map((k) => (
              <tr key={k.id} className="border-t border-slate-100">
                <td className="px-3 py-2">
                  <Link href={`/wilayah/kabupaten/${k.id}`} className="font-medium text-teal-800 hover:underline">
                    {k.name}
                  </Link>
                  {k.isProgramArea ? (
                    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{t("programArea")}</span>
                  ) : null}
                </td>
                <td className="px-3 py-2 text-slate-600">{k.code}</td>
                <td className="px-3 py-2 text-right">{format.number(k.kecamatanCount)}</td>
                <td className="px-3 py-2 text-right">
                  <Link href={`/kader?kabupatenId=${k.id}`} className="hover:underline">
                    {format.number(k.kaderCount)}
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
