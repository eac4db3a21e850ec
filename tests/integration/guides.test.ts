import { beforeAll, describe, expect, it } from "vitest";
import { addGuideVersion, createGuide, getGuide, listGuides } from "@/lib/data/guides";
import { getFileForDownload } from "@/lib/data/files";
import { ForbiddenError } from "@/lib/authz/permissions";
import { makeTraining, minimalPdf, sha256Hex } from "@/prisma/factories";
import { buildPolicyWorld, pdfFile, type PolicyWorld } from "./policy-world";

let w: PolicyWorld;
beforeAll(async () => {
  w = await buildPolicyWorld();
  const training = await makeTraining(w.prisma, { title: "Lokakarya Nasional Mei 2017" });
  await w.prisma.trainingGuide.create({ data: { trainingId: training.id, guideVersionId: w.guideVersion.id } });
});

describe("guide library", () => {
  it("every role reads the guides, their versions and the trainings that used them", async () => {
    for (const u of Object.values(w.users)) {
      const list = await listGuides(u);
      expect(list.map((g) => g.title)).toEqual(["Panduan JKN Uji"]);
      const g = await getGuide(u, w.guide.id);
      expect(g?.versions[0]).toMatchObject({ version: "1.0", file: { originalName: "panduan-jkn.pdf" } });
      expect(g?.versions[0]?.trainings.map((t) => t.training.title)).toEqual(["Lokakarya Nasional Mei 2017"]);
    }
  });

  it("only admin and national staff add guides and versions", async () => {
    for (const u of [w.users.director, w.users.coordA, w.users.staffA1]) {
      await expect(createGuide(u, { topic: "FPK", title: "Panduan FPK" })).rejects.toThrow(ForbiddenError);
      await expect(addGuideVersion(u, w.guide.id, { version: "2.0", publishedOn: "2018-01-01" }, pdfFile())).rejects.toThrow(
        ForbiddenError,
      );
    }
    expect(await w.prisma.guideVersion.count()).toBe(1);
  });

  it("national staff add a guide (unique title) with an audit row", async () => {
    const r = await createGuide(w.users.national, { topic: "BUDGET_ADVOCACY", title: "Panduan Advokasi Anggaran Desa" });
    expect(r.ok).toBe(true);
    expect(await createGuide(w.users.admin, { topic: "JKN", title: "Panduan JKN Uji" })).toEqual({
      ok: false,
      fieldErrors: { title: { key: "guides.validation.duplicate" } },
    });
    const audit = await w.prisma.auditLog.findFirst({ where: { entity: "guide", action: "create", userId: w.users.national.id } });
    expect(audit).not.toBeNull();
  });

  it("uploads a new version through the same checks; the file goes to every user", async () => {
    const pdf = minimalPdf(["PANDUAN JKN VERSI 1.1"]);
    const r = await addGuideVersion(
      w.users.national,
      w.guide.id,
      { version: "1.1", publishedOn: "2018-02-01", notes: "Tambahan bab iuran PBI daerah" },
      new File([new Uint8Array(pdf)], "..\\..\\panduan-jkn-1.1.pdf"),
    );
    expect(r.ok).toBe(true);
    const g = await getGuide(w.users.staffB, w.guide.id);
    expect(g?.versions.map((v) => v.version)).toEqual(["1.1", "1.0"]);
    const file = await w.prisma.storedFile.findFirstOrThrow({ where: { guideVersion: { id: r.ok ? r.value.id : -1 } } });
    expect(file).toMatchObject({ originalName: "panduan-jkn-1.1.pdf", sha256: sha256Hex(pdf), uploadedById: w.users.national.id });
    expect((await getFileForDownload(w.users.staffB, file.id))?.sha256).toBe(sha256Hex(pdf));
    const audit = await w.prisma.auditLog.findFirstOrThrow({
      where: { entity: "guide_version", entityId: String(r.ok ? r.value.id : -1) },
    });
    expect(JSON.stringify(audit.after)).not.toContain('"data"');
  });

  it("refuses a missing or wrong file, a taken version and bad fields; nothing saved", async () => {
    const versions = await w.prisma.guideVersion.count();
    const files = await w.prisma.storedFile.count();
    expect(await addGuideVersion(w.users.national, w.guide.id, { version: "2.0", publishedOn: "2019-01-01" })).toEqual({
      ok: false,
      fieldErrors: { file: { key: "guides.validation.fileRequired" } },
    });
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00])], "panduan.pdf", { type: "application/pdf" });
    expect(await addGuideVersion(w.users.national, w.guide.id, { version: "2.0", publishedOn: "2019-01-01" }, exe)).toEqual({
      ok: false,
      fieldErrors: { file: { key: "guides.validation.fileType" } },
    });
    expect(await addGuideVersion(w.users.national, w.guide.id, { version: "1.0", publishedOn: "2019-01-01" }, pdfFile())).toEqual({
      ok: false,
      fieldErrors: { version: { key: "guides.validation.versionTaken" } },
    });
    expect(await addGuideVersion(w.users.national, w.guide.id, { version: "v 2/0", publishedOn: "" }, pdfFile())).toEqual({
      ok: false,
      fieldErrors: { version: { key: "guides.validation.version" }, publishedOn: { key: "validation.required" } },
    });
    expect(await addGuideVersion(w.users.national, 999_999, { version: "1", publishedOn: "2019-01-01" }, pdfFile())).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.notFound" } },
    });
    expect(await w.prisma.guideVersion.count()).toBe(versions);
    expect(await w.prisma.storedFile.count()).toBe(files);
  });
});
