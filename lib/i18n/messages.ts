// The catalogues are split by namespace (messages/<locale>/<namespace>.json) so
// that features can add their texts without touching each other's files.
import type { Locale } from "./locales";

export const NAMESPACES = [
  "common",
  "nav",
  "login",
  "wilayah",
  "kader",
  "serikat",
  "users",
  "enums",
  "validation",
  "training",
  "guides",
  "rktl",
  "klik",
  "fpk",
  "policy",
  "dashboard",
  "exports",
  "report",
  "errors",
  "import",
  "jobs",
  "outbox",
  "offline",
  "tasks",
] as const;

export type Messages = Record<string, unknown>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const parts = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../../messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(parts);
}
