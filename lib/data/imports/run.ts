import "server-only";
// An import as the pages drive it, in background jobs (decision 0025): the
// upload stores the file in a new batch and queues its check; the check job
// reads the file, judges the rows and leaves the batch PREVIEWED; the user's
// confirmation queues the commit job, which writes everything or nothing. Each
// step survives a page reload and runs on whichever instance takes the job.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { ImportFileError, type FileProblem } from "@/lib/import/errors";
import { checkFile } from "@/lib/import/sniff";
import { enqueueJob } from "../jobs";
import { fail, failField, ok, type Result } from "../result";
import { loadSessionUser } from "../session-user";
import { commitImport, judgeInto, previewImport, undoImport } from "./batches";
import { importKind, mayImportInto } from "./kinds";
import type { ImportCounts } from "./types";

/** What a form hands over. */
export type UploadedFile = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

/** Checks the upload (size, content), stores it in a CHECKING batch and queues its check. */
export async function startImport(
  user: ScopedUser,
  kind: ImportKind,
  file: UploadedFile | undefined,
  parentId: number | null = null,
): Promise<Result<{ id: number }>> {
  const made = await storeUpload(user, kind, file, parentId);
  if (!made.ok) return made;
  const jobId = await enqueueJob(user, "import.check", { batchId: made.value.id });
  await db().importBatch.update({ where: { id: made.value.id }, data: { jobId } });
  return made;
}

/** The upload as a CHECKING batch (startImport queues its check; the benchmark runs it in place). */
export async function storeUpload(
  user: ScopedUser,
  kind: ImportKind,
  file: UploadedFile | undefined,
  parentId: number | null = null,
): Promise<Result<{ id: number }>> {
  const spec = importKind(kind);
  assertCan(user, spec.permission);
  if (!(await mayImportInto(user, kind, parentId))) return failField("_form", "import.validation.parentClosed");
  if (!file || file.size === 0) return failField("file", "import.file.required");
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    checkFile(bytes);
  } catch (e) {
    if (e instanceof ImportFileError) return fail({ file: e.problem });
    throw e;
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const batch = await db().importBatch.create({
    data: {
      kind,
      userId: user.id,
      parentId,
      status: "CHECKING",
      fileName: file.name.slice(0, 255) || "import",
      sha256,
      sizeBytes: bytes.length,
      counts: {},
      fileData: bytes,
    },
    select: { id: true },
  });
  return ok(batch);
}

/** The check job: reads and judges the file of a CHECKING batch (progress: rows read). */
export async function runImportCheck(batchId: number, progress: (done: number, of: number) => void) {
  const batch = await db().importBatch.findFirst({ where: { id: batchId, status: "CHECKING" } });
  if (!batch?.fileData) return;
  const user = await loadSessionUser(batch.userId);
  const failed = (problem: FileProblem) =>
    db().importBatch.update({
      where: { id: batchId },
      data: { status: "FAILED", failureKey: problem.key, failureValues: problem.values ?? Prisma.DbNull, fileData: null, jobId: null },
    });
  if (!user) return void (await failed({ key: "import.file.userGone" }));
  const spec = importKind(batch.kind);
  try {
    const read = await spec.check(user, batch.fileData, (done) => progress(done, 0), { parentId: batch.parentId });
    if (!read.ok) return void (await failed(read.problem));
    progress(read.rows.length, read.rows.length);
    await judgeInto(user, spec.adapter, batchId, read.rows);
  } catch (e) {
    await failed({ key: "import.validation.checkFailed" });
    throw e;
  }
}

/** The user's confirmation: the batch goes COMMITTING and its commit job is queued. */
export async function requestCommit(user: ScopedUser, kind: ImportKind, id: number, skipErrors: boolean): Promise<Result<{ id: number }>> {
  const marked = await markCommitting(user, kind, id, skipErrors);
  if (!marked.ok) return marked;
  const jobId = await enqueueJob(user, "import.commit", { batchId: id, skipErrors });
  await db().importBatch.update({ where: { id }, data: { jobId } });
  return marked;
}

/** A PREVIEWED batch the user may commit, claimed as COMMITTING (requestCommit queues the job). */
export async function markCommitting(user: ScopedUser, kind: ImportKind, id: number, skipErrors: boolean): Promise<Result<{ id: number }>> {
  const spec = importKind(kind);
  assertCan(user, spec.permission);
  const batch = await db().importBatch.findFirst({ where: { id, userId: user.id, kind } });
  if (!batch) return failField("_form", "validation.notFound");
  if (batch.status !== "PREVIEWED") return failField("_form", "import.validation.notPreviewed");
  const counts = batch.counts as ImportCounts;
  if (counts.ERROR > 0 && !skipErrors) return failField("_form", "import.validation.errorsLeft");
  if (counts.CREATE + counts.UPDATE === 0) return failField("_form", "import.page.nothingToWrite");
  const claimed = await db().importBatch.updateMany({
    where: { id, status: "PREVIEWED" },
    data: { status: "COMMITTING", failureKey: null },
  });
  if (claimed.count === 0) return failField("_form", "import.validation.notPreviewed");
  return ok({ id });
}

/** The commit job: all or nothing; when it cannot go through the batch is PREVIEWED again with the reason. */
export async function runImportCommit(batchId: number, skipErrors: boolean, progress: (done: number, of: number) => void) {
  const batch = await db().importBatch.findFirst({ where: { id: batchId, status: "COMMITTING" } });
  if (!batch) return;
  const user = await loadSessionUser(batch.userId);
  const back = (key: string) =>
    db().importBatch.updateMany({
      where: { id: batchId, status: "COMMITTING" },
      data: { status: "PREVIEWED", failureKey: key, jobId: null },
    });
  if (!user) return void (await back("import.file.userGone"));
  try {
    const r = await commitImport(user, importKind(batch.kind).adapter, batchId, { skipErrors }, progress);
    if (!r.ok) await back(Object.values(r.fieldErrors)[0]?.key ?? "import.validation.changedSincePreview");
  } catch (e) {
    await back("import.validation.commitFailed");
    throw e;
  }
}

/** Undo as a whole (one transaction, in the request: it writes no more rows than the commit did). */
export function undoBatch(user: ScopedUser, kind: ImportKind, id: number) {
  return undoImport(user, importKind(kind).adapter, id);
}

/** Check and preview in one call, in the request (tests and the benchmark; the pages go through the jobs above). */
export async function previewImportFile(
  user: ScopedUser,
  kind: ImportKind,
  file: { name: string; bytes: Uint8Array },
  parentId: number | null = null,
): Promise<Result<{ id: number; counts: ImportCounts }>> {
  const spec = importKind(kind);
  assertCan(user, spec.permission);
  if (!(await mayImportInto(user, kind, parentId))) return failField("_form", "import.validation.parentClosed");
  const checked = await spec.check(user, file.bytes, () => {}, { parentId });
  if (!checked.ok) return fail({ file: checked.problem });
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const facts = { name: file.name, sha256, size: file.bytes.byteLength, ...(parentId === null ? {} : { parentId }) };
  return ok(await previewImport(user, spec.adapter, facts, checked.rows));
}

/** What a batch imports into (for the pages an action returns to; the write itself checked the user). */
export async function batchParent(kind: ImportKind, id: number): Promise<number | null> {
  const b = await db().importBatch.findFirst({ where: { id, kind }, select: { parentId: true } });
  return b?.parentId ?? null;
}
