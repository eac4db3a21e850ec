// The cases template of one KLIK session, ?format=xlsx|csv; 404 unless the user may record cases there.
import { importTemplateResponse } from "@/lib/http/import-template";
import { parseId } from "@/lib/search-params";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (!id)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  return importTemplateResponse(req, "KLIK_CASES", id);
}
