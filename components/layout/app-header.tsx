import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { navFor } from "@/lib/nav";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";
import { MobileMenu } from "./mobile-menu";
import { OutboxLink } from "@/components/offline/outbox-link";
import { OnlineStatus } from "@/components/pwa/online-status";
import { TaskCountLink } from "@/components/tasks/task-count-link";

/** The header; its forms post to the server actions the layout passes in (app/ owns the actions). */
export async function AppHeader({
  user,
  actions,
}: {
  user: CurrentUser;
  actions: { setLocale: (formData: FormData) => Promise<void>; signOut: () => Promise<void> };
}) {
  const t = await getTranslations();
  const items = navFor(user);
  const scope = user.kabupatenName ?? user.provinceName ?? t("common.national");
  const links = items.map((i) => (
    <li key={i.href}>
      <Link href={i.href} className="block rounded px-3 py-2 hover:bg-white/10">
        {t(`nav.${i.key}`)}
      </Link>
    </li>
  ));
  return (
    <header className="bg-teal-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="font-semibold tracking-tight">
          {t("common.appName")}
        </Link>
        {/* Small screens: a disclosure menu (works without JavaScript). */}
        <MobileMenu summary={`☰ ${t("nav.menu")}`}>
          <nav
            data-testid="nav-menu"
            aria-label={t("nav.main")}
            className="absolute left-0 right-0 z-10 mt-2 bg-teal-800 px-4 pb-3 shadow-lg"
          >
            <ul className="space-y-1">{links}</ul>
          </nav>
        </MobileMenu>
        <nav aria-label={t("nav.main")} className="hidden md:block">
          <ul className="flex gap-1">{links}</ul>
        </nav>
      </div>
      <div className="bg-teal-900/60">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-1.5 text-sm">
          <span data-testid="current-user">
            {user.name} · {t(`enums.role.${user.role}`)} · {scope}
          </span>
          <span className="flex flex-wrap items-center gap-2">
            <OnlineStatus label={t("offline.status")} detail={t("offline.statusDetail")} />
            <TaskCountLink user={user} />
            <OutboxLink />
            <LanguageSwitch action={actions.setLocale} />
            <SignOutButton label={t("nav.signOut")} action={actions.signOut} />
          </span>
        </div>
      </div>
    </header>
  );
}
