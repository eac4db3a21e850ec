// Suggestions for the searchable desa fields (components/form/area-search-field.tsx):
// GET ?q=masb&kabupatenId=12 → { results: [{ value, label }] }, the user's scope only.
// Signed out or without geo.read: an empty list, as for a search with no match.
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { desaLabel, searchDesa, type DesaHit } from "@/lib/data/geo-search";
import { loadMessages } from "@/lib/i18n/messages";
import { resolveLocale } from "@/lib/i18n/request";
import { parseId } from "@/lib/search-params";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const params = new URL(req.url).searchParams;
  const user = await getCurrentUser();
  const kabupatenId = parseId(params.get("kabupatenId") ?? "") ?? undefined;
  const hits = user && can(user, "geo.read") ? await searchDesa(user, { q: params.get("q") ?? "", kabupatenId }) : [];
  if (!hits.length) return answer([]);
  // The kind in the user's language; the locale from the user at hand (not a second session read).
  const locale = await resolveLocale(user);
  const kinds = ((await loadMessages(locale)).wilayah as { suggestionKind: Record<DesaHit["kind"], string> }).suggestionKind;
  return answer(hits.map((d) => ({ value: desaLabel(d), label: kinds[d.kind] })));
}

const answer = (results: { value: string; label: string }[]) =>
  Response.json({ results }, { headers: { "Cache-Control": "private, no-store" } });
