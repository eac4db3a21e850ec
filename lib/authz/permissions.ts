// The one permission map: role → the actions it may perform. Deny by default:
// an action a role does not list is refused. Scope (which province/kabupaten)
// is the other half of every check; see scope.ts. The sealed violence desk has
// its own rule on top (violence.ts).
import type { Role } from "@/lib/generated/prisma/enums";

export const ACTIONS = [
  "geo.read",
  "serikat.read",
  "serikat.write",
  "kader.read",
  "kader.write",
  "user.manage",
  // Trainings: national staff run national ones; coordinators and district
  // staff record the provincial/local re-trainings of their own area.
  "training.read",
  "training.write",
  // RKTL: the coordinator plans and reports realisation; national staff review.
  "rktl.read",
  "rktl.plan",
  "rktl.realise",
  "rktl.review",
  // KLIK PEKKA: district staff record sessions and cases.
  "klik.read",
  "klik.write",
  // Policy targets and their evidence.
  "policy.read",
  "policy.write",
  "guide.read",
  "guide.write",
  "fpk.read",
  "fpk.write",
  // Dashboards: national overview, a province's (or kabupaten's) own, policy outputs.
  "dashboard.national",
  "dashboard.province",
  "dashboard.policy",
  // Exports follow the same scope and field rules as the screens.
  "export.data",
  "report.program",
] as const;

export type Action = (typeof ACTIONS)[number];

const READ_ALL: Action[] = [
  "geo.read",
  "serikat.read",
  "kader.read",
  "training.read",
  "rktl.read",
  "klik.read",
  "policy.read",
  "guide.read",
  "fpk.read",
  "export.data",
];

/** What the national roles look at: all 20 provinces, policy outputs, the program report. */
const NATIONAL_VIEWS: Action[] = ["dashboard.national", "dashboard.policy", "report.program"];

export const PERMISSIONS: Readonly<Record<Role, readonly Action[]>> = {
  ADMIN: [...READ_ALL, ...NATIONAL_VIEWS, "serikat.write", "kader.write", "user.manage", "training.write", "guide.write"],
  NATIONAL_STAFF: [...READ_ALL, ...NATIONAL_VIEWS, "serikat.write", "kader.write", "training.write", "rktl.review", "guide.write"],
  DIRECTOR: [...READ_ALL, ...NATIONAL_VIEWS],
  PROVINCE_COORDINATOR: [
    ...READ_ALL,
    "dashboard.province",
    "serikat.write",
    "kader.write",
    "training.write",
    "rktl.plan",
    "rktl.realise",
    "policy.write",
    "fpk.write",
  ],
  DISTRICT_STAFF: [
    ...READ_ALL,
    "dashboard.province",
    "serikat.write",
    "kader.write",
    "training.write",
    "klik.write",
    "policy.write",
    "fpk.write",
  ],
};

export function can(user: { role: Role } | null | undefined, action: Action): boolean {
  if (!user) return false;
  return PERMISSIONS[user.role]?.includes(action) ?? false;
}

export class ForbiddenError extends Error {
  constructor(public readonly action: Action | string) {
    super(`forbidden: ${action}`);
    this.name = "ForbiddenError";
  }
}

export function assertCan(user: { role: Role }, action: Action): void {
  if (!can(user, action)) throw new ForbiddenError(action);
}
