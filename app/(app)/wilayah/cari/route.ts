// Suggestions for the searchable desa fields (components/form/area-search-field.tsx):
// GET ?q=masb&kabupatenId=12 → { results: [{ value, label }] }, the user's scope only.
// Signed out or without geo.read: an empty list, as for a search with no match.
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { desaLabel, searchDesa } from "@/lib/data/geo-search";
import { parseId } from "@/lib/search-params";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const params = new URL(req.url).searchParams;
  const user = await getCurrentUser();
  const kabupatenId = parseId(params.get("kabupatenId") ?? "") ?? undefined;
  const hits = user && can(user, "geo.read") ? await searchDesa(user, { q: params.get("q") ?? "", kabupatenId }) : [];
  // The kind in the user's language (the catalogues are loaded only when there is something to label).
  const t = hits.length ? await getTranslations("wilayah.suggestionKind") : null;
  const results = hits.map((d) => ({ value: desaLabel(d), label: t!(d.kind) }));
  return Response.json({ results }, { headers: { "Cache-Control": "private, no-store" } });
}
