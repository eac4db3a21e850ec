"use server";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { saveLocale } from "@/lib/data/session-user";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

/** The language switch: a cookie for this device and, when signed in, the user's saved choice. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user) await saveLocale(user.id, locale);
}
