import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { setLocaleAction } from "@/app/locale-actions";
import { LoginForm } from "./login-form";

export async function generateMetadata() {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage() {
  if (await getCurrentUser()) redirect("/");
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen flex-col">
      <div className="bg-teal-800 text-white">
        <div className="mx-auto flex max-w-md items-center justify-between px-4 py-2">
          <span className="font-semibold">{t("common.appName")}</span>
          <LanguageSwitch action={setLocaleAction} />
        </div>
      </div>
      <div className="mx-auto w-full max-w-md flex-1 px-4 py-10">
        <h1 className="text-2xl font-semibold">{t("login.title")}</h1>
        <p className="mt-1 text-slate-600">{t("common.tagline")}</p>
        <LoginForm
          labels={{
            email: t("login.email"),
            password: t("login.password"),
            submit: t("login.submit"),
            pending: t("login.pending"),
            invalid: t("login.invalid"),
            throttled: t("login.throttled"),
            demoDisabled: t("login.demoDisabled"),
            failed: t("login.failed"),
          }}
        />
      </div>
    </main>
  );
}
