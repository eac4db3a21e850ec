// The kader import template, ?format=xlsx|csv, for the user's own area.
import { importTemplateResponse } from "@/lib/http/import-template";

export const dynamic = "force-dynamic";

export function GET(req: Request) {
  return importTemplateResponse(req, "KADER", null);
}
