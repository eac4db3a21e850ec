// Kader import against PostgreSQL: preview judges each row and writes nothing
// but the batch; commit is all or nothing; the same file again changes nothing;
// undo removes and restores as a whole unless later work depends on it.
import { beforeAll, describe, expect, it } from "vitest";
import { commitImport, getImportBatch, previewImport, undoImport } from "@/lib/data/imports/batches";
import { kaderImport } from "@/lib/data/imports/kader";
import type { CheckedRow } from "@/lib/data/imports/types";
import type { KaderInput } from "@/lib/validation/kader";
import { makeKader, makeTraining } from "@/prisma/factories";
import { buildWorld, type World } from "./world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const file = (sha256: string) => ({ name: "kader-lombok.xlsx", sha256, size: 1234 });

function kader(o: Partial<KaderInput> = {}): KaderInput {
  return { fullName: "Baiq Nurhayati", position: "KADER", serikatId: w.serikatA1.id, desaId: w.a.desa.id, ...o };
}

function rows(values: (KaderInput | "bad")[]): CheckedRow<KaderInput>[] {
  return values.map((v, i) =>
    v === "bad"
      ? { rowNumber: i + 2, errors: [{ column: "phone", value: "12ab", key: "validation.phone" }] }
      : { rowNumber: i + 2, value: v },
  );
}

const kaderCount = () => w.prisma.kader.count();

describe("kader import", () => {
  it("previews every row without writing a kader: create, update, unchanged, duplicates and errors", async () => {
    const other = await makeKader(
      w.prisma,
      { serikat: w.serikatA1, desaId: w.a.desa.id },
      { fullName: "Nengah Sari", phone: "081234560001" },
    );
    const wati = await makeKader(w.prisma, { serikat: w.serikatA1, desaId: w.a.desa.id }, { fullName: "Made Wati", phone: "081299990000" });
    const before = await kaderCount();
    const p = await previewImport(
      w.users.coordA,
      kaderImport,
      file("a".repeat(64)),
      rows([
        kader({ fullName: "Inaq Rumiah" }), // 2 new
        kader({ fullName: "siti  aminah", position: "KETUA" }), // 3 the existing Siti Aminah, with a new position
        kader({ fullName: "Siti Aminah", position: "KADER", phone: w.kaderA1.phone ?? undefined }), // 4 repeats row 3
        kader({
          fullName: "Nengah Sari",
          position: other.position,
          phone: "+6281234560001",
          birthYear: other.birthYear ?? undefined,
          joinedYear: other.joinedYear ?? undefined,
        }), // 5 as registered (the phone written as +62…): unchanged
        kader({ fullName: "Lale Rohani", phone: "+6281299990000" }), // 6 Made Wati's phone
        "bad", // 7
        kader({ fullName: "Cut Meutia", serikatId: w.serikatB.id, desaId: w.b.desa.id }), // 8 another province
        kader({ fullName: "Inaq Sahnun", desaId: w.a2.desa.id }), // 9 a desa outside serikat A1's kabupaten
      ]),
    );
    expect(await kaderCount()).toBe(before);
    expect(p.counts).toEqual({ CREATE: 1, UPDATE: 1, UNCHANGED: 1, DUPLICATE: 2, ERROR: 3 });
    const b = (await getImportBatch(w.users.coordA, "KADER", p.id))!;
    const byRow = new Map(b.rows.map((r) => [r.rowNumber, r]));
    expect(byRow.get(3)).toMatchObject({ outcome: "UPDATE", matchId: w.kaderA1.id });
    expect(byRow.get(4)).toMatchObject({ outcome: "DUPLICATE", sameAsRow: 3 });
    expect(byRow.get(5)).toMatchObject({ outcome: "UNCHANGED", matchId: other.id });
    expect(byRow.get(6)).toMatchObject({ outcome: "DUPLICATE", matchId: wati.id });
    expect(byRow.get(7)!.errors).toEqual([{ column: "phone", value: "12ab", key: "validation.phone" }]);
    expect(byRow.get(8)!.errors).toEqual([{ column: "serikatId", value: String(w.serikatB.id), key: "validation.outOfScope" }]);
    expect(byRow.get(9)!.errors).toMatchObject([{ column: "desaId", key: "validation.kader.desaOutsideSerikat" }]);
    // Another user's batch is not hers to see or commit.
    expect(await getImportBatch(w.users.coordB, "KADER", p.id)).toBeNull();
    expect(await commitImport(w.users.coordB, kaderImport, p.id, { skipErrors: true })).toMatchObject({ ok: false });
  });

  it("commits all or nothing, the same rows again change nothing, and undo restores the registry", async () => {
    const values = [
      kader({ fullName: "Inaq Rumiah 2" }),
      kader({ fullName: "Baiq Mawar" }),
      kader({ fullName: "Siti Aminah", position: "BENDAHARA" }),
      "bad" as const,
    ];
    const p = await previewImport(w.users.coordA, kaderImport, file("b".repeat(64)), rows(values));
    expect(p.counts).toMatchObject({ CREATE: 2, UPDATE: 1, ERROR: 1 });
    // Rows in error stop the commit unless she skips them.
    expect(await commitImport(w.users.coordA, kaderImport, p.id, { skipErrors: false })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "import.validation.errorsLeft" } },
    });
    const before = await kaderCount();
    const siti = await w.prisma.kader.findUniqueOrThrow({ where: { id: w.kaderA1.id } });
    const done = await commitImport(w.users.coordA, kaderImport, p.id, { skipErrors: true });
    expect(done).toEqual({ ok: true, value: { written: 3, skipped: 1 } });
    expect(await kaderCount()).toBe(before + 2);
    expect((await w.prisma.kader.findUniqueOrThrow({ where: { id: w.kaderA1.id } })).position).toBe("BENDAHARA");
    expect(await w.prisma.auditLog.count({ where: { action: "import", entity: "kader" } })).toBeGreaterThanOrEqual(3);
    // Committed once: a second commit of the batch is refused.
    expect(await commitImport(w.users.coordA, kaderImport, p.id, { skipErrors: true })).toMatchObject({ ok: false });

    // The same file again: nothing to create or update.
    const again = await previewImport(w.users.coordA, kaderImport, file("b".repeat(64)), rows(values));
    expect(again.counts).toMatchObject({ CREATE: 0, UPDATE: 0, UNCHANGED: 3, ERROR: 1 });
    expect((await getImportBatch(w.users.coordA, "KADER", again.id))!.earlier).toMatchObject({ id: p.id });
    expect(await commitImport(w.users.coordA, kaderImport, again.id, { skipErrors: true })).toEqual({
      ok: true,
      value: { written: 0, skipped: 1 },
    });
    expect(await kaderCount()).toBe(before + 2);

    const undone = await undoImport(w.users.coordA, kaderImport, p.id);
    expect(undone).toEqual({ ok: true, removed: 2, restored: 1 });
    expect(await kaderCount()).toBe(before);
    const restored = await w.prisma.kader.findUniqueOrThrow({ where: { id: w.kaderA1.id } });
    expect({ position: restored.position, phone: restored.phone }).toEqual({ position: siti.position, phone: siti.phone });
    expect((await getImportBatch(w.users.coordA, "KADER", p.id))!.batch.status).toBe("UNDONE");
    expect(await w.prisma.auditLog.count({ where: { action: "undo", entity: "import_batch", entityId: String(p.id) } })).toBe(1);
  });

  it("refuses an undo that later work depends on, and says which records block it", async () => {
    const p = await previewImport(
      w.users.coordA,
      kaderImport,
      file("c".repeat(64)),
      rows([kader({ fullName: "Ni Made Ayu" }), kader({ fullName: "Inaq Nursiah" })]),
    );
    expect(await commitImport(w.users.coordA, kaderImport, p.id, { skipErrors: false })).toMatchObject({ ok: true });
    const ayu = await w.prisma.kader.findFirstOrThrow({ where: { fullName: "Ni Made Ayu" } });
    const training = await makeTraining(w.prisma, { level: "LOCAL", provinceId: w.a.province.id, kabupatenId: w.a.kabupaten.id });
    await w.prisma.participation.create({ data: { classId: training.classes[0]!.id, kaderId: ayu.id, role: "PARTICIPANT" } });
    const count = await kaderCount();
    const r = await undoImport(w.users.coordA, kaderImport, p.id);
    expect(r).toMatchObject({
      ok: false,
      key: "import.undo.blocked",
      blockers: [{ id: ayu.id, reasons: [{ key: "import.undo.inTraining", values: { count: 1 } }] }],
    });
    expect(await kaderCount()).toBe(count);
    expect((await getImportBatch(w.users.coordA, "KADER", p.id))!.batch.status).toBe("COMMITTED");
  });

  it("leaves nothing behind when a record changed since the preview", async () => {
    const p = await previewImport(
      w.users.coordA,
      kaderImport,
      file("d".repeat(64)),
      rows([
        kader({ fullName: "Baiq Fitri" }),
        kader({ fullName: "Wartini", serikatId: w.serikatA2.id, desaId: w.a2.desa.id, position: "SEKRETARIS" }),
        kader({ fullName: "Lale Sumarni" }),
      ]),
    );
    expect(p.counts).toMatchObject({ CREATE: 2, UPDATE: 1 });
    // Someone registers Lale Sumarni by hand before the commit: the new row would now be a second Lale Sumarni.
    await makeKader(w.prisma, { serikat: w.serikatA1, desaId: w.a.desa.id }, { fullName: "Lale Sumarni" });
    const before = await kaderCount();
    expect(await commitImport(w.users.coordA, kaderImport, p.id, { skipErrors: false })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "import.validation.changedSincePreview" } },
    });
    expect(await kaderCount()).toBe(before);
    expect(await w.prisma.kader.count({ where: { fullName: "Baiq Fitri" } })).toBe(0);
    expect((await w.prisma.kader.findUniqueOrThrow({ where: { id: w.kaderA2.id } })).position).not.toBe("SEKRETARIS");
    expect((await getImportBatch(w.users.coordA, "KADER", p.id))!.batch.status).toBe("PREVIEWED");
    expect(await w.prisma.importChange.count({ where: { batchId: p.id } })).toBe(0);
  });

  it("does not update a kader edited since the preview", async () => {
    const p = await previewImport(
      w.users.coordA,
      kaderImport,
      file("e".repeat(64)),
      rows([kader({ fullName: "Wartini", serikatId: w.serikatA2.id, desaId: w.a2.desa.id, position: "KETUA" })]),
    );
    expect(p.counts.UPDATE).toBe(1);
    await w.prisma.kader.update({ where: { id: w.kaderA2.id }, data: { birthYear: 1970, version: { increment: 1 } } });
    expect(await commitImport(w.users.coordA, kaderImport, p.id, { skipErrors: false })).toMatchObject({ ok: false });
    expect((await w.prisma.kader.findUniqueOrThrow({ where: { id: w.kaderA2.id } })).position).not.toBe("KETUA");
  });
});
