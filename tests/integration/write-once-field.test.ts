// The other writes field staff send (issue 13, point 4), with the form's
// idempotency key: a KLIK follow-up and a case edit, registering a participant,
// the attendance grid and removing a registration, and the creates of a
// policy, a training, a serikat and a member count.
// A repeat answers the first result (not a duplicate follow-up, "already
// registered", STALE or "not found"); sends at once make one change; the same
// key with other input is refused; a refused send claims nothing.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { addKlikFollowUp, createKlikCase, updateKlikCase } from "@/lib/data/klik-cases";
import { createPolicy } from "@/lib/data/policy";
import { createSerikat } from "@/lib/data/serikat";
import { recordMembership } from "@/lib/data/serikat-membership";
import { createTraining } from "@/lib/data/training/writes";
import { registerParticipant, removeParticipant, saveAttendance } from "@/lib/data/training/participants";
import { day, makeKlikCase, makeKlikSession, makeTraining } from "@/prisma/factories";
import { buildKlikWorld, type KlikWorld } from "./klik-world";

let w: KlikWorld;
beforeAll(async () => {
  w = await buildKlikWorld();
});

const KEY_REUSED = { ok: false, fieldErrors: { _form: { key: "validation.keyReused" } } };

describe("a KLIK follow-up sent with its key", () => {
  const followUps = (caseId: number) => w.prisma.klikFollowUp.count({ where: { caseId } });

  it("sent twice, and three times at once, it is one follow-up each time, every answer the first", async () => {
    const c = await makeKlikCase(w.prisma, w.sessionA1, { desk: "LEGAL_IDENTITY" });
    const form = { idempotencyKey: randomUUID(), date: "2026-10-12", note: "Berkas diserahkan ke Dukcapil" };
    const first = await addKlikFollowUp(w.users.staffA1, c.id, form);
    expect(first).toMatchObject({ ok: true });
    expect(await addKlikFollowUp(w.users.staffA1, c.id, form)).toEqual(first);
    expect(await followUps(c.id)).toBe(1);
    const again = { ...form, idempotencyKey: randomUUID() };
    const all = await Promise.all([1, 2, 3].map(() => addKlikFollowUp(w.users.staffA1, c.id, again)));
    expect(new Set(all.map((r) => (r.ok ? r.value.id : null))).size).toBe(1);
    expect(await followUps(c.id)).toBe(2);
    expect(await w.prisma.auditLog.count({ where: { entity: "klik_case", entityId: String(c.id), action: "follow_up" } })).toBe(2);
  });

  it("the same key with another note, or for another case, is refused; a refused send claims nothing", async () => {
    const [c, d] = [
      await makeKlikCase(w.prisma, w.sessionA1, { desk: "LEGAL_IDENTITY" }),
      await makeKlikCase(w.prisma, w.sessionA1, { desk: "LEGAL_IDENTITY" }),
    ];
    const key = randomUUID();
    const refused = await addKlikFollowUp(w.users.staffA1, c.id, { idempotencyKey: key, date: "", note: "Menunggu akta" });
    expect(refused.ok).toBe(false);
    const form = { idempotencyKey: key, date: "2026-10-12", note: "Menunggu akta" };
    expect((await addKlikFollowUp(w.users.staffA1, c.id, form)).ok).toBe(true);
    expect(await addKlikFollowUp(w.users.staffA1, c.id, { ...form, note: "Akta selesai" })).toEqual(KEY_REUSED);
    expect(await addKlikFollowUp(w.users.staffA1, d.id, form)).toEqual(KEY_REUSED);
    expect([await followUps(c.id), await followUps(d.id)]).toEqual([1, 0]);
  });
});

describe("a KLIK case edit sent with its key", () => {
  it("sent again, it answers the first result instead of STALE; at once, one change", async () => {
    const c = await makeKlikCase(w.prisma, w.sessionA1, { desk: "LEGAL_IDENTITY" });
    const form = {
      idempotencyKey: randomUUID(),
      issueType: "BIRTH_CERTIFICATE",
      status: "REFERRED",
      referralInstitution: "Dukcapil",
      version: String(c.version),
    };
    const all = await Promise.all([1, 2, 3].map(() => updateKlikCase(w.users.staffA1, c.id, form)));
    expect(all).toEqual([1, 2, 3].map(() => ({ ok: true, value: { id: c.id } })));
    expect(await updateKlikCase(w.users.staffA1, c.id, form)).toEqual({ ok: true, value: { id: c.id } });
    expect((await w.prisma.klikCase.findUniqueOrThrow({ where: { id: c.id } })).version).toBe(c.version + 1);
    expect(await w.prisma.auditLog.count({ where: { entity: "klik_case", entityId: String(c.id), action: "update" } })).toBe(1);
    // Another tab's form, loaded before the change, with its own key: still STALE.
    expect(await updateKlikCase(w.users.staffA1, c.id, { ...form, idempotencyKey: randomUUID(), status: "RESOLVED" })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.stale" } },
    });
    // The same key with other input: refused, nothing changed.
    expect(await updateKlikCase(w.users.staffA1, c.id, { ...form, status: "RESOLVED" })).toEqual(KEY_REUSED);
    expect((await w.prisma.klikCase.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("REFERRED");
  });

  it("a refused edit (referral without its institution) claims nothing", async () => {
    const c = await makeKlikCase(w.prisma, w.sessionA1, { desk: "LEGAL_IDENTITY" });
    const form = { idempotencyKey: randomUUID(), issueType: "BIRTH_CERTIFICATE", status: "REFERRED", version: String(c.version) };
    expect((await updateKlikCase(w.users.staffA1, c.id, { ...form, referralInstitution: "" })).ok).toBe(false);
    expect((await updateKlikCase(w.users.staffA1, c.id, { ...form, referralInstitution: "Dukcapil" })).ok).toBe(true);
  });
});

describe("a class page's writes sent with their keys", () => {
  /** A fresh provincial training of province A and its implementation class. */
  async function klass() {
    const t = await makeTraining(w.prisma, { provinceId: w.a.province.id, startDate: day("2026-07-10") });
    return { t, cls: t.classes.find((c) => c.kind === "IMPLEMENTATION")! };
  }
  const participants = (classId: number) => w.prisma.participation.count({ where: { classId } });

  it("registering sent again answers the registration, not 'already registered'; at once, one registration", async () => {
    const { t, cls } = await klass();
    const form = { idempotencyKey: randomUUID(), kaderId: String(w.kaderA1.id), role: "PARTICIPANT" };
    const all = await Promise.all([1, 2, 3].map(() => registerParticipant(w.users.coordA, t.id, cls.id, form)));
    expect(new Set(all.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(all[0]).toMatchObject({ ok: true });
    expect(await registerParticipant(w.users.coordA, t.id, cls.id, form)).toEqual(all[0]);
    expect(await participants(cls.id)).toBe(1);
    // Another form (its own key) for the same kader is still "already registered".
    expect(await registerParticipant(w.users.coordA, t.id, cls.id, { ...form, idempotencyKey: randomUUID() })).toEqual({
      ok: false,
      fieldErrors: { kaderId: { key: "training.validation.duplicateParticipant" } },
    });
    // The same key for another kader: refused, nobody registered.
    expect(await registerParticipant(w.users.coordA, t.id, cls.id, { ...form, kaderId: String(w.kaderA2.id) })).toEqual(KEY_REUSED);
    expect(await participants(cls.id)).toBe(1);
  });

  it("a refused registration claims nothing: the corrected form goes through with the same key", async () => {
    const { t, cls } = await klass();
    const key = randomUUID();
    expect((await registerParticipant(w.users.coordA, t.id, cls.id, { idempotencyKey: key, kaderId: "", role: "PARTICIPANT" })).ok).toBe(
      false,
    );
    expect(
      (await registerParticipant(w.users.coordA, t.id, cls.id, { idempotencyKey: key, kaderId: String(w.kaderA1.id), role: "PARTICIPANT" }))
        .ok,
    ).toBe(true);
  });

  it("the attendance grid sent again is written and audited once; the same key with other ticks is refused", async () => {
    const { t, cls } = await klass();
    const reg = await registerParticipant(w.users.coordA, t.id, cls.id, { kaderId: String(w.kaderA1.id), role: "PARTICIPANT" });
    const id = reg.ok ? reg.value.id : 0;
    const form = { idempotencyKey: randomUUID(), [`p${id}`]: "1", [`p${id}_d2026-07-10`]: "on", [`p${id}_done`]: "on" };
    const all = await Promise.all([1, 2].map(() => saveAttendance(w.users.coordA, t.id, cls.id, form)));
    expect(all).toEqual([1, 2].map(() => ({ ok: true, value: { saved: 1 } })));
    expect(await saveAttendance(w.users.coordA, t.id, cls.id, form)).toEqual(all[0]);
    expect(await w.prisma.auditLog.count({ where: { entity: "participation", entityId: String(id), action: "attendance" } })).toBe(1);
    const { [`p${id}_done`]: _done, ...undone } = form;
    expect(await saveAttendance(w.users.coordA, t.id, cls.id, undone)).toEqual(KEY_REUSED);
    expect((await w.prisma.participation.findUniqueOrThrow({ where: { id } })).completed).toBe(true);
  });

  it("a removal sent again answers the removal, not 'not found'", async () => {
    const { t, cls } = await klass();
    const reg = await registerParticipant(w.users.coordA, t.id, cls.id, { kaderId: String(w.kaderA1.id), role: "PARTICIPANT" });
    const form = { idempotencyKey: randomUUID(), participationId: String(reg.ok ? reg.value.id : 0) };
    const first = await removeParticipant(w.users.coordA, t.id, form);
    expect(first).toMatchObject({ ok: true });
    expect(await removeParticipant(w.users.coordA, t.id, form)).toEqual(first);
    expect(await participants(cls.id)).toBe(0);
    // Without its key, the repeat finds nothing to remove, as before.
    const { idempotencyKey: _key, ...keyless } = form;
    expect(await removeParticipant(w.users.coordA, t.id, keyless)).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.notFound" } },
    });
  });
});

describe("the other creates field staff make, sent with their keys", () => {
  it("a policy sent three times at once is one policy; the same key with another title is refused", async () => {
    const key = randomUUID();
    const form = {
      idempotencyKey: key,
      title: `Perdes sekali ${key}`,
      level: "DESA",
      type: "PERDES",
      topic: "JKN",
      kabupatenId: String(w.a.kabupaten.id),
      desaId: String(w.a.desa.id),
      budgetAmount: "",
    };
    const all = await Promise.all([1, 2, 3].map(() => createPolicy(w.users.staffA1, form)));
    expect(new Set(all.map((r) => (r.ok ? r.value.id : null))).size).toBe(1);
    expect(await w.prisma.policyTarget.count({ where: { title: form.title } })).toBe(1);
    expect(await createPolicy(w.users.staffA1, { ...form, title: "Perdes lain" })).toEqual(KEY_REUSED);
  });

  it("a training sent twice is one training with its classes once", async () => {
    const key = randomUUID();
    const form = {
      idempotencyKey: key,
      level: "PROVINCIAL",
      title: `Pelatihan sekali ${key}`,
      theme: "Kepemimpinan Perempuan dan Perlindungan Sosial",
      objectives: "1. Meneruskan materi.",
      startDate: "2026-08-01",
      endDate: "2026-08-03",
      place: "Sekretariat Serikat Pekka",
      organiser: "Serikat Pekka",
      provinceId: String(w.a.province.id),
      kabupatenId: "",
      parentTrainingId: "",
      leadershipClassName: "Kelas Pelatih",
      implementationClassName: "Kelas Pelaksana",
    };
    const first = await createTraining(w.users.coordA, form);
    expect(first).toMatchObject({ ok: true });
    expect(await createTraining(w.users.coordA, form)).toEqual(first);
    const made = await w.prisma.training.findMany({ where: { title: form.title }, include: { classes: true } });
    expect(made.map((t) => t.classes.length)).toEqual([2]);
  });

  it("a serikat sent again answers the first, not 'a serikat of that name exists'", async () => {
    const form = { idempotencyKey: randomUUID(), name: `Serikat Sekali ${randomUUID()}`, kabupatenId: String(w.a.kabupaten.id) };
    const first = await createSerikat(w.users.staffA1, form);
    expect(first).toMatchObject({ ok: true });
    expect(await createSerikat(w.users.staffA1, form)).toEqual(first);
    // Another form (its own key) with that name is still a duplicate.
    expect(await createSerikat(w.users.staffA1, { ...form, idempotencyKey: randomUUID() })).toMatchObject({
      ok: false,
      fieldErrors: { name: { key: "validation.serikat.duplicate" } },
    });
  });

  it("a member count sent again answers 'recorded', not 'replaced' by itself; one row, one audit", async () => {
    const form = { idempotencyKey: randomUUID(), recordedOn: "2026-06-30", memberCount: "120", note: "" };
    const all = await Promise.all([1, 2].map(() => recordMembership(w.users.staffA1, w.serikatA1.id, form)));
    expect(all).toEqual([1, 2].map(() => all[0]));
    expect(all[0]).toMatchObject({ ok: true, value: { replaced: false } });
    expect(await recordMembership(w.users.staffA1, w.serikatA1.id, form)).toEqual(all[0]);
    const rows = await w.prisma.serikatMembership.findMany({ where: { serikatId: w.serikatA1.id, recordedOn: day("2026-06-30") } });
    expect(rows).toHaveLength(1);
    expect(await w.prisma.auditLog.count({ where: { entity: "serikat_membership", entityId: String(rows[0]!.id) } })).toBe(1);
  });

  it("a KLIK case's key is bound to its session: the same form for another session is refused", async () => {
    const form = {
      idempotencyKey: randomUUID(),
      desk: "LEGAL_IDENTITY",
      issueType: "BIRTH_CERTIFICATE",
      personName: "Inaq Sekali",
      status: "RECEIVED",
      referralInstitution: "",
    };
    const other = await makeKlikSession(w.prisma, { kabupaten: w.a.kabupaten, desaId: w.a.desa.id, heldOn: day("2026-11-10") });
    expect((await createKlikCase(w.users.staffA1, w.sessionA1.id, form)).ok).toBe(true);
    expect(await createKlikCase(w.users.staffA1, other.id, form)).toEqual(KEY_REUSED);
    expect(await w.prisma.klikCase.count({ where: { personName: "Inaq Sekali" } })).toBe(1);
  });
});
