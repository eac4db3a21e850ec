// The cases template of one KLIK session, ?format=xlsx|csv; 404 unless the user may record cases there.
import { importTemplateResponse } from "@/lib/http/import-template";
import { parseId } from "@/lib/search-params";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  // Not a session id: no parent, so no import into it (404, as any other refusal).
  return importTemplateResponse(req, "KLIK_CASES", parseId((await params).id));
}
