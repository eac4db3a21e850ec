// Where each role lands after login: its own dashboard.
import type { Role } from "@/lib/generated/prisma/enums";

export function dashboardPathFor(role: Role): string {
  switch (role) {
    case "PROVINCE_COORDINATOR":
    case "DISTRICT_STAFF":
      return "/dasbor/provinsi";
    case "NATIONAL_STAFF":
    case "ADMIN":
      return "/dasbor/nasional";
    case "DIRECTOR":
      return "/dasbor/kebijakan";
  }
}
