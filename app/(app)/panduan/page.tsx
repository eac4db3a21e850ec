import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listGuides } from "@/lib/data/guides";
import { ButtonLink, PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/list";
import { ExportLinks } from "@/components/ui/export-links";

export async function generateMetadata() {
  return { title: (await getTranslations("guides"))("title") };
}

export default async function GuidesPage() {
  const user = await requirePermission("guide.read");
  const [t, format, guides] = await Promise.all([getTranslations("guides"), getFormatter(), listGuides(user)]);
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={can(user, "guide.write") ? <ButtonLink href="/panduan/baru">{t("new")}</ButtonLink> : null}
      />
      {can(user, "export.data") ? <ExportLinks links={[{ dataset: "panduan" }]} params={{}} /> : null}
      {guides.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white">
          {guides.map((g) => {
            const latest = g.versions[0];
            return (
              <li key={g.id} className="p-3">
                <Link href={`/panduan/${g.id}`} className="font-medium text-teal-800 hover:underline">
                  {g.title}
                </Link>
                <p className="mt-1 text-xs text-slate-600">
                  {t(`topics.${g.topic}`)} · {t("versionCount", { count: g._count.versions })}
                  {latest
                    ? ` · ${t("latest", { version: latest.version, date: format.dateTime(latest.publishedOn, { dateStyle: "medium", timeZone: "UTC" }) })}`
                    : ""}
                </p>
                {latest?.file ? (
                  <a href={`/berkas/${latest.file.id}`} className="mt-1 inline-block text-sm text-teal-800 underline">
                    {t("downloadVersion", { version: latest.version })}
                  </a>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
