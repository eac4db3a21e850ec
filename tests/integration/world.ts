// A small two-province world for scoping tests: province A with two kabupaten,
// province B with one; a serikat and kader in each kabupaten; one user per role.
import { db } from "@/lib/db/client";
import { loadSessionUser } from "@/lib/data/session-user";
import { makeArea, makeKabupaten, makeKader, makeSerikat, makeUser, resetDatabase } from "@/prisma/factories";
import type { Role } from "@/lib/generated/prisma/enums";

export async function buildWorld() {
  const prisma = db();
  await resetDatabase(prisma);
  const a = await makeArea(prisma, { provinceName: "Provinsi A" });
  const a2 = await makeKabupaten(prisma, a.province.id, { name: "Kabupaten A2" });
  const b = await makeArea(prisma, { provinceName: "Provinsi B" });

  const serikatA1 = await makeSerikat(prisma, a.kabupaten, { name: "Serikat A1" });
  const serikatA2 = await makeSerikat(prisma, a2, { name: "Serikat A2" });
  const serikatB = await makeSerikat(prisma, b.kabupaten, { name: "Serikat B" });

  const kaderA1 = await makeKader(prisma, { serikat: serikatA1, desaId: a.desa.id }, { fullName: "Siti Aminah" });
  const kaderA2 = await makeKader(prisma, { serikat: serikatA2, desaId: a2.desa.id }, { fullName: "Wartini" });
  const kaderB = await makeKader(prisma, { serikat: serikatB, desaId: b.desa.id }, { fullName: "Cut Nyak Rahma" });

  const mk = async (role: Role, scope: { provinceId?: number; kabupatenId?: number } = {}) => {
    const u = await makeUser(prisma, { role, ...scope });
    return (await loadSessionUser(u.id))!;
  };
  const users = {
    admin: await mk("ADMIN"),
    national: await mk("NATIONAL_STAFF"),
    director: await mk("DIRECTOR"),
    coordA: await mk("PROVINCE_COORDINATOR", { provinceId: a.province.id }),
    coordB: await mk("PROVINCE_COORDINATOR", { provinceId: b.province.id }),
    staffA1: await mk("DISTRICT_STAFF", { provinceId: a.province.id, kabupatenId: a.kabupaten.id }),
  };
  return { prisma, a, a2, b, serikatA1, serikatA2, serikatB, kaderA1, kaderA2, kaderB, users };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** Form-shaped input for a new kader in serikat A1. */
export function kaderForm(w: World, o: Record<string, string> = {}): Record<string, string> {
  return {
    fullName: "Baiq Rohani",
    position: "KADER",
    serikatId: String(w.serikatA1.id),
    desaId: String(w.a.desa.id),
    phone: "",
    birthYear: "1980",
    joinedYear: "2015",
    ...o,
  };
}
