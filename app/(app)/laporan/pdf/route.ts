// The program report as a PDF, for the same period as /laporan?… . Only the
// national roles hold report.program; anyone else gets 404.
import { getFormatter, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { programReport } from "@/lib/data/report";
import { KLIK_DESKS } from "@/lib/domain/klik-issue-types";
import { programReportPdf } from "@/lib/pdf/program-report";
import { reportParams, resolvePeriod } from "@/lib/validation/report";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, "report.program")) {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const period = resolvePeriod(reportParams.parse(Object.fromEntries(new URL(req.url).searchParams)));
  const [t, format, r] = await Promise.all([getTranslations(), getFormatter(), programReport(user, period)]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const n = (v: number) => format.number(v);
  const lastDay = new Date(period.to.getTime() - 86_400_000);
  const pdf = await programReportPdf({
    title: t("report.title"),
    subtitle: t("report.subtitle", { from: day(period.from), to: day(lastDay) }),
    tables: [
      {
        heading: t("report.directions"),
        columns: [t("report.indicator"), t("report.target"), t("report.actual"), t("report.percent")],
        widths: [0.64, 0.12, 0.12, 0.12],
        rows: r.directions.flatMap((d) => [
          { cells: [t(`report.direction.${d.direction}`), "", "", ""], bold: true },
          ...d.indicators.map((i) => ({
            cells: [
              t.has(`report.indicatorName.${i.code}`) ? t(`report.indicatorName.${i.code}`) : i.name,
              n(i.target),
              i.actual === null ? "–" : n(i.actual),
              i.percent === null ? "–" : `${n(i.percent)}%`,
            ],
          })),
        ]),
        note: r.programPeriod ? t("report.programTarget", { from: day(r.programPeriod.from), to: day(r.programPeriod.to) }) : undefined,
      },
      {
        heading: t("report.cascade"),
        columns: ["", ""],
        widths: [0.8, 0.2],
        rows: [
          {
            cells: [
              `${t("report.trainings")} (${t("report.byLevel", { national: n(r.training.byLevel.NATIONAL), provincial: n(r.training.byLevel.PROVINCIAL), local: n(r.training.byLevel.LOCAL) })})`,
              n(r.training.trainings),
            ],
          },
          { cells: [t("report.participants"), n(r.training.participants)] },
          { cells: [t("report.tot"), n(r.training.tot)] },
          { cells: [t("report.retrainings"), n(r.training.retrainings)] },
          { cells: [t("report.reached"), n(r.training.reached)] },
        ],
      },
      {
        heading: t("report.rktl"),
        columns: [t("report.province"), t("report.met"), t("report.realised")],
        widths: [0.6, 0.2, 0.2],
        rows: [
          ...r.rktl.provinces.map((p) => ({ cells: [p.provinceName, `${n(p.met)}/${n(p.targets)}`, `${n(p.percent)}%`] })),
          { cells: [t("report.overall"), `${n(r.rktl.met)}/${n(r.rktl.targets)}`, `${n(r.rktl.percent)}%`], bold: true },
        ],
      },
      {
        heading: t("report.klik"),
        columns: ["", ""],
        widths: [0.8, 0.2],
        rows: [
          { cells: [t("report.sessions"), n(r.klik.sessions)] },
          ...KLIK_DESKS.map((desk) => {
            const v = r.klik.desks[desk];
            return { cells: [t(`klik.deskName.${desk}`), typeof v === "number" ? n(v) : (v ?? t("dashboard.national.notCounted"))] };
          }),
          { cells: [t("report.cases"), n(r.klik.cases)], bold: true },
        ],
        note: r.klik.violenceByYear
          ? t("report.violenceYearOnlyNote")
          : r.klik.violenceSuppressed
            ? t("report.violenceSuppressedNote")
            : undefined,
      },
      {
        heading: t("report.policies"),
        columns: ["", ""],
        widths: [0.8, 0.2],
        rows: [
          ...Object.entries(r.policies.byType).map(([type, count]) => ({ cells: [t(`policy.types.${type}`), n(count ?? 0)] })),
          { cells: [t("report.enacted"), n(r.policies.enacted)], bold: true },
          { cells: [t("report.written"), n(r.policies.written)] },
          { cells: [t("report.budgetWon"), t("policy.rupiah", { amount: n(r.policies.budgetWon) })] },
        ],
      },
    ],
    footer: t("report.generated", { date: format.dateTime(new Date(), { dateStyle: "long" }) }),
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="laporan-program-${period.fromDay}-${period.toDay}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
