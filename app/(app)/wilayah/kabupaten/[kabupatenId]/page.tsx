import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getKabupaten } from "@/lib/data/geo";
import { parseId } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";

export default async function KabupatenPage({ params }: { params: Promise<{ kabupatenId: string }> }) {
  const user = await requirePermission("geo.read");
  const id = parseId((await params).kabupatenId);
  const kab = id ? await getKabupaten(user, id) : null;
  if (!kab) notFound();
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={kab.label}
        subtitle={`${t("wilayah.code")} ${kab.code}${kab.isProgramArea ? ` · ${t("wilayah.programArea")}` : ""}`}
        crumbs={[
          { href: "/wilayah", label: t("wilayah.title") },
          { href: `/wilayah/${kab.province.id}`, label: kab.province.name },
        ]}
      />
      <p className="mb-4 text-sm">
        {t("wilayah.serikatHere")}{" "}
        {kab.serikat.length
          ? kab.serikat.map((s, i) => (
              <span key={s.id}>
                {i > 0 ? ", " : null}
                <Link href={`/kader?serikatId=${s.id}`} className="text-teal-800 hover:underline">
                  {s.name}
                </Link>
              </span>
            ))
          : t("common.none")}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {kab.kecamatan.map((kec) => (
          <section key={kec.id} className="rounded border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">
              {t("wilayah.kecamatan")} {kec.name}
              {kec.code ? <span className="ml-2 text-xs font-normal text-slate-600 tabular-nums">{kec.code}</span> : null}
            </h2>
            <ul className="mt-2 space-y-1 text-sm">
              {kec.desa.map((d) => (
                <li key={d.id}>
                  {t(`enums.desaKind.${d.kind}`)} {d.name}
                  {/* The code is what a desa field takes without JavaScript. */}
                  {d.code ? <span className="ml-2 text-xs text-slate-600 tabular-nums">{d.code}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
