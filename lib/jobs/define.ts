// A kind of background job: a name, the zod schema of its payload and the
// handler (decision 0025). The handler gets the owner (scoped reads) and a
// context to report progress; what it returns is the job's result.
import type { z } from "zod";
import type { ScopedUser } from "@/lib/authz/scope";

export type JobContext = {
  jobId: number;
  owner: ScopedUser;
  /** Rows (or steps) done out of `of`; cheap to call often, written at most every 500 ms. */
  progress(done: number, of?: number): void;
};

/** A handler's failure meant for the user: `key` is a message key (jobs.errors.*). */
export class JobError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  kind: string;
  payload: S;
  handler(payload: z.output<S>, ctx: JobContext): Promise<unknown>;
  /** After this long without finishing pg-boss fails the run and retries it elsewhere (the instance died). */
  expireInSeconds: number;
};

export function defineJob<S extends z.ZodType>(
  kind: string,
  payload: S,
  handler: (payload: z.output<S>, ctx: JobContext) => Promise<unknown>,
  options: { expireInSeconds?: number } = {},
): JobDefinition<S> {
  return { kind, payload, handler, expireInSeconds: options.expireInSeconds ?? 15 * 60 };
}
