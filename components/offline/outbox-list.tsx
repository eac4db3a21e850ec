"use client";
// The outbox as she sees it: each write with its state — saved on this phone,
// sending, received with the server's receipt, refused with the reasons,
// or a conflict shown side by side — and her drafts.
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import Link from "@/components/ui/link";
import { discard, flush, keepMine, onChanged } from "@/lib/offline/outbox";
import { deleteDraft, listDrafts, listItems } from "@/lib/offline/store";
import type { Draft, OutboxItem } from "@/lib/offline/types";
import { ConflictTable } from "./conflict-table";
import { OUTBOX_STATE_STYLE } from "./state-style";
import { useOfflineUser } from "./offline-provider";

const withDraft = (path: string, key: string) => `${path}${path.includes("?") ? "&" : "?"}draft=${encodeURIComponent(key)}`;

export function OutboxList() {
  const t = useTranslations("outbox");
  const format = useFormatter();
  const userId = useOfflineUser();
  const [items, setItems] = useState<OutboxItem[] | null>(null);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [sending, setSending] = useState(false);
  const [online, setOnline] = useState(true);

  useEffect(() => {
    if (userId == null) return;
    let live = true;
    const read = async () => {
      const [i, d] = await Promise.all([listItems(userId), listDrafts(userId)]);
      if (!live) return;
      setItems(i.sort((a, b) => b.createdAt - a.createdAt));
      setDrafts(d.sort((a, b) => b.savedAt - a.savedAt));
    };
    const net = () => setOnline(navigator.onLine);
    net();
    void read().catch(() => setItems([]));
    const off = onChanged(() => void read().catch(() => undefined));
    window.addEventListener("online", net);
    window.addEventListener("offline", net);
    return () => {
      live = false;
      off();
      window.removeEventListener("online", net);
      window.removeEventListener("offline", net);
    };
  }, [userId]);

  if (userId == null || items == null) return null;
  const time = (ms: number | string) => format.dateTime(new Date(ms), { dateStyle: "medium", timeStyle: "short" });
  const sendNow = () => {
    setSending(true);
    void flush(userId, { force: true }).finally(() => setSending(false));
  };
  const drop = (item: OutboxItem) => {
    if (window.confirm(t("discardConfirm"))) void discard(item);
  };

  return (
    <div className="max-w-3xl space-y-6">
      {!online ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("offlineNow")}
        </p>
      ) : null}
      <button
        type="button"
        onClick={sendNow}
        disabled={sending}
        className="w-full rounded bg-teal-700 px-4 py-2.5 font-medium text-white hover:bg-teal-800 disabled:opacity-60 sm:w-auto"
      >
        {sending ? t("sending") : t("sendNow")}
      </button>
      {items.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      <ul className="space-y-3" data-testid="outbox-items">
        {items.map((item) => (
          <li
            key={item.key}
            data-testid="outbox-item"
            data-state={item.state}
            className="rounded border border-slate-200 bg-white p-3 text-sm"
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p>
                {item.summary ? <span className="block font-semibold">{item.summary}</span> : null}
                <span className={item.summary ? "text-slate-700" : "font-medium"}>{item.title}</span>
              </p>
              <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${OUTBOX_STATE_STYLE[item.state]}`}>
                {t(`state.${item.state}`)}
              </span>
            </div>
            <p className="mt-1 text-xs text-slate-600">
              {t("savedAt", { time: time(item.createdAt) })}
              {item.attempts > 0 && item.state !== "received" ? ` · ${t("attempts", { count: item.attempts })}` : null}
            </p>
            {item.state === "received" && item.receipt ? (
              <p className="mt-2" data-testid="outbox-receipt">
                {item.receipt.id != null
                  ? t("receipt", { id: item.receipt.id, time: time(item.receipt.at) })
                  : t("receiptNoId", { time: time(item.receipt.at) })}{" "}
                <Link href={item.receipt.url} className="font-medium text-teal-800 underline">
                  {t("open")}
                </Link>
              </p>
            ) : null}
            {item.state === "refused" ? (
              <div className="mt-2 space-y-1 text-red-800">
                {item.formError ? <p>{item.formError}</p> : <p>{t("form.refusedGeneric")}</p>}
                {item.fieldErrors ? (
                  <ul className="list-disc pl-5">
                    {Object.entries(item.fieldErrors).map(([name, message]) => (
                      <li key={name}>
                        {item.labels[name] ?? name}: {message}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : null}
            {item.state === "conflict" ? (
              <div className="mt-2 space-y-2">
                <p className="text-red-800">{t("conflict.explain")}</p>
                <ConflictTable item={item} />
                <button type="button" onClick={() => void keepMine(item)} className="rounded bg-teal-700 px-3 py-2 font-medium text-white">
                  {t("conflict.keepMine")}
                </button>
              </div>
            ) : null}
            {item.state === "refused" || item.state === "conflict" ? (
              <p className="mt-2 flex flex-wrap gap-3">
                <Link href={withDraft(item.path, item.key)} className="font-medium text-teal-800 underline">
                  {t("fix")}
                </Link>
                <button type="button" onClick={() => drop(item)} className="text-red-800 underline">
                  {t("discard")}
                </button>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {drafts.length > 0 ? (
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t("drafts.title")}</h2>
          <ul className="space-y-2" data-testid="outbox-drafts">
            {drafts.map((d) => (
              <li
                key={d.formId}
                className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 bg-white p-3 text-sm"
              >
                <span>
                  {d.summary ? <span className="block font-semibold">{d.summary}</span> : null}
                  <span className={d.summary ? "text-slate-700" : "font-medium"}>{d.title}</span>
                  <span className="block text-xs text-slate-600">{t("drafts.savedAt", { time: time(d.savedAt) })}</span>
                </span>
                <span className="flex gap-3">
                  <Link href={d.path} className="font-medium text-teal-800 underline">
                    {t("drafts.open")}
                  </Link>
                  <button
                    type="button"
                    onClick={() => void deleteDraft(userId, d.formId).then(() => setDrafts((x) => x.filter((y) => y !== d)))}
                    className="text-red-800 underline"
                  >
                    {t("discard")}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
