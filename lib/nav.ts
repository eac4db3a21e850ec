// Navigation follows the permission map: a user sees the sections she may use.
import { can, type Action } from "@/lib/authz/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

export type NavItem = {
  href: string;
  key:
    | "dashboard"
    | "policyDashboard"
    | "report"
    | "wilayah"
    | "serikat"
    | "kader"
    | "users"
    | "training"
    | "rktl"
    | "klik"
    | "policy"
    | "guides"
    | "fpk";
};

const ITEMS: { item: NavItem; needs?: Action }[] = [
  // Each role has one dashboard (it is also where "/" leads: lib/dashboard-home.ts).
  { item: { href: "/dasbor/nasional", key: "dashboard" }, needs: "dashboard.national" },
  { item: { href: "/dasbor/provinsi", key: "dashboard" }, needs: "dashboard.province" },
  { item: { href: "/dasbor/kebijakan", key: "policyDashboard" }, needs: "dashboard.policy" },
  { item: { href: "/wilayah", key: "wilayah" }, needs: "geo.read" },
  { item: { href: "/serikat", key: "serikat" }, needs: "serikat.read" },
  { item: { href: "/kader", key: "kader" }, needs: "kader.read" },
  { item: { href: "/pelatihan", key: "training" }, needs: "training.read" },
  { item: { href: "/rktl", key: "rktl" }, needs: "rktl.read" },
  { item: { href: "/klik", key: "klik" }, needs: "klik.read" },
  { item: { href: "/kebijakan", key: "policy" }, needs: "policy.read" },
  { item: { href: "/panduan", key: "guides" }, needs: "guide.read" },
  { item: { href: "/fpk", key: "fpk" }, needs: "fpk.read" },
  { item: { href: "/laporan", key: "report" }, needs: "report.program" },
  { item: { href: "/admin/pengguna", key: "users" }, needs: "user.manage" },
];

export function navFor(user: { role: Role }): NavItem[] {
  return ITEMS.filter(({ needs }) => !needs || can(user, needs)).map(({ item }) => item);
}
