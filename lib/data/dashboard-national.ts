import "server-only";
// The national dashboard: the 20 provinces side by side, and one province's
// kabupaten. Every measure is aggregated in the database, one grouped query
// per family of measures, so a page issues the same fixed set of queries
// (areas + 8 aggregates) however many records there are. Each measure uses
// exactly the filters of the list page its number links to
// (docs/decisions/0010-national-dashboard.md).
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaSql, areaWhere, kabupatenWhere, provinceWhere, type ScopedUser } from "@/lib/authz/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { KlikDesk, PolicyStatus } from "@/lib/generated/prisma/enums";
import { ALL_MEASURES, periodRange, protectViolence, type Measure, type Period } from "@/lib/domain/dashboard";
import { casesHeldIn, enactedIn, KADER_REACHED_SQL, kaderTrainedSql, retrainingSql, sessionsHeldIn } from "@/lib/measures/activity";
import {
  percentRealised,
  RKTL_TARGET_FROM,
  TARGET_COUNTED,
  targetMeasureColumns,
  targetPlannedIn,
  type TargetMeasureRow,
} from "@/lib/measures/rktl-targets";
import { calendarYearOf, type PublishedCount } from "@/lib/domain/violence-publication";
import { MEMBERS_COLUMNS, membersDayOf, membersFromSql } from "@/lib/measures/membership";
import { kabupatenLabel } from "./geo";
import { cachedAggregate, scopeKey } from "./cache";
import { countsFromPublishedTable, publishedViolenceLine, type CountingUser } from "./violence-counts";

export type DashboardRow = {
  id: number;
  name: string;
  code: string;
  values: Record<Exclude<Measure, "casesViolence">, number>;
  /**
   * The violence desk: protected as a line (decision 0021) for users who may
   * open the cases; for everyone else the published yearly cell, or null when
   * the period is not a calendar year (decision 0027).
   */
  casesViolence: PublishedCount;
};

const DESK_MEASURE: Record<KlikDesk, Measure> = {
  REGISTRATION: "casesRegistration",
  SOCIAL_PROTECTION: "casesSocialProtection",
  LEGAL_IDENTITY: "casesLegalIdentity",
  VIOLENCE: "casesViolence",
};

const STATUS_MEASURE: Record<PolicyStatus, Measure> = {
  IDENTIFIED: "policyIdentified",
  ADVOCACY: "policyAdvocacy",
  DRAFTING: "policyDrafting",
  DELIBERATION: "policyDeliberation",
  ENACTED: "policyEnacted",
  DROPPED: "policyDropped",
};

/** Which areas the rows are: the provinces, or one province's kabupaten. */
type Level = { kind: "national" } | { kind: "province"; provinceId: number };

/** SQL condition on a table with province_id/kabupaten_id: the user's scope (lib/authz/scope.ts) and the level. */
// Aliases and columns are SQL fragments written as literals (Prisma.sql`t`), never
// strings turned into SQL (tests/unit/no-sql-strings.test.ts).
function levelAreaSql(user: ScopedUser, level: Level, a: Prisma.Sql, kabupatenAlias = a): Prisma.Sql {
  const scope = areaSql(user, a, kabupatenAlias);
  return level.kind === "province" ? Prisma.sql`${scope} AND ${a}.province_id = ${level.provinceId}` : scope;
}

function dateSql(c: Prisma.Sql, period: Period): Prisma.Sql {
  const r = periodRange(period);
  const parts: Prisma.Sql[] = [];
  if (r.gte) parts.push(Prisma.sql`${c} >= ${r.gte}`);
  if (r.lt) parts.push(Prisma.sql`${c} < ${r.lt}`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/** The column rows are grouped by. */
function keyColumn(level: Level, alias: Prisma.Sql): Prisma.Sql {
  return level.kind === "national" ? Prisma.sql`${alias}.province_id` : Prisma.sql`${alias}.kabupaten_id`;
}

function emptyValues(): Record<Measure, number> {
  return Object.fromEntries(ALL_MEASURES.map((m) => [m, 0])) as Record<Measure, number>;
}

/**
 * All measures per area, cached at the data epoch (lib/data/cache.ts). The
 * key holds all they depend on: scope, level, period and the month of `now`
 * (RKTL targets fall due by month).
 */
function measures(user: ScopedUser, level: Level, period: Period, now: Date): Promise<Map<number, Record<Measure, number>>> {
  const levelKey = level.kind === "national" ? "national" : `province:${level.provinceId}`;
  const key = `dashboard-national|${scopeKey(user)}|${levelKey}|${period.from ?? ""}..${period.to ?? ""}|${now.toISOString().slice(0, 7)}`;
  return cachedAggregate(key, () => computeMeasures(user, level, period, now));
}

/** Serikat members per area at the period's last day (lib/measures/membership.ts: every serikat, its count then). */
function membersByArea(user: ScopedUser, level: Level, period: Period) {
  return db().$queryRaw<{ key: number; members: number }[]>`
    SELECT ${keyColumn(level, Prisma.sql`s`)} AS key, ${MEMBERS_COLUMNS} ${membersFromSql(membersDayOf(period))}
    WHERE ${levelAreaSql(user, level, Prisma.sql`s`)}
    GROUP BY 1`;
}

/**
 * All measures per area. Eight aggregate queries, run together; none is
 * repeated per area or per record.
 */
async function computeMeasures(user: ScopedUser, level: Level, period: Period, now: Date): Promise<Map<number, Record<Measure, number>>> {
  const inPeriod = periodRange(period);
  const areaPrisma = level.kind === "province" ? { AND: [areaWhere(user), { provinceId: level.provinceId }] } : areaWhere(user);
  const by = level.kind === "national" ? ("provinceId" as const) : ("kabupatenId" as const);
  const [trainings, kader, rktl, sessions, cases, policies, enacted, members] = await Promise.all([
    // Trainings held in the area (provincial and local; national ones belong to no province).
    db().$queryRaw<{ key: number | null; trainings: bigint; retrainings: bigint }[]>`
      SELECT ${keyColumn(level, Prisma.sql`t`)} AS key, count(*) AS trainings,
             count(*) FILTER (WHERE ${retrainingSql(Prisma.sql`t`)}) AS retrainings
      FROM training t
      WHERE t.province_id IS NOT NULL AND ${levelAreaSql(user, level, Prisma.sql`t`)} AND ${dateSql(Prisma.sql`t.start_date`, period)}
      GROUP BY 1`,
    // Distinct kader of the area trained in a leadership / implementation class, or reached by a re-training (lib/measures).
    db().$queryRaw<{ key: number; leadership: bigint; implementation: bigint; reached: bigint }[]>`
      SELECT ${keyColumn(level, Prisma.sql`k`)} AS key,
             count(DISTINCT k.id) FILTER (WHERE ${kaderTrainedSql("LEADERSHIP_TOT")}) AS leadership,
             count(DISTINCT k.id) FILTER (WHERE ${kaderTrainedSql("IMPLEMENTATION")}) AS implementation,
             count(DISTINCT k.id) FILTER (WHERE ${KADER_REACHED_SQL}) AS reached
      FROM participation p
      JOIN training_class tc ON tc.id = p.class_id
      JOIN training t ON t.id = tc.training_id
      JOIN kader k ON k.id = p.kader_id
      WHERE ${levelAreaSql(user, level, Prisma.sql`k`)} AND ${dateSql(Prisma.sql`t.start_date`, period)}
      GROUP BY 1`,
    // RKTL targets planned in the period: set, met, behind and % realised, by the target list's own fragments.
    db().$queryRaw<({ key: number } & TargetMeasureRow)[]>`
      SELECT ${level.kind === "national" ? Prisma.sql`pl.province_id` : Prisma.sql`rt.kabupaten_id`} AS key, ${targetMeasureColumns(now)}
      ${RKTL_TARGET_FROM}
      WHERE ${TARGET_COUNTED} AND ${levelAreaSql(user, level, Prisma.sql`pl`, Prisma.sql`rt`)} AND ${targetPlannedIn(inPeriod)}
      GROUP BY 1`,
    db().klikSession.groupBy({
      by: [by],
      where: { AND: [areaPrisma, sessionsHeldIn(inPeriod)] },
      _count: { _all: true },
    }),
    db().klikCase.groupBy({
      by: [by, "desk"],
      where: { AND: [areaPrisma, casesHeldIn(inPeriod)] },
      _count: { _all: true },
    }),
    // Policies by their status now (a state, not an event: the period does not apply).
    db().policyTarget.groupBy({ by: [by, "status"], where: areaPrisma, _count: { _all: true } }),
    // Enacted within the period.
    db().policyTarget.groupBy({
      by: [by],
      where: { AND: [areaPrisma, enactedIn(inPeriod)] },
      _count: { _all: true },
    }),
    membersByArea(user, level, period),
  ]);

  const out = new Map<number, Record<Measure, number>>();
  const row = (key: number) => {
    let r = out.get(key);
    if (!r) out.set(key, (r = emptyValues()));
    return r;
  };
  for (const t of trainings) {
    if (t.key === null) continue; // a provincial training counts for its province, not for a kabupaten
    row(t.key).trainings += Number(t.trainings);
    row(t.key).retrainings += Number(t.retrainings);
  }
  for (const k of kader) {
    row(k.key).kaderLeadership += Number(k.leadership);
    row(k.key).kaderImplementation += Number(k.implementation);
    row(k.key).reached += Number(k.reached);
  }
  for (const g of rktl) {
    const r = row(g.key);
    r.rktlSet = g.targets;
    r.rktlMet = g.met;
    r.rktlBehind = g.behind;
    r.rktlPercent = percentRealised(g);
  }
  for (const s of sessions) row(s[by]).klikSessions += s._count._all;
  for (const c of cases) row(c[by])[DESK_MEASURE[c.desk]] += c._count._all;
  for (const p of policies) row(p[by])[STATUS_MEASURE[p.status]] += p._count._all;
  for (const e of enacted) row(e[by]).enactedInPeriod += e._count._all;
  for (const m of members) row(m.key).members += m.members;
  return out;
}

async function toRows(
  user: CountingUser,
  period: Period,
  level: "province" | "kabupaten",
  areas: { id: number; name: string; code: string }[],
  values: Map<number, Record<Measure, number>>,
): Promise<DashboardRow[]> {
  const all = areas.map((a) => values.get(a.id) ?? emptyValues());
  const published = countsFromPublishedTable(user)
    ? await publishedViolenceLine(
        calendarYearOf(period),
        level,
        areas.map((a) => a.id),
      )
    : null;
  const violence: PublishedCount[] = published ? areas.map((a) => published.get(a.id)!) : protectViolence(all.map((v) => v.casesViolence));
  return areas.map((a, i) => {
    const { casesViolence: _sealed, ...rest } = all[i]!;
    return { ...a, values: rest, casesViolence: violence[i]! };
  });
}

/** The provinces side by side (national roles). */
export async function nationalDashboard(user: CountingUser, period: Period, now: Date = new Date()) {
  assertCan(user, "dashboard.national");
  const level: Level = { kind: "national" };
  const [provinces, values] = await Promise.all([
    cachedAggregate(`provinces|${scopeKey(user)}`, () =>
      db().province.findMany({ where: provinceWhere(user), orderBy: { code: "asc" }, select: { id: true, name: true, code: true } }),
    ),
    measures(user, level, period, now),
  ]);
  return { rows: await toRows(user, period, "province", provinces, values), violenceByYear: countsFromPublishedTable(user) };
}

/** One province's kabupaten side by side; null when the province is unknown or outside scope. */
export async function provinceDashboard(user: CountingUser, provinceId: number, period: Period, now: Date = new Date()) {
  assertCan(user, "dashboard.national");
  const level: Level = { kind: "province", provinceId };
  const [[province, kabupaten], values] = await Promise.all([
    cachedAggregate(`province-areas|${scopeKey(user)}|${provinceId}`, () =>
      Promise.all([
        db().province.findFirst({
          where: { AND: [provinceWhere(user), { id: provinceId }] },
          select: { id: true, name: true, code: true },
        }),
        db().kabupaten.findMany({
          where: { AND: [kabupatenWhere(user), { provinceId }] },
          orderBy: { code: "asc" },
          select: { id: true, name: true, kind: true, code: true },
        }),
      ]),
    ),
    measures(user, level, period, now),
  ]);
  if (!province) return null;
  return {
    province,
    violenceByYear: countsFromPublishedTable(user),
    rows: await toRows(
      user,
      period,
      "kabupaten",
      kabupaten.map((k) => ({ id: k.id, code: k.code, name: kabupatenLabel(k) })),
      values,
    ),
  };
}

/** The periods the filter offers: the RKTL windows present in the data and the years with records. */
export async function dashboardPeriods(user: ScopedUser) {
  assertCan(user, "dashboard.national");
  const [windows, first] = await cachedAggregate(`dashboard-periods|${scopeKey(user)}`, () =>
    Promise.all([
      db().rktlPlan.groupBy({ by: ["windowStart"], where: areaWhere(user), orderBy: { windowStart: "desc" } }),
      db().training.findFirst({ orderBy: { startDate: "asc" }, select: { startDate: true } }),
    ]),
  );
  const firstYear = Math.min(first?.startDate.getUTCFullYear() ?? new Date().getUTCFullYear(), 2016);
  const years: number[] = [];
  for (let y = new Date().getUTCFullYear(); y >= firstYear; y--) years.push(y);
  return { windows: windows.map((w) => w.windowStart.toISOString().slice(0, 7)), years };
}

// ───────────────────────── Export (decision 0011) ─────────────────────────

/** The national dashboard's province table. */
export async function nationalTableExport(user: CountingUser, period: Period) {
  assertCan(user, "export.data");
  return (await nationalDashboard(user, period)).rows;
}

/** One province's kabupaten table of the national dashboard; null when the province is unknown or outside scope. */
export async function nationalProvinceTableExport(user: CountingUser, provinceId: number, period: Period) {
  assertCan(user, "export.data");
  return (await provinceDashboard(user, provinceId, period))?.rows ?? null;
}
