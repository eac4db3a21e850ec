import "server-only";
// The kabupaten filter of the list pages (issue 12, point 2): a searchable text
// field posting what the user chose or typed under the parameter links already
// use, `kabupatenId`. Text naming one of the user's kabupaten is answered with
// the same list at `?kabupatenId=<id>`, so the address, pagination, exports and
// kept filters see the id exactly as before.
import { redirect } from "next/navigation";
import type { CurrentUser } from "@/lib/auth/current-user";
import { kabupatenOptions } from "@/lib/data/geo";
import { kabupatenFilterChoice } from "@/lib/options";
import { withParams } from "@/lib/search-params";

/**
 * The filter's choices (the user's kabupaten, of one province when the list is
 * filtered by one) and the text that named none of them, if any. Redirects when
 * the text named one; call it before anything is rendered.
 */
export async function kabupatenFilter(user: CurrentUser, path: string, params: Record<string, string>, provinceId?: number) {
  const options = await kabupatenOptions(user, provinceId);
  const choice = kabupatenFilterChoice(options, params.kabupatenId);
  if (choice.kind === "chosen") redirect(`${path}${withParams(params, { kabupatenId: choice.id, page: undefined })}`);
  return { options, unknown: choice.kind === "unknown" ? choice.text : undefined };
}
