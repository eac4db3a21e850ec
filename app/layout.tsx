import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { RequestInfoProvider } from "@/components/layout/request-info";
import { RegisterServiceWorker } from "@/components/pwa/register-service-worker";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    description: t("tagline"),
    // The manifest link comes from app/manifest.ts; the icons are public/icons (scripts/draw-icons.mjs).
    icons: { icon: { url: "/icons/icon-192.png", type: "image/png", sizes: "192x192" }, apple: "/icons/apple-touch-icon.png" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#115e59" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  // The edge server's request id (scripts/server.mjs), quoted by the error page.
  const requestId = (await headers()).get("x-request-id")?.slice(0, 128);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <RequestInfoProvider requestId={requestId ?? null} locale={locale === "en" ? "en" : "id"}>
          {children}
        </RequestInfoProvider>
        {/* The service worker (docs/decisions/0031-service-worker.md): production builds only, where public/sw.js is built. */}
        {process.env.NODE_ENV === "production" ? <RegisterServiceWorker locale={locale === "en" ? "en" : "id"} /> : null}
      </body>
    </html>
  );
}
