// The rows of the clinic-day grid (decision 0032) as plain data: one row per
// visitor, its idempotency key made when the row is, and where it stands —
// still being typed, or the state of its outbox item. Pure, so that what goes
// into the draft and what is sent can be tested without a browser.
import type { OutboxItem, OutboxState, Receipt } from "@/lib/offline/types";

/** The fields of a row, named as the case form posts them. */
export const ROW_FIELDS = ["desk", "issueType", "personName", "status", "referralInstitution", "note"] as const;
export type RowField = (typeof ROW_FIELDS)[number];
export type RowValues = Record<RowField, string>;

/** editing: not sent yet (or refused and back with her) · the others: its outbox item's state. */
export type RowPhase = "editing" | OutboxState;

export type Row = {
  /** This page's number for the row: its place, its element ids, its slot in the draft. */
  n: number;
  key: string;
  values: RowValues;
  phase: RowPhase;
  fieldErrors?: Record<string, string>;
  formError?: string;
  receipt?: Receipt;
};

/** The violence desk is never typed here: choosing it opens the sealed form. */
export const SEALED_DESK = "VIOLENCE";

export const blankValues = (desk = ""): RowValues => ({
  desk,
  issueType: "",
  personName: "",
  status: "RECEIVED",
  referralInstitution: "",
  note: "",
});

export const newRow = (n: number, desk = "", key: string = crypto.randomUUID()): Row => ({
  n,
  key,
  values: blankValues(desk),
  phase: "editing",
});

/** Whether she has typed anything into the row (a desk or the default status alone is not a visitor yet). */
export function isBlank(r: Row): boolean {
  const v = r.values;
  return !v.issueType && !v.personName.trim() && !v.referralInstitution.trim() && !v.note.trim();
}

/** Rows she can still change: not yet sent, or refused. */
export const isEditable = (r: Row) => r.phase === "editing" || r.phase === "refused";

/**
 * A row's change of one field: the issue type belongs to a desk, the referral
 * to REFERRED; and a row turned to the violence desk keeps nothing typed for
 * an open desk (a name beside a complaint is what the sealed form protects).
 */
export function withValue(values: RowValues, field: RowField, value: string): RowValues {
  const next = { ...values, [field]: value };
  if (field === "desk" && value !== values.desk) next.issueType = "";
  if (field === "desk" && value === SEALED_DESK) return { ...blankValues(SEALED_DESK), status: values.status };
  if (field === "status" && value !== "REFERRED") next.referralInstitution = "";
  return next;
}

/** What is posted for a row: the case form's fields and the row's key. */
export function rowFields(r: Row): Record<string, string> {
  const v = r.values;
  return {
    desk: v.desk,
    issueType: v.issueType,
    personName: v.personName,
    status: v.status,
    referralInstitution: v.status === "REFERRED" ? v.referralInstitution : "",
    note: v.note,
    idempotencyKey: r.key,
  };
}

/**
 * The draft of the grid: the rows not yet sent, flattened as `r<n>.<field>`.
 * Blank rows and violence rows stay out: nothing of a complaint is kept on the phone.
 */
export function draftFields(rows: readonly Row[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) {
    if (!isEditable(r) || isBlank(r) || r.values.desk === SEALED_DESK) continue;
    for (const f of ROW_FIELDS) out[`r${r.n}.${f}`] = r.values[f];
    out[`r${r.n}.idempotencyKey`] = r.key;
  }
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The rows of a draft, in their order; anything malformed is left out. */
export function rowsFromDraft(fields: Record<string, string>): Row[] {
  const byN = new Map<number, Record<string, string>>();
  for (const [name, value] of Object.entries(fields)) {
    const m = /^r(\d{1,6})\.(\w+)$/.exec(name);
    if (!m) continue;
    const n = Number(m[1]);
    byN.set(n, { ...byN.get(n), [m[2]!]: value });
  }
  const rows: Row[] = [];
  for (const [n, f] of [...byN].sort(([a], [b]) => a - b)) {
    if (!f.idempotencyKey || !UUID.test(f.idempotencyKey) || f.desk === SEALED_DESK) continue;
    const values = blankValues();
    for (const k of ROW_FIELDS) if (typeof f[k] === "string") values[k] = f[k];
    rows.push({ n, key: f.idempotencyKey, values, phase: "editing" });
  }
  return rows;
}

/** A row sent from this grid, as its outbox item holds it. */
export function rowFromItem(n: number, item: OutboxItem): Row {
  const values = blankValues();
  for (const k of ROW_FIELDS) if (typeof item.fields[k] === "string") values[k] = item.fields[k];
  return {
    n,
    key: item.key,
    values,
    phase: item.state,
    fieldErrors: item.fieldErrors,
    formError: item.formError,
    receipt: item.receipt,
  };
}
