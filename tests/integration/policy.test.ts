import { beforeAll, describe, expect, it } from "vitest";
import { changePolicyStatus, createPolicy, getPolicy, listPolicies, updatePolicy } from "@/lib/data/policy";
import { getFileForDownload } from "@/lib/data/files";
import { ForbiddenError } from "@/lib/authz/permissions";
import { policyFilters } from "@/lib/validation/policy";
import { MAX_UPLOAD_BYTES } from "@/lib/files/upload";
import { minimalPdf, sha256Hex } from "@/prisma/factories";
import { buildPolicyWorld, pdfFile, policyForm, type PolicyWorld } from "./policy-world";

let w: PolicyWorld;
beforeAll(async () => {
  w = await buildPolicyWorld();
});

const filters = (o: Record<string, string> = {}) => policyFilters.parse(o);
const titles = async (u: PolicyWorld["users"][keyof PolicyWorld["users"]], o: Record<string, string> = {}) =>
  (await listPolicies(u, filters(o))).rows.map((r) => r.title).sort();
const enactForm = (version: number, o: Record<string, string> = {}) => ({
  toStatus: "ENACTED",
  number: "Perdes No. 3 Tahun 2026",
  enactedOn: "2026-10-01",
  note: "Ditandatangani kepala desa",
  version: String(version),
  ...o,
});

describe("policy scope on reads", () => {
  it("national roles see every province; a coordinator her province; district staff their kabupaten", async () => {
    const all = ["Perbup Adminduk A1", "Perbup FPK A2", "Perbup JKN B", "Perdes JKN Desa A1"];
    for (const u of [w.users.admin, w.users.national, w.users.director]) expect(await titles(u)).toEqual(all);
    expect(await titles(w.users.coordA)).toEqual(["Perbup Adminduk A1", "Perbup FPK A2", "Perdes JKN Desa A1"]);
    expect(await titles(w.users.coordB)).toEqual(["Perbup JKN B"]);
    expect(await titles(w.users.staffA1)).toEqual(["Perbup Adminduk A1", "Perdes JKN Desa A1"]);
    expect(await titles(w.users.staffA2)).toEqual(["Perbup FPK A2"]);
  });

  it("filters narrow but never widen the scope", async () => {
    expect(await titles(w.users.director, { status: "ENACTED" })).toEqual(["Perbup Adminduk A1", "Perbup JKN B"]);
    expect(await titles(w.users.director, { type: "PERDES", level: "DESA", topic: "JKN" })).toEqual(["Perdes JKN Desa A1"]);
    // A type chosen in the form and "written regulations only" kept from a dashboard link both hold.
    expect(await titles(w.users.director, { written: "1", type: "PERDES" })).toEqual(["Perdes JKN Desa A1"]);
    expect(await titles(w.users.director, { written: "1", type: "SK" })).toEqual([]);
    expect(await titles(w.users.coordA, { provinceId: String(w.b.province.id) })).toEqual([]);
    expect(await titles(w.users.staffA1, { kabupatenId: String(w.a2.id) })).toEqual([]);
    // Nonsense filter values are ignored, not errors.
    expect((await titles(w.users.staffA1, { status: "BOGUS", page: "-3" })).length).toBe(2);
  });

  it("a policy outside scope is simply not found", async () => {
    expect(await getPolicy(w.users.coordB, w.policyA1.id)).toBeNull();
    expect(await getPolicy(w.users.staffA2, w.policyA1.id)).toBeNull();
    expect(await getPolicy(w.users.staffA1, w.policyB.id)).toBeNull();
    const p = await getPolicy(w.users.director, w.policyA1.id);
    expect(p?.history.map((h) => h.toStatus)).toEqual(["IDENTIFIED", "ADVOCACY", "DRAFTING", "DELIBERATION"]);
  });
});

describe("who may write policies", () => {
  it("the director, national staff and admin write nothing", async () => {
    for (const u of [w.users.director, w.users.national, w.users.admin]) {
      await expect(createPolicy(u, policyForm(w))).rejects.toThrow(ForbiddenError);
      await expect(updatePolicy(u, w.policyA1.id, { ...policyForm(w), version: "1" })).rejects.toThrow(ForbiddenError);
      await expect(changePolicyStatus(u, w.policyA2.id, { toStatus: "DRAFTING", version: "1" })).rejects.toThrow(ForbiddenError);
    }
    expect(await w.prisma.policyTarget.count()).toBe(4);
  });

  it("a coordinator of another province and district staff of another kabupaten get not found on every write", async () => {
    const before = await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: w.policyA1.id } });
    for (const u of [w.users.coordB, w.users.staffA2, w.users.staffB]) {
      expect(await updatePolicy(u, w.policyA1.id, { ...policyForm(w), version: String(before.version) })).toEqual({
        ok: false,
        fieldErrors: { _form: { key: "validation.notFound" } },
      });
      expect(await changePolicyStatus(u, w.policyA1.id, enactForm(before.version), pdfFile())).toEqual({
        ok: false,
        fieldErrors: { _form: { key: "validation.notFound" } },
      });
    }
    expect(await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: w.policyA1.id } })).toEqual(before);
    expect(await w.prisma.storedFile.count({ where: { policyTarget: { id: w.policyA1.id } } })).toBe(0);
  });

  it("creating in a kabupaten outside scope is refused", async () => {
    expect(await createPolicy(w.users.staffA1, policyForm(w, { kabupatenId: String(w.a2.id), desaId: String(w.a2.desa.id) }))).toEqual({
      ok: false,
      fieldErrors: { kabupatenId: { key: "validation.outOfScope" } },
    });
    expect(await createPolicy(w.users.coordB, policyForm(w))).toEqual({
      ok: false,
      fieldErrors: { kabupatenId: { key: "validation.outOfScope" } },
    });
  });
});

describe("recording a policy", () => {
  it("district staff record a village regulation: IDENTIFIED, one history row, an audit row", async () => {
    const r = await createPolicy(w.users.staffA1, policyForm(w, { budgetAmount: "Rp 1.500.000" }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: r.value.id }, include: { history: true } });
    expect(row).toMatchObject({
      status: "IDENTIFIED",
      provinceId: w.a.province.id,
      kabupatenId: w.a.kabupaten.id,
      desaId: w.a.desa.id,
      budgetAmount: 1_500_000n,
      version: 1,
    });
    expect(row.history).toMatchObject([{ fromStatus: null, toStatus: "IDENTIFIED", changedById: w.users.staffA1.id }]);
    const audit = await w.prisma.auditLog.findFirstOrThrow({
      where: { entity: "policy_target", entityId: String(row.id), action: "create" },
    });
    expect(audit.userId).toBe(w.users.staffA1.id);
  });

  it("a coordinator records a Perwali for a kota of her province", async () => {
    const r = await createPolicy(
      w.users.coordA,
      policyForm(w, { level: "KABUPATEN", type: "PERWALI", kabupatenId: String(w.kotaA.id), desaId: "" }),
    );
    expect(r.ok).toBe(true);
  });

  it("refuses bad combinations and values field by field, saving nothing", async () => {
    const before = await w.prisma.policyTarget.count();
    expect(await createPolicy(w.users.staffA1, policyForm(w, { level: "KABUPATEN", type: "PERDES", desaId: "" }))).toEqual({
      ok: false,
      fieldErrors: { type: { key: "policy.validation.typeLevel" } },
    });
    expect(await createPolicy(w.users.staffA1, policyForm(w, { desaId: "" }))).toEqual({
      ok: false,
      fieldErrors: { desaId: { key: "policy.validation.desaRequired" } },
    });
    expect(await createPolicy(w.users.staffA1, policyForm(w, { level: "KABUPATEN", type: "PERWALI", desaId: "" }))).toEqual({
      ok: false,
      fieldErrors: { type: { key: "policy.validation.typeKind" } },
    });
    expect(await createPolicy(w.users.coordA, policyForm(w, { desaId: String(w.a2.desa.id) }))).toEqual({
      ok: false,
      fieldErrors: { desaId: { key: "policy.validation.desaOutsideKabupaten" } },
    });
    const kelurahan = await w.prisma.desa.create({ data: { kecamatanId: w.a.kecamatan.id, name: "Kelurahan Uji", kind: "KELURAHAN" } });
    expect(await createPolicy(w.users.staffA1, policyForm(w, { desaId: String(kelurahan.id) }))).toEqual({
      ok: false,
      fieldErrors: { desaId: { key: "policy.validation.kelurahanNoPerdes" } },
    });
    for (const budgetAmount of ["-500", "1.500,50", "satu juta"]) {
      expect(await createPolicy(w.users.staffA1, policyForm(w, { budgetAmount }))).toEqual({
        ok: false,
        fieldErrors: { budgetAmount: { key: "policy.validation.budget" } },
      });
    }
    expect(await createPolicy(w.users.staffA1, policyForm(w, { title: "", topic: "WEATHER" }))).toEqual({
      ok: false,
      fieldErrors: { title: { key: "validation.required" }, topic: { key: "validation.choose" } },
    });
    expect(await w.prisma.policyTarget.count()).toBe(before);
  });

  it("edits with version concurrency, keeps the kabupaten and audits before and after", async () => {
    const p = await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: w.policyA2.id } });
    const form = {
      title: "Perbup FPK A2 (revisi)",
      level: "KABUPATEN",
      type: "PERBUP",
      topic: "FPK",
      budgetAmount: "250000000",
      desaId: "",
    };
    // Trying to move it to another province's kabupaten changes nothing about where it is.
    const r = await updatePolicy(w.users.coordA, p.id, { ...form, kabupatenId: String(w.b.kabupaten.id), version: String(p.version) });
    expect(r.ok).toBe(true);
    const after = await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: p.id } });
    expect(after).toMatchObject({
      title: "Perbup FPK A2 (revisi)",
      kabupatenId: w.a2.id,
      budgetAmount: 250_000_000n,
      version: p.version + 1,
    });
    expect(await updatePolicy(w.users.coordA, p.id, { ...form, title: "Versi lama", version: String(p.version) })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.stale" } },
    });
    const audit = await w.prisma.auditLog.findFirstOrThrow({
      where: { entity: "policy_target", entityId: String(p.id), action: "update" },
    });
    expect((audit.before as { title: string }).title).toBe("Perbup FPK A2");
    expect((audit.after as { title: string }).title).toBe("Perbup FPK A2 (revisi)");
  });
});

describe("moving along the pipeline", () => {
  it("steps forward with a note, appending history and auditing", async () => {
    const p = await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: w.policyA2.id } });
    const r = await changePolicyStatus(w.users.staffA2, p.id, {
      toStatus: "DRAFTING",
      note: "Rancangan mulai disusun",
      version: String(p.version),
    });
    expect(r.ok).toBe(true);
    const got = await getPolicy(w.users.staffA2, p.id);
    expect(got?.status).toBe("DRAFTING");
    expect(got?.history.at(-1)).toMatchObject({
      fromStatus: "ADVOCACY",
      toStatus: "DRAFTING",
      note: "Rancangan mulai disusun",
      changedBy: { name: w.users.staffA2.name },
    });
    const audit = await w.prisma.auditLog.findFirstOrThrow({
      where: { entity: "policy_target", entityId: String(p.id), action: "status" },
    });
    expect(audit.userId).toBe(w.users.staffA2.id);
  });

  it("refuses skipping steps, stale versions and leaving a final status", async () => {
    const p = await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: w.policyA2.id } });
    const historyBefore = await w.prisma.policyStatusChange.count();
    expect(await changePolicyStatus(w.users.coordA, p.id, enactForm(p.version), pdfFile())).toEqual({
      ok: false,
      fieldErrors: { toStatus: { key: "policy.validation.transition" } },
    });
    expect(await changePolicyStatus(w.users.coordA, p.id, { toStatus: "DELIBERATION", version: String(p.version - 1) })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.stale" } },
    });
    expect(await changePolicyStatus(w.users.staffA1, w.enactedA1.id, { toStatus: "DROPPED", version: "5" })).toEqual({
      ok: false,
      fieldErrors: { toStatus: { key: "policy.validation.transition" } },
    });
    expect(await w.prisma.policyStatusChange.count()).toBe(historyBefore);
    expect(await w.prisma.storedFile.count({ where: { policyTarget: { id: p.id } } })).toBe(0);
  });

  it("may drop a policy from a step before enactment", async () => {
    const fresh = await createPolicy(w.users.staffA1, policyForm(w, { title: "Perdes yang dihentikan" }));
    if (!fresh.ok) throw new Error("setup");
    const r = await changePolicyStatus(w.users.staffA1, fresh.value.id, { toStatus: "DROPPED", note: "Kepala desa menolak", version: "1" });
    expect(r.ok).toBe(true);
    expect((await getPolicy(w.users.staffA1, fresh.value.id))?.history.map((h) => h.toStatus)).toEqual(["IDENTIFIED", "DROPPED"]);
  });
});

describe("enactment needs number, date and the signed document", () => {
  const nothingChanged = async (before: { version: number; status: string }, filesBefore: number) => {
    const now = await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: w.policyA1.id } });
    expect(now).toMatchObject({ status: before.status, version: before.version, number: null, enactedOn: null, evidenceFileId: null });
    expect(await w.prisma.storedFile.count()).toBe(filesBefore);
  };

  it("refuses without number, date or document, naming every missing field; nothing saved", async () => {
    const p = await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: w.policyA1.id } });
    const files = await w.prisma.storedFile.count();
    expect(await changePolicyStatus(w.users.staffA1, p.id, enactForm(p.version, { number: "", enactedOn: "" }))).toEqual({
      ok: false,
      fieldErrors: {
        number: { key: "policy.validation.numberRequired" },
        enactedOn: { key: "policy.validation.enactedOnRequired" },
        evidence: { key: "policy.validation.evidenceRequired" },
      },
    });
    expect(await changePolicyStatus(w.users.staffA1, p.id, enactForm(p.version))).toEqual({
      ok: false,
      fieldErrors: { evidence: { key: "policy.validation.evidenceRequired" } },
    });
    expect(await changePolicyStatus(w.users.staffA1, p.id, enactForm(p.version, { enactedOn: "2999-01-01" }), pdfFile())).toEqual({
      ok: false,
      fieldErrors: { enactedOn: { key: "policy.validation.enactedOnFuture" } },
    });
    await nothingChanged(p, files);
  });

  it("refuses a wrong content type (HTML named .pdf) and an oversized file; nothing saved", async () => {
    const p = await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: w.policyA1.id } });
    const files = await w.prisma.storedFile.count();
    const html = new File(["<html><body><script>alert(1)</script></body></html>"], "perdes.pdf", { type: "application/pdf" });
    expect(await changePolicyStatus(w.users.staffA1, p.id, enactForm(p.version), html)).toEqual({
      ok: false,
      fieldErrors: { evidence: { key: "policy.validation.fileType" } },
    });
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(minimalPdf(["besar"]));
    expect(await changePolicyStatus(w.users.staffA1, p.id, enactForm(p.version), new File([big], "besar.pdf"))).toEqual({
      ok: false,
      fieldErrors: { evidence: { key: "policy.validation.fileTooLarge" } },
    });
    await nothingChanged(p, files);
  });

  it("the database refuses an enacted policy without evidence even if the code forgot", async () => {
    await expect(
      w.prisma.policyTarget.update({ where: { id: w.policyA1.id }, data: { status: "ENACTED", number: "x", enactedOn: new Date() } }),
    ).rejects.toThrow(/policy_target_enacted_evidence_check/);
  });

  it("enacts with all three: stores the file (sanitised name, sha256), history, audit without bytes", async () => {
    const p = await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: w.policyA1.id } });
    const pdf = minimalPdf(["PERATURAN DESA NOMOR 3 TAHUN 2026"]);
    const upload = new File([new Uint8Array(pdf)], "../../etc/Perdes 3 2026.pdf", { type: "text/html" });
    const r = await changePolicyStatus(w.users.staffA1, p.id, enactForm(p.version), upload);
    expect(r.ok).toBe(true);
    const after = await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: p.id }, include: { evidenceFile: true } });
    expect(after).toMatchObject({
      status: "ENACTED",
      number: "Perdes No. 3 Tahun 2026",
      enactedOn: new Date("2026-10-01T00:00:00Z"),
      version: p.version + 1,
    });
    expect(after.evidenceFile).toMatchObject({
      originalName: "Perdes 3 2026.pdf",
      mimeType: "application/pdf",
      sizeBytes: pdf.byteLength,
      sha256: sha256Hex(pdf),
      uploadedById: w.users.staffA1.id,
    });
    expect(Buffer.from(after.evidenceFile!.data).equals(pdf)).toBe(true);
    const last = await w.prisma.policyStatusChange.findFirstOrThrow({ where: { policyId: p.id }, orderBy: { id: "desc" } });
    expect(last).toMatchObject({
      fromStatus: "DELIBERATION",
      toStatus: "ENACTED",
      changedById: w.users.staffA1.id,
      note: "Ditandatangani kepala desa",
    });
    const audit = await w.prisma.auditLog.findFirstOrThrow({
      where: { entity: "policy_target", entityId: String(p.id), action: "status" },
      orderBy: { id: "desc" },
    });
    expect((audit.after as { evidenceFile: { sha256: string } }).evidenceFile.sha256).toBe(sha256Hex(pdf));
    expect(JSON.stringify(audit.after)).not.toContain("JVBERi0"); // base64 of %PDF-
    expect(JSON.stringify(audit.after)).not.toContain('"data"');
  });
});

describe("the file route's authorization (getFileForDownload)", () => {
  it("gives a policy's evidence to every user whose scope includes the policy", async () => {
    const a1 = await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: w.enactedA1.id } });
    for (const u of [w.users.director, w.users.national, w.users.admin, w.users.coordA, w.users.staffA1]) {
      const f = await getFileForDownload(u, a1.evidenceFileId!);
      expect(f?.mimeType).toBe("application/pdf");
      expect(f?.data.byteLength).toBe(f?.sizeBytes);
    }
  });

  it("answers not found to users outside the policy's scope", async () => {
    const a1 = await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: w.enactedA1.id } });
    const b = await w.prisma.policyTarget.findUniqueOrThrow({ where: { id: w.policyB.id } });
    for (const u of [w.users.coordB, w.users.staffA2, w.users.staffB]) expect(await getFileForDownload(u, a1.evidenceFileId!)).toBeNull();
    for (const u of [w.users.coordA, w.users.staffA1]) expect(await getFileForDownload(u, b.evidenceFileId!)).toBeNull();
  });

  it("gives guide files to any signed-in user, and a file attached to nothing or unknown to nobody", async () => {
    for (const u of Object.values(w.users)) {
      expect((await getFileForDownload(u, w.guideFile.id))?.originalName).toBe("panduan-jkn.pdf");
      expect(await getFileForDownload(u, w.orphanFile.id)).toBeNull();
      expect(await getFileForDownload(u, 999_999)).toBeNull();
    }
  });
});
