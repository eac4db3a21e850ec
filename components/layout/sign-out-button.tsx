"use client";
// A plain form: signs out without JavaScript and without next-auth's client
// bundle (the action: app/auth-actions.ts). With JavaScript it first warns
// when her writes or drafts still wait on this phone: they stay hers and are
// sent after she signs in again, but she should know before handing it over.
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { useOutboxCounts } from "@/components/offline/offline-provider";

export function SignOutButton({ label, action }: { label: string; action: () => Promise<void> }) {
  const t = useTranslations("outbox");
  const counts = useOutboxCounts();
  const unsent = counts ? counts.pending + counts.attention + counts.drafts : 0;
  const confirmFirst = (e: FormEvent<HTMLFormElement>) => {
    if (unsent > 0 && !window.confirm(t("signOutWarning", { count: unsent }))) e.preventDefault();
  };
  return (
    <form action={action} onSubmit={confirmFirst}>
      <button type="submit" className="rounded px-2 py-1 text-sm hover:bg-white/10">
        {label}
      </button>
    </form>
  );
}
