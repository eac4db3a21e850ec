// The kader import template, ?format=xlsx|csv, for the user's own area. Only
// users who may write kader get it; anyone else gets 404, as other downloads do.
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { kaderTemplate } from "@/lib/data/imports/templates";
import { parseFormat } from "@/lib/exports/cells";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(req: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, "kader.write")) return notFound();
  const format = parseFormat(new URL(req.url).searchParams.get("format")) ?? "xlsx";
  const t = await kaderTemplate(user, format);
  return new Response(Buffer.from(t.body), {
    headers: {
      "Content-Type": t.contentType,
      "Content-Disposition": `attachment; filename="${t.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
