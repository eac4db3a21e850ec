import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/locales";

/**
 * Works without JavaScript: a plain form posting to the server action the page
 * passes in (app/locale-actions.ts: actions belong to app/, components do not import it).
 */
export async function LanguageSwitch({ action }: { action: (formData: FormData) => Promise<void> }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <form action={action} className="flex items-center gap-1 text-sm" aria-label={t("language")}>
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
