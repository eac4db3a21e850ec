import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { desaOptions, kabupatenOptions } from "@/lib/data/geo";
import { serikatOptions } from "@/lib/data/serikat";

/**
 * Choices for placing a kader: the kabupaten the user may pick, and the serikat
 * and desa of the chosen one. District staff have exactly one kabupaten.
 */
export async function placementChoices(user: CurrentUser, requestedKabupatenId?: number) {
  const kabupaten = await kabupatenOptions(user);
  const only = kabupaten.length === 1 ? kabupaten[0] : undefined;
  const chosen = only ?? kabupaten.find((k) => k.id === requestedKabupatenId);
  if (!chosen) return { kabupaten, chosen: undefined, serikat: [], kecamatan: [] };
  const [serikat, kecamatan] = await Promise.all([serikatOptions(user, chosen.id), desaOptions(user, chosen.id)]);
  return { kabupaten, chosen, serikat, kecamatan };
}
