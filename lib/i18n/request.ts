// next-intl without locale routing: the language comes from the cookie the
// switch sets, else the signed-in user's saved choice, else Indonesian.
import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isDatabaseUnavailableError } from "@/lib/db/outage";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./locales";
import { loadMessages } from "./messages";

/**
 * The request's language. A route handler that already has the user passes it:
 * React's cache does not dedupe getCurrentUser outside rendering, so asking
 * again would read the session and the user a second time.
 */
export async function resolveLocale(known?: { locale: string } | null): Promise<Locale> {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  // During a database outage (lib/db/outage.ts) the saved choice is unknown:
  // the form error that says so still needs a language.
  const user =
    known !== undefined
      ? known
      : await getCurrentUser().catch((e: unknown) => {
          if (isDatabaseUnavailableError(e)) return null;
          throw e;
        });
  return isLocale(user?.locale) ? user.locale : DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return {
    locale,
    timeZone: "Asia/Jakarta",
    messages: await loadMessages(locale),
  };
});
