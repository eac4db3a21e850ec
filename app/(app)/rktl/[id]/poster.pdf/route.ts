// The RKTL poster as a PDF. Scope is checked through the data layer: a plan
// outside the user's province is simply not found.
import { getFormatter, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getPlan } from "@/lib/data/rktl/plans";
import { monthKey } from "@/lib/domain/rktl-progress";
import { posterPdf } from "@/lib/pdf/rktl-poster";
import { parseId } from "@/lib/search-params";
import { MONTH_FORMAT } from "../../ui";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 303, headers: { Location: "/login" } });
  const id = parseId((await params).id);
  const plan = id && can(user, "rktl.read") ? await getPlan(user, id) : null;
  if (!plan) return new Response("Not found", { status: 404 });
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const month = (d: Date) => format.dateTime(d, MONTH_FORMAT);
  const pdf = await posterPdf({
    kicker: t("rktl.posterKicker"),
    province: plan.province.name,
    subtitle: plan.training.title,
    window: `${month(plan.windowStart)} – ${month(plan.windowEnd)} · ${t(`rktl.status.${plan.status}`)}`,
    headers: {
      activity: t("rktl.activity"),
      kind: t("rktl.kindLabel"),
      kabupaten: t("wilayah.kabupaten"),
      responsible: t("rktl.responsible"),
      realised: t("rktl.realisedSoFar"),
    },
    months: plan.months.map(month),
    rows: plan.targets.map((tg) => ({
      activity: tg.activity,
      kind: t(`rktl.kind.${tg.kind}`),
      kabupaten: tg.kabupatenName,
      responsible: tg.responsible,
      cells: plan.months.map((m) => {
        const key = monthKey(m);
        const done = tg.byMonth[key];
        return {
          ...(key === monthKey(tg.plannedMonth) ? { planned: `${format.number(tg.quantity)} ${tg.unit}` } : {}),
          ...(done !== undefined ? { done: t("rktl.pdfDone", { count: format.number(done) }) } : {}),
        };
      }),
      realised: `${format.number(tg.progress.achieved)}/${format.number(tg.quantity)}\n${format.number(tg.progress.percent / 100, { style: "percent" })}`,
    })),
    legend: t("rktl.posterLegendPdf"),
    empty: t("rktl.noTargets"),
  });
  const slug = plan.province.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="rktl-${slug}-${monthKey(plan.windowStart)}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
