// The participants template of one class, ?format=xlsx|csv: a column per day
// of its training and the kader of the user's area. 404 for a class not in the
// URL's training or not one the user may write.
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getClassForImport } from "@/lib/data/training/participants";
import { importTemplateResponse } from "@/lib/http/import-template";
import { parseId } from "@/lib/search-params";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string; classId: string }> }) {
  const p = await params;
  const trainingId = parseId(p.id);
  const classId = parseId(p.classId);
  const user = await getCurrentUser();
  const cls = user && can(user, "training.write") && trainingId && classId ? await getClassForImport(user, trainingId, classId) : null;
  // No class (null) is answered 404 for a kind with a parent.
  return importTemplateResponse(req, "PARTICIPANTS", cls ? cls.id : null);
}
