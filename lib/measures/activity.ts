// Activity counts, each defined once: re-trainings, kader trained and reached,
// KLIK sessions and cases held, JKN enrolments, FPK meetings held, policies
// enacted. Lists, dashboards, exports, the program report and the RKTL
// realisation suggestions take their criterion from here. A measure some
// consumers read through Prisma and others in raw SQL has both forms side by
// side below, and tests/integration/measures.test.ts checks that every
// dashboard number equals its list, its export and the report (decision 0022).
import { Prisma } from "@/lib/generated/prisma/client";
import type { TrainingClassKind } from "@/lib/generated/prisma/enums";
import { WRITTEN_TYPES } from "@/lib/domain/policy-dashboard";

/** A half-open range of days; no bound = open. */
export type DayRange = { gte?: Date; lt?: Date };

function bounded(range: DayRange | undefined): range is DayRange {
  return Boolean(range && (range.gte || range.lt));
}

// ───────────────────────── Trainings and kader ─────────────────────────

/** A re-training: a training held under another (the cascade). */
export const RETRAINING = { parentTrainingId: { not: null } } as const satisfies Prisma.TrainingWhereInput;

export function retrainingSql(t: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${t}.parent_training_id IS NOT NULL`;
}

function startingIn(range: DayRange | undefined): Prisma.TrainingWhereInput {
  return bounded(range) ? { startDate: range } : {};
}

/**
 * Trained in a class kind: took part as a participant (a facilitator teaches
 * the class) and completed it, in a training starting in the range.
 */
export function kaderTrainedIn(kind: TrainingClassKind, range: DayRange | undefined): Prisma.KaderWhereInput {
  return { participations: { some: { role: "PARTICIPANT", completed: true, class: { kind, training: startingIn(range) } } } };
}

/** Reached by the cascade: a participant in a re-training starting in the range. */
export function kaderReachedIn(range: DayRange | undefined): Prisma.KaderWhereInput {
  return { participations: { some: { role: "PARTICIPANT", class: { training: { ...RETRAINING, ...startingIn(range) } } } } };
}

/** Active kader (the kader list's default "active" filter asks the same). */
export const ACTIVE_KADER = { active: true } as const satisfies Prisma.KaderWhereInput;

/** The same two criteria in SQL over participation p, training_class tc, training t. */
export function kaderTrainedSql(kind: TrainingClassKind): Prisma.Sql {
  return Prisma.sql`(p.role = 'PARTICIPANT' AND p.completed AND tc.kind = ${kind}::"TrainingClassKind")`;
}
export const KADER_REACHED_SQL = Prisma.sql`(p.role = 'PARTICIPANT' AND ${retrainingSql(Prisma.sql`t`)})`;

// ───────────────────────── KLIK PEKKA and FPK ─────────────────────────

/** KLIK sessions held in the range. */
export function sessionsHeldIn(range: DayRange | undefined): Prisma.KlikSessionWhereInput {
  return bounded(range) ? { heldOn: range } : {};
}

/** KLIK cases taken at a session held in the range (a case has no date of its own). */
export function casesHeldIn(range: DayRange | undefined): Prisma.KlikCaseWhereInput {
  return bounded(range) ? { session: { heldOn: range } } : {};
}

/** A JKN enrolment: a social-protection case of that issue type. */
export const JKN_ENROLMENT = { desk: "SOCIAL_PROTECTION", issueType: "JKN_ENROLMENT" } as const satisfies Prisma.KlikCaseWhereInput;

export function jknEnrolmentSql(c: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${c}.desk = 'SOCIAL_PROTECTION' AND ${c}.issue_type = 'JKN_ENROLMENT'`;
}

/** FPK forum meetings held in the range. */
export function fpkHeldIn(range: DayRange | undefined): Prisma.FpkMeetingWhereInput {
  return bounded(range) ? { heldOn: range } : {};
}

// ───────────────────────── Policies ─────────────────────────

/** Enacted in the range, with its written evidence (a CHECK guarantees it; said again so no count relies on it). */
export function enactedIn(range: DayRange | undefined): Prisma.PolicyTargetWhereInput {
  return { status: "ENACTED", evidenceFileId: { not: null }, ...(bounded(range) ? { enactedOn: range } : {}) };
}

/** A written regulation (Perdes, Perda, Perbup/Perwali) enacted in the range. */
export function writtenEnactedIn(range: DayRange | undefined): Prisma.PolicyTargetWhereInput {
  return { AND: [enactedIn(range), { type: { in: [...WRITTEN_TYPES] } }] };
}

/** What counts toward the director's target: written regulations enacted in a program kabupaten in the range. */
export function towardWrittenTarget(range: DayRange | undefined): Prisma.PolicyTargetWhereInput {
  return { AND: [writtenEnactedIn(range), { kabupaten: { isProgramArea: true } }] };
}

/** Written types, and written enacted regulations, in SQL over policy_target p. */
export const WRITTEN_TYPE_SQL = Prisma.sql`p.type IN (${Prisma.join(WRITTEN_TYPES.map((t) => Prisma.sql`${t}::"PolicyType"`))})`;
export const WRITTEN_ENACTED_SQL = Prisma.sql`p.status = 'ENACTED' AND p.evidence_file_id IS NOT NULL AND ${WRITTEN_TYPE_SQL}`;
