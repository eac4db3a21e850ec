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
import type { Prisma } from "@/lib/generated/prisma/client";
import { failField, ok, type Result } from "./result";
import { inTx } from "./transaction";

type Tx = Prisma.TransactionClient;

/** The key a form sent (`idempotencyKey`), if it is one: anything else writes without one. */
const keyField = z.object({ idempotencyKey: z.uuid() });

export function idempotencyKeyOf(raw: unknown): string | undefined {
  const k = keyField.safeParse(raw);
  return k.success ? k.data.idempotencyKey : undefined;
}

/**
 * What a write was sent, as a hash: its fields but the key, in a fixed order,
 * and what else makes it this write (`bound`: the record it is bound to, an
 * uploaded file's sha256), which the fields do not carry.
 */
function inputHash(raw: unknown, bound?: Record<string, string | number>): string {
  const sorted = (o: Record<string, unknown>) => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const fields = raw && typeof raw === "object" ? sorted(raw as Record<string, unknown>) : [];
  const kept = fields.filter(([k]) => k !== "idempotencyKey");
  // Without `bound` the hash is what it always was, so receipts written before it still match.
  return createHash("sha256")
    .update(JSON.stringify(bound ? [kept, sorted(bound)] : kept))
    .digest("hex");
}

/**
 * The first statement of a write's transaction: claims (user, key) for this
 * write. Null when the write is to go ahead (the key is now hers, or there is
 * no key); otherwise the answer to give instead: the first write's result, or
 * `validation.keyReused`. Whatever `tx` does next, the claim commits or rolls
 * back with it — a refused write must roll back (writeOnceResult, inTx), so
 * that it leaves no claim. A claimed write ends with `recordResult`.
 */
async function claimOnce<T extends Prisma.InputJsonObject>(
  tx: Tx,
  user: { id: number },
  raw: unknown,
  action: string,
  bound?: Record<string, string | number>,
): Promise<Result<T> | null> {
  const key = idempotencyKeyOf(raw);
  if (!key) return null;
  const hash = inputHash(raw, bound);
  const claimed = await tx.writeReceipt.createMany({
    data: [{ userId: user.id, key, action, inputHash: hash, result: {} }],
    skipDuplicates: true,
  });
  if (claimed.count === 1) return null;
  // A concurrent first holder made this insert wait until it committed (or rolled back, and then the insert claims).
  const first = await tx.writeReceipt.findUniqueOrThrow({ where: { userId_key: { userId: user.id, key } } });
  if (first.action !== action || first.inputHash !== hash) return failField("_form", "validation.keyReused");
  return ok(first.result as T);
}

/** What a claimed write answered, kept with its claim for the repeats (in the same transaction). */
async function recordResult(tx: Tx, user: { id: number }, raw: unknown, value: Prisma.InputJsonObject): Promise<void> {
  const key = idempotencyKeyOf(raw);
  if (key) await tx.writeReceipt.update({ where: { userId_key: { userId: user.id, key } }, data: { result: value } });
}

/**
 * Runs `work` in one transaction, at most once per (user, key): a repeated key
 * answers what the first write answered (`{ id }` of the record it made).
 * `bound` as for claimOnce.
 */
export async function writeOnce<T extends Prisma.InputJsonObject>(
  user: { id: number },
  raw: unknown,
  action: string,
  work: (tx: Tx) => Promise<T>,
  bound?: Record<string, string | number>,
): Promise<Result<T>> {
  return writeOnceResult(user, raw, action, async (tx) => ok(await work(tx)), bound);
}

/**
 * writeOnce for a write that may refuse inside its transaction (a version
 * check answering STALE, a record gone): a refusal rolls back the claim with
 * the rest, so the same key may be sent again; only a success is kept for the
 * repeats.
 */
export async function writeOnceResult<T extends Prisma.InputJsonObject>(
  user: { id: number },
  raw: unknown,
  action: string,
  work: (tx: Tx) => Promise<Result<T>>,
  bound?: Record<string, string | number>,
): Promise<Result<T>> {
  return inTx(async (tx): Promise<Result<T>> => {
    const repeat = await claimOnce<T>(tx, user, raw, action, bound);
    if (repeat) return repeat;
    const r = await work(tx);
    if (r.ok) await recordResult(tx, user, raw, r.value);
    return r;
  });
}
