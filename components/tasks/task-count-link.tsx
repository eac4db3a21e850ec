// The header's way to "Tugas saya", with how many tasks she has. The server
// counts on a full page load; after each navigation inside the app the count
// is asked for again (/api/tugas), since the layout that holds the header is
// not rendered again then. Not a Suspense boundary: a streamed count lands in
// a different place of the HTML from one response to the next, and the page
// is the same without it (docs/decisions/0033-my-tasks.md).
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { myTaskCount } from "@/lib/data/tasks";
import { TaskCount } from "./task-count";

export async function TaskCountLink({ user }: { user: CurrentUser }) {
  const [count, t] = await Promise.all([myTaskCount(user), getTranslations("tasks")]);
  return <TaskCount initial={count} label={t("headerLink")} />;
}
