import "server-only";
// The answer of every kind's template route (…/impor/templat?format=xlsx|csv):
// the template for the signed-in user's area, or 404 for anyone who may not
// import that kind into that parent, as other downloads answer.
import { getCurrentUser } from "@/lib/auth/current-user";
import { importKind, mayImportInto } from "@/lib/data/imports/kinds";
import { parseFormat } from "@/lib/exports/cells";
import type { ImportKind } from "@/lib/generated/prisma/enums";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function importTemplateResponse(req: Request, kind: ImportKind, parentId: number | null): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || !(await mayImportInto(user, kind, parentId))) return notFound();
  const format = parseFormat(new URL(req.url).searchParams.get("format")) ?? "xlsx";
  const t = await importKind(kind).template(user, format, { parentId });
  return new Response(Buffer.from(t.body), {
    headers: {
      "Content-Type": t.contentType,
      "Content-Disposition": `attachment; filename="${t.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
