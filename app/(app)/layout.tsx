import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { AppHeader } from "@/components/layout/app-header";
import { signOutAction } from "@/app/auth-actions";
import { setLocaleAction } from "@/app/locale-actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AppHeader user={user} actions={{ setLocale: setLocaleAction, signOut: signOutAction }} />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
