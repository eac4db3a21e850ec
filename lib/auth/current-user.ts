import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { authOptions } from "./options";
import { loadSessionUser, type CurrentUser } from "@/lib/data/session-user";
import { can, type Action } from "@/lib/authz/permissions";
import { noteUser } from "@/lib/request-context";

export type { CurrentUser };

/** The signed-in, active user, read fresh from the database once per request; null otherwise. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = Number((session?.user as { id?: string } | undefined)?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = await loadSessionUser(id);
  if (user) noteUser(user.id); // for the request's log line (scripts/server.mjs)
  return user;
});

/** For pages: the user, or a redirect to the login page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages: the user holding `action`; others get a 404 rather than a hint that the page exists. */
export async function requirePermission(action: Action): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, action)) notFound();
  return user;
}
