import "server-only";
// The kabupaten filter of the list pages (issue 12, point 2): a searchable text
// field posting what the user chose or typed under the parameter links already
// use, `kabupatenId`. The page answers text with a redirect, so that
// `kabupatenId` in an address is always an id, as links write it, and the list,
// its pagination, its exports and its kept filters read it as before:
// - text naming one of the user's kabupaten → `?kabupatenId=<its id>`;
// - text naming none → `?kabupatenText=<the text>`, which no filter schema
//   reads (the list and its exports are unfiltered by kabupaten, alike) and the
//   field shows back with a note saying so.
import { redirect } from "next/navigation";
import type { CurrentUser } from "@/lib/auth/current-user";
import { kabupatenOptions } from "@/lib/data/geo";
import { kabupatenFilterChoice } from "@/lib/options";
import { withParams } from "@/lib/search-params";

/** How much of a text that named no kabupaten is carried and shown back (a hostile query can be long). */
const UNKNOWN_KEPT = 120;

/**
 * The filter's choices (the user's kabupaten, of one province when the list is
 * filtered by one) and the text that named none of them, if any. Redirects when
 * `kabupatenId` is text; call it before anything is rendered.
 */
export async function kabupatenFilter(user: CurrentUser, path: string, params: Record<string, string>, provinceId?: number) {
  const options = await kabupatenOptions(user, provinceId);
  const choice = kabupatenFilterChoice(options, params.kabupatenId);
  const again = (changes: Record<string, string | number | undefined>) =>
    redirect(`${path}${withParams(params, { kabupatenText: undefined, page: undefined, ...changes })}`);
  if (choice.kind === "chosen") again({ kabupatenId: choice.id });
  if (choice.kind === "unknown") again({ kabupatenId: undefined, kabupatenText: choice.text.slice(0, UNKNOWN_KEPT) });
  const unknown = params.kabupatenId ? "" : (params.kabupatenText ?? "").trim().slice(0, UNKNOWN_KEPT);
  return { options, unknown: unknown || undefined };
}
