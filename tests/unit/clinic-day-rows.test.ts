// The clinic-day grid's rows (decision 0032): what a row posts, what of the
// grid goes into the draft on the phone (never a violence row), and how a
// draft comes back.
import { describe, expect, it } from "vitest";
import {
  draftFields,
  isBlank,
  newRow,
  rowFields,
  rowFromItem,
  rowsFromDraft,
  withValue,
  type Row,
} from "@/components/klik/clinic-day-rows";
import type { OutboxItem } from "@/lib/offline/types";

const KEY = "0b6f3c1e-8a51-4d0e-9f3a-2c7d5e1b9a40";
const typed = (n: number, o: Partial<Row["values"]> = {}, key = crypto.randomUUID()): Row => {
  const r = newRow(n, "LEGAL_IDENTITY", key);
  return { ...r, values: { ...r.values, issueType: "BIRTH_CERTIFICATE", personName: "Inaq Mariani", ...o } };
};

describe("a row", () => {
  it("starts blank with its own key; a desk or the default status alone is not a visitor yet", () => {
    const a = newRow(1);
    const b = newRow(2, "REGISTRATION");
    expect(a.key).not.toBe(b.key);
    expect(a.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(isBlank(b)).toBe(true);
    expect(isBlank(typed(3))).toBe(false);
  });

  it("drops the issue type when the desk changes, and the referral when the status is no longer REFERRED", () => {
    const v = typed(1, { status: "REFERRED", referralInstitution: "Disdukcapil" }).values;
    expect(withValue(v, "desk", "SOCIAL_PROTECTION")).toMatchObject({ desk: "SOCIAL_PROTECTION", issueType: "" });
    expect(withValue(v, "desk", "LEGAL_IDENTITY").issueType).toBe("BIRTH_CERTIFICATE");
    expect(withValue(v, "status", "RESOLVED")).toMatchObject({ status: "RESOLVED", referralInstitution: "" });
  });

  it("keeps nothing typed for an open desk once the row is turned to the violence desk", () => {
    const v = typed(1, { status: "REFERRED", referralInstitution: "Dinas", note: "catatan" }).values;
    expect(withValue(v, "desk", "VIOLENCE")).toEqual({
      desk: "VIOLENCE",
      issueType: "",
      personName: "",
      status: "REFERRED",
      referralInstitution: "",
      note: "",
    });
  });

  it("posts the case form's fields with its key; a referral only when referred", () => {
    expect(rowFields(typed(1, { note: "Bawa KK" }, KEY))).toEqual({
      desk: "LEGAL_IDENTITY",
      issueType: "BIRTH_CERTIFICATE",
      personName: "Inaq Mariani",
      status: "RECEIVED",
      referralInstitution: "",
      note: "Bawa KK",
      idempotencyKey: KEY,
    });
  });
});

describe("the grid's draft", () => {
  it("holds the typed rows not yet sent, flattened r<n>.<field>, and gives them back in order", () => {
    const rows = [typed(4, { personName: "Kedua" }), typed(2, { personName: "Pertama" }), newRow(5)];
    const fields = draftFields(rows);
    expect(fields["r2.personName"]).toBe("Pertama");
    expect(fields["r4.idempotencyKey"]).toBe(rows[0]!.key);
    expect(Object.keys(fields).some((k) => k.startsWith("r5."))).toBe(false);
    const back = rowsFromDraft(fields);
    expect(back.map((r) => [r.n, r.values.personName, r.key])).toEqual([
      [2, "Pertama", rows[1]!.key],
      [4, "Kedua", rows[0]!.key],
    ]);
  });

  it("never holds a violence row, nor a row already sent", () => {
    const violence = { ...typed(1), values: { ...typed(1).values, desk: "VIOLENCE", issueType: "DOMESTIC_VIOLENCE" } };
    const sending: Row = { ...typed(2), phase: "sending" };
    expect(draftFields([violence, sending])).toEqual({});
    // A planted one is not restored either, nor a row without a real key.
    expect(rowsFromDraft({ "r1.desk": "VIOLENCE", "r1.personName": "x", "r1.idempotencyKey": KEY })).toEqual([]);
    expect(rowsFromDraft({ "r1.personName": "x", "r1.idempotencyKey": "nope", "rx.desk": "A" })).toEqual([]);
  });

  it("keeps a refused row, which is hers to fix", () => {
    expect(draftFields([{ ...typed(1, {}, KEY), phase: "refused" }])["r1.idempotencyKey"]).toBe(KEY);
  });
});

it("a sent row is read back from its outbox item", () => {
  const item = {
    key: KEY,
    state: "saved",
    fields: rowFields(typed(1, { note: "n" }, KEY)),
    receipt: undefined,
  } as unknown as OutboxItem;
  expect(rowFromItem(7, item)).toMatchObject({ n: 7, key: KEY, phase: "saved", values: { personName: "Inaq Mariani", note: "n" } });
});
