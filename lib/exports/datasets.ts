import "server-only";
// The registry of exportable lists and dashboard tables. Each dataset names the
// screen's filter schema (the same query string as the screen), its columns
// (headers from the `exports` catalogue) and a row source that pages through
// lib/data in batches (dashboard tables: lib/exports/dashboard-datasets.ts).
import type { CurrentUser } from "@/lib/data/session-user";
import { can } from "@/lib/authz/permissions";
import { kaderExportBatch } from "@/lib/data/kader";
import { klikSessionExportBatch } from "@/lib/data/klik";
import { klikCaseExportBatch, startKlikCaseExport } from "@/lib/data/klik-cases";
import { policyExportBatch } from "@/lib/data/policy";
import { serikatExportBatch } from "@/lib/data/serikat";
import { fpkExportBatch } from "@/lib/data/fpk";
import { guideExportBatch } from "@/lib/data/guides";
import { rktlTargetExportBatch, rktlTargetListExportBatch } from "@/lib/data/rktl/targets";
import { reportingCompletenessExport } from "@/lib/data/rktl/completeness";
import { trainingExportBatch } from "@/lib/data/training/list";
import { userExportBatch, userFilters } from "@/lib/data/users";
import { fpkFilters } from "@/lib/validation/fpk";
import { DASHBOARD_DATASETS } from "./dashboard-datasets";
import { kaderFilters } from "@/lib/validation/kader";
import { klikFilters } from "@/lib/validation/klik";
import { policyFilters } from "@/lib/validation/policy";
import { planFilters, targetFilters } from "@/lib/validation/rktl";
import { serikatFilters } from "@/lib/validation/serikat";
import { trainingFilters } from "@/lib/validation/training";
import { dataset, enumText, violenceCell, wholeTable, type Column, type Dataset } from "./dataset";

export { datasetColumns } from "./dataset";
export type { Column, Dataset, RowSource, Translate } from "./dataset";

type KaderRow = Awaited<ReturnType<typeof kaderExportBatch>>["rows"][number];
type PolicyRow = Awaited<ReturnType<typeof policyExportBatch>>["rows"][number];
type SessionRow = Awaited<ReturnType<typeof klikSessionExportBatch>>["rows"][number];
type CaseRow = Awaited<ReturnType<typeof klikCaseExportBatch>>["rows"][number];
type SerikatRow = Awaited<ReturnType<typeof serikatExportBatch>>["rows"][number];
type TrainingRow = Awaited<ReturnType<typeof trainingExportBatch>>["rows"][number];
type TargetRow = Awaited<ReturnType<typeof rktlTargetExportBatch>>["rows"][number];
type FpkRow = Awaited<ReturnType<typeof fpkExportBatch>>["rows"][number];
type GuideRow = Awaited<ReturnType<typeof guideExportBatch>>["rows"][number];
type UserRow = Awaited<ReturnType<typeof userExportBatch>>["rows"][number];
type CompletenessRow = Awaited<ReturnType<typeof reportingCompletenessExport>>[number];

const serikat = dataset<SerikatRow>({
  read: "serikat.read",
  columns: [
    { key: "id", value: (r) => r.id },
    { key: "serikatName", value: (r) => r.name },
    { key: "kabupaten", value: (r) => r.kabupatenName },
    { key: "province", value: (r) => r.provinceName },
    { key: "foundedYear", value: (r) => r.foundedYear },
    { key: "activeKader", value: (r) => r.kaderCount },
    { key: "status", value: (r, t) => t(r.active ? "common.active" : "common.inactive") },
    // The count that holds at the list's day (membersOn; none: the latest), and the day it was recorded.
    { key: "members", value: (r) => r.members?.memberCount ?? null },
    { key: "membersRecordedOn", value: (r) => r.members?.recordedOn ?? null },
  ],
  open: async (user, params) => {
    const f = serikatFilters.parse(params);
    return (after) => serikatExportBatch(user, f, after);
  },
});

const trainings = dataset<TrainingRow>({
  read: "training.read",
  columns: [
    { key: "id", value: (r) => r.id },
    { key: "trainingTitle", value: (r) => r.title },
    { key: "level", value: (r, t) => t(`training.level.${r.level}`) },
    { key: "startDate", value: (r) => r.startDate },
    { key: "endDate", value: (r) => r.endDate },
    { key: "place", value: (r) => r.place },
    { key: "province", value: (r) => r.provinceName },
    { key: "kabupaten", value: (r) => r.kabupatenName },
    { key: "parentTrainingId", value: (r) => r.parentTrainingId },
    { key: "participants", value: (r) => r.participants },
  ],
  open: async (user, params) => {
    const f = trainingFilters.parse(params);
    return (after) => trainingExportBatch(user, f, after);
  },
});

const TARGET_COLUMNS: Column<TargetRow>[] = [
  { key: "id", value: (r) => r.id },
  { key: "planId", value: (r) => r.planId },
  { key: "province", value: (r) => r.provinceName },
  { key: "trainingTitle", value: (r) => r.trainingTitle },
  { key: "windowStart", value: (r) => r.windowStart },
  { key: "planStatus", value: (r, t) => t(`rktl.status.${r.planStatus}`) },
  { key: "activity", value: (r) => r.activity },
  { key: "targetKind", value: (r, t) => t(`rktl.kind.${r.kind}`) },
  { key: "quantity", value: (r) => r.quantity },
  { key: "unit", value: (r) => r.unit },
  { key: "kabupaten", value: (r) => r.kabupatenName },
  { key: "responsible", value: (r) => r.responsible },
  { key: "plannedMonth", value: (r) => r.plannedMonth },
  { key: "achieved", value: (r) => r.achieved },
  { key: "percentRealised", value: (r) => r.percent },
];

/** Targets of the plans the RKTL list shows (its plan filters). */
const rktlTargets = dataset<TargetRow>({
  read: "rktl.read",
  columns: TARGET_COLUMNS,
  open: async (user, params) => {
    const f = planFilters.parse(params);
    return (after) => rktlTargetExportBatch(user, f, after);
  },
});

/** The target list (/rktl/target, where the dashboards' RKTL numbers lead) with its own filters. */
const rktlTargetList = dataset<TargetRow>({
  read: "rktl.read",
  columns: TARGET_COLUMNS,
  open: async (user, params) => {
    const f = targetFilters.parse(params);
    return (after) => rktlTargetListExportBatch(user, f, after);
  },
});

const kader = dataset<KaderRow>({
  read: "kader.read",
  columns: [
    { key: "id", value: (r) => r.id },
    { key: "fullName", value: (r) => r.fullName },
    { key: "position", value: (r, t) => enumText("enums.position")(r.position)(t) },
    { key: "serikat", value: (r) => r.serikatName },
    { key: "desa", value: (r) => r.desaName },
    { key: "kabupaten", value: (r) => r.kabupatenName },
    { key: "province", value: (r) => r.provinceName },
    { key: "status", value: (r, t) => t(r.active ? "common.active" : "common.inactive") },
  ],
  open: async (user, params) => {
    const f = kaderFilters.parse(params);
    return (after) => kaderExportBatch(user, f, after);
  },
});

const policies = dataset<PolicyRow>({
  read: "policy.read",
  columns: [
    { key: "id", value: (r) => r.id },
    { key: "title", value: (r) => r.title },
    { key: "level", value: (r, t) => enumText("policy.levels")(r.level)(t) },
    { key: "type", value: (r, t) => enumText("policy.types")(r.type)(t) },
    { key: "topic", value: (r, t) => enumText("policy.topics")(r.topic)(t) },
    { key: "status", value: (r, t) => enumText("policy.statuses")(r.status)(t) },
    { key: "number", value: (r) => r.number },
    { key: "enactedOn", value: (r) => r.enactedOn },
    { key: "budgetAmount", value: (r) => r.budgetAmount },
    { key: "desa", value: (r) => r.desaName },
    { key: "kabupaten", value: (r) => r.kabupatenName },
    { key: "province", value: (r) => r.provinceName },
    { key: "updatedAt", value: (r) => r.updatedAt },
  ],
  open: async (user, params) => {
    const f = policyFilters.parse(params);
    return (after) => policyExportBatch(user, f, after);
  },
});

const klikSessions = dataset<SessionRow>({
  read: "klik.read",
  columns: [
    { key: "id", value: (r) => r.id },
    { key: "heldOn", value: (r) => r.heldOn },
    { key: "desa", value: (r) => r.desaName },
    { key: "kabupaten", value: (r) => r.kabupatenName },
    { key: "province", value: (r) => r.provinceName },
    { key: "officers", value: (r) => r.officers },
    { key: "deskRegistration", value: (r) => r.counts.REGISTRATION },
    { key: "deskSocialProtection", value: (r) => r.counts.SOCIAL_PROTECTION },
    { key: "deskLegalIdentity", value: (r) => r.counts.LEGAL_IDENTITY },
    // "<5" stays text, exactly as the screen shows it; a complementary cell is hidden, a session not counted (in words).
    { key: "deskViolence", value: (r, t) => violenceCell(r.counts.VIOLENCE, t) },
  ],
  open: async (user, params) => {
    const f = klikFilters.parse(params);
    return (after) => klikSessionExportBatch(user, f, after);
  },
});

const klikCases = dataset<CaseRow>({
  read: "klik.read",
  columns: [
    { key: "id", value: (r) => r.id },
    { key: "sessionId", value: (r) => r.sessionId },
    { key: "heldOn", value: (r) => r.heldOn },
    { key: "desa", value: (r) => r.desaName },
    { key: "kabupaten", value: (r) => r.kabupatenName },
    { key: "province", value: (r) => r.provinceName },
    { key: "desk", value: (r, t) => t(`klik.deskName.${r.desk}`) },
    { key: "issueType", value: (r, t) => (r.issueType ? t(`klik.issueTypeName.${r.issueType}`) : null) },
    { key: "personName", value: (r) => r.personName },
    { key: "caseStatus", value: (r, t) => t(`klik.caseStatus.${r.status}`) },
    { key: "referralInstitution", value: (r) => r.referralInstitution },
    { key: "caseNote", value: (r) => r.note },
    { key: "complainantName", value: (r) => r.complainantName },
    { key: "complainantContact", value: (r) => r.complainantContact },
    { key: "narrative", value: (r) => r.narrative },
  ],
  open: async (user, params, format) => {
    const f = klikFilters.parse(params);
    const { withViolenceDetails } = await startKlikCaseExport(user, f, format);
    return (after) => klikCaseExportBatch(user, f, withViolenceDetails, after);
  },
});

const fpkMeetings = dataset<FpkRow>({
  read: "fpk.read",
  columns: [
    { key: "id", value: (r) => r.id },
    { key: "meetingDate", value: (r) => r.heldOn },
    { key: "kabupaten", value: (r) => r.kabupatenName },
    { key: "province", value: (r) => r.provinceName },
    { key: "agenda", value: (r) => r.agenda },
    { key: "institutions", value: (r) => r.institutions },
    { key: "people", value: (r) => r.people },
    { key: "budgetAmount", value: (r) => r.budgetAmount },
  ],
  open: async (user, params) => {
    const f = fpkFilters.parse(params);
    return (after) => fpkExportBatch(user, f, after);
  },
});

const guides = dataset<GuideRow>({
  read: "guide.read",
  columns: [
    { key: "id", value: (r) => r.id },
    { key: "guideTitle", value: (r) => r.title },
    { key: "guideTopic", value: (r, t) => t(`guides.topics.${r.topic}`) },
    { key: "versionCount", value: (r) => r.versionCount },
    { key: "latestVersion", value: (r) => r.latestVersion },
    { key: "latestPublishedOn", value: (r) => r.latestPublishedOn },
  ],
  // The guide list has no filters.
  open: async (user) => (after) => guideExportBatch(user, after),
});

const users = dataset<UserRow>({
  read: "user.manage",
  columns: [
    { key: "id", value: (r) => r.id },
    { key: "userName", value: (r) => r.name },
    { key: "email", value: (r) => r.email },
    { key: "role", value: (r, t) => t(`enums.role.${r.role}`) },
    { key: "scope", value: (r, t) => r.scopeLabel ?? t("common.national") },
    { key: "status", value: (r, t) => t(r.active ? "common.active" : "common.inactive") },
  ],
  open: async (user, params) => {
    const f = userFilters.parse(params);
    return (after) => userExportBatch(user, f, after);
  },
});

/** Reporting completeness: a row per province and month, as the table on /rktl/kelengkapan. */
const rktlCompleteness = dataset<CompletenessRow>({
  read: "dashboard.national",
  columns: [
    { key: "province", value: (r) => r.provinceName },
    { key: "reportMonth", value: (r) => r.month.toISOString().slice(0, 7) },
    { key: "reportState", value: (r, t) => t(`rktl.completeness.report.${r.report}`) },
    { key: "recordsNeeded", value: (r) => r.needed },
    { key: "recordsMade", value: (r) => r.recorded },
    { key: "recordsLate", value: (r) => r.late },
  ],
  open: async (user) => wholeTable(await reportingCompletenessExport(user)),
});

// The URL segment is the dataset's name: /ekspor/kader?format=csv&…
export const DATASETS = {
  fpk: fpkMeetings,
  panduan: guides,
  pengguna: users,
  ...DASHBOARD_DATASETS,
  kader,
  serikat,
  pelatihan: trainings,
  "rktl-target": rktlTargets,
  "rktl-target-list": rktlTargetList,
  "rktl-kelengkapan": rktlCompleteness,
  kebijakan: policies,
  "klik-sesi": klikSessions,
  "klik-kasus": klikCases,
} as const;

export type DatasetName = keyof typeof DATASETS;

/** The dataset by URL name if the user may export it; null otherwise (→ 404). */
export function datasetFor(user: CurrentUser, name: string): Dataset<unknown> | null {
  if (!Object.hasOwn(DATASETS, name)) return null;
  const d = DATASETS[name as DatasetName] as unknown as Dataset<unknown>;
  return can(user, "export.data") && can(user, d.read) ? d : null;
}
