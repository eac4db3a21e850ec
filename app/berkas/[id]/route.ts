// The one way out for stored files (policy evidence, guide versions). The data
// layer decides who may see a file; anyone else, signed in or not, gets 404.
import { getCurrentUser } from "@/lib/auth/current-user";
import { getFileForDownload } from "@/lib/data/files";
import { contentDisposition } from "@/lib/files/upload";
import { parseId } from "@/lib/search-params";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (!id) return notFound();
  const user = await getCurrentUser();
  if (!user) return notFound();
  const file = await getFileForDownload(user, id);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.data), {
    status: 200,
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": contentDisposition(file.originalName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
      ETag: `"${file.sha256}"`,
    },
  });
}
