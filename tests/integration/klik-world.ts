// The shared two-province world plus what KLIK and FPK tests need: district
// staff in each kabupaten, national staff with and without the violence-desk
// grant, a KLIK session in each kabupaten and an FPK meeting in A1 and B.
import { loadSessionUser } from "@/lib/data/session-user";
import { day, makeKlikCase, makeKlikSession, makeUser } from "@/prisma/factories";
import type { Role } from "@/lib/generated/prisma/enums";
import { buildWorld } from "./world";

export async function buildKlikWorld() {
  const w = await buildWorld();
  const { prisma, a, a2, b } = w;
  const mk = async (role: Role, o: { provinceId?: number; kabupatenId?: number; canViewViolenceDetails?: boolean } = {}) =>
    (await loadSessionUser((await makeUser(prisma, { role, ...o })).id))!;
  const users = {
    ...w.users,
    staffA2: await mk("DISTRICT_STAFF", { provinceId: a.province.id, kabupatenId: a2.id }),
    staffB: await mk("DISTRICT_STAFF", { provinceId: b.province.id, kabupatenId: b.kabupaten.id }),
    nationalGranted: await mk("NATIONAL_STAFF", { canViewViolenceDetails: true }),
  };

  const sessionA1 = await makeKlikSession(prisma, { kabupaten: a.kabupaten, desaId: a.desa.id, heldOn: day("2026-10-10") });
  const sessionA2 = await makeKlikSession(prisma, { kabupaten: a2, desaId: a2.desa.id, heldOn: day("2026-09-05") });
  const sessionB = await makeKlikSession(prisma, { kabupaten: b.kabupaten, desaId: b.desa.id, heldOn: day("2025-03-01") });

  // A1: 2 at each open desk and 3 violence complaints (below the threshold).
  for (const desk of ["REGISTRATION", "SOCIAL_PROTECTION", "LEGAL_IDENTITY"] as const) {
    await makeKlikCase(prisma, sessionA1, { desk });
    await makeKlikCase(prisma, sessionA1, { desk });
  }
  const violenceA1 = await makeKlikCase(prisma, sessionA1, {
    desk: "VIOLENCE",
    complainantName: "Rahayu Rahasia",
    narrative: "Kronologi rahasia A1: suami memukul pelapor.",
  });
  await makeKlikCase(prisma, sessionA1, { desk: "VIOLENCE" });
  await makeKlikCase(prisma, sessionA1, { desk: "VIOLENCE" });
  // A2: 5 violence complaints (not suppressed) and one open case.
  for (let i = 0; i < 5; i++) await makeKlikCase(prisma, sessionA2, { desk: "VIOLENCE" });
  const caseA2 = await makeKlikCase(prisma, sessionA2, { desk: "LEGAL_IDENTITY" });
  const caseB = await makeKlikCase(prisma, sessionB, { desk: "SOCIAL_PROTECTION" });
  const violenceB = await makeKlikCase(prisma, sessionB, { desk: "VIOLENCE" });

  const fpkA1 = await prisma.fpkMeeting.create({
    data: {
      provinceId: a.province.id,
      kabupatenId: a.kabupaten.id,
      heldOn: day("2026-08-20"),
      agenda: "Forum A1",
      participants: { create: [{ institution: "Dinas Sosial", personCount: 2 }] },
    },
  });
  const fpkB = await prisma.fpkMeeting.create({
    data: {
      provinceId: b.province.id,
      kabupatenId: b.kabupaten.id,
      heldOn: day("2026-08-21"),
      agenda: "Forum B",
      participants: { create: [{ institution: "Bappeda", personCount: 1 }] },
    },
  });

  return { ...w, users, sessionA1, sessionA2, sessionB, violenceA1, caseA2, caseB, violenceB, fpkA1, fpkB };
}

export type KlikWorld = Awaited<ReturnType<typeof buildKlikWorld>>;
