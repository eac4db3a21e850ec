import "server-only";
// The guide library (JKN, FPK, policy and budget advocacy…): guides, their
// published versions with the file, and which trainings used each version.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { checkUpload, type IncomingFile, type UploadProblem } from "@/lib/files/upload";
import { guideInput, guideVersionInput } from "@/lib/validation/guide";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { recordAudit } from "./audit";
import { fail, failField, isUniqueViolation, ok, parse, type Result } from "./result";
import { EXPORT_BATCH_SIZE, exportPage } from "./export-batch";

const FILE_ERROR: Record<UploadProblem, string> = {
  required: "guides.validation.fileRequired",
  tooLarge: "guides.validation.fileTooLarge",
  type: "guides.validation.fileType",
};

const versionSelect = {
  id: true,
  version: true,
  publishedOn: true,
  notes: true,
  file: { select: { id: true, originalName: true, sizeBytes: true } },
  trainings: {
    orderBy: { training: { startDate: "desc" } },
    select: { training: { select: { id: true, title: true, startDate: true } } },
  },
} as const;

/** What the guide list shows: each guide with its latest version and how many it has (also the export's). */
export const GUIDE_LIST_SELECT = {
  id: true,
  topic: true,
  title: true,
  versions: { orderBy: [{ publishedOn: "desc" }, { id: "desc" }], take: 1, select: versionSelect },
  _count: { select: { versions: true } },
} satisfies Prisma.GuideSelect;

export async function listGuides(user: ScopedUser) {
  assertCan(user, "guide.read");
  return db().guide.findMany({ orderBy: [{ topic: "asc" }, { title: "asc" }], select: GUIDE_LIST_SELECT });
}

/** The guide library as the list shows it: each guide with its version count and latest version (guides have no area). */
export async function guideExportBatch(user: ScopedUser, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "guide.read");
  const rows = await db().guide.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take, select: GUIDE_LIST_SELECT });
  return exportPage(
    rows.map((g) => ({
      id: g.id,
      title: g.title,
      topic: g.topic,
      versionCount: g._count.versions,
      latestVersion: g.versions[0]?.version ?? null,
      latestPublishedOn: g.versions[0]?.publishedOn ?? null,
    })),
    take,
  );
}

export async function getGuide(user: ScopedUser, id: number) {
  assertCan(user, "guide.read");
  return db().guide.findUnique({
    where: { id },
    select: {
      id: true,
      topic: true,
      title: true,
      createdAt: true,
      versions: { orderBy: [{ publishedOn: "desc" }, { id: "desc" }], select: versionSelect },
    },
  });
}

export async function createGuide(user: ScopedUser, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "guide.write");
  const p = parse(guideInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  try {
    const g = await db().$transaction(async (tx) => {
      const row = await tx.guide.create({ data: { topic: p.data.topic, title: p.data.title } });
      await recordAudit(tx, { userId: user.id, action: "create", entity: "guide", entityId: row.id, after: row });
      return row;
    });
    return ok({ id: g.id });
  } catch (e) {
    if (isUniqueViolation(e)) return failField("title", "guides.validation.duplicate");
    throw e;
  }
}

/** Publishes a new version of a guide with its file (checked like every upload). */
export async function addGuideVersion(
  user: ScopedUser,
  guideId: number,
  raw: unknown,
  upload?: IncomingFile | null,
): Promise<Result<{ id: number }>> {
  assertCan(user, "guide.write");
  const guide = await db().guide.findUnique({ where: { id: guideId }, select: { id: true } });
  if (!guide) return failField("_form", "validation.notFound");
  const p = parse(guideVersionInput, raw);
  const errors: FieldErrors = p.ok ? {} : { ...p.fieldErrors };
  const checked = await checkUpload(upload);
  if (!checked.ok) errors.file = { key: FILE_ERROR[checked.problem] };
  if (!p.ok || !checked.ok) return fail(errors);
  const file = checked.file;
  try {
    const v = await db().$transaction(async (tx) => {
      const stored = await tx.storedFile.create({ data: { ...file, uploadedById: user.id }, select: { id: true } });
      const row = await tx.guideVersion.create({
        data: { guideId, version: p.data.version, publishedOn: p.data.publishedOn!, notes: p.data.notes ?? null, fileId: stored.id },
      });
      await recordAudit(tx, {
        userId: user.id,
        action: "create",
        entity: "guide_version",
        entityId: row.id,
        // The file's identity, never its bytes.
        after: {
          ...row,
          file: { id: stored.id, originalName: file.originalName, mimeType: file.mimeType, sizeBytes: file.sizeBytes, sha256: file.sha256 },
        },
      });
      return row;
    });
    return ok({ id: v.id });
  } catch (e) {
    if (isUniqueViolation(e)) return failField("version", "guides.validation.versionTaken");
    throw e;
  }
}
