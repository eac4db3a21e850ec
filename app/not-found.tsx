import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block rounded bg-teal-700 px-4 py-2 text-white">
        {t("backHome")}
      </Link>
    </main>
  );
}
