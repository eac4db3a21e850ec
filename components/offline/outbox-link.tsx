"use client";
// The header's way to the outbox, with how many of her writes wait on this
// phone and how many need her (refused, conflict).
import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { useOutboxCounts } from "./offline-provider";

export function OutboxLink() {
  const t = useTranslations("outbox");
  const counts = useOutboxCounts();
  return (
    <Link href="/kotak-keluar" data-testid="outbox-link" className="rounded px-2 py-1 text-sm hover:bg-white/10">
      {t("headerLink")}
      {counts && counts.pending > 0 ? (
        <span data-testid="outbox-waiting" className="ml-1 rounded-full bg-amber-300 px-1.5 text-xs font-semibold text-amber-950">
          {t("waiting", { count: counts.pending })}
        </span>
      ) : null}
      {counts && counts.attention > 0 ? (
        <span data-testid="outbox-attention" className="ml-1 rounded-full bg-red-200 px-1.5 text-xs font-semibold text-red-950">
          {t("needsYou", { count: counts.attention })}
        </span>
      ) : null}
    </Link>
  );
}
