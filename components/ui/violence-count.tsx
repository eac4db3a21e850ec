import { getFormatter, getTranslations } from "next-intl/server";
import type { PublishedCount } from "@/lib/domain/violence-publication";

/**
 * A violence-desk count as the data layer protected it: a number, "<5",
 * "hidden" (•, so that a "<5" cannot be worked out) or null (—: no count for
 * this selection; such users see counts per calendar year only, decision 0027).
 */
export async function ViolenceCount({ value }: { value: PublishedCount }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.national"), getFormatter()]);
  if (typeof value === "number") return <>{format.number(value)}</>;
  if (value === "<5") return <>{"<5"}</>;
  const [mark, label] = value === "hidden" ? [t("hidden"), t("hiddenLabel")] : [t("notCounted"), t("notCountedLabel")];
  return (
    <span title={label} data-violence={value ?? "not-counted"}>
      <span aria-hidden="true">{mark}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
