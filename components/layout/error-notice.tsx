"use client";
// The generic error page (app/error.tsx, app/(app)/error.tsx, app/global-error.tsx):
// never the error's message or stack, only "try again" in the user's language
// with the request id to quote to support, which is also in the server's log
// line for the failed request (scripts/server.mjs, instrumentation.ts). After a
// client-side navigation the page load's request id is not the failed
// request's, so only the digest is shown; the error's log line has both.
import { usePathname } from "next/navigation";
import { useRequestInfo } from "./request-info";
import id from "@/messages/id/errors.json";
import en from "@/messages/en/errors.json";

export function ErrorNotice({ error, reset, locale }: { error: Error & { digest?: string }; reset?: () => void; locale?: "id" | "en" }) {
  const info = useRequestInfo();
  const pathname = usePathname();
  const t = (info?.locale ?? locale) === "en" ? en : id;
  const requestId = info?.requestId && (info.loadPath === null || info.loadPath === pathname) ? info.requestId : null;
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center" role="alert">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="mt-2 text-slate-600">{t.body}</p>
      <dl className="mt-4 text-sm text-slate-700">
        {requestId ? (
          <div>
            <dt className="inline font-medium">{t.requestId}: </dt>
            <dd className="inline font-mono" data-testid="request-id">
              {requestId}
            </dd>
          </div>
        ) : null}
        {error.digest ? (
          <div>
            <dt className="inline font-medium">{t.digest}: </dt>
            <dd className="inline font-mono" data-testid="error-digest">
              {error.digest}
            </dd>
          </div>
        ) : null}
      </dl>
      <div className="mt-6 flex justify-center gap-3">
        {reset ? (
          <button type="button" onClick={() => reset()} className="rounded bg-teal-700 px-4 py-2 text-white">
            {t.retry}
          </button>
        ) : null}
        <a href="/" className="rounded border border-teal-700 px-4 py-2 text-teal-800">
          {t.home}
        </a>
      </div>
    </main>
  );
}
