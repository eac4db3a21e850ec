import "server-only";
// "Tugas saya" (issue 14 point 1; docs/decisions/0033-my-tasks.md): what is due
// for this user, computed from the records each time — never stored — so a
// task disappears the moment the work is done. Which tasks a user gets follows
// what she may do (the permission map), in her area (the scope):
//   rktl.realise  months of realisation her targets still owe;
//   rktl.plan     a plan returned with comments, a draft not yet sent, the next window's plan;
//   rktl.review   plans waiting for review, provinces late with realisation;
//   klik.write    open KLIK cases due for follow-up;
// and someone with nothing to do but watch (the director) gets the week's summary.
import { db } from "@/lib/db/client";
import { can } from "@/lib/authz/permissions";
import { areaWhere, type ScopedUser } from "@/lib/authz/scope";
import { caseRowWhere } from "@/lib/authz/violence";
import type { KlikCaseStatus, KlikDesk } from "@/lib/generated/prisma/enums";
import { addMonthsUtc, monthKey, monthOf, windowMonthList } from "@/lib/domain/rktl-progress";
import { daysBetween, followUpDueOn, owedMonths, realisationDueDate, realisationLateFrom } from "@/lib/domain/monthly-rhythm";
import { kabupatenLabel } from "./geo";
import type { KlikUser } from "./klik";
import { planWhere } from "./rktl/shared";

export type Task =
  | {
      kind: "realisation";
      href: string;
      planId: number;
      targetId: number;
      activity: string;
      kabupatenName: string;
      month: Date;
      dueOn: Date;
      late: boolean;
    }
  | { kind: "planReturned"; href: string; planId: number; provinceName: string; trainingTitle: string; comment: string }
  | { kind: "planDraft"; href: string; planId: number; provinceName: string; trainingTitle: string }
  | { kind: "nextPlan"; href: string; provinceName: string; trainingTitle: string; windowEnd: Date }
  | { kind: "review"; href: string; planId: number; provinceName: string; trainingTitle: string; submittedAt: Date; days: number }
  | { kind: "provinceLate"; href: string; provinceName: string; months: Date[]; targets: number }
  | {
      kind: "followUp";
      href: string;
      caseId: number;
      desk: KlikDesk;
      issueType: string | null;
      personName: string | null;
      status: KlikCaseStatus;
      referralInstitution: string | null;
      dueOn: Date;
      daysOverdue: number;
    };

export type WeekSummary = {
  from: Date;
  to: Date;
  policyChanges: number;
  policiesEnacted: number;
  plansApproved: number;
  realisationsRecorded: number;
};

export type MyTasks = { tasks: Task[]; summary: WeekSummary | null };

const OPEN_CASE: KlikCaseStatus[] = ["RECEIVED", "REFERRED", "IN_PROGRESS"];

const TASK_ACTIONS = ["rktl.realise", "rktl.plan", "rktl.review", "klik.write"] as const;

/** Everything due for this user at `now`, the most pressing kind first; the week's summary for a watcher. */
export async function myTasks(user: KlikUser, now: Date = new Date()): Promise<MyTasks> {
  const watches = !TASK_ACTIONS.some((a) => can(user, a)) && can(user, "report.program");
  const [tasks, summary] = await Promise.all([dueTasks(user, now), watches ? weekSummary(now) : null]);
  return { tasks, summary };
}

/** How many tasks she has (the header's count; no summary is computed for it). */
export async function myTaskCount(user: KlikUser, now: Date = new Date()): Promise<number> {
  return (await dueTasks(user, now)).length;
}

async function dueTasks(user: KlikUser, now: Date): Promise<Task[]> {
  const parts = await Promise.all([
    can(user, "rktl.realise") ? realisationTasks(user, now) : [],
    can(user, "rktl.plan") ? planTasks(user, now) : [],
    can(user, "rktl.review") ? reviewTasks(user, now) : [],
    can(user, "klik.write") ? followUpTasks(user, now) : [],
  ]);
  return parts.flat();
}

/**
 * The targets of approved plans whose window is still open for reporting (a
 * window starts at most 7 months before the current one), with the months each
 * still owes.
 */
async function owedRealisations(user: ScopedUser, now: Date) {
  const targets = await db().rktlTarget.findMany({
    where: {
      plan: { AND: [planWhere(user), { status: "APPROVED", windowStart: { gte: addMonthsUtc(monthOf(now), -7) } }] },
    },
    orderBy: [{ plannedMonth: "asc" }, { id: "asc" }],
    select: {
      id: true,
      activity: true,
      quantity: true,
      plannedMonth: true,
      kabupaten: { select: { name: true, kind: true } },
      realisations: { select: { month: true, achieved: true } },
      plan: { select: { id: true, windowStart: true, province: { select: { id: true, name: true } } } },
    },
  });
  return targets.map((t) => ({ target: t, owed: owedMonths(t, t.plan.windowStart, t.realisations, now) })).filter((t) => t.owed.length > 0);
}

async function realisationTasks(user: ScopedUser, now: Date): Promise<Task[]> {
  const owed = await owedRealisations(user, now);
  return owed.flatMap(({ target: t, owed: months }) =>
    months.map((month) => ({
      kind: "realisation" as const,
      href: `/rktl/${t.plan.id}/target/${t.id}/realisasi?month=${monthKey(month)}`,
      planId: t.plan.id,
      targetId: t.id,
      activity: t.activity,
      kabupatenName: kabupatenLabel(t.kabupaten),
      month,
      dueOn: realisationDueDate(month),
      late: now.getTime() >= realisationLateFrom(month).getTime(),
    })),
  );
}

async function planTasks(user: ScopedUser, now: Date): Promise<Task[]> {
  const plans = await db().rktlPlan.findMany({
    where: { AND: [planWhere(user), { status: { in: ["DRAFT", "SUBMITTED", "APPROVED"] } }] },
    orderBy: [{ windowStart: "desc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      provinceId: true,
      windowStart: true,
      reviewComment: true,
      province: { select: { name: true } },
      training: { select: { title: true } },
    },
  });
  const tasks: Task[] = [];
  for (const p of plans.filter((p) => p.status === "DRAFT")) {
    const base = { href: `/rktl/${p.id}`, planId: p.id, provinceName: p.province.name, trainingTitle: p.training.title };
    tasks.push(p.reviewComment ? { kind: "planReturned", ...base, comment: p.reviewComment } : { kind: "planDraft", ...base });
  }
  // The next window's plan: from the last month but one of a province's newest
  // window to the month after it, unless a plan of hers starts later (a draft
  // or a submitted one is the next plan on its way).
  const current = monthOf(now).getTime();
  const newest = new Map<number, (typeof plans)[number]>();
  for (const p of plans) if (!newest.has(p.provinceId)) newest.set(p.provinceId, p);
  for (const p of newest.values()) {
    if (p.status !== "APPROVED") continue;
    const windowEnd = windowMonthList(p.windowStart).at(-1)!;
    if (current < addMonthsUtc(windowEnd, -1).getTime() || current > addMonthsUtc(windowEnd, 1).getTime()) continue;
    tasks.push({ kind: "nextPlan", href: "/rktl/baru", provinceName: p.province.name, trainingTitle: p.training.title, windowEnd });
  }
  return tasks;
}

async function reviewTasks(user: ScopedUser, now: Date): Promise<Task[]> {
  const [waiting, owed] = await Promise.all([
    db().rktlPlan.findMany({
      where: { AND: [planWhere(user), { status: "SUBMITTED" }] },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: { id: true, submittedAt: true, province: { select: { name: true } }, training: { select: { title: true } } },
    }),
    owedRealisations(user, now),
  ]);
  const tasks: Task[] = waiting.map((p) => ({
    kind: "review",
    href: `/rktl/${p.id}`,
    planId: p.id,
    provinceName: p.province.name,
    trainingTitle: p.training.title,
    submittedAt: p.submittedAt ?? now,
    days: daysBetween(p.submittedAt ?? now, now),
  }));
  // Late: a month whose due day has passed without its record, by province.
  const late = new Map<number, { provinceName: string; months: Set<number>; targets: Set<number> }>();
  for (const { target: t, owed: months } of owed) {
    const overdue = months.filter((m) => now.getTime() >= realisationLateFrom(m).getTime());
    if (overdue.length === 0) continue;
    const p = late.get(t.plan.province.id) ?? { provinceName: t.plan.province.name, months: new Set(), targets: new Set() };
    for (const m of overdue) p.months.add(m.getTime());
    p.targets.add(t.id);
    late.set(t.plan.province.id, p);
  }
  for (const [provinceId, p] of [...late].sort((a, b) => a[1].provinceName.localeCompare(b[1].provinceName, "id"))) {
    tasks.push({
      kind: "provinceLate",
      href: `/rktl?provinceId=${provinceId}&status=APPROVED`,
      provinceName: p.provinceName,
      months: [...p.months].sort((a, b) => a - b).map((m) => new Date(m)),
      targets: p.targets.size,
    });
  }
  return tasks;
}

async function followUpTasks(user: KlikUser, now: Date): Promise<Task[]> {
  const cases = await db().klikCase.findMany({
    where: { AND: [areaWhere(user), caseRowWhere(user), { status: { in: OPEN_CASE } }] },
    select: {
      id: true,
      desk: true,
      issueType: true,
      personName: true,
      status: true,
      referralInstitution: true,
      session: { select: { heldOn: true } },
      followUps: { orderBy: { date: "desc" }, take: 1, select: { date: true } },
    },
  });
  return (
    cases
      .map((c) => ({ c, dueOn: followUpDueOn(c.followUps[0]?.date ?? c.session.heldOn) }))
      .filter(({ dueOn }) => dueOn.getTime() <= now.getTime())
      // The most recently due first: what she can still act on this week, before the long-forgotten.
      .sort((a, b) => b.dueOn.getTime() - a.dueOn.getTime() || a.c.id - b.c.id)
      .map(({ c, dueOn }) => ({
        kind: "followUp" as const,
        href: `/klik/kasus/${c.id}`,
        caseId: c.id,
        desk: c.desk,
        // The violence desk's issue type and name stay behind its sealed page.
        issueType: c.desk === "VIOLENCE" ? null : c.issueType,
        personName: c.desk === "VIOLENCE" ? null : c.personName,
        status: c.status,
        referralInstitution: c.referralInstitution,
        dueOn,
        daysOverdue: daysBetween(dueOn, now),
      }))
  );
}

/** The last seven days of the program, nationally (the director's summary). */
async function weekSummary(now: Date): Promise<WeekSummary> {
  const from = new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000);
  const since = { gte: from, lte: now };
  const [policyChanges, policiesEnacted, plansApproved, realisationsRecorded] = await Promise.all([
    db().policyStatusChange.count({ where: { changedAt: since } }),
    db().policyStatusChange.count({ where: { changedAt: since, toStatus: "ENACTED" } }),
    db().rktlPlan.count({ where: { approvedAt: since } }),
    db().rktlRealisation.count({ where: { createdAt: since } }),
  ]);
  return { from, to: now, policyChanges, policiesEnacted, plansApproved, realisationsRecorded };
}
