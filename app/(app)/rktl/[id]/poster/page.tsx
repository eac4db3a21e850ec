import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getPlan } from "@/lib/data/rktl/plans";
import { monthKey } from "@/lib/domain/rktl-progress";
import { parseId } from "@/lib/search-params";
import { MONTH_FORMAT } from "../../ui";
import { PrintStyle } from "@/components/ui/print-style";
import { ScrollRegion } from "@/components/ui/table-wrap";

export async function generateMetadata() {
  return { title: (await getTranslations("rktl"))("poster") };
}

// A3 landscape when printed; the app's header and page margins disappear.
const PRINT_CSS = `
@page { size: A3 landscape; margin: 10mm; }
@media print {
  body { background: #fff !important; }
  body > header, .no-print { display: none !important; }
  body > main { max-width: none !important; padding: 0 !important; }
  .poster { border: none !important; box-shadow: none !important; }
  .poster table { font-size: 11pt; }
  .poster tr { break-inside: avoid; }
}
`;

export default async function PosterPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("rktl.read");
  const id = parseId((await params).id);
  const plan = id ? await getPlan(user, id) : null;
  if (!plan) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const month = (d: Date) => format.dateTime(d, MONTH_FORMAT);
  return (
    <>
      <PrintStyle css={PRINT_CSS} />
      <div className="no-print mb-4 flex flex-wrap gap-2 text-sm">
        <Link href={`/rktl/${plan.id}`} className="rounded border border-slate-300 bg-white px-4 py-2">
          ← {t("rktl.backToPlan")}
        </Link>
        <a href={`/rktl/${plan.id}/poster.pdf`} className="rounded bg-teal-700 px-4 py-2 font-medium text-white">
          {t("rktl.posterPdf")}
        </a>
        <span className="self-center text-slate-600">{t("rktl.printHint")}</span>
      </div>
      <article className="poster rounded-lg border-4 border-teal-800 bg-amber-50 p-4 sm:p-6">
        <header className="mb-4 border-b-4 border-teal-800 pb-3 text-center">
          <p className="text-sm font-semibold uppercase tracking-widest text-teal-800">{t("rktl.posterKicker")}</p>
          <h1
            id="poster-title"
            className="text-3xl font-extrabold uppercase tracking-tight text-teal-900 sm:text-5xl"
            data-testid="poster-province"
          >
            {plan.province.name}
          </h1>
          <p className="mt-1 text-base text-slate-700 sm:text-lg">{plan.training.title}</p>
          <p className="text-base font-medium text-slate-800 sm:text-lg">
            {month(plan.windowStart)} – {month(plan.windowEnd)} · {t(`rktl.status.${plan.status}`)}
          </p>
        </header>
        <ScrollRegion labelledBy="poster-title">
          <table className="w-full min-w-[56rem] border-collapse text-left text-sm">
            <thead>
              <tr className="bg-teal-800 text-white">
                <th className="border border-teal-900 px-2 py-2">{t("rktl.activity")}</th>
                <th className="border border-teal-900 px-2 py-2">{t("rktl.kindLabel")}</th>
                <th className="border border-teal-900 px-2 py-2">{t("wilayah.kabupaten")}</th>
                <th className="border border-teal-900 px-2 py-2">{t("rktl.responsible")}</th>
                {plan.months.map((m) => (
                  <th key={monthKey(m)} className="border border-teal-900 px-2 py-2 text-center">
                    {month(m)}
                  </th>
                ))}
                <th className="border border-teal-900 px-2 py-2 text-center">{t("rktl.realisedSoFar")}</th>
              </tr>
            </thead>
            <tbody>
              {plan.targets.map((tg) => (
                <tr key={tg.id} className="bg-white">
                  <td className="border border-slate-400 px-2 py-2 font-medium">{tg.activity}</td>
                  <td className="border border-slate-400 px-2 py-2">{t(`rktl.kind.${tg.kind}`)}</td>
                  <td className="border border-slate-400 px-2 py-2">{tg.kabupatenName}</td>
                  <td className="border border-slate-400 px-2 py-2">{tg.responsible}</td>
                  {plan.months.map((m) => {
                    const key = monthKey(m);
                    const planned = key === monthKey(tg.plannedMonth);
                    const done = tg.byMonth[key];
                    return (
                      <td key={key} className={`border border-slate-400 px-2 py-2 text-center ${planned ? "bg-amber-200 font-bold" : ""}`}>
                        {planned ? (
                          <span className="block">
                            {format.number(tg.quantity)} {tg.unit}
                          </span>
                        ) : null}
                        {done !== undefined ? (
                          <span className="block text-xs font-normal text-emerald-800">✓ {format.number(done)}</span>
                        ) : null}
                      </td>
                    );
                  })}
                  <td className="border border-slate-400 px-2 py-2 text-center font-semibold">
                    {format.number(tg.progress.achieved)}/{format.number(tg.quantity)}
                    <span className="block text-xs font-normal">{format.number(tg.progress.percent / 100, { style: "percent" })}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        {plan.targets.length === 0 ? <p className="mt-4 text-center text-slate-600">{t("rktl.noTargets")}</p> : null}
        <p className="mt-3 text-xs text-slate-600">{t("rktl.posterLegend")}</p>
      </article>
    </>
  );
}
