// The process's pg-boss instance (decision 0025): it carries only the wake-up
// ({ jobId }); the state lives in background_job. One queue for every kind, so
// each instance polls once per worker, whatever the number of kinds.
import PgBoss from "pg-boss";
import { logger } from "@/lib/log";

export const QUEUE = "pekka-jobs";

type State = { starting?: Promise<PgBoss>; boss?: PgBoss; localWorkers: string[] };
const KEY = Symbol.for("pekka.jobs.queue");
const g = globalThis as unknown as { [KEY]?: State };
const state = (): State => (g[KEY] ??= { localWorkers: [] });

/**
 * pg-boss's own pool: 2 connections on PostgreSQL (a poll and a send); 1 on the
 * embedded database, where it is a second client of the gate, which serves
 * one client at a time (decision 0004): pg-boss's statements wait their turn
 * there, they are single statements and hold no transaction open across turns.
 */
export function queueOptions(env: NodeJS.ProcessEnv = process.env) {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  const embedded = env.PEKKA_EMBEDDED_DB === "1";
  return {
    connectionString: env.DATABASE_URL,
    max: embedded ? 1 : 2,
    application_name: "pekka-jobs",
    schema: "pgboss",
    // How often expired runs (an instance that died) are failed and retried.
    maintenanceIntervalSeconds: Number(env.PEKKA_JOBS_MAINTENANCE_SECONDS ?? 30),
    schedule: false,
    connectionTimeoutMillis: 10_000,
  };
}

/** The started instance, created on first use; the queue exists when it resolves. */
export function queue(): Promise<PgBoss> {
  const s = state();
  s.starting ??= (async () => {
    const boss = new PgBoss(queueOptions());
    boss.on("error", (err) => logger().warn({ err }, "job queue error"));
    await boss.start();
    try {
      await boss.createQueue(QUEUE);
    } catch (e) {
      // Another instance created it at the same moment.
      if (!(await boss.getQueue(QUEUE))) throw e;
    }
    s.boss = boss;
    return boss;
  })().catch((e) => {
    s.starting = undefined;
    throw e;
  });
  return s.starting;
}

/** Sends the wake-up for a job row; a worker of this process is told at once, others poll. */
export async function wakeJob(jobId: number, expireInSeconds: number): Promise<void> {
  const boss = await queue();
  await boss.send(QUEUE, { jobId }, { expireInSeconds, retryLimit: 3, retryDelay: 1 });
  for (const id of state().localWorkers) boss.notifyWorker(id);
}

export function registerLocalWorker(id: string): void {
  state().localWorkers.push(id);
}

/** Stops this process's instance (workers first; running jobs get `timeoutMs` to finish). */
export async function stopQueue(timeoutMs: number): Promise<void> {
  const s = state();
  const boss = s.boss ?? (s.starting ? await s.starting.catch(() => undefined) : undefined);
  g[KEY] = undefined;
  if (boss) await boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
}
