import { getFormatter, getTranslations } from "next-intl/server";
import { KLIK_DESKS } from "@/lib/domain/klik-issue-types";
import type { DeskCounts as Counts } from "@/lib/data/klik";
import { ViolenceCount } from "@/components/ui/violence-count";

/** Cases per desk as four small cells; the data layer has already protected the violence desk (components/ui/violence-count.tsx shows it). */
export async function DeskCounts({ counts, size = "sm" }: { counts: Counts; size?: "sm" | "lg" }) {
  const [t, format] = await Promise.all([getTranslations("klik"), getFormatter()]);
  return (
    <dl className={`grid grid-cols-4 gap-1 text-center ${size === "lg" ? "gap-2" : ""}`} data-testid="desk-counts">
      {KLIK_DESKS.map((d) => {
        const v = counts[d];
        return (
          <div
            key={d}
            className={`rounded bg-slate-50 ${size === "lg" ? "border border-slate-200 bg-white px-1 py-2" : "px-1 py-0.5"}`}
            data-desk={d}
          >
            <dt className={`truncate text-slate-500 ${size === "lg" ? "text-xs" : "text-[0.65rem] leading-tight"}`}>
              {t(`deskShort.${d}`)}
            </dt>
            <dd className={size === "lg" ? "text-xl font-semibold" : "font-medium"}>
              {d === "VIOLENCE" ? <ViolenceCount value={counts.VIOLENCE} /> : format.number(v as number)}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
