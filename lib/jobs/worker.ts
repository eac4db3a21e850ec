// Runs background jobs in this process (decision 0025): pg-boss wakes a worker
// with { jobId }; the run claims the row (claimJob), so a job runs once at a
// time however many wake-ups or instances there are; the row gets progress,
// a heartbeat and the outcome. A sweep re-sends wake-ups that were lost.
import type PgBoss from "pg-boss";
import { z } from "zod";
import { claimJob, failJob, finishJob, orphanedJobs, releaseJobs, wakeJobAfterCommit, writeJobProgress } from "@/lib/data/jobs";
import { logger } from "@/lib/log";
import { JobError } from "./define";
import { jobKind } from "./kinds";
import { liveJobs } from "./progress";
import { QUEUE, queue, registerLocalWorker, stopQueue } from "./queue";

export type WorkerOptions = {
  concurrency?: number;
  pollingIntervalSeconds?: number;
  /** Progress is written at most this often (and a heartbeat at least every heartbeatMs). */
  progressMs?: number;
  heartbeatMs?: number;
  /** A RUNNING row whose heartbeat is this old lost its runner. */
  staleMs?: number;
  sweepMs?: number;
};

const DEFAULTS: Required<WorkerOptions> = {
  concurrency: 2,
  pollingIntervalSeconds: 1,
  progressMs: 500,
  heartbeatMs: 5_000,
  staleMs: 30_000,
  sweepMs: 30_000,
};

type Run = { id: number; attempt: number; done: number; of: number | null; dirty: boolean };
type WorkerState = { options: Required<WorkerOptions>; runs: Map<number, Run>; sweep?: NodeJS.Timeout };
const KEY = Symbol.for("pekka.jobs.worker");
const g = globalThis as unknown as { [KEY]?: JobRunner };

const wakeUp = z.object({ jobId: z.number().int().positive() });

export type JobRunner = { stop(timeoutMs?: number): Promise<void> };

/**
 * Runs jobs woken through `boss` (started, queue created) until stopped. The
 * server has one (startWorker); a test may make two on two instances.
 */
export async function createJobRunner(boss: PgBoss, options: WorkerOptions = {}, onWorker?: (id: string) => void): Promise<JobRunner> {
  const o = { ...DEFAULTS, ...options };
  const state: WorkerState = { options: o, runs: new Map() };
  for (let i = 0; i < o.concurrency; i++) {
    const id = await boss.work(QUEUE, { batchSize: 1, pollingIntervalSeconds: o.pollingIntervalSeconds }, async ([job]) => {
      const w = wakeUp.safeParse(job?.data);
      if (w.success) await runJob(state, w.data.jobId);
    });
    onWorker?.(id);
  }
  const sweep = () => void sweepOrphans(o).catch((err) => logger().warn({ err }, "job sweep failed"));
  state.sweep = setInterval(sweep, o.sweepMs);
  state.sweep.unref();
  sweep();
  return {
    async stop(timeoutMs = 5_000) {
      clearInterval(state.sweep);
      await boss.offWork(QUEUE);
      // offWork returns at once; wait for the runs in hand, then hand back the rest.
      const until = Date.now() + timeoutMs;
      while (state.runs.size && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      if (state.runs.size) await releaseJobs([...state.runs.values()]);
    },
  };
}

/** This process's runner, on the process's queue instance. */
export async function startWorker(options: WorkerOptions = {}): Promise<void> {
  if (g[KEY]) return;
  const boss = await queue();
  g[KEY] = await createJobRunner(boss, options, registerLocalWorker);
}

async function sweepOrphans(o: Required<WorkerOptions>): Promise<void> {
  for (const j of await orphanedJobs(o.sweepMs, o.staleMs)) await wakeJobAfterCommit(j.id);
}

async function runJob(state: WorkerState, jobId: number): Promise<void> {
  const o = state.options;
  const claimed = await claimJob(jobId, o.staleMs);
  if (!claimed) return; // done, failed, or running elsewhere: this wake-up was a duplicate
  const run: Run = { id: claimed.id, attempt: claimed.attempt, done: 0, of: null, dirty: false };
  state.runs.set(run.id, run);
  liveJobs().set(run.id, { done: 0, of: null });
  let lastWrite = Date.now();
  let writing: Promise<unknown> | null = null;
  const flush = (force: boolean) => {
    if (writing || (!run.dirty && !force)) return;
    run.dirty = false;
    lastWrite = Date.now();
    // Never awaited by the handler: on the embedded database it waits while the handler holds the connection.
    writing = writeJobProgress(run.id, run.attempt, run.done, run.of)
      .catch((err) => logger().debug({ err, jobId: run.id }, "job progress not written"))
      .finally(() => (writing = null));
  };
  const timer = setInterval(() => flush(Date.now() - lastWrite >= o.heartbeatMs), o.progressMs);
  timer.unref();
  try {
    const def = jobKind(claimed.kind);
    if (!def) throw new JobError("jobs.errors.unknownKind");
    const payload = def.payload.safeParse(claimed.payload);
    if (!payload.success) throw new JobError("jobs.errors.payload");
    const result = await def.handler(payload.data, {
      jobId: run.id,
      owner: claimed.owner,
      progress(done, of) {
        run.done = done;
        if (of !== undefined) run.of = of;
        run.dirty = true;
        liveJobs().set(run.id, { done, of: run.of });
      },
    });
    clearInterval(timer);
    await writing;
    await finishJob(run.id, run.attempt, result, run.done, run.of);
  } catch (e) {
    clearInterval(timer);
    await writing;
    const key = e instanceof JobError ? e.key : "jobs.errors.unexpected";
    if (!(e instanceof JobError)) logger().error({ err: e, jobId: run.id, kind: claimed.kind }, "background job failed");
    await failJob(run.id, run.attempt, key);
  } finally {
    state.runs.delete(run.id);
    liveJobs().delete(run.id);
  }
}

/**
 * Stops this process's runner: running jobs get `timeoutMs` to finish; those
 * that do not are handed back (QUEUED) for another instance.
 */
export async function stopWorker(timeoutMs = 5_000): Promise<void> {
  const runner = g[KEY];
  g[KEY] = undefined;
  await runner?.stop(timeoutMs);
  await stopQueue(1_000);
}
