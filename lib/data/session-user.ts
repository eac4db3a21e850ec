import "server-only";
import { db } from "@/lib/db/client";
import { cachedAggregate } from "./cache";
import type { Role } from "@/lib/generated/prisma/enums";

/** Everything authorization needs, current as of the request (see loadSessionUser). */
export type CurrentUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  provinceId: number | null;
  kabupatenId: number | null;
  provinceName: string | null;
  kabupatenName: string | null;
  locale: string;
  canViewViolenceDetails: boolean;
  canExportViolenceDetails: boolean;
};

/**
 * The active user with this id, or null (deactivated and deleted users get no
 * access). Read on every request and checked against the data epoch like the
 * dashboards (lib/data/cache.ts): any change to a user (role, scope, grants,
 * deactivation) is a write to app_user, so it applies from the next request.
 */
export function loadSessionUser(id: number): Promise<CurrentUser | null> {
  return cachedAggregate(`session-user|${id}`, () => readSessionUser(id));
}

async function readSessionUser(id: number): Promise<CurrentUser | null> {
  const u = await db().user.findFirst({
    where: { id, active: true },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      provinceId: true,
      kabupatenId: true,
      locale: true,
      canViewViolenceDetails: true,
      canExportViolenceDetails: true,
      province: { select: { name: true } },
      kabupaten: { select: { name: true, kind: true } },
    },
  });
  if (!u) return null;
  const { province, kabupaten, ...rest } = u;
  return {
    ...rest,
    provinceName: province?.name ?? null,
    kabupatenName: kabupaten ? `${kabupaten.kind === "KOTA" ? "Kota" : "Kabupaten"} ${kabupaten.name}` : null,
  };
}

/** The user's chosen interface language, kept across devices. */
export async function saveLocale(userId: number, locale: "id" | "en"): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale } });
}
