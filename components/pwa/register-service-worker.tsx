"use client";
// Registers the service worker (public/sw.js, built from service-worker/sw.ts;
// docs/decisions/0031-service-worker.md) once the page has loaded, so it never
// competes with the page on a slow link, and tells it the page's language for
// the offline page. Rendered by the root layout in production builds only.
import { useEffect } from "react";

export function RegisterServiceWorker({ locale }: { locale: "id" | "en" }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const tellLocale = () => navigator.serviceWorker.controller?.postMessage({ type: "pekka:locale", locale });
    const register = () => {
      // updateViaCache "none": the browser always asks the server for sw.js (it is no-store anyway).
      navigator.serviceWorker.register("/sw.js", { scope: "/", updateViaCache: "none" }).catch(() => {
        /* no worker (private mode, a blocked script): the app works without one */
      });
    };
    tellLocale();
    navigator.serviceWorker.addEventListener("controllerchange", tellLocale);
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
    return () => {
      navigator.serviceWorker.removeEventListener("controllerchange", tellLocale);
      window.removeEventListener("load", register);
    };
  }, [locale]);
  return null;
}
