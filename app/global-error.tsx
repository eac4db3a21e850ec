"use client";
// Replaces the root layout when it fails itself: its own <html>, the same
// notice (without the layout there is no request id, only the digest).
import "./globals.css";
import { ErrorNotice } from "@/components/layout/error-notice";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = typeof document !== "undefined" && document.documentElement.lang === "en" ? "en" : "id";
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <ErrorNotice error={error} reset={reset} locale={locale} />
      </body>
    </html>
  );
}
