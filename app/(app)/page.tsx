import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { dashboardPathFor } from "@/lib/dashboard-home";

/** What each user opens first after login: her role's dashboard. */
export default async function HomePage() {
  const user = await requireUser();
  redirect(dashboardPathFor(user.role));
}
