import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { AppHeader } from "@/components/layout/app-header";
import { OfflineProvider } from "@/components/offline/offline-provider";
import { signOutAction } from "@/app/auth-actions";
import { setLocaleAction } from "@/app/locale-actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  // Client components get only the outbox's texts and the task count's: the rest is rendered on the server.
  return (
    <NextIntlClientProvider
      locale={locale}
      timeZone="Asia/Jakarta"
      messages={{ outbox: messages.outbox, tasks: { headerCount: (messages.tasks as Record<string, string>).headerCount } }}
    >
      <OfflineProvider userId={user.id}>
        <AppHeader user={user} actions={{ setLocale: setLocaleAction, signOut: signOutAction }} />
        <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      </OfflineProvider>
    </NextIntlClientProvider>
  );
}
