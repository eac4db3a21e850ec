// The header's way to "Tugas saya", with how many tasks she has. The server
// counts on a full page load (TaskCountLink, inside a Suspense boundary of the
// header, so counting never holds back the page); after each navigation inside
// the app the count is asked for again (/api/tugas), since the layout that
// holds the header is not rendered again then.
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { myTaskCount } from "@/lib/data/tasks";
import { TaskCount } from "./task-count";

export async function TaskCountLink({ user }: { user: CurrentUser }) {
  const [count, t] = await Promise.all([myTaskCount(user), getTranslations("tasks")]);
  return <TaskCount initial={count} label={t("headerLink")} />;
}

/** While the count is on its way: the link without it. */
export async function TaskLinkPending() {
  const t = await getTranslations("tasks");
  return <TaskCount initial={null} label={t("headerLink")} />;
}
