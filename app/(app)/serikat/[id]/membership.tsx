// The serikat page's members: the latest count, the trend, the history and (for
// whoever may edit the serikat) the form to record a count and to delete a
// wrong one. Decision 0026.
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { IdempotencyKey } from "@/components/form/idempotency-key";
import { SelectField, TextField } from "@/components/form/fields";
import { TrendChart } from "@/components/charts/trend-chart";
import { countAt } from "@/lib/domain/membership";
import type { MembershipEntry } from "@/lib/data/serikat-membership";
import { deleteMembershipAction, recordMembershipAction } from "../actions";

const DAY = { dateStyle: "medium", timeZone: "UTC" } as const;

/** Today in Indonesia's western time, as the date field's first value (the server's UTC day may still be yesterday). */
function todayInIndonesia(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
}

export async function MembershipSection({
  serikatId,
  active,
  history,
  writable,
}: {
  serikatId: number;
  active: boolean;
  history: MembershipEntry[];
  writable: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("serikat.membership"), getFormatter()]);
  const latest = countAt(history, null);
  const first = history[0];
  const newestFirst = [...history].reverse();
  return (
    <section id="anggota" aria-labelledby="members-heading" data-testid="membership" className="mb-8 max-w-3xl">
      <h2 id="members-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {latest ? (
        <p className="text-sm" data-testid="members-latest">
          {t.rich("latest", {
            count: format.number(latest.memberCount),
            day: format.dateTime(latest.recordedOn, DAY),
            strong: (chunks) => <strong className="text-base">{chunks}</strong>,
          })}
        </p>
      ) : (
        <p className="text-sm text-slate-600">{t("none")}</p>
      )}
      {!active && latest && latest.memberCount > 0 ? <p className="mt-1 text-sm text-amber-800">{t("inactiveHint")}</p> : null}

      {latest && first ? (
        <div className="mt-3">
          <TrendChart
            title={t("trendTitle")}
            label={t("trendLabel", {
              entries: history.length,
              first: format.number(first.memberCount),
              firstDay: format.dateTime(first.recordedOn, DAY),
              last: format.number(latest.memberCount),
              lastDay: format.dateTime(latest.recordedOn, DAY),
            })}
            points={history.map((h) => ({ day: h.recordedOn, value: h.memberCount }))}
            testId="members-trend"
          />
        </div>
      ) : null}

      {history.length ? (
        <div className="table-wrap mt-3 rounded border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="members-history">
            <caption className="px-3 py-2 text-left font-semibold">{t("historyTitle")}</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("recordedOn")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("memberCount")}
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  {t("recordedBy")}
                </th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((h) => (
                <tr key={h.id} className="border-t border-slate-100" data-count-day={h.recordedOn.toISOString().slice(0, 10)}>
                  <td className="px-3 py-2">
                    {format.dateTime(h.recordedOn, DAY)}
                    {h.note ? <span className="block text-xs text-slate-600">{h.note}</span> : null}
                    {h.recordedByName ? <span className="block text-xs text-slate-500 sm:hidden">{h.recordedByName}</span> : null}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{format.number(h.memberCount)}</td>
                  <td className="hidden px-3 py-2 text-slate-600 sm:table-cell">{h.recordedByName ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {writable ? (
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          <ActionForm
            action={recordMembershipAction.bind(null, serikatId)}
            initialValues={{ recordedOn: todayInIndonesia() }}
            className="space-y-3 rounded border border-slate-200 bg-white p-4"
          >
            <h3 className="font-semibold">{t("formTitle")}</h3>
            <IdempotencyKey />
            <TextField name="recordedOn" type="date" label={t("recordedOn")} />
            <TextField name="memberCount" inputMode="numeric" label={t("memberCount")} hint={t("memberCountHint")} />
            <TextField name="note" label={t("note")} />
            <p className="text-xs text-slate-600" data-testid="same-day-note">
              {t("sameDayNote")}
            </p>
            <SubmitButton label={t("record")} pendingLabel={t("saving")} />
          </ActionForm>
          {history.length ? (
            <ActionForm
              action={deleteMembershipAction.bind(null, serikatId)}
              className="space-y-3 self-start rounded border border-red-200 bg-white p-4"
            >
              <h3 className="font-semibold">{t("deleteTitle")}</h3>
              <SelectField
                name="membershipId"
                label={t("deleteWhich")}
                placeholder={t("choose")}
                options={newestFirst.map((h) => ({
                  value: String(h.id),
                  label: `${format.dateTime(h.recordedOn, DAY)} · ${format.number(h.memberCount)}`,
                }))}
              />
              <SubmitButton label={t("delete")} pendingLabel={t("saving")} />
            </ActionForm>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
