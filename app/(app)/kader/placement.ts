import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { kabupatenOptions } from "@/lib/data/geo";
import { chooseKabupaten } from "@/lib/options";
import { serikatOptions } from "@/lib/data/serikat";

/**
 * Choices for placing a kader: the kabupaten the user may pick, and the serikat
 * of the chosen one (its desa are searched in the form). District staff have exactly one kabupaten.
 */
export async function placementChoices(user: CurrentUser, requested?: string | number) {
  const kabupaten = await kabupatenOptions(user);
  const only = kabupaten.length === 1 ? kabupaten[0] : undefined;
  const chosen = only ?? chooseKabupaten(kabupaten, requested);
  if (!chosen) return { kabupaten, chosen: undefined, serikat: [] };
  const serikat = await serikatOptions(user, chosen.id);
  return { kabupaten, chosen, serikat };
}
