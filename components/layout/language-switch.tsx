import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/locale-actions";
import { LOCALES } from "@/lib/i18n/locales";

/** Works without JavaScript: a plain form posting to a server action. */
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <form action={setLocaleAction} className="flex items-center gap-1 text-sm" aria-label={t("language")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          aria-pressed={l === locale}
          lang={l}
          className={`rounded px-2 py-1 ${l === locale ? "bg-white/20 font-semibold" : "opacity-80 hover:opacity-100"}`}
        >
          {l === "id" ? "Bahasa Indonesia" : "English"}
        </button>
      ))}
    </form>
  );
}
