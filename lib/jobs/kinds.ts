// Every kind of background job, by name. A job row names its kind; the worker
// refuses a kind it does not know. Tests may add their own (registerJobKind).
import { z } from "zod";
import { runImportCheck, runImportCommit } from "@/lib/data/imports/run";
import { defineJob, type JobDefinition } from "./define";

const batch = z.object({ batchId: z.number().int().positive() }).strict();

/** Reads and checks an uploaded file into its batch's preview (progress: rows read, then of the total). */
export const importCheck = defineJob(
  "import.check",
  batch,
  async (p, ctx) => {
    await runImportCheck(p.batchId, ctx.progress);
    return { batchId: p.batchId };
  },
  { expireInSeconds: 10 * 60 },
);

/** Writes a confirmed batch, all or nothing (progress: rows written of those to write). */
export const importCommit = defineJob(
  "import.commit",
  batch.extend({ skipErrors: z.boolean() }),
  async (p, ctx) => {
    await runImportCommit(p.batchId, p.skipErrors, ctx.progress);
    return { batchId: p.batchId };
  },
  // Longer than the commit's own transaction timeout (batches.ts LONG_TX), so a slow commit is not run twice.
  { expireInSeconds: 15 * 60 },
);

const KINDS = new Map<string, JobDefinition>([importCheck, importCommit].map((d) => [d.kind, d as unknown as JobDefinition]));

export function jobKind(kind: string): JobDefinition | undefined {
  return KINDS.get(kind);
}

/** For tests: kinds of their own. */
export function registerJobKind(def: JobDefinition): void {
  KINDS.set(def.kind, def);
}
