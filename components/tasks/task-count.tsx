"use client";
// The link and its count; asks /api/tugas again when she moves to another page
// of the app (a write she just made, or someone else's, may have changed it).
import { useEffect, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";

export function TaskCount({ initial, label }: { initial: number; label: string }) {
  const t = useTranslations("tasks");
  const pathname = usePathname();
  const [count, setCount] = useState(initial);
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const abort = new AbortController();
    fetch("/api/tugas", { signal: abort.signal, cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<{ count: number }>) : null))
      .then((body) => body && setCount(body.count))
      .catch(() => {
        /* offline or signed out: the last count stays */
      });
    return () => abort.abort();
  }, [pathname]);
  return (
    <Link href="/tugas" data-testid="tasks-link" className="rounded px-2 py-1 text-sm hover:bg-white/10">
      {label}
      {count ? (
        <span data-testid="tasks-count" className="ml-1 rounded-full bg-white px-1.5 text-xs font-semibold text-teal-900">
          <span aria-hidden="true">{count}</span>
          <span className="sr-only">{t("headerCount", { count })}</span>
        </span>
      ) : null}
    </Link>
  );
}
