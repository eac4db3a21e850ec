import { getTranslations } from "next-intl/server";
import type { ImportOutcome } from "@/lib/generated/prisma/enums";

const TONE: Record<ImportOutcome, string> = {
  CREATE: "bg-teal-100 text-teal-900",
  UPDATE: "bg-sky-100 text-sky-900",
  UNCHANGED: "bg-slate-100 text-slate-700",
  DUPLICATE: "bg-amber-100 text-amber-900",
  ERROR: "bg-red-100 text-red-900",
};

/** What a row of an import will do, as a word with a colour (the word carries it: never colour alone). */
export async function OutcomeBadge({ outcome }: { outcome: ImportOutcome }) {
  const t = await getTranslations("import.page.outcome");
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONE[outcome]}`}>{t(outcome)}</span>;
}
