import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Who did what to which record, with the old and new values. Call inside the write's transaction. */
export async function recordAudit(
  tx: Tx,
  entry: { userId: number; action: string; entity: string; entityId: number | string; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

/** Many audit rows in one insert per chunk (an import writes one per record). */
export async function recordAudits(
  tx: Tx,
  entries: { userId: number; action: string; entity: string; entityId: number | string; before?: unknown; after?: unknown }[],
): Promise<void> {
  for (let i = 0; i < entries.length; i += 1000) {
    await tx.auditLog.createMany({
      data: entries.slice(i, i + 1000).map((e) => ({
        userId: e.userId,
        action: e.action,
        entity: e.entity,
        entityId: String(e.entityId),
        before: toJson(e.before),
        after: toJson(e.after),
      })),
    });
  }
}

function toJson(v: unknown): Prisma.InputJsonValue | undefined {
  if (v === undefined || v === null) return undefined;
  // Dates and BigInts become strings; the log is for people to read.
  return JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x)));
}
