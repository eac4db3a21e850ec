import "server-only";
// A transaction whose work answers a Result: a refusal (STALE, a field error)
// rolls back whatever the work did before it refused, and is answered as is.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Result } from "./result";

/** Raised inside a transaction to roll it back with a Result. */
class Refusal extends Error {
  constructor(public readonly result: Result<never>) {
    super("refused");
  }
}

export async function inTx<T>(work: (tx: Prisma.TransactionClient) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await db().$transaction(async (tx) => {
      const r = await work(tx);
      if (!r.ok) throw new Refusal(r);
      return r;
    });
  } catch (e) {
    if (e instanceof Refusal) return e.result;
    throw e;
  }
}
