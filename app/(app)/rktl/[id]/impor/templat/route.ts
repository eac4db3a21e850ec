// The targets template of one draft RKTL plan, ?format=xlsx|csv.
import { importTemplateResponse } from "@/lib/http/import-template";
import { parseId } from "@/lib/search-params";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  return importTemplateResponse(req, "RKTL_TARGETS", id);
}
