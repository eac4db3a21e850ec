import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { myTasks } from "@/lib/data/tasks";
import { PageHeader } from "@/components/ui/page-header";
import { TaskList } from "@/components/tasks/task-list";
import { WeekSummaryCard } from "@/components/tasks/week-summary";

export async function generateMetadata() {
  return { title: (await getTranslations("tasks"))("title") };
}

/** What is due for her, from the records (lib/data/tasks.ts); every signed-in user has the page. */
export default async function MyTasksPage() {
  const user = await requireUser();
  const [{ tasks, summary }, t] = await Promise.all([myTasks(user), getTranslations("tasks")]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("intro")} />
      {tasks.length ? (
        <TaskList tasks={tasks} />
      ) : (
        <p data-testid="no-tasks" className="mb-4 text-slate-700">
          {t("none")}
        </p>
      )}
      {summary ? <WeekSummaryCard summary={summary} /> : null}
    </>
  );
}
