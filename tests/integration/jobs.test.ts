// Background jobs on PostgreSQL (decision 0025): enqueue → run → progress →
// DONE; a failing handler → FAILED with a message key; only the owner (or an
// admin) reads a job; two queue instances never run a job twice; a lost
// runner's job is taken over; a kader import through its check and commit jobs.
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { requestCommit, startImport } from "@/lib/data/imports/run";
import { enqueueJob, listJobs, readJob } from "@/lib/data/jobs";
import { defineJob, JobError, type JobDefinition } from "@/lib/jobs/define";
import { registerJobKind } from "@/lib/jobs/kinds";
import { QUEUE, queue, queueOptions } from "@/lib/jobs/queue";
import { createJobRunner, startWorker, stopWorker, type JobRunner } from "@/lib/jobs/worker";
import { csvFile } from "../support/import-files";
import { buildWorld, type World } from "./world";

let w: World;
let second: { boss: PgBoss; runner: JobRunner };
const runs = new Map<number, number>();
const gates = new Map<number, () => void>();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const register = (d: JobDefinition<z.ZodType>) => registerJobKind(d as unknown as JobDefinition);

register(
  defineJob("test-count", z.object({ n: z.number() }), async (_p, ctx) => {
    runs.set(ctx.jobId, (runs.get(ctx.jobId) ?? 0) + 1);
    await sleep(30);
    return { ran: true };
  }),
);
register(
  defineJob("test-steps", z.object({ steps: z.number() }), async (p, ctx) => {
    for (let i = 1; i <= p.steps; i++) {
      ctx.progress(i, p.steps);
      if (i === 2) await new Promise<void>((r) => gates.set(ctx.jobId, r));
    }
    return { steps: p.steps };
  }),
);
register(
  defineJob("test-fail", z.object({}), async () => {
    throw new JobError("jobs.errors.test");
  }),
);
register(
  defineJob("test-boom", z.object({}), async () => {
    throw new Error("not for the user's eyes");
  }),
);

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out; last: ${JSON.stringify(v)}`);
    await sleep(50);
  }
}

const FAST = { pollingIntervalSeconds: 0.5, progressMs: 100, heartbeatMs: 200, staleMs: 1_000, sweepMs: 1_000 };

beforeAll(async () => {
  w = await buildWorld();
  await startWorker(FAST);
  const boss = new PgBoss(queueOptions());
  await boss.start();
  second = { boss, runner: await createJobRunner(boss, FAST) };
});

afterAll(async () => {
  await second?.runner.stop(1_000);
  await second?.boss.stop({ graceful: false, wait: true });
  await stopWorker(1_000);
});

describe("background jobs", () => {
  it("run: progress is visible while running, then DONE with the result", async () => {
    const id = await enqueueJob(w.users.coordA, "test-steps", { steps: 4 });
    const running = await until(
      () => readJob(w.users.coordA, id),
      (j) => j?.status === "RUNNING" && j.done === 2,
    );
    expect(running).toMatchObject({ status: "RUNNING", done: 2, of: 4 });
    // The row itself gets the progress too (another instance reads that).
    await until(
      () => w.prisma.backgroundJob.findUnique({ where: { id } }),
      (r) => r?.done === 2 && r.of === 4,
    );
    gates.get(id)!();
    const done = await until(
      () => readJob(w.users.coordA, id),
      (j) => j?.status === "DONE",
    );
    expect(done).toMatchObject({ status: "DONE", done: 4, of: 4, result: { steps: 4 }, errorKey: null });
    expect(done!.startedAt!.getTime()).toBeGreaterThanOrEqual(done!.createdAt.getTime());
  });

  it("a kader import runs through its two jobs: the check leaves a preview, the commit writes it", async () => {
    const code = `${w.a.kabupaten.code}019001`;
    await w.prisma.desa.update({ where: { id: w.a.desa.id }, data: { code } });
    const rows = [["Nama lengkap", "Jabatan", "Serikat", "Kode desa"]];
    for (let i = 0; i < 40; i++) rows.push([`Kader Impor ${i}`, "Kader", "Serikat A1", code]);
    rows.push(["Kader Salah", "Bos", "Serikat A1", code]);
    const bytes = csvFile(rows);
    const started = await startImport(w.users.coordA, "KADER", {
      name: "kader.csv",
      size: bytes.length,
      arrayBuffer: async () => bytes.buffer as ArrayBuffer,
    });
    expect(started.ok).toBe(true);
    const id = started.ok ? started.value.id : 0;
    const checked = await until(
      () => w.prisma.importBatch.findUnique({ where: { id } }),
      (b) => b?.status === "PREVIEWED",
    );
    expect(checked).toMatchObject({ counts: { CREATE: 40, ERROR: 1 }, fileData: null, jobId: null });
    // Someone else cannot commit it; she cannot without skipping the wrong row.
    expect((await requestCommit(w.users.coordB, "KADER", id, true)).ok).toBe(false);
    expect(await requestCommit(w.users.coordA, "KADER", id, false)).toMatchObject({ ok: false });
    expect((await requestCommit(w.users.coordA, "KADER", id, true)).ok).toBe(true);
    const saved = await until(
      () => w.prisma.importBatch.findUnique({ where: { id } }),
      (b) => b?.status === "COMMITTED",
    );
    expect(saved?.counts).toMatchObject({ written: 40, skipped: 1 });
    expect(await w.prisma.kader.count({ where: { fullName: { startsWith: "Kader Impor" } } })).toBe(40);
    const jobs = await w.prisma.backgroundJob.findMany({ where: { ownerId: w.users.coordA.id, kind: { startsWith: "import." } } });
    expect(jobs.map((j) => [j.kind, j.status])).toEqual(
      expect.arrayContaining([
        ["import.check", "DONE"],
        ["import.commit", "DONE"],
      ]),
    );
  });

  it("a file the check cannot read leaves the batch FAILED with the reason and its values", async () => {
    const bytes = csvFile([
      ["Nama lengkap", "Jabatan"],
      ["Inaq", "Kader"],
    ]);
    const started = await startImport(w.users.coordA, "KADER", {
      name: "x.csv",
      size: bytes.length,
      arrayBuffer: async () => bytes.buffer as ArrayBuffer,
    });
    const id = started.ok ? started.value.id : 0;
    const failed = await until(
      () => w.prisma.importBatch.findUnique({ where: { id } }),
      (b) => b?.status === "FAILED",
    );
    expect(failed).toMatchObject({ failureKey: "import.file.missingColumns", fileData: null });
    expect(JSON.stringify(failed?.failureValues)).toContain("Serikat");
    // A PDF is refused at upload, before any batch or job.
    const pdf = new TextEncoder().encode("%PDF-1.4 nope");
    expect(
      await startImport(w.users.coordA, "KADER", { name: "a.csv", size: pdf.length, arrayBuffer: async () => pdf.buffer as ArrayBuffer }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { file: { key: "import.file.unknownFormat" } },
    });
  });

  it("a failing handler ends FAILED with a message key, never the error's text", async () => {
    const a = await enqueueJob(w.users.coordA, "test-fail", {});
    const b = await enqueueJob(w.users.coordA, "test-boom", {});
    const fa = await until(
      () => readJob(w.users.coordA, a),
      (j) => j?.status === "FAILED",
    );
    const fb = await until(
      () => readJob(w.users.coordA, b),
      (j) => j?.status === "FAILED",
    );
    expect(fa).toMatchObject({ errorKey: "jobs.errors.test", finishedAt: expect.any(Date) });
    expect(fb).toMatchObject({ errorKey: "jobs.errors.unexpected" });
    expect(JSON.stringify(fb)).not.toContain("not for the user");
  });

  it("only its owner, or an admin, reads a job", async () => {
    const id = await enqueueJob(w.users.coordA, "test-count", { n: 0 });
    expect(await readJob(w.users.coordB, id)).toBeNull();
    expect(await readJob(w.users.national, id)).toBeNull();
    expect((await readJob(w.users.admin, id))?.id).toBe(id);
    expect((await listJobs(w.users.coordB)).map((j) => j.id)).not.toContain(id);
    expect((await listJobs(w.users.coordA)).map((j) => j.id)).toContain(id);
    expect(await readJob(w.users.coordA, 0)).toBeNull();
    await expect(enqueueJob(w.users.coordA, "test-count", { n: "x" })).rejects.toThrow();
    await expect(enqueueJob(w.users.coordA, "nope", {})).rejects.toThrow("unknown job kind");
  });

  it("two queue instances never run a job twice, even with duplicate wake-ups", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 50; i++) ids.push(await enqueueJob(w.users.staffA1, "test-count", { n: i }));
    // A second wake-up for every job, through the other instance.
    for (const id of ids) await second.boss.send(QUEUE, { jobId: id });
    await until(
      () => w.prisma.backgroundJob.count({ where: { id: { in: ids }, status: "DONE" } }),
      (n) => n === 50,
      45_000,
    );
    expect(ids.map((id) => runs.get(id))).toEqual(ids.map(() => 1));
    const rows = await w.prisma.backgroundJob.findMany({
      where: { id: { in: ids } },
      select: { createdAt: true, startedAt: true, attempts: true },
    });
    expect(rows.every((r) => r.attempts === 1)).toBe(true);
    const lat = rows.map((r) => r.startedAt!.getTime() - r.createdAt.getTime()).sort((a, b) => a - b);
    const conns = await w.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'pekka-jobs'`;
    console.log(
      `jobs: 50 jobs, enqueue→start p50 ${lat[24]} ms, p95 ${lat[47]} ms, max ${lat[49]} ms; pg-boss connections ${conns[0]!.n} (two instances)`,
    );
  }, 60_000);

  it("a job whose runner died (stale heartbeat, no pending wake-up) is taken over", async () => {
    const job = await w.prisma.backgroundJob.create({
      data: {
        kind: "test-count",
        ownerId: w.users.coordA.id,
        payload: { n: 1 },
        status: "RUNNING",
        attempts: 1,
        heartbeatAt: new Date(Date.now() - 60_000),
        startedAt: new Date(),
      },
    });
    const done = await until(
      () => readJob(w.users.coordA, job.id),
      (j) => j?.status === "DONE",
    );
    expect(done?.status).toBe("DONE");
    expect((await w.prisma.backgroundJob.findUnique({ where: { id: job.id } }))?.attempts).toBe(2);
  });

  it("the process's queue instance is shared", async () => {
    expect(await queue()).toBe(await queue());
  });
});
