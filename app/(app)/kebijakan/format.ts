import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";

/** "Rp 1.500.000" (whole rupiah, grouped in the user's language). */
export async function rupiahFormatter() {
  const [t, format] = await Promise.all([getTranslations("policy"), getFormatter()]);
  return (amount: bigint | null | undefined) =>
    amount == null ? "—" : t("rupiah", { amount: format.number(Number(amount), { maximumFractionDigits: 0 }) });
}
