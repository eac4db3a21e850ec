import { notFound } from "next/navigation";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { listMyImports } from "@/lib/data/imports/batches";
import { importKindsFor } from "@/lib/data/imports/kinds";
import type { ImportCounts } from "@/lib/data/imports/types";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata() {
  return { title: (await getTranslations("import.page"))("mineTitle") };
}

/** Every import of hers, of every kind she may import, each linking to its page. */
export default async function MyImportsPage() {
  const user = await requireUser();
  if (importKindsFor(user).length === 0) notFound();
  const [t, format, batches] = await Promise.all([getTranslations(), getFormatter(), listMyImports(user)]);
  return (
    <>
      <PageHeader title={t("import.page.mineTitle")} subtitle={t("import.page.mineSubtitle")} />
      {batches.length === 0 ? (
        <p className="text-sm text-slate-600">{t("import.page.noHistory")}</p>
      ) : (
        <ul className="max-w-3xl divide-y divide-slate-100 rounded border border-slate-200 bg-white text-sm" data-testid="my-imports">
          {batches.map((b) => {
            const c = b.counts as Partial<ImportCounts>;
            const rows = Object.values({ ...c, written: 0, skipped: 0 }).reduce((a, n) => a + (n ?? 0), 0);
            return (
              <li key={b.id} className="px-3 py-2">
                <span className="block text-xs font-medium text-slate-600">{t(`import.page.kind.${b.kind}`)}</span>
                <Link href={b.path} className="font-medium break-all text-teal-800 hover:underline">
                  {b.fileName}
                </Link>
                <span className="block text-xs text-slate-600">
                  {format.dateTime(b.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {t(`import.page.status.${b.status}`)}
                  {rows ? ` · ${t("import.page.rowsInFile", { count: rows })}` : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
