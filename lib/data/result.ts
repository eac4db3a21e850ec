import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { toFieldErrors } from "@/lib/validation/field-errors";
import type { z } from "zod";

/** What a data-layer write answers: the value, or errors to show beside the fields. */
export type Result<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (fieldErrors: FieldErrors): Result<never> => ({ ok: false, fieldErrors });
export const failField = (field: string, key: string): Result<never> => fail({ [field]: { key } });

/** Parse with a shared schema; bad input never reaches the database. */
export function parse<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; fieldErrors: FieldErrors } {
  const r = schema.safeParse(raw);
  return r.success ? { ok: true, data: r.data } : { ok: false, fieldErrors: toFieldErrors(r.error) };
}

export function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}

/** The row changed since the form was loaded (optimistic concurrency). */
export const STALE = failField("_form", "validation.stale");
