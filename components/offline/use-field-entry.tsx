"use client";
// A field-entry form's life on the phone (decision 0030): a draft in
// IndexedDB as she types, restored after a reload or a crash; on submit the
// write goes into the outbox first and is sent from there, so a dropped
// connection loses nothing. Without JavaScript the form posts its server
// action as before; with it, the outbox's route answers instead.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { deliver } from "@/lib/offline/delivery";
import { differsFrom, formContent } from "@/lib/offline/form-fields";
import { discard, overCurrentVersion, submit } from "@/lib/offline/outbox";
import { deleteDraft, getDraft, getItem, putDraft } from "@/lib/offline/store";
import type { OutboxItem, Outcome } from "@/lib/offline/types";
import { useOfflineUser } from "./offline-provider";

export type FieldEntry = {
  /** Which write (lib/forms/field-writes.ts) and the ids the page bound. */
  kind: string;
  bound: Record<string, number>;
  /** The draft's slot: the same form for the same record, e.g. `klik-case:12:ADMINDUK`. */
  formId: string;
  /** How she will recognise it in the outbox. */
  title: string;
  /** Fields that never leave this page: no draft, no outbox (the violence desk's). */
  sealed?: readonly string[];
  /** A form with sealed fields is sent directly or not at all: nothing of it waits on the phone. */
  direct?: boolean;
  /** After a write is put in the outbox: a fresh form for the next record, or keep showing it. */
  afterQueue?: "fresh" | "keep";
};

export type EntryNotice =
  | { kind: "restored"; savedAt: number }
  | { kind: "fromOutbox" }
  | { kind: "queued"; fresh: boolean }
  | { kind: "signedOut" }
  | { kind: "notStored" };

export type EntryView = {
  enabled: boolean;
  /** Values to show instead of the page's (a restored draft, what she sent). */
  values?: Record<string, string>;
  fieldErrors?: Record<string, string>;
  formError?: string;
  notice?: EntryNotice;
  conflict?: OutboxItem;
  pending: boolean;
  /** Changes when the fields must be drawn again from `values`. */
  generation: number;
  /** The form element: what it holds when the page opens is what a draft is compared with. */
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  onInput: (e: FormEvent<HTMLFormElement>) => void;
  discardDraft: () => void;
  resolveConflict: (keep: "mine" | "server") => void;
};

const DRAFT_DELAY_MS = 300;
const newKey = () => crypto.randomUUID();

/** The form's field labels and its choices in words, as she saw them, and the first thing she typed. */
function describe(form: HTMLFormElement, sealed: readonly string[] = []): Pick<OutboxItem, "labels" | "choices" | "summary"> {
  const labels: Record<string, string> = {};
  const choices: Record<string, Record<string, string>> = {};
  let summary: string | undefined;
  for (const el of Array.from(form.elements)) {
    const named = el as HTMLInputElement;
    if (!named.name || named.type === "hidden") continue;
    const label = named.labels?.[0]?.textContent?.trim();
    if (label) labels[named.name] = label;
    if (el instanceof HTMLSelectElement) {
      choices[el.name] = Object.fromEntries(Array.from(el.options).map((o) => [o.value, o.text]));
    } else if (!summary && el instanceof HTMLInputElement && el.type === "text" && el.value.trim() && !sealed.includes(el.name)) {
      summary = el.value.trim().slice(0, 80);
    }
  }
  return { labels, choices, summary };
}

export function useFieldEntry(entry: FieldEntry | undefined, initialValues: Record<string, string>): EntryView {
  const userId = useOfflineUser();
  const enabled = !!entry && userId != null;
  const router = useRouter();
  const [view, setView] = useState<Omit<EntryView, "enabled" | "formRef" | "onSubmit" | "onInput" | "discardDraft" | "resolveConflict">>({
    pending: false,
    generation: 0,
  });
  const timer = useRef<number | undefined>(undefined);
  const formRef = useRef<HTMLFormElement | null>(null);
  /** She began typing before the draft was read: what she types wins. */
  const typed = useRef(false);
  /** The form as the page filled it in. */
  const baseline = useRef<Record<string, string>>(initialValues);

  // On opening: the item she came back to fix from the outbox, else her draft.
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    if (formRef.current) baseline.current = formContent(new FormData(formRef.current).entries(), entry.sealed).fields;
    void (async () => {
      const back = new URLSearchParams(window.location.search).get("draft");
      const item = back ? await getItem(userId, back) : undefined;
      if (item && item.formId === entry.formId && (item.state === "refused" || item.state === "conflict")) {
        await putDraft({
          userId,
          formId: entry.formId,
          path: item.path,
          title: item.title,
          summary: item.summary,
          fields: item.fields,
          savedAt: Date.now(),
        });
        await discard(item);
        if (live)
          setView((v) => ({
            ...v,
            values: item.fields,
            fieldErrors: item.fieldErrors,
            formError: item.formError,
            notice: { kind: "fromOutbox" },
            generation: v.generation + 1,
          }));
        return;
      }
      const draft = await getDraft(userId, entry.formId);
      if (draft && live && !typed.current && differsFrom(draft.fields, baseline.current)) {
        setView((v) => ({
          ...v,
          values: draft.fields,
          notice: { kind: "restored", savedAt: draft.savedAt },
          generation: v.generation + 1,
        }));
      }
    })().catch(() => undefined);
    return () => {
      live = false;
    };
    // The form's identity decides; the page's values are read once, as they were when it opened.
  }, [enabled, userId, entry?.formId]);

  if (!enabled) {
    return {
      ...view,
      enabled,
      formRef,
      onSubmit: () => undefined,
      onInput: () => undefined,
      discardDraft: () => undefined,
      resolveConflict: () => undefined,
    };
  }
  const e = entry;
  const uid = userId;

  const writeDraft = async (form: HTMLFormElement) => {
    const { fields } = formContent(new FormData(form).entries(), e.sealed);
    if (!differsFrom(fields, baseline.current)) return deleteDraft(uid, e.formId);
    await putDraft({
      userId: uid,
      formId: e.formId,
      path: location.pathname + location.search,
      title: e.title,
      summary: describe(form, e.sealed).summary,
      fields,
      savedAt: Date.now(),
    });
  };

  const onInput = (ev: FormEvent<HTMLFormElement>) => {
    const form = ev.currentTarget;
    typed.current = true;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void writeDraft(form).catch(() => undefined), DRAFT_DELAY_MS);
  };

  const fresh = () => ({ ...initialValues, idempotencyKey: newKey() });

  const settle = async (outcome: Outcome, fields: Record<string, string>, key: string) => {
    switch (outcome.state) {
      case "received":
        // The page it goes to may be this one (a status changed in place): the form starts afresh from it.
        setView((v) => ({ pending: false, generation: v.generation + 1 }));
        router.push(outcome.receipt.url);
        return;
      case "refused": {
        // She is on the form: her input stays here, as the draft, with the reasons.
        const item = await getItem(uid, key);
        if (item) await discard(item);
        setView((v) => ({ ...v, pending: false, fieldErrors: outcome.fieldErrors, formError: outcome.formError ?? "", notice: undefined }));
        return;
      }
      case "conflict": {
        const item = await getItem(uid, key);
        setView((v) => ({ ...v, pending: false, conflict: item, notice: undefined, formError: outcome.formError }));
        return;
      }
      case "signed-out":
        await deleteDraft(uid, e.formId);
        setView((v) => ({ ...v, pending: false, notice: { kind: "signedOut" } }));
        return;
      case "retry": {
        await deleteDraft(uid, e.formId);
        const next = e.afterQueue === "keep" ? { ...fields, idempotencyKey: newKey() } : fresh();
        setView((v) => ({
          ...v,
          pending: false,
          values: next,
          fieldErrors: undefined,
          formError: undefined,
          notice: { kind: "queued", fresh: e.afterQueue !== "keep" },
          generation: v.generation + 1,
        }));
        return;
      }
    }
  };

  const onSubmit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    if (view.pending) return;
    const form = ev.currentTarget;
    window.clearTimeout(timer.current);
    const { fields, files } = formContent(new FormData(form).entries(), e.direct ? [] : e.sealed);
    const key = fields.idempotencyKey || newKey();
    fields.idempotencyKey = key;
    setView((v) => ({ ...v, pending: true, values: fields, fieldErrors: undefined, formError: undefined }));
    void (async () => {
      if (e.direct) {
        // Sealed fields travel once, straight to the server, and are kept only in this page.
        await writeDraft(form);
        const outcome = await deliver({ kind: e.kind, bound: e.bound, fields, files });
        if (outcome.state === "retry") {
          setView((v) => ({ ...v, pending: false, notice: { kind: "notStored" } }));
          return;
        }
        if (outcome.state === "signed-out") {
          setView((v) => ({ ...v, pending: false, notice: { kind: "signedOut" } }));
          return;
        }
        if (outcome.state === "received") await deleteDraft(uid, e.formId);
        if (outcome.state === "refused" || outcome.state === "conflict") {
          setView((v) => ({
            ...v,
            pending: false,
            fieldErrors: "fieldErrors" in outcome ? outcome.fieldErrors : undefined,
            formError: outcome.formError ?? "",
          }));
          return;
        }
        setView((v) => ({ pending: false, generation: v.generation + 1 }));
        router.push(outcome.receipt.url);
        return;
      }
      await writeDraft(form);
      const outcome = await submit({
        userId: uid,
        key,
        kind: e.kind,
        bound: e.bound,
        fields,
        files,
        ...describe(form, e.sealed),
        formId: e.formId,
        path: location.pathname + location.search,
        title: e.title,
      });
      await settle(outcome, fields, key);
    })().catch(() => setView((v) => ({ ...v, pending: false })));
  };

  const discardDraft = () => {
    void deleteDraft(uid, e.formId).then(() =>
      setView((v) => ({
        ...v,
        values: fresh(),
        notice: undefined,
        fieldErrors: undefined,
        formError: undefined,
        generation: v.generation + 1,
      })),
    );
  };

  const resolveConflict = (keep: "mine" | "server") => {
    const item = view.conflict;
    if (!item) return;
    void (async () => {
      if (keep === "server") {
        await discard(item);
        await deleteDraft(uid, e.formId);
        window.location.reload();
        return;
      }
      const fields = overCurrentVersion(item);
      setView((v) => ({ ...v, conflict: undefined, pending: true }));
      const { current: _c, formError: _f, fieldErrors: _e, ...rest } = item;
      const outcome = await submit({ ...rest, fields });
      await settle(outcome, fields, item.key);
    })().catch(() => setView((v) => ({ ...v, pending: false })));
  };

  return { ...view, enabled, formRef, onSubmit, onInput, discardDraft, resolveConflict };
}
