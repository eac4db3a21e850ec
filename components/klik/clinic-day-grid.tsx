"use client";
// The whole day's cases of a KLIK session on one page (issue 13 point 1,
// decision 0032): one row per visitor, each sent through the outbox with its
// own idempotency key as soon as it is complete, so a dropped signal loses
// nothing and a repeat makes no second case. The rows not yet sent are the
// grid's draft on this phone; the violence desk is never typed here.
import { createTranslator, useLocale } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useOfflineUser } from "@/components/offline/offline-provider";
import { discard, onChanged, submit } from "@/lib/offline/outbox";
import { deleteDraft, getDraft, getItem, listItems, putDraft } from "@/lib/offline/store";
import { PENDING_STATES, type Outcome } from "@/lib/offline/types";
import type gridMessages from "@/messages/id/klik.json";
import { ClinicDayRow, GRID_COLUMNS, type GridOptions, type RowHandlers } from "./clinic-day-row";
import {
  draftFields,
  isBlank,
  isEditable,
  newRow,
  rowFields,
  rowFromItem,
  rowsFromDraft,
  SEALED_DESK,
  withValue,
  type Row,
  type RowField,
} from "./clinic-day-rows";

type GridMessages = (typeof gridMessages)["grid"];
export type GridTranslator = ReturnType<typeof createTranslator<{ grid: GridMessages }, "grid">>;

export type ClinicDayGridProps = GridOptions & {
  sessionId: number;
  /** The session page: where the outbox and the draft come back to. */
  path: string;
  /** How the grid's draft is named in the outbox. */
  draftTitle: string;
  messages: GridMessages;
};

const DRAFT_DELAY_MS = 300;
/** The desk lists below are the server's; they catch up now and then, not per row. */
const REFRESH_AFTER_MS = 8_000;

export function ClinicDayGrid({ sessionId, path, draftTitle, messages, ...o }: ClinicDayGridProps) {
  const userId = useOfflineUser();
  const locale = useLocale();
  const router = useRouter();
  const t = useMemo(() => createTranslator({ locale, messages: { grid: messages }, namespace: "grid" }), [locale, messages]);
  const formId = `klik-grid:${sessionId}`;
  const [rows, setRows] = useState<Row[] | null>(null);
  const [restored, setRestored] = useState(false);
  const latest = useRef<Row[]>([]);
  latest.current = rows ?? [];
  const nextN = useRef(1);
  const firstFields = useRef(new Map<number, HTMLSelectElement>());
  const focusRow = useRef<number | null>(null);
  /** Rows this page is sending itself: their answer comes back from submit(). */
  const inFlight = useRef(new Set<string>());
  const refreshTimer = useRef<number | undefined>(undefined);

  const update = (n: number, patch: Partial<Row> | ((r: Row) => Partial<Row>)) =>
    setRows((rs) => rs && rs.map((r) => (r.n === n ? { ...r, ...(typeof patch === "function" ? patch(r) : patch) } : r)));

  // On opening: what this grid sent that the server has not received yet, then the draft.
  useEffect(() => {
    if (userId == null) return;
    let live = true;
    void (async () => {
      const [draft, items] = await Promise.all([getDraft(userId, formId), listItems(userId)]);
      const ofGrid = items.filter((i) => i.formId === formId);
      const mine = ofGrid.filter((i) => i.state !== "received").sort((a, b) => a.createdAt - b.createdAt);
      for (const i of mine.filter((i) => i.state === "refused")) await discard(i);
      let n = 1;
      const sent = mine.map((i) => rowFromItem(n++, i));
      // A row the outbox holds in any state was sent: a draft written before that is stale.
      const keys = new Set(ofGrid.map((i) => i.key));
      const typed = rowsFromDraft(draft?.fields ?? {})
        .filter((r) => !keys.has(r.key))
        .map((r) => ({ ...r, n: n++ }));
      const all = [...sent, ...typed];
      if (!all.some((r) => isEditable(r) && isBlank(r))) all.push(newRow(n++));
      nextN.current = n;
      if (!live) return;
      setRestored(sent.length + typed.length > 0);
      setRows(all);
    })().catch(() => live && setRows([newRow(nextN.current++)]));
    return () => {
      live = false;
    };
  }, [userId, formId]);

  // The draft: the rows she has typed and not yet sent (never a violence row).
  const writeDraft = (userId: number, rows: readonly Row[]) => {
    const fields = draftFields(rows);
    const write = Object.keys(fields).length
      ? putDraft({ userId, formId, path, title: draftTitle, fields, savedAt: Date.now() })
      : deleteDraft(userId, formId);
    void write.catch(() => undefined);
  };
  // While she types, a moment after the last key; a row that is sent leaves it at once (save below).
  useEffect(() => {
    if (rows == null || userId == null) return;
    const timer = window.setTimeout(() => writeDraft(userId, rows), DRAFT_DELAY_MS);
    return () => window.clearTimeout(timer);
    // writeDraft reads only what is listed here.
  }, [rows, userId, formId, path, draftTitle]);

  const received = () => {
    window.clearTimeout(refreshTimer.current);
    refreshTimer.current = window.setTimeout(() => router.refresh(), REFRESH_AFTER_MS);
  };
  useEffect(() => () => window.clearTimeout(refreshTimer.current), []);

  // Rows waiting in the outbox change when it sends them (back online, another tab, the retry timer).
  useEffect(() => {
    if (userId == null) return;
    const read = async () => {
      for (const r of latest.current) {
        if (isEditable(r) || r.phase === "received" || inFlight.current.has(r.key)) continue;
        const item = await getItem(userId, r.key);
        if (!item || item.state === r.phase) continue;
        if (item.state === "refused") {
          // Back to her, with the reasons: the row holds her input now, so the outbox need not.
          await discard(item);
          update(r.n, { phase: "refused", fieldErrors: item.fieldErrors, formError: item.formError });
        } else {
          update(r.n, { phase: item.state, receipt: item.receipt, formError: item.formError });
          if (item.state === "received") received();
        }
      }
    };
    return onChanged(() => void read().catch(() => undefined));
    // `update` and `received` only set state and timers.
  }, [userId]);

  // Focus follows the keyboard: after a row is saved, the next row's first field.
  useLayoutEffect(() => {
    if (focusRow.current != null) {
      const el = firstFields.current.get(focusRow.current);
      if (el) {
        focusRow.current = null;
        el.focus();
      }
    }
  });

  if (userId == null || rows == null) return null;
  const uid = userId;

  /** A new row at the end, at the desk she was at, focused. */
  const addRow = (desk: string) => {
    const row = newRow(nextN.current++, desk === SEALED_DESK ? "" : desk);
    focusRow.current = row.n;
    setRows((rs) => rs && [...rs, row]);
  };

  /** After a row is saved: the next blank row below it, or a new one. */
  const openNext = (after: number, desk: string) => {
    const current = latest.current;
    const from = current.findIndex((r) => r.n === after);
    const blank = current.find((r, i) => i > from && isEditable(r) && isBlank(r) && r.values.desk !== SEALED_DESK);
    if (!blank) return addRow(desk);
    focusRow.current = blank.n;
    setRows((rs) => rs && [...rs]);
  };

  const settle = async (n: number, key: string, outcome: Outcome) => {
    switch (outcome.state) {
      case "received":
        update(n, { phase: "received", receipt: outcome.receipt, fieldErrors: undefined, formError: undefined });
        received();
        return;
      case "refused": {
        const item = await getItem(uid, key);
        if (item) await discard(item);
        update(n, { phase: "refused", fieldErrors: outcome.fieldErrors, formError: outcome.formError });
        return;
      }
      case "conflict":
        update(n, { phase: "conflict", formError: outcome.formError });
        return;
      case "signed-out":
        update(n, { phase: "signed-out" });
        return;
      case "retry":
        update(n, { phase: "saved" });
        return;
    }
  };

  const save = (n: number) => {
    const row = latest.current.find((r) => r.n === n);
    if (!row || !isEditable(row) || row.values.desk === SEALED_DESK) return;
    if (isBlank(row)) return;
    const fields = rowFields(row);
    const desk = o.desks.find((d) => d.value === row.values.desk)?.label ?? row.values.desk;
    update(n, { phase: "sending", fieldErrors: undefined, formError: undefined });
    // Out of the draft before it is sent, so that a reload at any moment cannot bring it back as unsent.
    writeDraft(
      uid,
      latest.current.map((r) => (r.n === n ? { ...r, phase: "sending" as const } : r)),
    );
    openNext(n, row.values.desk);
    inFlight.current.add(row.key);
    void submit({
      userId: uid,
      key: row.key,
      kind: "klik-case",
      bound: { sessionId },
      fields,
      files: {},
      labels: o.labels,
      formId,
      path,
      title: [t("outboxTitle"), desk, row.values.personName.trim()].filter(Boolean).join(" · "),
    })
      .then((outcome) => settle(n, row.key, outcome))
      .catch(() => update(n, { phase: "saved" }))
      .finally(() => inFlight.current.delete(row.key));
  };

  const on: RowHandlers = {
    change: (n, field: RowField, value) => {
      update(n, (r) => {
        // What she changes is no longer what was refused.
        const { [field]: _fixed, ...errors } = r.fieldErrors ?? {};
        return { values: withValue(r.values, field, value), fieldErrors: errors };
      });
    },
    save,
    remove: (n) => {
      const row = latest.current.find((r) => r.n === n);
      if (row && !isBlank(row) && !window.confirm(t("removeConfirm"))) return;
      setRows((rs) => {
        const rest = (rs ?? []).filter((r) => r.n !== n);
        return rest.some(isEditable) ? rest : [...rest, newRow(nextN.current++)];
      });
    },
    firstField: (n, el) => {
      if (el) firstFields.current.set(n, el);
      else firstFields.current.delete(n);
    },
  };

  const lastDesk = [...rows].reverse().find((r) => r.values.desk)?.values.desk ?? "";
  const sent = rows.filter((r) => !isEditable(r));
  const waiting = sent.filter((r) => (PENDING_STATES as readonly string[]).includes(r.phase)).length;
  const done = sent.filter((r) => r.phase === "received").length;

  return (
    <section className="mt-6 rounded border border-slate-200 bg-white" aria-labelledby="clinic-day-title" data-testid="clinic-day">
      <div className="border-b border-slate-200 p-3">
        <h2 id="clinic-day-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        {sent.length ? (
          <p className="mt-1 text-sm font-medium text-slate-800" data-testid="grid-counts">
            {t("counts", { received: done, waiting })}
          </p>
        ) : null}
        {restored ? (
          <p aria-live="polite" className="mt-2 rounded border border-sky-200 bg-sky-50 p-2 text-sm text-sky-900">
            {t("restored")}
          </p>
        ) : null}
      </div>
      <div aria-hidden="true" className={`hidden border-b border-slate-200 px-3 py-2 text-xs font-medium text-slate-600 ${GRID_COLUMNS}`}>
        {(["desk", "issueType", "personName", "status", "referralInstitution", "note"] as const).map((f) => (
          <span key={f}>{o.labels[f]}</span>
        ))}
        <span />
      </div>
      <ol className="divide-y divide-slate-200" data-testid="grid-rows">
        {rows.map((r, i) => (
          <li key={r.n} className={isEditable(r) ? "bg-white" : "bg-slate-50"}>
            <ClinicDayRow row={r} index={i + 1} o={o} t={t} on={on} />
          </li>
        ))}
      </ol>
      <div className="border-t border-slate-200 p-3">
        <button
          type="button"
          onClick={() => addRow(lastDesk)}
          data-testid="add-row"
          className="min-h-11 w-full rounded border border-teal-700 bg-white px-4 font-medium text-teal-800 hover:bg-teal-50 md:w-auto"
        >
          {t("addRow")}
        </button>
      </div>
    </section>
  );
}
