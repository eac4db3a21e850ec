// The version-checked writes the outbox sends (issue 13, point 4), with the
// form's idempotency key: an RKTL realisation and a policy status change. A
// repeat of a write that went through answers its result (not "changed
// meanwhile" against its own change); two sends at once make one change; the
// same key with other input (for a status change: another evidence file) is
// refused and writes nothing; a refused send claims nothing. A send that is
// really stale is still STALE. And what the conflict screen reads: what the
// record holds now, scoped like the write.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { currentRealisation, recordRealisation } from "@/lib/data/rktl/realisation";
import { changePolicyStatus, currentPolicyStatus } from "@/lib/data/policy";
import { day, makePolicyTarget, makeRktlPlan, makeTraining } from "@/prisma/factories";
import { buildPolicyWorld, pdfFile, type PolicyWorld } from "./policy-world";

let w: PolicyWorld;
beforeAll(async () => {
  w = await buildPolicyWorld();
});

const NOW = day("2026-11-22");
const OCT = "2026-10";
const STALE = { ok: false, fieldErrors: { _form: { key: "validation.stale" } } };
const KEY_REUSED = { ok: false, fieldErrors: { _form: { key: "validation.keyReused" } } };

/** A target of an approved plan of province A, planned in October (4 KLIK sessions). */
async function target() {
  const training = await makeTraining(w.prisma, { startDate: day("2026-09-01") });
  const plan = await makeRktlPlan(w.prisma, {
    provinceId: w.a.province.id,
    trainingId: training.id,
    windowStart: day("2026-10-01"),
    status: "APPROVED",
    targets: [{ kabupatenId: w.a.kabupaten.id, quantity: 4, monthOffset: 0 }],
  });
  return plan.targets[0]!;
}

const rows = (targetId: number) => w.prisma.rktlRealisation.findMany({ where: { targetId } });
const audits = (entity: string, entityId: number) => w.prisma.auditLog.count({ where: { entity, entityId: String(entityId) } });

describe("an RKTL realisation sent with its key", () => {
  it("a first report sent again answers the first result, not STALE; one row, one audit", async () => {
    const t = await target();
    const form = { idempotencyKey: randomUUID(), month: OCT, achieved: "4", note: "Di dua desa", version: "" };
    const first = await recordRealisation(w.users.coordA, t.id, form, NOW);
    expect(first).toMatchObject({ ok: true });
    expect(await recordRealisation(w.users.coordA, t.id, form, NOW)).toEqual(first);
    expect(await rows(t.id)).toHaveLength(1);
    expect(await audits("rktl_realisation", first.ok ? first.value.id : 0)).toBe(1);
  });

  it("a correction sent again answers the first result; the month changed once", async () => {
    const t = await target();
    expect((await recordRealisation(w.users.coordA, t.id, { month: OCT, achieved: "3", behindReason: "Hujan", version: "" }, NOW)).ok).toBe(
      true,
    );
    const form = { idempotencyKey: randomUUID(), month: OCT, achieved: "5", version: "1" };
    const first = await recordRealisation(w.users.coordA, t.id, form, NOW);
    expect(first.ok).toBe(true);
    expect(await recordRealisation(w.users.coordA, t.id, form, NOW)).toEqual(first);
    expect((await rows(t.id)).map((r) => [r.achieved, r.version])).toEqual([[5, 2]]);
  });

  it("three sends at once make one row and all answer it", async () => {
    const t = await target();
    const form = { idempotencyKey: randomUUID(), month: OCT, achieved: "4", version: "" };
    const all = await Promise.all([1, 2, 3].map(() => recordRealisation(w.users.coordA, t.id, form, NOW)));
    expect(all.every((r) => r.ok)).toBe(true);
    expect(new Set(all.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(await rows(t.id)).toHaveLength(1);
  });

  it("the same key with another count is refused and changes nothing", async () => {
    const t = await target();
    const key = randomUUID();
    expect((await recordRealisation(w.users.coordA, t.id, { idempotencyKey: key, month: OCT, achieved: "4" }, NOW)).ok).toBe(true);
    expect(await recordRealisation(w.users.coordA, t.id, { idempotencyKey: key, month: OCT, achieved: "6", version: "1" }, NOW)).toEqual(
      KEY_REUSED,
    );
    // …nor for another target.
    const other = await target();
    expect(await recordRealisation(w.users.coordA, other.id, { idempotencyKey: key, month: OCT, achieved: "4" }, NOW)).toEqual(KEY_REUSED);
    expect((await rows(t.id)).map((r) => r.achieved)).toEqual([4]);
    expect(await rows(other.id)).toHaveLength(0);
  });

  it("a refused send claims nothing: the corrected form goes through with the same key", async () => {
    const t = await target();
    const key = randomUUID();
    // November, 1 of 4 after October is behind plan: a reason is needed.
    const refused = await recordRealisation(w.users.coordA, t.id, { idempotencyKey: key, month: "2026-11", achieved: "1" }, NOW);
    expect(refused).toEqual({ ok: false, fieldErrors: { behindReason: { key: "rktl.validation.behindReasonRequired" } } });
    const fixed = { idempotencyKey: key, month: "2026-11", achieved: "1", behindReason: "Hujan deras" };
    expect((await recordRealisation(w.users.coordA, t.id, fixed, NOW)).ok).toBe(true);
    expect(await rows(t.id)).toHaveLength(1);
  });

  it("another form loaded before a change is still STALE, with or without a key", async () => {
    const t = await target();
    expect((await recordRealisation(w.users.coordA, t.id, { idempotencyKey: randomUUID(), month: OCT, achieved: "4" }, NOW)).ok).toBe(true);
    // A second tab opened before the first report, with its own key.
    expect(await recordRealisation(w.users.coordA, t.id, { idempotencyKey: randomUUID(), month: OCT, achieved: "5" }, NOW)).toEqual(STALE);
    expect(await recordRealisation(w.users.coordA, t.id, { month: OCT, achieved: "5" }, NOW)).toEqual(STALE);
    expect((await rows(t.id)).map((r) => r.achieved)).toEqual([4]);
  });
});

describe("what a realisation holds now (the conflict screen)", () => {
  it("the month's report in the form's field names, for whoever may write it; null outside scope or without a report", async () => {
    const t = await target();
    expect(await currentRealisation(w.users.coordA, t.id, day("2026-10-01"))).toBeNull();
    expect((await recordRealisation(w.users.coordA, t.id, { month: OCT, achieved: "4", note: "Di dua desa" }, NOW)).ok).toBe(true);
    expect(await currentRealisation(w.users.coordA, t.id, day("2026-10-01"))).toEqual({
      achieved: 4,
      note: "Di dua desa",
      behindReason: null,
      version: 1,
      recordedBy: w.users.coordA.name,
      updatedAt: expect.any(Date),
    });
    expect(await currentRealisation(w.users.coordB, t.id, day("2026-10-01"))).toBeNull();
    expect(await currentRealisation(w.users.coordA, t.id, day("2026-11-01"))).toBeNull();
  });
});

const enactForm = (version: number, o: Record<string, string> = {}) => ({
  toStatus: "ENACTED",
  number: "Perdes No. 7 Tahun 2026",
  enactedOn: "2026-10-01",
  note: "",
  version: String(version),
  ...o,
});

/** A fresh policy of kabupaten A1 in deliberation (the step before enactment). */
const deliberating = () => makePolicyTarget(w.prisma, w.a.kabupaten, { title: `Perdes ${randomUUID()}`, status: "DELIBERATION" });
const history = (policyId: number) => w.prisma.policyStatusChange.count({ where: { policyId } });

describe("a policy status change sent with its key", () => {
  it("sent again, it answers the first result (not a refused transition or STALE); one history row, one file", async () => {
    const p = await deliberating();
    const [rowsBefore, filesBefore] = [await history(p.id), await w.prisma.storedFile.count()];
    const form = { ...enactForm(p.version), idempotencyKey: randomUUID() };
    const first = await changePolicyStatus(w.users.staffA1, p.id, form, pdfFile());
    expect(first).toEqual({ ok: true, value: { id: p.id } });
    expect(await changePolicyStatus(w.users.staffA1, p.id, form, pdfFile())).toEqual(first);
    expect(await history(p.id)).toBe(rowsBefore + 1);
    expect(await w.prisma.storedFile.count()).toBe(filesBefore + 1);
    expect(await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      status: "ENACTED",
      version: p.version + 1,
    });
  });

  it("three sends at once make one change", async () => {
    const p = await deliberating();
    const form = { toStatus: "DROPPED", note: "Ditolak", version: String(p.version), idempotencyKey: randomUUID() };
    const all = await Promise.all([1, 2, 3].map(() => changePolicyStatus(w.users.staffA1, p.id, form)));
    expect(all).toEqual([1, 2, 3].map(() => ({ ok: true, value: { id: p.id } })));
    expect(await w.prisma.policyStatusChange.count({ where: { policyId: p.id, toStatus: "DROPPED" } })).toBe(1);
  });

  it("the same key with another evidence file is refused: nothing stored", async () => {
    const p = await deliberating();
    const form = { ...enactForm(p.version), idempotencyKey: randomUUID() };
    expect((await changePolicyStatus(w.users.staffA1, p.id, form, pdfFile())).ok).toBe(true);
    const filesBefore = await w.prisma.storedFile.count();
    const another = pdfFile("perdes-7-2026.pdf", ["PERATURAN DESA NOMOR 7 TAHUN 2026", "salinan lain"]);
    expect(await changePolicyStatus(w.users.staffA1, p.id, form, another)).toEqual(KEY_REUSED);
    expect(await w.prisma.storedFile.count()).toBe(filesBefore);
  });

  it("the same key with other fields, or for another policy, is refused", async () => {
    const [p, q] = [await deliberating(), await deliberating()];
    const key = randomUUID();
    const form = { toStatus: "DROPPED", note: "", version: String(p.version), idempotencyKey: key };
    expect((await changePolicyStatus(w.users.staffA1, p.id, form)).ok).toBe(true);
    expect(await changePolicyStatus(w.users.staffA1, p.id, { ...form, note: "Alasan lain" })).toEqual(KEY_REUSED);
    expect(await changePolicyStatus(w.users.staffA1, q.id, form)).toEqual(KEY_REUSED);
    expect((await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: q.id } })).status).toBe("DELIBERATION");
  });

  it("a refused send (no document) claims nothing: the same key with the document goes through", async () => {
    const p = await deliberating();
    const form = { ...enactForm(p.version), idempotencyKey: randomUUID() };
    expect(await changePolicyStatus(w.users.staffA1, p.id, form)).toEqual({
      ok: false,
      fieldErrors: { evidence: { key: "policy.validation.evidenceRequired" } },
    });
    expect((await changePolicyStatus(w.users.staffA1, p.id, form, pdfFile())).ok).toBe(true);
  });

  it("a stale send rolls back its claim and its file; a form loaded after the change goes through with the same key", async () => {
    const p = await deliberating();
    const key = randomUUID();
    const filesBefore = await w.prisma.storedFile.count();
    expect(await changePolicyStatus(w.users.staffA1, p.id, { ...enactForm(p.version - 1), idempotencyKey: key }, pdfFile())).toEqual(STALE);
    expect(await w.prisma.storedFile.count()).toBe(filesBefore);
    expect(await w.prisma.writeReceipt.count({ where: { key } })).toBe(0);
    expect((await changePolicyStatus(w.users.staffA1, p.id, { ...enactForm(p.version), idempotencyKey: key }, pdfFile())).ok).toBe(true);
  });
});

describe("what a policy holds now (the conflict screen)", () => {
  it("its status, number, date and version for whoever may change it; null outside scope", async () => {
    const p = await deliberating();
    expect((await changePolicyStatus(w.users.staffA1, p.id, enactForm(p.version), pdfFile())).ok).toBe(true);
    expect(await currentPolicyStatus(w.users.staffA1, p.id)).toEqual({
      status: "ENACTED",
      number: "Perdes No. 7 Tahun 2026",
      enactedOn: day("2026-10-01"),
      version: p.version + 1,
      updatedAt: expect.any(Date),
    });
    expect(await currentPolicyStatus(w.users.coordA, p.id)).toMatchObject({ status: "ENACTED" });
    expect(await currentPolicyStatus(w.users.staffA2, p.id)).toBeNull();
    expect(await currentPolicyStatus(w.users.coordB, p.id)).toBeNull();
  });
});
