import "server-only";
// Policy targets: the written regulations Serikat Pekka pursues, their status
// along the pipeline (with history) and the signed document as evidence.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaWhere, kabupatenWhere, type ScopedUser } from "@/lib/authz/scope";
import { canTransition, typeFitsKabupatenKind } from "@/lib/domain/policy-status";
import { WRITTEN_TYPES } from "@/lib/domain/policy-dashboard";
import { checkUpload, type CheckedUpload, type IncomingFile, type UploadProblem } from "@/lib/files/upload";
import { policyInput, policyTransitionInput, type PolicyFilters, type PolicyInput } from "@/lib/validation/policy";
import { dayRange, versionField } from "@/lib/validation/common";
import type { FieldErrors } from "@/lib/validation/field-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "./audit";
import { fail, failField, ok, parse, STALE, type Result } from "./result";
import { kabupatenLabel } from "./geo";
import { EXPORT_BATCH_SIZE, exportPage } from "./export-batch";
import { writeOnce, writeOnceResult } from "./write-once";

export const POLICY_PAGE_SIZE = 25;

const NOT_FOUND = failField("_form", "validation.notFound");

/** Upload problems in this feature's words. */
const EVIDENCE_ERROR: Record<UploadProblem, string> = {
  required: "policy.validation.evidenceRequired",
  tooLarge: "policy.validation.fileTooLarge",
  type: "policy.validation.fileType",
};

export function listWhere(user: ScopedUser, f: PolicyFilters): Prisma.PolicyTargetWhereInput {
  const filters: Prisma.PolicyTargetWhereInput = {
    ...(f.status ? { status: f.status } : {}),
    ...(f.level ? { level: f.level } : {}),
    ...(f.topic ? { topic: f.topic } : {}),
    ...(f.provinceId ? { provinceId: f.provinceId } : {}),
    ...(f.kabupatenId ? { kabupatenId: f.kabupatenId } : {}),
    ...(f.enactedFrom || f.enactedTo ? { enactedOn: dayRange(f.enactedFrom, f.enactedTo) } : {}),
    ...(f.programArea ? { kabupaten: { isProgramArea: true } } : {}),
  };
  // A filter narrows the scope; asking outside it finds nothing.
  // A chosen type and "written regulations only" (kept from a dashboard link) both hold.
  return { AND: [areaWhere(user), filters, f.type ? { type: f.type } : {}, f.written ? { type: { in: [...WRITTEN_TYPES] } } : {}] };
}

/** What the policy list shows of a policy (its export adds the budget). */
export const POLICY_LIST_SELECT = {
  id: true,
  title: true,
  level: true,
  type: true,
  topic: true,
  status: true,
  number: true,
  enactedOn: true,
  updatedAt: true,
  desa: { select: { name: true } },
  kabupaten: { select: { name: true, kind: true } },
  province: { select: { name: true } },
} as const satisfies Prisma.PolicyTargetSelect;

/** A policy as the list (and its export) shows it. */
export function policyListRow(p: Prisma.PolicyTargetGetPayload<{ select: typeof POLICY_LIST_SELECT }>) {
  return {
    id: p.id,
    title: p.title,
    level: p.level,
    type: p.type,
    topic: p.topic,
    status: p.status,
    number: p.number,
    enactedOn: p.enactedOn,
    updatedAt: p.updatedAt,
    desaName: p.desa?.name ?? null,
    kabupatenName: kabupatenLabel(p.kabupaten),
    provinceName: p.province.name,
  };
}

export async function listPolicies(user: ScopedUser, f: PolicyFilters) {
  assertCan(user, "policy.read");
  const where = listWhere(user, f);
  const [rows, total] = await Promise.all([
    db().policyTarget.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * POLICY_PAGE_SIZE,
      take: POLICY_PAGE_SIZE,
      select: POLICY_LIST_SELECT,
    }),
    db().policyTarget.count({ where }),
  ]);
  return {
    rows: rows.map(policyListRow),
    total,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(total / POLICY_PAGE_SIZE)),
  };
}

export async function policyExportBatch(user: ScopedUser, f: PolicyFilters, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "policy.read");
  const rows = await db().policyTarget.findMany({
    where: { AND: [listWhere(user, f), { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: { ...POLICY_LIST_SELECT, budgetAmount: true },
  });
  return exportPage(
    rows.map((p) => ({ ...policyListRow(p), budgetAmount: p.budgetAmount === null ? null : Number(p.budgetAmount) })),
    take,
  );
}

/** One policy in scope with its history and evidence, or null: outside scope looks like "does not exist". */
export async function getPolicy(user: ScopedUser, id: number) {
  assertCan(user, "policy.read");
  const p = await db().policyTarget.findFirst({
    where: { id, ...areaWhere(user) },
    select: {
      id: true,
      level: true,
      type: true,
      topic: true,
      title: true,
      status: true,
      number: true,
      enactedOn: true,
      budgetAmount: true,
      version: true,
      provinceId: true,
      kabupatenId: true,
      desaId: true,
      createdAt: true,
      updatedAt: true,
      province: { select: { name: true } },
      kabupaten: { select: { name: true, kind: true } },
      desa: { select: { code: true, name: true, kecamatan: { select: { name: true } } } },
      evidenceFile: { select: { id: true, originalName: true, mimeType: true, sizeBytes: true, createdAt: true } },
      history: {
        orderBy: [{ changedAt: "asc" }, { id: "asc" }],
        select: { id: true, fromStatus: true, toStatus: true, changedAt: true, note: true, changedBy: { select: { name: true } } },
      },
    },
  });
  return p ? { ...p, kabupatenName: kabupatenLabel(p.kabupaten) } : null;
}

/**
 * What a policy's status holds now, in the status form's field names: for the
 * outbox's conflict screen, beside what a refused (STALE) send carried. Scoped
 * like changePolicyStatus; null outside scope.
 */
export async function currentPolicyStatus(user: ScopedUser, id: number) {
  assertCan(user, "policy.write");
  return db().policyTarget.findFirst({
    where: { id, ...areaWhere(user) },
    select: { status: true, number: true, enactedOn: true, version: true, updatedAt: true },
  });
}

/** The kabupaten (in scope) and desa (in that kabupaten) a policy names. */
async function resolvePlace(user: ScopedUser, input: PolicyInput): Promise<Result<{ provinceId: number; kabupatenId: number }>> {
  const kab = await db().kabupaten.findFirst({
    where: { AND: [kabupatenWhere(user), { id: input.kabupatenId }] },
    select: { id: true, provinceId: true, kind: true },
  });
  if (!kab) return failField("kabupatenId", "validation.outOfScope");
  if (!typeFitsKabupatenKind(input.type, kab.kind)) return failField("type", "policy.validation.typeKind");
  if (input.desaId) {
    const desa = await db().desa.findFirst({ where: { id: input.desaId, kecamatan: { kabupatenId: kab.id } }, select: { kind: true } });
    if (!desa) return failField("desaId", "policy.validation.desaOutsideKabupaten");
    // A kelurahan is run by the kabupaten/kota: it has no village council, so no Perdes.
    if (input.type === "PERDES" && desa.kind === "KELURAHAN") return failField("desaId", "policy.validation.kelurahanNoPerdes");
  }
  return ok({ provinceId: kab.provinceId, kabupatenId: kab.id });
}

function rowData(input: PolicyInput, place: { provinceId: number; kabupatenId: number }) {
  return {
    level: input.level,
    type: input.type,
    topic: input.topic,
    title: input.title,
    provinceId: place.provinceId,
    kabupatenId: place.kabupatenId,
    desaId: input.desaId ?? null,
    budgetAmount: input.budgetAmount ?? null,
  };
}

export async function createPolicy(user: ScopedUser, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "policy.write");
  const p = parse(policyInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const place = await resolvePlace(user, p.data);
  if (!place.ok) return place;
  return writeOnce(user, raw, "policy_target.create", async (tx) => {
    const row = await tx.policyTarget.create({ data: { ...rowData(p.data, place.value), status: "IDENTIFIED" } });
    await tx.policyStatusChange.create({ data: { policyId: row.id, fromStatus: null, toStatus: "IDENTIFIED", changedById: user.id } });
    await recordAudit(tx, { userId: user.id, action: "create", entity: "policy_target", entityId: row.id, after: row });
    return { id: row.id };
  });
}

/** Edits what a policy is about; its kabupaten stays (a policy belongs to the kabupaten it was recorded for). */
export async function updatePolicy(user: ScopedUser, id: number, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "policy.write");
  const version = versionField.safeParse((raw as Record<string, unknown> | null)?.version);
  const before = await db().policyTarget.findFirst({ where: { id, ...areaWhere(user) } });
  if (!before) return NOT_FOUND;
  const p = parse(policyInput, { ...(raw as object), kabupatenId: String(before.kabupatenId) });
  if (!p.ok) return fail(p.fieldErrors);
  if (!version.success) return STALE;
  const place = await resolvePlace(user, p.data);
  if (!place.ok) return place;
  return db().$transaction(async (tx) => {
    const n = await tx.policyTarget.updateMany({
      where: { id, version: version.data, ...areaWhere(user) },
      data: { ...rowData(p.data, place.value), version: { increment: 1 } },
    });
    if (n.count === 0) return STALE;
    const after = await tx.policyTarget.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { userId: user.id, action: "update", entity: "policy_target", entityId: id, before, after });
    return ok({ id });
  });
}

/**
 * Moves a policy one step along the pipeline (or drops it), appending the
 * change to its history. ENACTED needs number, date and the signed document;
 * without any of them nothing is saved.
 *
 * Checked against the version the form was loaded with (STALE) and, with the
 * form's idempotency key, once: the key is claimed before the policy is read,
 * so a repeat of a change that went through answers its result instead of a
 * refused step or "changed meanwhile". The key is bound to the policy and to
 * the document's sha256: the same key with another file is refused.
 */
export async function changePolicyStatus(
  user: ScopedUser,
  id: number,
  raw: unknown,
  evidence?: IncomingFile | null,
): Promise<Result<{ id: number }>> {
  assertCan(user, "policy.write");
  const p = parse(policyTransitionInput, raw);
  const enacting = (raw as Record<string, unknown> | null)?.toStatus === "ENACTED";
  const checked = enacting ? await checkUpload(evidence) : null;
  const file: CheckedUpload | null = checked?.ok ? checked.file : null;
  const version = versionField.safeParse((raw as Record<string, unknown> | null)?.version);
  const bound = { policyId: id, ...(file ? { evidenceSha256: file.sha256 } : {}) };

  // A refusal rolls back, the claim and the uploaded file included.
  return writeOnceResult(
    user,
    raw,
    "policy_target.status",
    async (tx) => {
      const before = await tx.policyTarget.findFirst({ where: { id, ...areaWhere(user) } });
      if (!before) return NOT_FOUND;
      const errors: FieldErrors = p.ok ? {} : { ...p.fieldErrors };
      if (p.ok && !canTransition(before.status, p.data.toStatus)) errors.toStatus = { key: "policy.validation.transition" };
      if (checked && !checked.ok) errors.evidence = { key: EVIDENCE_ERROR[checked.problem] };
      if (Object.keys(errors).length || !p.ok) return fail(errors);
      if (!version.success) return STALE;
      const input = p.data;
      let evidenceFileId: number | null = before.evidenceFileId;
      let evidenceMeta: object | undefined;
      if (file) {
        const stored = await tx.storedFile.create({ data: { ...file, uploadedById: user.id }, select: { id: true } });
        evidenceFileId = stored.id;
        // The audit log gets the file's identity, never its bytes.
        evidenceMeta = {
          id: stored.id,
          originalName: file.originalName,
          mimeType: file.mimeType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
        };
      }
      const enacted = input.toStatus === "ENACTED";
      const n = await tx.policyTarget.updateMany({
        where: { id, version: version.data, status: before.status, ...areaWhere(user) },
        data: {
          status: input.toStatus,
          ...(enacted ? { number: input.number, enactedOn: input.enactedOn, evidenceFileId } : {}),
          version: { increment: 1 },
        },
      });
      if (n.count === 0) return STALE;
      await tx.policyStatusChange.create({
        data: { policyId: id, fromStatus: before.status, toStatus: input.toStatus, changedById: user.id, note: input.note ?? null },
      });
      const after = await tx.policyTarget.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, {
        userId: user.id,
        action: "status",
        entity: "policy_target",
        entityId: id,
        before,
        after: { ...after, ...(evidenceMeta ? { evidenceFile: evidenceMeta } : {}), note: input.note ?? null },
      });
      return ok({ id });
    },
    bound,
  );
}
