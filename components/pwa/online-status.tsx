"use client";
// A small badge that says the phone is offline (navigator.onLine false), for the
// header. It renders nothing while online, and after hydration only: the server
// cannot know, so the first render matches the server's (nothing).
//   <OnlineStatus label={t("offline.status")} detail={t("offline.statusDetail")} />
import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

export function OnlineStatus({ label, detail }: { label: string; detail: string }) {
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  // The live region is always there, so a screen reader announces the change when it happens
  // (aria-live, not role=status: the page's own status messages stay the only ones by that role).
  return (
    <span aria-live="polite" data-testid="online-status">
      {online ? null : (
        <span
          title={detail}
          className="inline-flex items-center gap-1 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900"
        >
          <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-amber-600" />
          {label}
          <span className="sr-only">: {detail}</span>
        </span>
      )}
    </span>
  );
}
