// The one download route for list and dashboard-table exports: /ekspor/<dataset>?format=csv|xlsx&<the screen's filters>.
// The data layer decides scope and fields; anyone without access gets 404, as app/berkas does.
import { getCurrentUser } from "@/lib/auth/current-user";
import { CONTENT_TYPES, exportFileName, parseFormat } from "@/lib/exports/cells";
import { datasetColumns, datasetFor } from "@/lib/exports/datasets";
import { exportStream, translator } from "@/lib/exports/write";
import { resolveLocale } from "@/lib/i18n/request";
import { loadMessages } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(req: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const name = (await params).dataset;
  const url = new URL(req.url);
  const format = parseFormat(url.searchParams.get("format"));
  if (!format) return notFound();
  const user = await getCurrentUser();
  if (!user) return notFound();
  const dataset = datasetFor(user, name);
  if (!dataset) return notFound();
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (k !== "format" && !(k in query)) query[k] = v;
  const t = translator(await loadMessages(await resolveLocale()));
  const source = await dataset.open(user, query, format);
  if (!source) return notFound();
  const body = exportStream(format, datasetColumns(dataset, query), source, t, t(`exports.datasets.${name}`));
  const fileName = exportFileName(name, format);
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
