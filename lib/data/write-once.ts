import "server-only";
// Writes that may arrive twice — a double tap, a retry after a timeout, a
// second tab, later the outbox — carry an idempotency key made when their form
// was opened (the hidden field of components/form/idempotency-key.tsx). The
// key is claimed in the write's own transaction, under a unique constraint:
// a concurrent repeat waits for the first to commit and then gets its result
// back; a write that is refused (invalid input) leaves no claim, so the
// corrected form can be sent again with the same key. The same key with other
// input (a form reused after going back and changing it) is refused, never
// answered with the first write's result: that would lose what she typed.
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { failField, ok, type Result } from "./result";

type Tx = Prisma.TransactionClient;

/** The key a form sent (`idempotencyKey`), if it is one: anything else writes without one. */
const keyField = z.object({ idempotencyKey: z.uuid() });

export function idempotencyKeyOf(raw: unknown): string | undefined {
  const k = keyField.safeParse(raw);
  return k.success ? k.data.idempotencyKey : undefined;
}

/** What a write was sent, as a hash: its fields but the key, in a fixed order. */
function inputHash(raw: unknown): string {
  const fields = raw && typeof raw === "object" ? Object.entries(raw as Record<string, unknown>) : [];
  const kept = fields.filter(([k]) => k !== "idempotencyKey").sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash("sha256").update(JSON.stringify(kept)).digest("hex");
}

/**
 * Runs `work` in one transaction, at most once per (user, key): a repeated key
 * answers what the first write answered (`{ id }` of the record it made).
 */
export async function writeOnce<T extends Prisma.InputJsonObject>(
  user: { id: number },
  raw: unknown,
  action: string,
  work: (tx: Tx) => Promise<T>,
): Promise<Result<T>> {
  const key = idempotencyKeyOf(raw);
  const hash = inputHash(raw);
  return db().$transaction(async (tx): Promise<Result<T>> => {
    if (key) {
      const claimed = await tx.writeReceipt.createMany({
        data: [{ userId: user.id, key, action, inputHash: hash, result: {} }],
        skipDuplicates: true,
      });
      if (claimed.count === 0) {
        const first = await tx.writeReceipt.findUniqueOrThrow({ where: { userId_key: { userId: user.id, key } } });
        if (first.action !== action || first.inputHash !== hash) return failField("_form", "validation.keyReused");
        return ok(first.result as T);
      }
    }
    const value = await work(tx);
    if (key) await tx.writeReceipt.update({ where: { userId_key: { userId: user.id, key } }, data: { result: value } });
    return ok(value);
  });
}
