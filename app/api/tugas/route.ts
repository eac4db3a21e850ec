// How many tasks the signed-in user has (lib/data/tasks.ts), for the header's
// count after a navigation inside the app: the layout (and so the header) is
// rendered on a full page load only (docs/decisions/0033-my-tasks.md).
import { getCurrentUser } from "@/lib/auth/current-user";
import { myTaskCount } from "@/lib/data/tasks";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401, headers: NO_STORE });
  return Response.json({ count: await myTaskCount(user) }, { headers: NO_STORE });
}
