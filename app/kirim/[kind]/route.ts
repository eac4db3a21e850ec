// Where the browser's outbox sends a field write (lib/forms/deliver.ts,
// decision 0030). The edge server has already refused a write from another
// origin (decision 0014); the answer is JSON and never cached.
import { deliverFieldWrite } from "@/lib/forms/deliver";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };
/** The evidence document of a policy may be 10 MB (lib/files/upload.ts); a little more is a field error there. */
const MAX_BODY_BYTES = 12 * 1024 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ kind: string }> }): Promise<Response> {
  const { kind } = await params;
  const length = Number(request.headers.get("content-length") ?? 0);
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data") || !(length <= MAX_BODY_BYTES)) {
    return Response.json({ state: "refused" }, { status: length > MAX_BODY_BYTES ? 413 : 415, headers: NO_STORE });
  }
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return Response.json({ state: "refused" }, { status: 400, headers: NO_STORE });
  }
  const { status, body } = await deliverFieldWrite(kind, formData);
  return Response.json(body, { status, headers: NO_STORE });
}
