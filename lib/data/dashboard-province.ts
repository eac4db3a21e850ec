import "server-only";
// The coordinator's dashboard: her province's current RKTL plan with progress,
// what is due this month, a per-kabupaten breakdown and recent activity.
// District staff get the same, narrowed to their kabupaten. A fixed number of
// queries whatever the data size; every count is grouped in the database and
// is the count the linked list shows.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaSql, areaWhere, kabupatenWhere, scopeOf, type ScopedUser } from "@/lib/authz/scope";
import { protectLine } from "@/lib/domain/suppression";
import { violenceYearOfWindow, type PublishedCount } from "@/lib/domain/violence-publication";
import { caseRowWhere } from "@/lib/authz/violence";
import { breakdownWindow, dueThisMonth, pickCurrentPlan } from "@/lib/domain/dashboard-province";
import { addMonthsUtc, monthKey, planPercent } from "@/lib/domain/rktl-progress";
import type { KlikDesk, PolicyStatus } from "@/lib/generated/prisma/enums";
import { ACTIVE_KADER, casesHeldIn, fpkHeldIn, sessionsHeldIn } from "@/lib/measures/activity";
import { Prisma } from "@/lib/generated/prisma/client";
import { lastDayOfMonth } from "@/lib/domain/membership";
import { MEMBERS_COLUMNS, membersFromSql } from "@/lib/measures/membership";
import { getPlan } from "./rktl/plans";
import { kabupatenLabel } from "./geo";
import { cachedAggregate, scopeKey } from "./cache";
import { countsFromPublishedTable, publishedViolenceLine, type CountingUser } from "./violence-counts";

export const RECENT_LIMIT = 10;

const DESKS: KlikDesk[] = ["REGISTRATION", "SOCIAL_PROTECTION", "LEGAL_IDENTITY", "VIOLENCE"];
export const POLICY_STATUSES: PolicyStatus[] = ["IDENTIFIED", "ADVOCACY", "DRAFTING", "DELIBERATION", "ENACTED", "DROPPED"];

export type KabupatenRow = {
  id: number;
  name: string;
  activeKader: number;
  klikSessions: number;
  /**
   * Cases per desk in the window. The violence column, for users who may open
   * the cases, is protected as a line whose total is known (the KLIK page shows
   * the province's): 1–4 are "<5" and a complementary cell is "hidden"
   * (lib/domain/suppression.ts). For everyone else it is the published cell of
   * `violenceYear` (decision 0027), not of the window.
   */
  klikCases: Record<Exclude<KlikDesk, "VIOLENCE">, number> & { VIOLENCE: PublishedCount };
  policies: Record<PolicyStatus, number>;
  fpkMeetings: number;
  /** Serikat members at the window's last day (lib/measures/membership.ts). */
  members: number;
};

/**
 * The current plan, cached at the data epoch by scope and day (which plan is
 * current, and each target's progress, follow the calendar).
 */
function currentPlan(user: ScopedUser, now: Date) {
  return cachedAggregate(`dashboard-province-plan|${scopeKey(user)}|${now.toISOString().slice(0, 10)}`, () =>
    computeCurrentPlan(user, now),
  );
}

/** The current plan of the user's province (targets narrowed to her kabupaten for district staff), or null. */
async function computeCurrentPlan(user: ScopedUser, now: Date) {
  const s = scopeOf(user);
  if (s.kind === "national") return null;
  const heads = await db().rktlPlan.findMany({
    where: { provinceId: s.provinceId },
    select: { id: true, status: true, windowStart: true },
  });
  const head = pickCurrentPlan(heads, now);
  if (!head) return null;
  // The plan page's own function: the numbers here are the plan page's numbers.
  const plan = await getPlan(user, head.id, now);
  if (!plan) return null;
  if (s.kind !== "kabupaten") return { ...plan, narrowed: false };
  const targets = plan.targets.filter((t) => t.kabupatenId === s.kabupatenId);
  return {
    ...plan,
    targets,
    percent: planPercent(targets.map((t) => ({ quantity: t.quantity, achieved: t.progress.achieved }))),
    narrowed: true,
  };
}

/** The breakdown, cached at the data epoch by scope and window (lib/data/cache.ts). */
function kabupatenBreakdown(user: ScopedUser, window: { from: Date; to: Date }): Promise<KabupatenRow[]> {
  const key = `dashboard-province|${scopeKey(user)}|${monthKey(window.from)}..${monthKey(window.to)}`;
  return cachedAggregate(key, () => computeKabupatenBreakdown(user, window));
}

async function computeKabupatenBreakdown(user: ScopedUser, window: { from: Date; to: Date }): Promise<KabupatenRow[]> {
  const area = areaWhere(user);
  const heldOn = { gte: window.from, lt: addMonthsUtc(window.to, 1) };
  const q = db();
  const [kabs, kader, sessions, cases, policies, fpk, members] = await Promise.all([
    q.kabupaten.findMany({ where: kabupatenWhere(user), orderBy: { code: "asc" }, select: { id: true, name: true, kind: true } }),
    q.kader.groupBy({ by: ["kabupatenId"], where: { AND: [area, ACTIVE_KADER] }, _count: { _all: true } }),
    q.klikSession.groupBy({ by: ["kabupatenId"], where: { AND: [area, sessionsHeldIn(heldOn)] }, _count: { _all: true } }),
    q.klikCase.groupBy({ by: ["kabupatenId", "desk"], where: { AND: [area, casesHeldIn(heldOn)] }, _count: { _all: true } }),
    q.policyTarget.groupBy({ by: ["kabupatenId", "status"], where: area, _count: { _all: true } }),
    q.fpkMeeting.groupBy({ by: ["kabupatenId"], where: { AND: [area, fpkHeldIn(heldOn)] }, _count: { _all: true } }),
    q.$queryRaw<{ kabupatenId: number; members: number }[]>`
      SELECT s.kabupaten_id AS "kabupatenId", ${MEMBERS_COLUMNS} ${membersFromSql(lastDayOfMonth(window.to))}
      WHERE ${areaSql(user, Prisma.sql`s`)} GROUP BY 1`,
  ]);
  const countOf = (rows: { kabupatenId: number; _count: { _all: number } }[], id: number) =>
    rows.find((r) => r.kabupatenId === id)?._count._all ?? 0;
  const perKabupaten = kabs.map(
    (k) =>
      Object.fromEntries(DESKS.map((d) => [d, cases.find((c) => c.kabupatenId === k.id && c.desk === d)?._count._all ?? 0])) as Record<
        KlikDesk,
        number
      >,
  );
  const violence = protectLine(perKabupaten.map((d) => d.VIOLENCE));
  return kabs.map((k, i) => {
    const desk = perKabupaten[i]!;
    return {
      id: k.id,
      name: kabupatenLabel(k),
      activeKader: countOf(kader, k.id),
      klikSessions: countOf(sessions, k.id),
      klikCases: { ...desk, VIOLENCE: violence[i]! },
      policies: Object.fromEntries(
        POLICY_STATUSES.map((st) => [st, policies.find((p) => p.kabupatenId === k.id && p.status === st)?._count._all ?? 0]),
      ) as Record<PolicyStatus, number>,
      fpkMeetings: countOf(fpk, k.id),
      members: members.find((m) => m.kabupatenId === k.id)?.members ?? 0,
    };
  });
}

/**
 * Recent activity up to the end of `now`'s day (UTC), cached at the data epoch
 * by scope and day. Anything recorded today changes the epoch, so it shows at
 * the next load.
 */
function recentActivity(user: CountingUser, now: Date) {
  const day = now.toISOString().slice(0, 10);
  const endOfDay = new Date(`${day}T23:59:59.999Z`);
  const rows = countsFromPublishedTable(user) ? "open" : "all";
  return cachedAggregate(`dashboard-province-recent|${scopeKey(user)}|${rows}|${day}`, () => computeRecentActivity(user, endOfDay));
}

/**
 * The last KLIK sessions (held by `now`) and policy status changes in scope,
 * newest first. A session's case count counts the cases the user may see as
 * rows (caseRowWhere): its total minus the open desks on the session page would
 * otherwise be its violence count.
 */
async function computeRecentActivity(user: CountingUser, now: Date) {
  const area = areaWhere(user);
  const [sessions, changes] = await Promise.all([
    db().klikSession.findMany({
      where: { AND: [area, { heldOn: { lte: now } }] },
      orderBy: [{ heldOn: "desc" }, { id: "desc" }],
      take: RECENT_LIMIT,
      select: {
        id: true,
        heldOn: true,
        desa: { select: { name: true } },
        kabupaten: { select: { name: true, kind: true } },
        _count: { select: { cases: { where: caseRowWhere({ ...user, canExportViolenceDetails: false }) } } },
      },
    }),
    db().policyStatusChange.findMany({
      where: { AND: [{ policy: area }, { changedAt: { lte: now } }] },
      orderBy: [{ changedAt: "desc" }, { id: "desc" }],
      take: RECENT_LIMIT,
      select: {
        id: true,
        changedAt: true,
        fromStatus: true,
        toStatus: true,
        policy: { select: { id: true, title: true, kabupaten: { select: { name: true, kind: true } } } },
      },
    }),
  ]);
  return {
    sessions: sessions.map((s) => ({
      id: s.id,
      heldOn: s.heldOn,
      desaName: s.desa.name,
      kabupatenName: kabupatenLabel(s.kabupaten),
      caseCount: s._count.cases,
    })),
    policyChanges: changes.map((c) => ({
      id: c.id,
      changedAt: c.changedAt,
      fromStatus: c.fromStatus,
      toStatus: c.toStatus,
      policyId: c.policy.id,
      title: c.policy.title,
      kabupatenName: kabupatenLabel(c.policy.kabupaten),
    })),
  };
}

/**
 * Everything the province dashboard shows at `now`, for a coordinator (her
 * province) or district staff (her kabupaten). National roles are refused.
 */
export async function provinceDashboard(user: CountingUser, now: Date = new Date()) {
  assertCan(user, "dashboard.province");
  const plan = await currentPlan(user, now);
  const window = breakdownWindow(plan, now);
  const [breakdown, recent] = await Promise.all([kabupatenBreakdown(user, window), recentActivity(user, now)]);
  // Users who may not open violence cases see the published cells of one calendar year (decision 0027).
  const violenceYear = countsFromPublishedTable(user) ? violenceYearOfWindow(window.to, now) : null;
  const published = violenceYear
    ? await publishedViolenceLine(
        violenceYear,
        "kabupaten",
        breakdown.map((k) => k.id),
      )
    : null;
  const kabupaten = published ? breakdown.map((k) => ({ ...k, klikCases: { ...k.klikCases, VIOLENCE: published.get(k.id)! } })) : breakdown;
  return {
    plan,
    due: plan ? dueThisMonth(plan, plan.targets, now) : [],
    window: { from: window.from, to: window.to, fromKey: monthKey(window.from), toKey: monthKey(window.to) },
    violenceYear,
    kabupaten,
    recent,
  };
}

export type ProvinceDashboard = Awaited<ReturnType<typeof provinceDashboard>>;

// ───────────────────────── Export (decision 0011) ─────────────────────────

/** The province dashboard's kabupaten breakdown (KLIK and FPK in the dashboard's window, as on the screen). */
export async function provinceBreakdownExport(user: CountingUser, now: Date = new Date()) {
  assertCan(user, "export.data");
  return (await provinceDashboard(user, now)).kabupaten;
}
