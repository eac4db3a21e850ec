// Row builders and factories shared by the demo seed (prisma/seed.ts) and the
// tests. Builders are pure: they return `createMany` inputs and enforce the
// same invariants as the migration's CHECK constraints, so the seed and the
// tests share one definition of a valid row. Factories (make*) insert one
// realistic chain of rows and return it; names and codes are unique within a
// database so tests can call them repeatedly between resets.
import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { isIssueTypeOf } from "@/lib/domain/klik-issue-types";
import type {
  Desa,
  Kabupaten,
  KaderPosition,
  Kecamatan,
  KlikCaseStatus,
  KlikDesk,
  PolicyLevel,
  PolicyStatus,
  PolicyTopic,
  PolicyType,
  Prisma,
  PrismaClient,
  Province,
  Role,
  TrainingClassKind,
  TrainingLevel,
} from "@/lib/generated/prisma/client";
import { FAMILY_OR_SECOND_NAMES, WOMEN_GIVEN_NAMES } from "./seed-data/wilayah";

/** The client or an interactive-transaction client. */
export type Db = PrismaClient | Prisma.TransactionClient;

// ───────────────────────── Deterministic randomness ─────────────────────────

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from a label (FNV-1a), so each part of the seed has its own stream. */
export function seedFromLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number | string) {
    this.next = mulberry32(typeof seed === "string" ? seedFromLabel(seed) : seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Rng.pick: empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** Picks by weight from [item, weight] pairs. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of pairs) {
      r -= w;
      if (r < 0) return item;
    }
    return pairs[pairs.length - 1]![0];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, Math.min(n, items.length)));
  }
}

// ───────────────────────── Dates ─────────────────────────

/** A UTC date from "YYYY-MM-DD" (for @db.Date columns) or "YYYY-MM-DDTHH:mm". */
export function day(iso: string): Date {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso.endsWith("Z") ? iso : `${iso}Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`bad date: ${iso}`);
  return d;
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** The first day of the month `n` months after `d`'s month (UTC). */
export function addMonths(d: Date, n: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
}

export function firstOfMonth(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

export function isFirstOfMonth(d: Date): boolean {
  return (
    d.getUTCDate() === 1 && d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0
  );
}

/** A timestamp on day `d` at hh:mm UTC. */
export function at(d: Date, hours: number, minutes = 0): Date {
  return new Date(d.getTime() + (hours * 60 + minutes) * 60_000);
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** An RKTL window: first day of the first month and first day of the sixth month. */
export function rktlWindow(firstMonth: Date): { windowStart: Date; windowEnd: Date } {
  if (!isFirstOfMonth(firstMonth)) throw new Error("RKTL window must start on the first day of a month");
  return { windowStart: firstMonth, windowEnd: addMonths(firstMonth, 5) };
}

/** The six months of a window, as first days. */
export function windowMonths(windowStart: Date): Date[] {
  return Array.from({ length: 6 }, (_, i) => addMonths(windowStart, i));
}

function stamps(createdAt?: Date, updatedAt?: Date): { createdAt?: Date; updatedAt?: Date } {
  if (!createdAt) return {};
  return { createdAt, updatedAt: updatedAt ?? createdAt };
}

// ───────────────────────── Files ─────────────────────────

function pdfText(s: string): string {
  // Helvetica/WinAnsi, ASCII only: drop anything else, escape the string delimiters.
  return s
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/([\\()])/g, "\\$1");
}

/**
 * A minimal valid single-page PDF (A4) showing `lines` of text. Byte offsets
 * in the cross-reference table are computed, so readers open it without repair.
 */
export function minimalPdf(lines: readonly string[]): Buffer {
  const content = [
    "BT",
    "/F1 12 Tf",
    "16 TL",
    "56 780 Td",
    ...lines.flatMap((l, i) => (i === 0 ? [`(${pdfText(l)}) Tj`] : ["T*", `(${pdfText(l)}) Tj`])),
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

export function sha256Hex(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

export function buildStoredFile(o: {
  id?: number;
  originalName: string;
  data: Uint8Array;
  mimeType?: string;
  uploadedById?: number | null;
  createdAt?: Date;
}): Prisma.StoredFileCreateManyInput {
  if (o.data.byteLength === 0) throw new Error("stored file must not be empty");
  return {
    ...(o.id !== undefined ? { id: o.id } : {}),
    originalName: o.originalName,
    mimeType: o.mimeType ?? "application/pdf",
    sizeBytes: o.data.byteLength,
    sha256: sha256Hex(o.data),
    data: new Uint8Array(o.data),
    uploadedById: o.uploadedById ?? null,
    ...(o.createdAt ? { createdAt: o.createdAt } : {}),
  };
}

// ───────────────────────── Row builders ─────────────────────────

export function buildProvince(o: { id?: number; code: string; name: string; slug: string }): Prisma.ProvinceCreateManyInput {
  if (o.code.length !== 2) throw new Error(`province code must have 2 characters: ${o.code}`);
  return { ...(o.id !== undefined ? { id: o.id } : {}), code: o.code, name: o.name, slug: o.slug };
}

export function buildKabupaten(o: {
  id?: number;
  provinceId: number;
  code: string;
  name: string;
  kind: "KABUPATEN" | "KOTA";
  isProgramArea?: boolean;
}): Prisma.KabupatenCreateManyInput {
  if (o.code.length !== 4) throw new Error(`kabupaten code must have 4 characters: ${o.code}`);
  return {
    ...(o.id !== undefined ? { id: o.id } : {}),
    provinceId: o.provinceId,
    code: o.code,
    name: o.name,
    kind: o.kind,
    isProgramArea: o.isProgramArea ?? false,
  };
}

export function buildKecamatan(o: { id?: number; kabupatenId: number; name: string; code?: string }): Prisma.KecamatanCreateManyInput {
  return { ...(o.id !== undefined ? { id: o.id } : {}), kabupatenId: o.kabupatenId, name: o.name, ...(o.code ? { code: o.code } : {}) };
}

export function buildDesa(o: {
  id?: number;
  kecamatanId: number;
  name: string;
  kind?: "DESA" | "KELURAHAN";
  code?: string;
}): Prisma.DesaCreateManyInput {
  return {
    ...(o.id !== undefined ? { id: o.id } : {}),
    kecamatanId: o.kecamatanId,
    name: o.name,
    kind: o.kind ?? "DESA",
    ...(o.code ? { code: o.code } : {}),
  };
}

/** "Serikat Pekka Lombok Timur"; cities get "Kota": "Serikat Pekka Kota Padang". */
export function serikatName(kab: { name: string; kind: "KABUPATEN" | "KOTA" }): string {
  return `Serikat Pekka ${kab.kind === "KOTA" ? `Kota ${kab.name}` : kab.name}`;
}

export function buildSerikat(o: {
  id?: number;
  kabupaten: { id: number; provinceId: number };
  name: string;
  foundedYear?: number | null;
  active?: boolean;
  createdAt?: Date;
}): Prisma.SerikatCreateManyInput {
  if (o.foundedYear != null && (o.foundedYear < 1990 || o.foundedYear > 2100)) throw new Error("foundedYear out of range");
  return {
    ...(o.id !== undefined ? { id: o.id } : {}),
    provinceId: o.kabupaten.provinceId,
    kabupatenId: o.kabupaten.id,
    name: o.name,
    foundedYear: o.foundedYear ?? null,
    active: o.active ?? true,
    ...stamps(o.createdAt),
  };
}

/** A kader row; kabupaten and province are copied from the serikat. */
export function buildKader(o: {
  id?: number;
  serikat: { id: number; kabupatenId: number; provinceId: number };
  desaId: number;
  fullName: string;
  position?: KaderPosition;
  phone?: string | null;
  birthYear?: number | null;
  joinedYear?: number | null;
  active?: boolean;
  createdAt?: Date;
}): Prisma.KaderCreateManyInput {
  if (o.birthYear != null && (o.birthYear < 1920 || o.birthYear > 2015)) throw new Error("birthYear out of range");
  if (o.joinedYear != null && (o.joinedYear < 1990 || o.joinedYear > 2100)) throw new Error("joinedYear out of range");
  return {
    ...(o.id !== undefined ? { id: o.id } : {}),
    fullName: o.fullName,
    position: o.position ?? "KADER",
    phone: o.phone ?? null,
    birthYear: o.birthYear ?? null,
    joinedYear: o.joinedYear ?? null,
    serikatId: o.serikat.id,
    desaId: o.desaId,
    kabupatenId: o.serikat.kabupatenId,
    provinceId: o.serikat.provinceId,
    active: o.active ?? true,
    ...stamps(o.createdAt),
  };
}

/** Mirrors app_user_scope_check. */
export function assertUserScope(role: Role, provinceId: number | null, kabupatenId: number | null): void {
  const ok =
    role === "PROVINCE_COORDINATOR"
      ? provinceId != null && kabupatenId == null
      : role === "DISTRICT_STAFF"
        ? provinceId != null && kabupatenId != null
        : provinceId == null && kabupatenId == null;
  if (!ok) throw new Error(`invalid scope for ${role}: province ${provinceId}, kabupaten ${kabupatenId}`);
}

export function buildUser(o: {
  id?: number;
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
  provinceId?: number | null;
  kabupatenId?: number | null;
  active?: boolean;
  canViewViolenceDetails?: boolean;
  canExportViolenceDetails?: boolean;
  locale?: "id" | "en";
  createdAt?: Date;
}): Prisma.UserCreateManyInput {
  const provinceId = o.provinceId ?? null;
  const kabupatenId = o.kabupatenId ?? null;
  assertUserScope(o.role, provinceId, kabupatenId);
  return {
    ...(o.id !== undefined ? { id: o.id } : {}),
    email: o.email.trim().toLowerCase(),
    name: o.name,
    passwordHash: o.passwordHash,
    role: o.role,
    provinceId,
    kabupatenId,
    active: o.active ?? true,
    canViewViolenceDetails: o.canViewViolenceDetails ?? false,
    canExportViolenceDetails: o.canExportViolenceDetails ?? false,
    locale: o.locale ?? "id",
    ...stamps(o.createdAt),
  };
}

export function buildTraining(o: {
  id?: number;
  level: TrainingLevel;
  title: string;
  theme: string;
  objectives: string | readonly string[];
  startDate: Date;
  endDate: Date;
  place: string;
  organiser: string;
  provinceId?: number | null;
  kabupatenId?: number | null;
  parentTrainingId?: number | null;
  createdAt?: Date;
}): Prisma.TrainingCreateManyInput {
  const provinceId = o.provinceId ?? null;
  const kabupatenId = o.kabupatenId ?? null;
  if (o.endDate < o.startDate) throw new Error("training ends before it starts");
  if (o.level === "NATIONAL" && (provinceId != null || kabupatenId != null)) throw new Error("national trainings have no province");
  if (o.level === "PROVINCIAL" && provinceId == null) throw new Error("provincial trainings need a province");
  if (o.level === "LOCAL" && (provinceId == null || kabupatenId == null)) throw new Error("local trainings need a kabupaten");
  return {
    ...(o.id !== undefined ? { id: o.id } : {}),
    level: o.level,
    title: o.title,
    theme: o.theme,
    objectives: typeof o.objectives === "string" ? o.objectives : o.objectives.map((t, i) => `${i + 1}. ${t}`).join("\n"),
    startDate: o.startDate,
    endDate: o.endDate,
    place: o.place,
    organiser: o.organiser,
    provinceId,
    kabupatenId,
    parentTrainingId: o.parentTrainingId ?? null,
    ...stamps(o.createdAt),
  };
}

/** The training's days, first to last. */
export function trainingDays(startDate: Date, endDate: Date): Date[] {
  const days: Date[] = [];
  for (let d = startDate; d <= endDate; d = addDays(d, 1)) days.push(d);
  return days;
}

export function buildRktlPlan(o: {
  id?: number;
  provinceId: number;
  trainingId: number;
  windowStart: Date;
  status?: "DRAFT" | "SUBMITTED" | "APPROVED" | "CLOSED";
  reviewComment?: string | null;
  submittedAt?: Date | null;
  approvedAt?: Date | null;
  approvedById?: number | null;
  createdAt?: Date;
  updatedAt?: Date;
}): Prisma.RktlPlanCreateManyInput {
  const { windowStart, windowEnd } = rktlWindow(o.windowStart);
  return {
    ...(o.id !== undefined ? { id: o.id } : {}),
    provinceId: o.provinceId,
    trainingId: o.trainingId,
    windowStart,
    windowEnd,
    status: o.status ?? "DRAFT",
    reviewComment: o.reviewComment ?? null,
    submittedAt: o.submittedAt ?? null,
    approvedAt: o.approvedAt ?? null,
    approvedById: o.approvedById ?? null,
    ...stamps(o.createdAt, o.updatedAt),
  };
}

export function buildRktlTarget(o: {
  id?: number;
  planId: number;
  activity: string;
  kind: Prisma.RktlTargetCreateManyInput["kind"];
  quantity: number;
  unit: string;
  kabupatenId: number;
  responsible: string;
  plannedMonth: Date;
  createdAt?: Date;
}): Prisma.RktlTargetCreateManyInput {
  if (!(o.quantity > 0)) throw new Error("RKTL quantity must be positive");
  if (!isFirstOfMonth(o.plannedMonth)) throw new Error("plannedMonth must be the first day of a month");
  return {
    ...(o.id !== undefined ? { id: o.id } : {}),
    planId: o.planId,
    activity: o.activity,
    kind: o.kind,
    quantity: o.quantity,
    unit: o.unit,
    kabupatenId: o.kabupatenId,
    responsible: o.responsible,
    plannedMonth: o.plannedMonth,
    ...stamps(o.createdAt),
  };
}

export function buildRktlRealisation(o: {
  id?: number;
  targetId: number;
  month: Date;
  achieved: number;
  note?: string | null;
  behindReason?: string | null;
  recordedById?: number | null;
  createdAt?: Date;
}): Prisma.RktlRealisationCreateManyInput {
  if (o.achieved < 0) throw new Error("achieved must not be negative");
  if (!isFirstOfMonth(o.month)) throw new Error("realisation month must be the first day of a month");
  return {
    ...(o.id !== undefined ? { id: o.id } : {}),
    targetId: o.targetId,
    month: o.month,
    achieved: o.achieved,
    note: o.note ?? null,
    behindReason: o.behindReason ?? null,
    recordedById: o.recordedById ?? null,
    ...stamps(o.createdAt),
  };
}

export function buildKlikSession(o: {
  id?: number;
  desaId: number;
  kabupaten: { id: number; provinceId: number };
  heldOn: Date;
  officers: string;
  notes?: string | null;
  createdById?: number | null;
  createdAt?: Date;
}): Prisma.KlikSessionCreateManyInput {
  return {
    ...(o.id !== undefined ? { id: o.id } : {}),
    desaId: o.desaId,
    kabupatenId: o.kabupaten.id,
    provinceId: o.kabupaten.provinceId,
    heldOn: o.heldOn,
    officers: o.officers,
    notes: o.notes ?? null,
    createdById: o.createdById ?? null,
    ...stamps(o.createdAt),
  };
}

/**
 * A KLIK case. The issue type must belong to the desk; a VIOLENCE case never
 * carries the person's name (it lives in violence_case_detail).
 */
export function buildKlikCase(o: {
  id?: number;
  session: { id: number; kabupatenId: number; provinceId: number };
  desk: KlikDesk;
  issueType: string;
  personName?: string | null;
  status?: KlikCaseStatus;
  referralInstitution?: string | null;
  createdAt?: Date;
  updatedAt?: Date;
}): Prisma.KlikCaseCreateManyInput {
  if (!isIssueTypeOf(o.desk, o.issueType)) throw new Error(`issue type ${o.issueType} does not belong to desk ${o.desk}`);
  if (o.desk === "VIOLENCE" && o.personName != null) throw new Error("violence cases keep the name in the sealed detail only");
  return {
    ...(o.id !== undefined ? { id: o.id } : {}),
    sessionId: o.session.id,
    kabupatenId: o.session.kabupatenId,
    provinceId: o.session.provinceId,
    desk: o.desk,
    issueType: o.issueType,
    personName: o.desk === "VIOLENCE" ? null : (o.personName ?? null),
    status: o.status ?? "RECEIVED",
    referralInstitution: o.referralInstitution ?? null,
    ...stamps(o.createdAt, o.updatedAt),
  };
}

export function buildViolenceDetail(o: {
  caseId: number;
  complainantName: string;
  complainantContact?: string | null;
  narrative: string;
  createdAt?: Date;
}): Prisma.ViolenceCaseDetailCreateManyInput {
  return {
    caseId: o.caseId,
    complainantName: o.complainantName,
    complainantContact: o.complainantContact ?? null,
    narrative: o.narrative,
    ...stamps(o.createdAt),
  };
}

/** A policy target; ENACTED needs number, date and evidence; DESA level needs a desa. */
export function buildPolicyTarget(o: {
  id?: number;
  level: PolicyLevel;
  type: PolicyType;
  topic: PolicyTopic;
  title: string;
  kabupaten: { id: number; provinceId: number };
  desaId?: number | null;
  status?: PolicyStatus;
  number?: string | null;
  enactedOn?: Date | null;
  budgetAmount?: bigint | null;
  evidenceFileId?: number | null;
  createdAt?: Date;
  updatedAt?: Date;
}): Prisma.PolicyTargetCreateManyInput {
  const status = o.status ?? "IDENTIFIED";
  if (status === "ENACTED" && (o.number == null || o.enactedOn == null || o.evidenceFileId == null)) {
    throw new Error("an enacted policy needs number, enactedOn and evidence");
  }
  if (o.level === "DESA" && o.desaId == null) throw new Error("a desa-level policy needs a desa");
  if (o.budgetAmount != null && o.budgetAmount < 0n) throw new Error("budget must not be negative");
  return {
    ...(o.id !== undefined ? { id: o.id } : {}),
    level: o.level,
    type: o.type,
    topic: o.topic,
    title: o.title,
    provinceId: o.kabupaten.provinceId,
    kabupatenId: o.kabupaten.id,
    desaId: o.desaId ?? null,
    status,
    number: o.number ?? null,
    enactedOn: o.enactedOn ?? null,
    budgetAmount: o.budgetAmount ?? null,
    evidenceFileId: o.evidenceFileId ?? null,
    ...stamps(o.createdAt, o.updatedAt),
  };
}

/** The ordinary path of a policy; DROPPED may follow any step before ENACTED. */
export const POLICY_PATH = ["IDENTIFIED", "ADVOCACY", "DRAFTING", "DELIBERATION", "ENACTED"] as const satisfies readonly PolicyStatus[];

/** The statuses a policy passed through to reach `status` (DROPPED after `droppedAfter`). */
export function policySteps(status: PolicyStatus, droppedAfter: Exclude<PolicyStatus, "ENACTED" | "DROPPED"> = "ADVOCACY"): PolicyStatus[] {
  if (status === "DROPPED") return [...POLICY_PATH.slice(0, POLICY_PATH.indexOf(droppedAfter) + 1), "DROPPED"];
  return POLICY_PATH.slice(0, POLICY_PATH.indexOf(status) + 1);
}

// ───────────────────────── Database helpers ─────────────────────────

/** Empties every table of the public schema except Prisma's migration log, restarting identities. */
export async function resetDatabase(prisma: Db): Promise<void> {
  await prisma.$executeRaw`DO $$
DECLARE stmt text;
BEGIN
  SELECT 'TRUNCATE TABLE ' || string_agg(format('%I.%I', schemaname, tablename), ', ') || ' RESTART IDENTITY CASCADE'
    INTO stmt
    FROM pg_tables
   WHERE schemaname = 'public' AND tablename <> '_prisma_migrations';
  IF stmt IS NOT NULL THEN EXECUTE stmt; END IF;
END $$`;
}

/** After inserting explicit ids: moves every serial sequence of the public schema past its column's maximum. */
export async function syncSequences(prisma: Db): Promise<void> {
  await prisma.$executeRaw`DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT table_name, column_name, pg_get_serial_sequence(format('%I.%I', table_schema, table_name), column_name) AS seq
      FROM information_schema.columns
     WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'
  LOOP
    IF r.seq IS NOT NULL THEN
      EXECUTE format('SELECT setval(%L, COALESCE((SELECT max(%I) FROM public.%I), 0) + 1, false)', r.seq, r.column_name, r.table_name);
    END IF;
  END LOOP;
END $$`;
}

type CreateManyDelegate<T> = { createMany(args: { data: T[] }): Prisma.PrismaPromise<{ count: number }> };

/**
 * createMany in chunks that stay well under PostgreSQL's 65 535 bind
 * parameters: one statement per chunk, hundreds of rows each.
 */
export async function insertMany<T extends object>(
  delegate: CreateManyDelegate<T>,
  rows: readonly T[],
  maxParams = 30_000,
): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Math.max(1, Object.keys(rows[0]!).length);
  const size = Math.max(1, Math.floor(maxParams / columns));
  let count = 0;
  for (let i = 0; i < rows.length; i += size) {
    const res = await delegate.createMany({ data: rows.slice(i, i + size) });
    count += res.count;
  }
  return count;
}

// ───────────────────────── Factories ─────────────────────────

let counter = 0;
/** Distinguishes this module instance's rows from another test file's in the same database. */
const RUN_TAG = randomBytes(3).toString("hex");
function nextN(): number {
  return ++counter;
}

const DEFAULT_TEST_PASSWORD = "test-password-123";
const hashCache = new Map<string, Promise<string>>();
/** bcrypt is deliberately slow: hash each distinct test password once per module. */
function cachedHash(password: string): Promise<string> {
  let h = hashCache.get(password);
  if (!h) {
    h = hashPassword(password);
    hashCache.set(password, h);
  }
  return h;
}

/** A free two-character province code, preferring digits from 99 downward (real codes are 11–94). */
async function freeProvinceCode(prisma: Db): Promise<string> {
  const used = new Set((await prisma.province.findMany({ select: { code: true } })).map((p) => p.code));
  for (let i = 99; i >= 0; i--) {
    const code = String(i).padStart(2, "0");
    if (!used.has(code)) return code;
  }
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  for (const a of alphabet.slice(0, 26)) for (const b of alphabet) if (!used.has(a + b)) return a + b;
  throw new Error("no free province code: reset the database");
}

/** A free four-character kabupaten code, preferring the province's code followed by 99, 98, … */
async function freeKabupatenCode(prisma: Db, provinceCode: string): Promise<string> {
  const used = new Set((await prisma.kabupaten.findMany({ select: { code: true } })).map((k) => k.code));
  for (let s = 99; s >= 0; s--) {
    const code = provinceCode + String(s).padStart(2, "0");
    if (code.length === 4 && !used.has(code)) return code;
  }
  for (let n = 9999; n >= 0; n--) {
    const code = String(n).padStart(4, "0");
    if (!used.has(code)) return code;
  }
  throw new Error("no free kabupaten code: reset the database");
}

export type KabupatenChain = Kabupaten & { kecamatan: Kecamatan; desa: Desa };

/** Another kabupaten (with one kecamatan and one desa) in an existing province. */
export async function makeKabupaten(
  prisma: Db,
  provinceId: number,
  o: Partial<{ name: string; kind: "KABUPATEN" | "KOTA"; isProgramArea: boolean; code: string }> = {},
): Promise<KabupatenChain> {
  const n = nextN();
  const province = await prisma.province.findUniqueOrThrow({ where: { id: provinceId }, select: { code: true } });
  const code = o.code ?? (await freeKabupatenCode(prisma, province.code));
  const kabupaten = await prisma.kabupaten.create({
    data: buildKabupaten({
      provinceId,
      code,
      name: o.name ?? `Uji ${code}`,
      kind: o.kind ?? "KABUPATEN",
      isProgramArea: o.isProgramArea ?? false,
    }),
  });
  const kecamatan = await prisma.kecamatan.create({ data: buildKecamatan({ kabupatenId: kabupaten.id, name: `Uji ${n}` }) });
  const desa = await prisma.desa.create({ data: buildDesa({ kecamatanId: kecamatan.id, name: `Uji ${n}` }) });
  return { ...kabupaten, kecamatan, desa };
}

/** A fresh province → kabupaten → kecamatan → desa chain with codes that cannot clash with the real ones. */
export async function makeArea(
  prisma: Db,
  o: { provinceName?: string; kabupatenName?: string; isProgramArea?: boolean } = {},
): Promise<{ province: Province; kabupaten: KabupatenChain; kecamatan: Kecamatan; desa: Desa }> {
  nextN();
  const code = await freeProvinceCode(prisma);
  const name = o.provinceName ?? `Uji ${code}`;
  const province = await prisma.province.create({
    data: buildProvince({ code, name, slug: `uji-${code.toLowerCase()}-${RUN_TAG}` }),
  });
  const kabupaten = await makeKabupaten(prisma, province.id, {
    ...(o.kabupatenName ? { name: o.kabupatenName } : {}),
    ...(o.isProgramArea !== undefined ? { isProgramArea: o.isProgramArea } : {}),
  });
  return { province, kabupaten, kecamatan: kabupaten.kecamatan, desa: kabupaten.desa };
}

export async function makeSerikat(
  prisma: Db,
  kab: { id: number; provinceId: number },
  o: Partial<{ name: string; active: boolean; foundedYear: number }> = {},
) {
  const n = nextN();
  return prisma.serikat.create({
    data: buildSerikat({
      kabupaten: kab,
      name: o.name ?? `Serikat Pekka Uji ${n}`,
      foundedYear: o.foundedYear ?? 2010,
      active: o.active ?? true,
    }),
  });
}

export async function makeKader(
  prisma: Db,
  where: { serikat: { id: number; kabupatenId: number; provinceId: number }; desaId: number },
  o: Partial<{
    fullName: string;
    position: KaderPosition;
    active: boolean;
    phone: string | null;
    birthYear: number;
    joinedYear: number;
  }> = {},
) {
  const n = nextN();
  const given = WOMEN_GIVEN_NAMES[n % WOMEN_GIVEN_NAMES.length]!;
  const second = FAMILY_OR_SECOND_NAMES[(n * 7) % FAMILY_OR_SECOND_NAMES.length]!;
  return prisma.kader.create({
    data: buildKader({
      serikat: where.serikat,
      desaId: where.desaId,
      fullName: o.fullName ?? `${given} ${second} ${n}`,
      position: o.position ?? "KADER",
      phone: o.phone === undefined ? null : o.phone,
      birthYear: o.birthYear ?? 1975,
      joinedYear: o.joinedYear ?? 2012,
      active: o.active ?? true,
    }),
  });
}

export async function makeUser(
  prisma: Db,
  o: {
    role: Role;
    provinceId?: number | null;
    kabupatenId?: number | null;
    email?: string;
    password?: string;
    active?: boolean;
    name?: string;
    canViewViolenceDetails?: boolean;
    canExportViolenceDetails?: boolean;
    locale?: "id" | "en";
  },
) {
  const n = nextN();
  let provinceId = o.provinceId ?? null;
  const kabupatenId = o.kabupatenId ?? null;
  // District staff given only a kabupaten: take its province.
  if (o.role === "DISTRICT_STAFF" && kabupatenId != null && provinceId == null) {
    provinceId = (await prisma.kabupaten.findUniqueOrThrow({ where: { id: kabupatenId }, select: { provinceId: true } })).provinceId;
  }
  return prisma.user.create({
    data: buildUser({
      email: o.email ?? `${o.role.toLowerCase().replace(/_/g, ".")}.${n}.${RUN_TAG}@test.pekka`,
      name: o.name ?? `Pengguna Uji ${n}`,
      passwordHash: await cachedHash(o.password ?? DEFAULT_TEST_PASSWORD),
      role: o.role,
      provinceId,
      kabupatenId,
      active: o.active ?? true,
      canViewViolenceDetails: o.canViewViolenceDetails ?? false,
      canExportViolenceDetails: o.canExportViolenceDetails ?? false,
      locale: o.locale ?? "id",
    }),
  });
}

/** A stored PDF file (valid, tiny) naming `title`. */
export async function makeStoredFile(prisma: Db, o: { title?: string; originalName?: string; uploadedById?: number | null } = {}) {
  const n = nextN();
  const title = o.title ?? `Dokumen Uji ${n}`;
  return prisma.storedFile.create({
    data: buildStoredFile({
      originalName: o.originalName ?? `dokumen-uji-${n}.pdf`,
      data: minimalPdf([title]),
      uploadedById: o.uploadedById ?? null,
    }),
  });
}

/** A training with both classes (or only `classKinds`). */
export async function makeTraining(
  prisma: Db,
  o: Partial<{
    level: TrainingLevel;
    provinceId: number | null;
    kabupatenId: number | null;
    parentTrainingId: number | null;
    title: string;
    startDate: Date;
    endDate: Date;
    classKinds: TrainingClassKind[];
  }> = {},
) {
  const n = nextN();
  const level = o.level ?? (o.kabupatenId != null ? "LOCAL" : o.provinceId != null ? "PROVINCIAL" : "NATIONAL");
  const startDate = o.startDate ?? day("2017-07-10");
  const training = await prisma.training.create({
    data: buildTraining({
      level,
      title: o.title ?? `Pelatihan Uji ${n}`,
      theme: "Kepemimpinan Perempuan dan Perlindungan Sosial",
      objectives: ["Menguji sistem."],
      startDate,
      endDate: o.endDate ?? addDays(startDate, 2),
      place: "Tempat Uji",
      organiser: "Seknas PEKKA",
      provinceId: level === "NATIONAL" ? null : (o.provinceId ?? null),
      kabupatenId: level === "LOCAL" ? (o.kabupatenId ?? null) : level === "PROVINCIAL" ? (o.kabupatenId ?? null) : null,
      parentTrainingId: o.parentTrainingId ?? null,
    }),
  });
  const kinds = o.classKinds ?? (["LEADERSHIP_TOT", "IMPLEMENTATION"] as TrainingClassKind[]);
  const classes = [];
  for (const kind of kinds) {
    classes.push(
      await prisma.trainingClass.create({
        data: { trainingId: training.id, kind, name: kind === "LEADERSHIP_TOT" ? "Kelas Kepemimpinan (ToT)" : "Kelas Pelaksanaan" },
      }),
    );
  }
  return { ...training, classes };
}

/** A KLIK session in the kabupaten of `desa`. */
export async function makeKlikSession(
  prisma: Db,
  o: { kabupaten: { id: number; provinceId: number }; desaId: number; heldOn?: Date; officers?: string; createdById?: number | null },
) {
  return prisma.klikSession.create({
    data: buildKlikSession({
      kabupaten: o.kabupaten,
      desaId: o.desaId,
      heldOn: o.heldOn ?? day("2017-08-12"),
      officers: o.officers ?? "Kader Uji",
      createdById: o.createdById ?? null,
    }),
  });
}

/** A KLIK case; VIOLENCE cases also get their sealed detail row. */
export async function makeKlikCase(
  prisma: Db,
  session: { id: number; kabupatenId: number; provinceId: number },
  o: Partial<{
    desk: KlikDesk;
    issueType: string;
    personName: string | null;
    status: KlikCaseStatus;
    referralInstitution: string | null;
    complainantName: string;
    narrative: string;
  }> = {},
) {
  const n = nextN();
  const desk = o.desk ?? "SOCIAL_PROTECTION";
  const defaults: Record<KlikDesk, string> = {
    REGISTRATION: "NEW_VISITOR",
    SOCIAL_PROTECTION: "JKN_ENROLMENT",
    LEGAL_IDENTITY: "BIRTH_CERTIFICATE",
    VIOLENCE: "DOMESTIC_VIOLENCE",
  };
  const created = await prisma.klikCase.create({
    data: buildKlikCase({
      session,
      desk,
      issueType: o.issueType ?? defaults[desk],
      personName: desk === "VIOLENCE" ? null : o.personName === undefined ? `Warga Uji ${n}` : o.personName,
      status: o.status ?? "RECEIVED",
      referralInstitution: o.referralInstitution ?? null,
    }),
  });
  if (desk === "VIOLENCE") {
    await prisma.violenceCaseDetail.create({
      data: buildViolenceDetail({
        caseId: created.id,
        complainantName: o.complainantName ?? `Pelapor Uji ${n}`,
        narrative: o.narrative ?? "Pelapor menyampaikan mengalami kekerasan dalam rumah tangga; dirujuk ke UPTD PPA untuk pendampingan.",
      }),
    });
  }
  return created;
}

/** A policy target with its status history; ENACTED ones get a number, date and evidence file. */
export async function makePolicyTarget(
  prisma: Db,
  kab: { id: number; provinceId: number },
  o: Partial<{
    status: PolicyStatus;
    level: PolicyLevel;
    type: PolicyType;
    topic: PolicyTopic;
    title: string;
    desaId: number | null;
    budgetAmount: bigint | null;
    changedById: number | null;
  }> = {},
) {
  const n = nextN();
  const status = o.status ?? "IDENTIFIED";
  const level = o.level ?? (o.desaId != null ? "DESA" : "KABUPATEN");
  const type = o.type ?? (level === "DESA" ? "PERDES" : "PERBUP");
  const title = o.title ?? `Kebijakan Uji ${n}`;
  let evidenceFileId: number | null = null;
  if (status === "ENACTED") evidenceFileId = (await makeStoredFile(prisma, { title, uploadedById: o.changedById ?? null })).id;
  const steps = policySteps(status);
  const start = day("2017-03-01");
  const policy = await prisma.policyTarget.create({
    data: buildPolicyTarget({
      level,
      type,
      topic: o.topic ?? "JKN",
      title,
      kabupaten: kab,
      desaId: o.desaId ?? null,
      status,
      number: status === "ENACTED" ? `No. ${n} Tahun 2018` : null,
      enactedOn: status === "ENACTED" ? day("2018-03-01") : null,
      budgetAmount: o.budgetAmount ?? null,
      evidenceFileId,
    }),
  });
  await prisma.policyStatusChange.createMany({
    data: steps.map((to, i) => ({
      policyId: policy.id,
      fromStatus: i === 0 ? null : steps[i - 1]!,
      toStatus: to,
      changedAt: addDays(start, i * 30),
      changedById: o.changedById ?? null,
    })),
  });
  return policy;
}

/** An RKTL plan (window of six months from `windowStart`) with optional targets. */
export async function makeRktlPlan(
  prisma: Db,
  o: {
    provinceId: number;
    trainingId: number;
    windowStart?: Date;
    status?: "DRAFT" | "SUBMITTED" | "APPROVED" | "CLOSED";
    approvedById?: number | null;
    targets?: {
      kabupatenId: number;
      kind?: Prisma.RktlTargetCreateManyInput["kind"];
      quantity?: number;
      monthOffset?: number;
      activity?: string;
    }[];
  },
) {
  const windowStart = o.windowStart ?? day("2017-06-01");
  const plan = await prisma.rktlPlan.create({
    data: buildRktlPlan({
      provinceId: o.provinceId,
      trainingId: o.trainingId,
      windowStart,
      status: o.status ?? "DRAFT",
      approvedById: o.approvedById ?? null,
    }),
  });
  const targets = [];
  for (const t of o.targets ?? []) {
    targets.push(
      await prisma.rktlTarget.create({
        data: buildRktlTarget({
          planId: plan.id,
          activity: t.activity ?? "Menyelenggarakan KLIK PEKKA di desa dampingan",
          kind: t.kind ?? "KLIK_SESSION",
          quantity: t.quantity ?? 3,
          unit: "sesi",
          kabupatenId: t.kabupatenId,
          responsible: "Penanggung Jawab Uji",
          plannedMonth: addMonths(windowStart, t.monthOffset ?? 0),
        }),
      }),
    );
  }
  return { ...plan, targets };
}
