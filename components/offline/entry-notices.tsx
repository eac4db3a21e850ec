"use client";
// What a field-entry form says about its life on the phone: a restored draft,
// a write waiting in the outbox, a sign-in needed, a conflict to decide.
import { useFormatter, useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import type { EntryView } from "./use-field-entry";
import { ConflictTable } from "./conflict-table";

const box = "rounded border p-3 text-sm";

export function EntryNotices({ view }: { view: EntryView }) {
  const t = useTranslations("outbox");
  const format = useFormatter();
  const n = view.notice;
  return (
    <>
      {n?.kind === "restored" ? (
        <div role="status" data-testid="draft-restored" className={`${box} border-sky-200 bg-sky-50 text-sky-900`}>
          {t("form.restored", { time: format.dateTime(n.savedAt, { timeStyle: "short", dateStyle: "short" }) })}{" "}
          <button type="button" onClick={view.discardDraft} className="font-medium underline">
            {t("form.discardDraft")}
          </button>
        </div>
      ) : null}
      {n?.kind === "fromOutbox" ? (
        <p role="status" className={`${box} border-amber-200 bg-amber-50 text-amber-900`}>
          {t("form.fromOutbox")}
        </p>
      ) : null}
      {n?.kind === "queued" ? (
        <p role="status" data-testid="entry-queued" className={`${box} border-amber-300 bg-amber-50 text-amber-900`}>
          {t("form.queued")} {n.fresh ? t("form.queuedNext") : null}{" "}
          <Link href="/kotak-keluar" className="font-medium underline">
            {t("title")}
          </Link>
        </p>
      ) : null}
      {n?.kind === "signedOut" ? (
        <p role="alert" className={`${box} border-amber-300 bg-amber-50 text-amber-900`}>
          {t("form.signedOut")}{" "}
          <a href="/login" className="font-medium underline">
            {t("form.signIn")}
          </a>
        </p>
      ) : null}
      {n?.kind === "notStored" ? (
        <p role="alert" className={`${box} border-red-300 bg-red-50 text-red-800`}>
          {t("form.notStored")}
        </p>
      ) : null}
      {view.conflict ? (
        <div role="alert" data-testid="entry-conflict" className={`${box} space-y-2 border-red-300 bg-red-50 text-red-900`}>
          <p>{t("conflict.explain")}</p>
          <ConflictTable item={view.conflict} />
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => view.resolveConflict("mine")}
              className="rounded bg-teal-700 px-3 py-2 font-medium text-white"
            >
              {t("conflict.keepMine")}
            </button>
            <button
              type="button"
              onClick={() => view.resolveConflict("server")}
              className="rounded border border-slate-300 bg-white px-3 py-2 text-slate-800"
            >
              {t("conflict.keepServer")}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
