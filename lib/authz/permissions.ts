// The one permission map: role → the actions it may perform. Deny by default:
// an action a role does not list is refused. Scope (which province/kabupaten)
// is the other half of every check; see scope.ts.
import type { Role } from "@/lib/generated/prisma/enums";

export const ACTIONS = [
  "geo.read",
  "serikat.read",
  "serikat.write",
  "kader.read",
  "kader.write",
  "user.manage",
] as const;

export type Action = (typeof ACTIONS)[number];

const READ_MASTER: Action[] = ["geo.read", "serikat.read", "kader.read"];
const WRITE_MASTER: Action[] = ["serikat.write", "kader.write"];

export const PERMISSIONS: Readonly<Record<Role, readonly Action[]>> = {
  ADMIN: [...READ_MASTER, ...WRITE_MASTER, "user.manage"],
  NATIONAL_STAFF: [...READ_MASTER, ...WRITE_MASTER],
  DIRECTOR: [...READ_MASTER],
  PROVINCE_COORDINATOR: [...READ_MASTER, ...WRITE_MASTER],
  DISTRICT_STAFF: [...READ_MASTER, ...WRITE_MASTER],
};

export function can(user: { role: Role } | null | undefined, action: Action): boolean {
  if (!user) return false;
  return PERMISSIONS[user.role]?.includes(action) ?? false;
}

export class ForbiddenError extends Error {
  constructor(public readonly action: Action) {
    super(`forbidden: ${action}`);
    this.name = "ForbiddenError";
  }
}

export function assertCan(user: { role: Role }, action: Action): void {
  if (!can(user, action)) throw new ForbiddenError(action);
}
