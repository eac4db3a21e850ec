import "server-only";
// User administration: only holders of "user.manage" (ADMIN). Role and scope
// changes take effect on the user's next request, because every request
// re-reads them (lib/auth/current-user.ts).
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { userCreateInput, userUpdateInput, violenceGrantsAllowed, type UserCreateInput } from "@/lib/validation/user";
import { searchField, versionField } from "@/lib/validation/common";
import { z } from "zod";
import { recordAudit } from "./audit";
import { fail, failField, isUniqueViolation, ok, parse, STALE, type Result } from "./result";
import { kabupatenLabel } from "./geo";
import { EXPORT_BATCH_SIZE, exportPage } from "./export-batch";
import { likeLiteral } from "./like";

export const USER_PAGE_SIZE = 25;

export const userFilters = z.object({
  q: searchField(),
  role: z.enum(["ADMIN", "NATIONAL_STAFF", "DIRECTOR", "PROVINCE_COORDINATOR", "DISTRICT_STAFF"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
});

const PUBLIC_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  provinceId: true,
  kabupatenId: true,
  canViewViolenceDetails: true,
  canExportViolenceDetails: true,
  version: true,
} as const;

/** What the user list shows (never the password hash), and its row (also the export's). */
export const USER_LIST_SELECT = {
  ...PUBLIC_FIELDS,
  province: { select: { name: true } },
  kabupaten: { select: { name: true, kind: true } },
} as const satisfies Prisma.UserSelect;

export function userListRow({ province, kabupaten, ...u }: Prisma.UserGetPayload<{ select: typeof USER_LIST_SELECT }>) {
  return { ...u, scopeLabel: kabupaten ? kabupatenLabel(kabupaten) : (province?.name ?? null) };
}

export type UserFilters = z.infer<typeof userFilters>;

/** The user list's where (also used by its export). Users have no area scope: only admins see the list. */
export function userListWhere(f: UserFilters): Prisma.UserWhereInput {
  return {
    ...(f.role ? { role: f.role } : {}),
    ...(f.q
      ? {
          OR: [
            { name: { contains: likeLiteral(f.q), mode: "insensitive" } },
            { email: { contains: likeLiteral(f.q), mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

export async function listUsers(admin: ScopedUser, f: UserFilters) {
  assertCan(admin, "user.manage");
  const where = userListWhere(f);
  const [rows, total] = await Promise.all([
    db().user.findMany({
      where,
      orderBy: [{ active: "desc" }, { email: "asc" }],
      skip: (f.page - 1) * USER_PAGE_SIZE,
      take: USER_PAGE_SIZE,
      select: USER_LIST_SELECT,
    }),
    db().user.count({ where }),
  ]);
  return {
    rows: rows.map(userListRow),
    total,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(total / USER_PAGE_SIZE)),
  };
}

/** Users as the admin's list shows them (user.manage). The select names its fields: never the password hash. */
export async function userExportBatch(user: ScopedUser, f: UserFilters, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "user.manage");
  const rows = await db().user.findMany({
    where: { AND: [userListWhere(f), { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: USER_LIST_SELECT,
  });
  return exportPage(
    rows.map((u) => {
      // The list's columns: name, e-mail, role, scope, status (not the version or the grants).
      const r = userListRow(u);
      return { id: r.id, name: r.name, email: r.email, role: r.role, scopeLabel: r.scopeLabel, active: r.active };
    }),
    take,
  );
}

export async function getUser(admin: ScopedUser, id: number) {
  assertCan(admin, "user.manage");
  return db().user.findUnique({ where: { id }, select: PUBLIC_FIELDS });
}

/** Scope columns as the role needs them; a kabupaten also fixes the province. */
async function resolveScope(
  input: Pick<UserCreateInput, "role" | "provinceId" | "kabupatenId">,
): Promise<Result<{ provinceId: number | null; kabupatenId: number | null }>> {
  if (input.role === "PROVINCE_COORDINATOR") {
    const p = await db().province.findUnique({ where: { id: input.provinceId! }, select: { id: true } });
    return p ? ok({ provinceId: p.id, kabupatenId: null }) : failField("provinceId", "validation.choose");
  }
  if (input.role === "DISTRICT_STAFF") {
    const k = await db().kabupaten.findUnique({ where: { id: input.kabupatenId! }, select: { id: true, provinceId: true } });
    return k ? ok({ provinceId: k.provinceId, kabupatenId: k.id }) : failField("kabupatenId", "validation.choose");
  }
  return ok({ provinceId: null, kabupatenId: null });
}

function grants(role: Role, input: { canViewViolenceDetails: boolean; canExportViolenceDetails: boolean }) {
  const allowed = violenceGrantsAllowed(role);
  return {
    canViewViolenceDetails: allowed && input.canViewViolenceDetails,
    canExportViolenceDetails: allowed && input.canExportViolenceDetails,
  };
}

export async function createUser(admin: ScopedUser, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(admin, "user.manage");
  const p = parse(userCreateInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const scope = await resolveScope(p.data);
  if (!scope.ok) return scope;
  const passwordHash = await hashPassword(p.data.password);
  try {
    const created = await db().$transaction(async (tx) => {
      const u = await tx.user.create({
        data: {
          email: p.data.email,
          name: p.data.name,
          role: p.data.role,
          active: p.data.active,
          passwordHash,
          ...scope.value,
          ...grants(p.data.role, p.data),
        },
        select: PUBLIC_FIELDS,
      });
      await recordAudit(tx, { userId: admin.id, action: "create", entity: "user", entityId: u.id, after: u });
      return u;
    });
    return ok({ id: created.id });
  } catch (e) {
    if (isUniqueViolation(e)) return failField("email", "validation.user.emailTaken");
    throw e;
  }
}

export async function updateUser(admin: ScopedUser, id: number, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(admin, "user.manage");
  const p = parse(userUpdateInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const version = versionField.safeParse((raw as Record<string, unknown> | null)?.version);
  if (!version.success) return STALE;
  if (id === admin.id && (!p.data.active || p.data.role !== "ADMIN")) {
    return failField("role", "validation.user.cannotDemoteSelf");
  }
  const before = await db().user.findUnique({ where: { id }, select: PUBLIC_FIELDS });
  if (!before) return failField("_form", "validation.notFound");
  const scope = await resolveScope(p.data);
  if (!scope.ok) return scope;
  const passwordHash = p.data.password ? await hashPassword(p.data.password) : undefined;
  try {
    return await db().$transaction(async (tx) => {
      const n = await tx.user.updateMany({
        where: { id, version: version.data },
        data: {
          email: p.data.email,
          name: p.data.name,
          role: p.data.role,
          active: p.data.active,
          ...scope.value,
          ...grants(p.data.role, p.data),
          ...(passwordHash ? { passwordHash } : {}),
          version: { increment: 1 },
        },
      });
      if (n.count === 0) return STALE;
      const after = await tx.user.findUniqueOrThrow({ where: { id }, select: PUBLIC_FIELDS });
      await recordAudit(tx, {
        userId: admin.id,
        action: passwordHash ? "update+password" : "update",
        entity: "user",
        entityId: id,
        before,
        after,
      });
      return ok({ id });
    });
  } catch (e) {
    if (isUniqueViolation(e)) return failField("email", "validation.user.emailTaken");
    throw e;
  }
}
