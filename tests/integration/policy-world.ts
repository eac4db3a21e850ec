// The shared two-province world plus what the policy and guide tests need:
// district staff of another kabupaten, a kota, and a policy in each kabupaten.
import { loadSessionUser } from "@/lib/data/session-user";
import { makeKabupaten, makePolicyTarget, makeStoredFile, makeUser } from "@/prisma/factories";
import { minimalPdf } from "@/prisma/factories";
import { buildWorld } from "./world";

export async function buildPolicyWorld() {
  const w = await buildWorld();
  const kotaA = await makeKabupaten(w.prisma, w.a.province.id, { name: "Kota A3", kind: "KOTA" });
  const staffA2 = (await loadSessionUser((await makeUser(w.prisma, { role: "DISTRICT_STAFF", kabupatenId: w.a2.id })).id))!;
  const staffB = (await loadSessionUser((await makeUser(w.prisma, { role: "DISTRICT_STAFF", kabupatenId: w.b.kabupaten.id })).id))!;
  const policyA1 = await makePolicyTarget(w.prisma, w.a.kabupaten, {
    title: "Perdes JKN Desa A1",
    desaId: w.a.desa.id,
    status: "DELIBERATION",
  });
  const enactedA1 = await makePolicyTarget(w.prisma, w.a.kabupaten, { title: "Perbup Adminduk A1", status: "ENACTED" });
  const policyA2 = await makePolicyTarget(w.prisma, w.a2, { title: "Perbup FPK A2", status: "ADVOCACY" });
  const policyB = await makePolicyTarget(w.prisma, w.b.kabupaten, { title: "Perbup JKN B", status: "ENACTED" });
  const guide = await w.prisma.guide.create({ data: { topic: "JKN", title: "Panduan JKN Uji" } });
  const guideFile = await makeStoredFile(w.prisma, { title: "Panduan JKN", originalName: "panduan-jkn.pdf" });
  const guideVersion = await w.prisma.guideVersion.create({
    data: { guideId: guide.id, version: "1.0", publishedOn: new Date("2017-04-13T00:00:00Z"), fileId: guideFile.id },
  });
  const orphanFile = await makeStoredFile(w.prisma, { title: "Tak bertuan" });
  return {
    ...w,
    kotaA,
    users: { ...w.users, staffA2, staffB },
    policyA1,
    enactedA1,
    policyA2,
    policyB,
    guide,
    guideFile,
    guideVersion,
    orphanFile,
  };
}

export type PolicyWorld = Awaited<ReturnType<typeof buildPolicyWorld>>;

export const pdfFile = (name = "perdes-3-2026.pdf", lines = ["PERATURAN DESA NOMOR 3 TAHUN 2026"]) =>
  new File([new Uint8Array(minimalPdf(lines))], name, { type: "application/pdf" });

export function policyForm(w: PolicyWorld, o: Record<string, string> = {}): Record<string, string> {
  return {
    title: "Peraturan Desa tentang Bantuan Iuran JKN",
    level: "DESA",
    type: "PERDES",
    topic: "JKN",
    kabupatenId: String(w.a.kabupaten.id),
    desaId: String(w.a.desa.id),
    budgetAmount: "",
    ...o,
  };
}
