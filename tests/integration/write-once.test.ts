// Exactly once on the server (issue 13, point 4): a write sent again with its
// form's idempotency key — a double tap, a retry after a timeout, two tabs, at
// once or later — makes one record and answers every repeat with the first
// result; a refused write claims nothing; the same key with other input is
// refused; keys are per user.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createKader } from "@/lib/data/kader";
import { createKlikSession } from "@/lib/data/klik";
import { createKlikCase } from "@/lib/data/klik-cases";
import { createFpkMeeting } from "@/lib/data/fpk";
import { buildKlikWorld, type KlikWorld } from "./klik-world";

let w: KlikWorld;
beforeAll(async () => {
  w = await buildKlikWorld();
});

const caseForm = (key: string, o: Record<string, string> = {}) => ({
  idempotencyKey: key,
  desk: "LEGAL_IDENTITY",
  issueType: "BIRTH_CERTIFICATE",
  personName: "Inaq Mariani",
  status: "RECEIVED",
  referralInstitution: "",
  ...o,
});

const cases = () => w.prisma.klikCase.count({ where: { sessionId: w.sessionA1.id } });

describe("writes with an idempotency key", () => {
  it("ten concurrent sends of one KLIK case make one case and one audit row, and all answer its id", async () => {
    const key = randomUUID();
    const before = await cases();
    const all = await Promise.all(Array.from({ length: 10 }, () => createKlikCase(w.users.staffA1, w.sessionA1.id, caseForm(key))));
    const ids = new Set(all.map((r) => (r.ok ? r.value.id : null)));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(Number));
    expect(await cases()).toBe(before + 1);
    expect(await w.prisma.auditLog.count({ where: { entity: "klik_case", entityId: String([...ids][0]), action: "create" } })).toBe(1);
    // A retry a while later gets the same answer.
    expect(await createKlikCase(w.users.staffA1, w.sessionA1.id, caseForm(key))).toEqual(all[0]);
    expect(await cases()).toBe(before + 1);
  });

  it("a refused send claims nothing: the corrected form goes through with the same key", async () => {
    const key = randomUUID();
    const before = await cases();
    const refused = await createKlikCase(w.users.staffA1, w.sessionA1.id, caseForm(key, { status: "REFERRED" })); // no referral
    expect(refused.ok).toBe(false);
    const fixed = await createKlikCase(
      w.users.staffA1,
      w.sessionA1.id,
      caseForm(key, { status: "REFERRED", referralInstitution: "Dukcapil" }),
    );
    expect(fixed.ok).toBe(true);
    expect(await cases()).toBe(before + 1);
  });

  it("the same key with other input is refused, never answered with the first record", async () => {
    const key = randomUUID();
    expect((await createKlikCase(w.users.staffA1, w.sessionA1.id, caseForm(key))).ok).toBe(true);
    const before = await cases();
    expect(await createKlikCase(w.users.staffA1, w.sessionA1.id, caseForm(key, { personName: "Baiq Aminah" }))).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.keyReused" } },
    });
    // …nor for another kind of write.
    const session = await createKlikSession(w.users.staffA1, {
      idempotencyKey: key,
      heldOn: "2026-11-02",
      desaId: String(w.a.desa.id),
      officers: "Kader Uji",
    });
    expect(session).toMatchObject({ ok: false, fieldErrors: { _form: { key: "validation.keyReused" } } });
    expect(await cases()).toBe(before);
  });

  it("an FPK meeting sent three times at once is one meeting with its participants once", async () => {
    const key = randomUUID();
    const form = {
      idempotencyKey: key,
      kabupatenId: String(w.a.kabupaten.id),
      heldOn: "2026-11-05",
      agenda: `Rapat sekali ${key}`,
      agreements: "Dinas Sosial memverifikasi 120 nama.",
      followUps: "",
      budgetAmount: "1.500.000",
      institution_0: "Dinas Sosial",
      personCount_0: "3",
    };
    const all = await Promise.all([1, 2, 3].map(() => createFpkMeeting(w.users.coordA, form)));
    expect(new Set(all.map((r) => (r.ok ? r.value.id : null))).size).toBe(1);
    const meetings = await w.prisma.fpkMeeting.findMany({ where: { agenda: form.agenda }, include: { participants: true } });
    expect(meetings.map((m) => m.participants.length)).toEqual([1]);
  });

  it("keys are per user: another user's write with the same key is her own", async () => {
    const key = randomUUID();
    const mine = await createKader(w.users.coordA, {
      idempotencyKey: key,
      fullName: "Kader Sekali",
      position: "KADER",
      serikatId: String(w.serikatA1.id),
      desaId: String(w.a.desa.id),
    });
    const theirs = await createKader(w.users.national, {
      idempotencyKey: key,
      fullName: "Kader Sekali Juga",
      position: "KADER",
      serikatId: String(w.serikatA1.id),
      desaId: String(w.a.desa.id),
    });
    expect(mine.ok && theirs.ok && mine.value.id !== theirs.value.id).toBe(true);
  });

  it("a send without a key, or with one that is not a key, writes as before", async () => {
    const [before, receipts] = [await cases(), await w.prisma.writeReceipt.count()];
    expect((await createKlikCase(w.users.staffA1, w.sessionA1.id, caseForm("not-a-key"))).ok).toBe(true);
    expect((await createKlikCase(w.users.staffA1, w.sessionA1.id, caseForm("not-a-key"))).ok).toBe(true);
    const { idempotencyKey: _none, ...keyless } = caseForm("");
    expect((await createKlikCase(w.users.staffA1, w.sessionA1.id, keyless)).ok).toBe(true);
    expect(await cases()).toBe(before + 3);
    expect(await w.prisma.writeReceipt.count()).toBe(receipts);
  });
});
