import "server-only";
import { getFormatter } from "next-intl/server";

/** Rupiah without decimals, e.g. "Rp 1.500.000" in Indonesian. */
export async function rupiahFormatter() {
  const format = await getFormatter();
  return (amount: bigint | number) =>
    format.number(Number(amount), { style: "currency", currency: "IDR", maximumFractionDigits: 0, minimumFractionDigits: 0 });
}
