// Progress of one background job, for the page that polls it (decision 0025):
// { status, done, of, result, errorKey }. Only its owner (or an admin) gets
// it; anyone else gets the same 404 as for a job that does not exist.
import { getCurrentUser } from "@/lib/auth/current-user";
import { readJob } from "@/lib/data/jobs";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401, headers: NO_STORE });
  const { id } = await params;
  const job = /^[1-9][0-9]{0,9}$/.test(id) ? await readJob(user, Number(id)) : null;
  if (!job) return Response.json({ error: "not-found" }, { status: 404, headers: NO_STORE });
  const { status, done, of, result, errorKey } = job;
  return Response.json({ status, done, of, result, errorKey }, { headers: NO_STORE });
}
