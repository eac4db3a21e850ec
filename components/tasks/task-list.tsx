// "Tugas saya" as a list per kind (lib/data/tasks.ts): each task says what is
// due and why, and its title is the link to where it is done.
import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Task } from "@/lib/data/tasks";

const GROUPS: { key: string; kinds: Task["kind"][] }[] = [
  { key: "realisation", kinds: ["realisation"] },
  { key: "plans", kinds: ["planReturned", "planDraft", "nextPlan"] },
  { key: "review", kinds: ["review"] },
  { key: "late", kinds: ["provinceLate"] },
  { key: "followUp", kinds: ["followUp"] },
];

/** A long list (old open cases) shows its first this many; the count says how many there are. */
const SHOWN_PER_GROUP = 50;

const DAY = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } as const;
const MONTH = { month: "long", year: "numeric", timeZone: "UTC" } as const;

export async function TaskList({ tasks }: { tasks: Task[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, DAY);
  const month = (d: Date) => format.dateTime(d, MONTH);

  function item(task: Task): { title: string; lines: ReactNode[]; urgent: boolean } {
    switch (task.kind) {
      case "realisation":
        return {
          title: t("tasks.realisation.title", { month: month(task.month) }),
          lines: [
            t("tasks.realisation.detail", { activity: task.activity, kabupaten: task.kabupatenName }),
            task.late ? t("tasks.realisation.late", { date: day(task.dueOn) }) : t("tasks.realisation.due", { date: day(task.dueOn) }),
          ],
          urgent: task.late,
        };
      case "planReturned":
        return {
          title: t("tasks.planReturned.title", { province: task.provinceName }),
          lines: [task.trainingTitle, t("tasks.planReturned.comment", { comment: task.comment })],
          urgent: true,
        };
      case "planDraft":
        return {
          title: t("tasks.planDraft.title", { province: task.provinceName }),
          lines: [t("tasks.planDraft.detail", { training: task.trainingTitle })],
          urgent: false,
        };
      case "nextPlan":
        return {
          title: t("tasks.nextPlan.title", { province: task.provinceName }),
          lines: [t("tasks.nextPlan.detail", { training: task.trainingTitle, month: month(task.windowEnd) })],
          urgent: false,
        };
      case "review":
        return {
          title: t("tasks.review.title", { province: task.provinceName }),
          lines: [
            t("tasks.review.detail", { training: task.trainingTitle, date: day(task.submittedAt) }),
            t("tasks.review.waiting", { days: task.days }),
          ],
          urgent: task.days > 7,
        };
      case "provinceLate":
        return {
          title: t("tasks.provinceLate.title", { province: task.provinceName, months: format.list(task.months.map(month)) }),
          lines: [t("tasks.provinceLate.detail", { targets: task.targets })],
          urgent: true,
        };
      case "followUp": {
        const desk = t(`klik.deskName.${task.desk}`);
        const status = t(`klik.caseStatus.${task.status}`);
        return {
          // The violence desk: desk and status only, as in every list (the issue type stays behind the sealed page).
          title:
            task.desk === "VIOLENCE"
              ? t("tasks.followUp.titleSealed", { id: task.caseId })
              : t("tasks.followUp.title", { id: task.caseId, issue: t(`klik.issueTypeName.${task.issueType}` as never) }),
          lines: [
            task.personName
              ? t("tasks.followUp.person", { name: task.personName, desk, status })
              : t("tasks.followUp.sealed", { desk, status }),
            ...(task.referralInstitution ? [t("tasks.followUp.referral", { institution: task.referralInstitution })] : []),
            t("tasks.followUp.due", { date: day(task.dueOn) }),
          ],
          urgent: task.daysOverdue > 0,
        };
      }
    }
  }

  const groups = GROUPS.map((g) => ({ ...g, tasks: tasks.filter((x) => g.kinds.includes(x.kind)) })).filter((g) => g.tasks.length);
  return (
    <div className="space-y-6" data-testid="task-list">
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`tasks-${g.key}`} data-testid={`task-group-${g.key}`}>
          <h2 id={`tasks-${g.key}`} className="mb-2 text-lg font-semibold">
            {t(`tasks.groups.${g.key}`)} <span className="font-normal text-slate-600">({g.tasks.length})</span>
          </h2>
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {g.tasks.slice(0, SHOWN_PER_GROUP).map((task) => {
              const { title, lines, urgent } = item(task);
              return (
                <li key={task.href + title} className="flex gap-3 p-3" data-testid="task" data-kind={task.kind}>
                  <span
                    aria-hidden="true"
                    className={`mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full ${urgent ? "bg-red-600" : "bg-amber-500"}`}
                  />
                  <div className="min-w-0">
                    <Link href={task.href} className="font-medium text-teal-800 underline-offset-2 hover:underline">
                      {title}
                    </Link>
                    {lines.map((line, i) => (
                      <p key={i} className="text-sm text-slate-700">
                        {line}
                      </p>
                    ))}
                  </div>
                </li>
              );
            })}
          </ul>
          {g.tasks.length > SHOWN_PER_GROUP ? (
            <p className="mt-1 text-sm text-slate-600">{t("tasks.more", { count: g.tasks.length - SHOWN_PER_GROUP })}</p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
