import { getFormatter, getTranslations } from "next-intl/server";
import { KLIK_DESKS } from "@/lib/domain/klik-issue-types";
import type { DeskCounts as Counts } from "@/lib/data/klik";

/** Cases per desk as four small cells; the data layer has already protected the violence desk ("<5", or hidden). */
export async function DeskCounts({ counts, size = "sm" }: { counts: Counts; size?: "sm" | "lg" }) {
  const [t, td, format] = await Promise.all([getTranslations("klik"), getTranslations("dashboard.national"), getFormatter()]);
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
              {v === "hidden" ? (
                <span title={td("hiddenLabel")}>
                  <span aria-hidden="true">{td("hidden")}</span>
                  <span className="sr-only">{td("hiddenLabel")}</span>
                </span>
              ) : typeof v === "number" ? (
                format.number(v)
              ) : (
                v
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
