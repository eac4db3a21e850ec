import "server-only";
// Background jobs as the page sees them (decision 0025): the row in
// background_job is the state; pg-boss only carries the wake-up. Reads are
// scoped to the owner (an admin sees all) through ownerWhere.
import { db } from "@/lib/db/client";
import { ownerWhere, type ScopedUser } from "@/lib/authz/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BackgroundJobStatus } from "@/lib/generated/prisma/enums";
import { jobKind } from "@/lib/jobs/kinds";
import { liveJobs } from "@/lib/jobs/progress";
import { QUEUE, wakeJob } from "@/lib/jobs/queue";

type Tx = Prisma.TransactionClient;

export type JobView = {
  id: number;
  kind: string;
  status: BackgroundJobStatus;
  done: number;
  of: number | null;
  result: unknown;
  errorKey: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

const VIEW = {
  id: true,
  kind: true,
  status: true,
  done: true,
  of: true,
  result: true,
  errorKey: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

/**
 * Records a job for `user` and wakes a worker; returns its id. The payload is
 * checked by the kind's schema (built by code, not typed by a user: a bad one
 * is a bug and throws). With `tx` the row is written in the caller's
 * transaction and the wake-up cannot be sent yet (pg-boss cannot join a Prisma
 * transaction): the caller calls wakeJobAfterCommit(id) after it, and if it
 * does not, the sweep (lib/jobs/worker.ts) wakes the job within a minute.
 */
export async function enqueueJob(user: ScopedUser, kind: string, payload: unknown, options: { tx?: Tx } = {}): Promise<number> {
  const def = jobKind(kind);
  if (!def) throw new Error(`unknown job kind ${kind}`);
  const data = def.payload.parse(payload) as Prisma.InputJsonValue;
  const row = await (options.tx ?? db()).backgroundJob.create({ data: { kind, ownerId: user.id, payload: data }, select: { id: true } });
  if (!options.tx) await wakeJobAfterCommit(row.id);
  return row.id;
}

export async function wakeJobAfterCommit(id: number): Promise<void> {
  const row = await db().backgroundJob.findUnique({ where: { id }, select: { kind: true } });
  if (row) await wakeJob(id, jobKind(row.kind)?.expireInSeconds ?? 15 * 60);
}

function withLive(v: JobView): JobView {
  const live = v.status === "RUNNING" ? liveJobs().get(v.id) : undefined;
  return live ? { ...v, done: live.done, of: live.of ?? v.of } : v;
}

/** The job if `user` may see it (hers, or any for an admin), else null. */
export async function readJob(user: ScopedUser, id: number): Promise<JobView | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const row = await db().backgroundJob.findFirst({ where: { AND: [{ id }, ownerWhere(user)] }, select: VIEW });
  return row ? withLive(row) : null;
}

/** The latest jobs `user` may see, newest first. */
export async function listJobs(user: ScopedUser, take = 50): Promise<JobView[]> {
  const rows = await db().backgroundJob.findMany({ where: ownerWhere(user), orderBy: { id: "desc" }, take, select: VIEW });
  return rows.map(withLive);
}

// ───────────────────────── For the worker (lib/jobs/worker.ts) ─────────────────────────

export type ClaimedJob = { id: number; kind: string; payload: unknown; attempt: number; owner: ScopedUser };

/**
 * Takes the job for one run: a QUEUED row, or a RUNNING one whose runner
 * stopped writing its heartbeat `staleMs` ago (its instance died). One
 * statement, so of two workers woken for the same job only one gets it.
 */
export async function claimJob(id: number, staleMs: number): Promise<ClaimedJob | null> {
  const rows = await db().$queryRaw<{ id: number; kind: string; payload: unknown; attempts: number; owner_id: number }[]>`
    UPDATE background_job
       SET status = 'RUNNING', attempts = attempts + 1, heartbeat_at = now(), started_at = coalesce(started_at, now())
     WHERE id = ${id}
       AND (status = 'QUEUED' OR (status = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => ${staleMs / 1000}))))
    RETURNING id, kind, payload, attempts, owner_id`;
  const r = rows[0];
  if (!r) return null;
  const owner = await db().user.findUnique({
    where: { id: r.owner_id },
    select: { id: true, role: true, provinceId: true, kabupatenId: true, active: true },
  });
  const scoped: ScopedUser = owner?.active ? owner : { id: r.owner_id, role: "DISTRICT_STAFF", provinceId: null, kabupatenId: null };
  return { id: r.id, kind: r.kind, payload: r.payload, attempt: r.attempts, owner: scoped };
}

/** Progress and heartbeat of the run `attempt`; false when the run is no longer this one's. */
export async function writeJobProgress(id: number, attempt: number, done: number, of: number | null): Promise<boolean> {
  const r = await db().backgroundJob.updateMany({
    where: { id, attempts: attempt, status: "RUNNING" },
    data: { done, of, heartbeatAt: new Date() },
  });
  return r.count === 1;
}

export async function finishJob(id: number, attempt: number, result: unknown, done: number, of: number | null): Promise<void> {
  await db().backgroundJob.updateMany({
    where: { id, attempts: attempt, status: "RUNNING" },
    data: { status: "DONE", result: (result ?? Prisma.JsonNull) as Prisma.InputJsonValue, done, of, finishedAt: new Date() },
  });
}

export async function failJob(id: number, attempt: number, errorKey: string): Promise<void> {
  await db().backgroundJob.updateMany({
    where: { id, attempts: attempt, status: "RUNNING" },
    data: { status: "FAILED", errorKey, finishedAt: new Date() },
  });
}

/** Hands runs this process could not finish (it is stopping) back to the queue. */
export async function releaseJobs(runs: { id: number; attempt: number }[]): Promise<void> {
  for (const r of runs) {
    await db().backgroundJob.updateMany({
      where: { id: r.id, attempts: r.attempt, status: "RUNNING" },
      data: { status: "QUEUED", heartbeatAt: null },
    });
  }
}

/**
 * Jobs nobody will run: QUEUED for `ageMs` or RUNNING with a stale heartbeat,
 * and no pending wake-up in pg-boss (its send was lost, or its retries ran
 * out while the row was still held).
 */
export async function orphanedJobs(ageMs: number, staleMs: number): Promise<{ id: number; kind: string }[]> {
  return db().$queryRaw<{ id: number; kind: string }[]>`
    SELECT b.id, b.kind FROM background_job b
     WHERE ((b.status = 'QUEUED' AND b.created_at < now() - make_interval(secs => ${ageMs / 1000}))
         OR (b.status = 'RUNNING' AND b.heartbeat_at < now() - make_interval(secs => ${staleMs / 1000})))
       AND NOT EXISTS (SELECT 1 FROM pgboss.job j
                        WHERE j.name = ${QUEUE} AND j.state < 'completed' AND j.data->>'jobId' = b.id::text)
     ORDER BY b.id
     LIMIT 100`;
}
