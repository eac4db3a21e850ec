"use client";
// The signed-in user's outbox on this phone (lib/offline, decision 0030):
// who she is, so that drafts and the outbox are hers only, and the moments
// the outbox is sent — this page load, coming back online, returning to the
// tab, and every half minute while something waits.
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { flush, onChanged } from "@/lib/offline/outbox";
import { listDrafts, listItems } from "@/lib/offline/store";
import { ATTENTION_STATES, PENDING_STATES } from "@/lib/offline/types";

const RETRY_EVERY_MS = 30_000;

const UserCtx = createContext<number | null>(null);

/** The signed-in user's id inside the app's pages; null elsewhere (no drafts, no outbox). */
export function useOfflineUser(): number | null {
  return useContext(UserCtx);
}

export function OfflineProvider({ userId, children }: { userId: number; children: ReactNode }) {
  useEffect(() => {
    const send = (force = false) => void flush(userId, { force }).catch(() => undefined);
    // A page load is a fresh chance, as coming back online is: no back-off.
    send(true);
    const online = () => send(true);
    const visible = () => document.visibilityState === "visible" && send();
    const timer = window.setInterval(() => navigator.onLine && send(), RETRY_EVERY_MS);
    window.addEventListener("online", online);
    document.addEventListener("visibilitychange", visible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("online", online);
      document.removeEventListener("visibilitychange", visible);
    };
  }, [userId]);
  return <UserCtx.Provider value={userId}>{children}</UserCtx.Provider>;
}

export type OutboxCounts = { pending: number; attention: number; drafts: number };

/** Live counts of her outbox and drafts, across tabs. */
export function useOutboxCounts(): OutboxCounts | null {
  const userId = useOfflineUser();
  const [counts, setCounts] = useState<OutboxCounts | null>(null);
  useEffect(() => {
    if (userId == null) return;
    let live = true;
    const read = async () => {
      const [items, drafts] = await Promise.all([listItems(userId), listDrafts(userId)]);
      if (!live) return;
      setCounts({
        pending: items.filter((i) => PENDING_STATES.includes(i.state)).length,
        attention: items.filter((i) => ATTENTION_STATES.includes(i.state)).length,
        drafts: drafts.length,
      });
    };
    void read().catch(() => undefined);
    const off = onChanged(() => void read().catch(() => undefined));
    return () => {
      live = false;
      off();
    };
  }, [userId]);
  return counts;
}
