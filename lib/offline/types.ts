// What the browser keeps on the phone for field entry (decision 0030): drafts
// of open forms and the outbox of sent-but-not-yet-received writes. Both are
// keyed by the signed-in user's id, so on a shared phone nobody else sees them.

/** A form's draft: what she typed, minus sealed fields and files. */
export type Draft = {
  userId: number;
  /** Which form: the same form for the same record has the same id. */
  formId: string;
  /** The form's page, to come back to. */
  path: string;
  title: string;
  /** What she typed first (the visitor's name, say), to tell one from another. */
  summary?: string;
  fields: Record<string, string>;
  savedAt: number;
};

/**
 * saved: on this phone, waiting to be sent · sending · received (the server's
 * receipt) · refused (reasons shown; her input kept) · conflict (the record
 * changed on the server since; shown side by side) · signed-out (kept until
 * she signs in again).
 */
export type OutboxState = "saved" | "sending" | "received" | "refused" | "conflict" | "signed-out";

export type Receipt = { key: string | null; id: number | null; url: string; at: string };

export type OutboxItem = {
  userId: number;
  /** The idempotency key made when the form was opened: the server's key too. */
  key: string;
  /** Which write (lib/forms/field-writes.ts). */
  kind: string;
  bound: Record<string, number>;
  fields: Record<string, string>;
  files: Record<string, File>;
  /** The field labels as the form showed them, for the outbox and a conflict. */
  labels: Record<string, string>;
  /** A choice field's options as the form named them (value → text), to show a value in words. */
  choices?: Record<string, Record<string, string>>;
  formId: string;
  /** The form's page, to go back to. */
  path: string;
  title: string;
  summary?: string;
  state: OutboxState;
  attempts: number;
  createdAt: number;
  updatedAt: number;
  nextAttemptAt?: number;
  receipt?: Receipt;
  formError?: string;
  fieldErrors?: Record<string, string>;
  /** The record as the server holds it now, when the write met a newer version. */
  current?: Record<string, string | null>;
};

/** What one attempt to deliver an item came to. */
export type Outcome =
  | { state: "received"; receipt: Receipt }
  | { state: "refused"; formError?: string; fieldErrors?: Record<string, string> }
  | { state: "conflict"; formError?: string; current?: Record<string, string | null> }
  | { state: "signed-out" }
  | { state: "retry"; reason: "offline" | "timeout" | "server" };

/** Still to be sent by this phone. */
export const PENDING_STATES: readonly OutboxState[] = ["saved", "sending", "signed-out"];
/** Waiting for her: something to fix or decide. */
export const ATTENTION_STATES: readonly OutboxState[] = ["refused", "conflict"];
