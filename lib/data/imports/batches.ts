import "server-only";
// An import's life: previewed (nothing written but the batch and its rows),
// committed all or nothing on the user's word, undone as a whole. Generic over
// the kind of record: each kind brings an adapter (types.ts).
import { db } from "@/lib/db/client";
import { assertCan, type Action } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ImportKind, ImportOutcome } from "@/lib/generated/prisma/enums";
import { recordAudits } from "../audit";
import { failField, isUniqueViolation, ok, type Result } from "../result";
import { importKind, importKindsFor } from "./kinds";
import { ImportStale, type CheckedRow, type ImportAdapter, type ImportCounts, type PreviewRow } from "./types";

// Rows per statement. The query compiler's WebAssembly memory grows to the
// largest statement it has planned and never shrinks: at 25 000 rows, chunks of
// 200 peaked at 408 MB and of 50 at 364 MB in one run, for a commit of 24 s
// instead of 16 s (npm run bench:import; decision 0028).
const CHUNK = 50;
/** A commit or an undo of 25 000 rows runs in one transaction: minutes, not the default 5 s. */
const LONG_TX = { timeout: 10 * 60_000, maxWait: 2 * 60_000 } as const;

const OUTCOMES: ImportOutcome[] = ["CREATE", "UPDATE", "UNCHANGED", "DUPLICATE", "ERROR"];

/** The file, and what its rows go into (an RKTL plan for its targets; none for kader). */
export type FileFacts = { name: string; sha256: string; size: number; parentId?: number };

/** Who may do an import of each kind: whoever may write such records by hand. */
const WRITE: Record<string, Action> = {
  kader: "kader.write",
  rktl_target: "rktl.plan",
  klik_case: "klik.write",
  participation: "training.write",
};

function countOutcomes(rows: { outcome: ImportOutcome }[]): ImportCounts {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as ImportCounts;
  for (const r of rows) counts[r.outcome]++;
  return counts;
}

/** Judges the rows and saves the batch in PREVIEWED state; nothing else is written. */
export async function previewImport<V>(user: ScopedUser, adapter: ImportAdapter<V>, file: FileFacts, rows: CheckedRow<V>[]) {
  assertCan(user, WRITE[adapter.entity]!);
  const b = await db().importBatch.create({
    data: {
      kind: adapter.kind,
      userId: user.id,
      parentId: file.parentId ?? null,
      fileName: file.name.slice(0, 255),
      sha256: file.sha256,
      sizeBytes: file.size,
      counts: {},
    },
  });
  const counts = await judgeInto(user, adapter, b.id, rows);
  return { id: b.id, counts };
}

/**
 * Judges the rows of a batch being checked and saves them with the counts, in
 * PREVIEWED state (the file is no longer needed); nothing else is written.
 */
export async function judgeInto<V>(user: ScopedUser, adapter: ImportAdapter<V>, batchId: number, rows: CheckedRow<V>[]) {
  assertCan(user, WRITE[adapter.entity]!);
  const { parentId } = await db().importBatch.findUniqueOrThrow({ where: { id: batchId }, select: { parentId: true } });
  const judged = await adapter.preview(user, rows, { parentId });
  const counts = countOutcomes(judged);
  await db().$transaction(async (tx) => {
    for (let i = 0; i < judged.length; i += CHUNK) {
      await tx.importRow.createMany({ data: judged.slice(i, i + CHUNK).map((r) => rowRecord(batchId, r)) });
    }
    await tx.importBatch.update({
      where: { id: batchId },
      data: { counts, status: "PREVIEWED", fileData: null, failureKey: null, jobId: null },
    });
  }, LONG_TX);
  return counts;
}

function rowRecord<V>(batchId: number, r: PreviewRow<V>): Prisma.ImportRowCreateManyInput {
  return {
    batchId,
    rowNumber: r.rowNumber,
    outcome: r.outcome,
    data:
      r.value === undefined
        ? Prisma.DbNull
        : ({ value: r.value, version: r.match?.version ?? null, label: r.match?.label ?? null } as Prisma.InputJsonValue),
    errors: r.errors ? (r.errors as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
    matchId: r.match?.id ?? null,
    sameAsRow: r.sameAsRow ?? null,
  };
}

/** A batch of the user's own (any, for the administrator); null otherwise. */
function ownBatchWhere(user: ScopedUser, id: number): Prisma.ImportBatchWhereInput {
  return user.role === "ADMIN" ? { id } : { id, userId: user.id };
}

export const PREVIEW_PAGE_SIZE = 50;

/** A batch with one page of its rows (those in error first when asked) and whether the same file was imported before. */
export async function getImportBatch(
  user: ScopedUser,
  kind: ImportKind,
  id: number,
  opts: { page?: number; only?: ImportOutcome; parentId?: number | null } = {},
) {
  const batch = await db().importBatch.findFirst({
    where: { ...ownBatchWhere(user, id), kind, parentId: opts.parentId ?? null },
    omit: { fileData: true },
    include: { user: { select: { name: true } } },
  });
  if (!batch) return null;
  const page = Math.max(1, opts.page ?? 1);
  const rowWhere = { batchId: id, ...(opts.only ? { outcome: opts.only } : {}) };
  const [rows, total, earlier] = await Promise.all([
    db().importRow.findMany({
      where: rowWhere,
      orderBy: { rowNumber: "asc" },
      skip: (page - 1) * PREVIEW_PAGE_SIZE,
      take: PREVIEW_PAGE_SIZE,
    }),
    db().importRow.count({ where: rowWhere }),
    db().importBatch.findFirst({
      where: { sha256: batch.sha256, kind: batch.kind, status: "COMMITTED", id: { not: id }, userId: batch.userId },
      orderBy: { committedAt: "desc" },
      select: { id: true, committedAt: true },
    }),
  ]);
  return { batch, rows, total, page, pageCount: Math.max(1, Math.ceil(total / PREVIEW_PAGE_SIZE)), earlier };
}

/** The user's imports of one kind (into one parent, for kinds with one), newest first. */
export async function listImportBatches(user: ScopedUser, kind: ImportKind, parentId: number | null = null, take = 20) {
  return db().importBatch.findMany({
    where: { kind, parentId, ...(user.role === "ADMIN" ? {} : { userId: user.id }) },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, kind: true, status: true, fileName: true, counts: true, createdAt: true, committedAt: true, undoneAt: true },
  });
}

/**
 * The user's imports of every kind she may import, newest first, each with
 * the path of its page (its kind's pages under its parent): one query, and one
 * per kind whose pages need a lookup (a class's training).
 */
export async function listMyImports(user: ScopedUser, take = 30) {
  const kinds = importKindsFor(user);
  if (kinds.length === 0) return [];
  const batches = await db().importBatch.findMany({
    where: { kind: { in: kinds }, userId: user.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, kind: true, parentId: true, status: true, fileName: true, counts: true, createdAt: true },
  });
  const paths = new Map<number, string>();
  for (const kind of new Set(batches.map((b) => b.kind))) {
    const ofKind = batches.filter((b) => b.kind === kind);
    const found = await importKind(kind).paths(ofKind.map((b) => b.parentId));
    ofKind.forEach((b, i) => paths.set(b.id, `${found[i]!.base}/${b.id}`));
  }
  return batches.map((b) => ({ ...b, path: paths.get(b.id)! }));
}

class Abort extends Error {
  constructor(readonly result: Result<never>) {
    super("import aborted");
  }
}

/**
 * Writes every CREATE and UPDATE row in one transaction, or nothing. Rows in
 * error stop the commit unless the user chose to skip them. A record changed
 * since the preview (or a new one with the same key) rolls everything back:
 * preview the file again.
 */
export async function commitImport<V>(
  user: ScopedUser,
  adapter: ImportAdapter<V>,
  id: number,
  opts: { skipErrors: boolean },
  onProgress?: (written: number, of: number) => void,
): Promise<Result<{ written: number; skipped: number }>> {
  assertCan(user, WRITE[adapter.entity]!);
  const batch = await db().importBatch.findFirst({ where: { id, userId: user.id, kind: adapter.kind } });
  if (!batch) return failField("_form", "validation.notFound");
  // COMMITTING: the user confirmed and the commit job runs this (run.ts).
  if (batch.status !== "PREVIEWED" && batch.status !== "COMMITTING") return failField("_form", "import.validation.notPreviewed");
  const counts = batch.counts as ImportCounts;
  if (counts.ERROR > 0 && !opts.skipErrors) return failField("_form", "import.validation.errorsLeft");
  const toWrite = counts.CREATE + counts.UPDATE;
  const ctx = { parentId: batch.parentId };
  try {
    return await db().$transaction(async (tx) => {
      // Claimed first: a second commit of the same batch (another tab, another instance) finds it taken.
      const claimed = await tx.importBatch.updateMany({
        where: { id, status: { in: ["PREVIEWED", "COMMITTING"] } },
        data: { status: "COMMITTED", committedAt: new Date(), jobId: null, failureKey: null },
      });
      if (claimed.count === 0) throw new Abort(failField("_form", "import.validation.notPreviewed"));
      let written = 0;
      for (let after = 0; ;) {
        const rows = await tx.importRow.findMany({
          where: { batchId: id, rowNumber: { gt: after }, outcome: { in: ["CREATE", "UPDATE"] } },
          orderBy: { rowNumber: "asc" },
          take: CHUNK,
        });
        if (rows.length === 0) break;
        after = rows.at(-1)!.rowNumber;
        const changes: Prisma.ImportChangeCreateManyInput[] = [];
        const audits: Parameters<typeof recordAudits>[1] = [];
        const creates = rows.filter((r) => r.outcome === "CREATE");
        const made = await adapter.createMany(
          tx,
          user,
          creates.map((r) => (r.data as { value: V }).value),
          ctx,
        );
        for (const m of made) {
          changes.push({ batchId: id, entity: adapter.entity, entityId: m.id, created: true, version: m.version });
          audits.push({ userId: user.id, action: "import", entity: adapter.entity, entityId: m.id, after: m.after });
        }
        for (const r of rows.filter((x) => x.outcome === "UPDATE")) {
          const data = r.data as { value: V; version: number };
          const done = await adapter.update(tx, user, r.matchId!, data.version, data.value, ctx);
          if (!done) throw new Abort(failField("_form", "import.validation.changedSincePreview"));
          changes.push({
            batchId: id,
            entity: adapter.entity,
            entityId: r.matchId!,
            created: false,
            before: done.before as Prisma.InputJsonValue,
            version: done.version,
          });
          audits.push({
            userId: user.id,
            action: "import",
            entity: adapter.entity,
            entityId: r.matchId!,
            before: done.before,
            after: done.after,
          });
        }
        await tx.importChange.createMany({ data: changes });
        await recordAudits(tx, audits);
        written += rows.length;
        onProgress?.(written, toWrite);
      }
      const skipped = opts.skipErrors ? counts.ERROR : 0;
      await tx.importBatch.update({ where: { id }, data: { counts: { ...counts, written, skipped } } });
      await recordAudits(tx, [
        {
          userId: user.id,
          action: "commit",
          entity: "import_batch",
          entityId: id,
          after: { written, skipped, file: batch.fileName, sha256: batch.sha256 },
        },
      ]);
      return ok({ written, skipped });
    }, LONG_TX);
  } catch (e) {
    if (e instanceof Abort) return e.result;
    if (e instanceof ImportStale || isUniqueViolation(e)) return failField("_form", "import.validation.changedSincePreview");
    throw e;
  }
}

export type UndoBlocker = { id: number; label: string; reasons: { key: string; values: Record<string, string | number> }[] };

/**
 * Removes what the import created and restores what it updated, as a whole, or
 * nothing: a record edited since, or one that later work points to, blocks the
 * undo, and the answer says which records and why.
 */
export async function undoImport<V>(
  user: ScopedUser,
  adapter: ImportAdapter<V>,
  id: number,
): Promise<{ ok: true; removed: number; restored: number } | { ok: false; key: string; blockers: UndoBlocker[] }> {
  assertCan(user, WRITE[adapter.entity]!);
  const batch = await db().importBatch.findFirst({ where: { ...ownBatchWhere(user, id), kind: adapter.kind } });
  if (!batch || batch.status !== "COMMITTED") return { ok: false, key: "import.validation.notCommitted", blockers: [] };
  return db().$transaction(async (tx) => {
    const changes = await tx.importChange.findMany({
      where: { batchId: id },
      orderBy: { id: "asc" },
      select: { entityId: true, created: true, version: true, before: true },
    });
    // Checked a chunk at a time: one query of 25 000 ids costs the query engine more memory than the rest of the undo.
    const blocked: { id: number; reasons: UndoBlocker["reasons"] }[] = [];
    for (let i = 0; i < changes.length; i += CHUNK) {
      const chunk = changes.slice(i, i + CHUNK);
      const [versions, depends] = await Promise.all([
        adapter.versions(
          tx,
          chunk.map((c) => c.entityId),
        ),
        adapter.blockers(
          tx,
          chunk.filter((c) => c.created).map((c) => c.entityId),
          { parentId: batch.parentId },
        ),
      ]);
      for (const c of chunk) {
        const reasons = [...(depends.get(c.entityId) ?? [])];
        const now = versions.get(c.entityId);
        if (now !== undefined && now !== c.version) reasons.push({ key: "import.undo.editedSince", values: {} });
        if (reasons.length) blocked.push({ id: c.entityId, reasons });
      }
    }
    if (blocked.length) {
      const labels = new Map<number, string>();
      for (let i = 0; i < blocked.length; i += CHUNK) {
        for (const [k, v] of await adapter.label(
          tx,
          blocked.slice(i, i + CHUNK).map((b) => b.id),
        ))
          labels.set(k, v);
      }
      const blockers = blocked.map((b) => ({ ...b, label: labels.get(b.id) ?? `#${b.id}` }));
      return { ok: false as const, key: "import.undo.blocked", blockers };
    }
    const created = changes.filter((c) => c.created).map((c) => c.entityId);
    const updated = changes.filter((c) => !c.created);
    for (const c of updated) await adapter.restore(tx, c.entityId, c.before);
    for (let i = 0; i < created.length; i += CHUNK) await adapter.remove(tx, created.slice(i, i + CHUNK));
    await recordAudits(tx, [
      ...created.map((entityId) => ({ userId: user.id, action: "import.undo", entity: adapter.entity, entityId })),
      ...updated.map((c) => ({ userId: user.id, action: "import.undo", entity: adapter.entity, entityId: c.entityId, after: c.before })),
      {
        userId: user.id,
        action: "undo",
        entity: "import_batch",
        entityId: id,
        after: { removed: created.length, restored: updated.length },
      },
    ]);
    await tx.importBatch.update({ where: { id }, data: { status: "UNDONE", undoneAt: new Date() } });
    return { ok: true as const, removed: created.length, restored: updated.length };
  }, LONG_TX);
}
