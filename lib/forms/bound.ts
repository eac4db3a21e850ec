import "server-only";
// A server action's bound arguments (`action.bind(null, plan.id)`) travel in
// the page's form as plain JSON, which a client can rewrite: another type, a
// number out of range. An action checks them before anything else; a value
// the page could not have bound names nothing, so the answer is "not found".
import { notFound } from "next/navigation";

const MAX_ID = 2_147_483_647;

/** Checks a bound id: a positive integer that fits the id columns. */
export function boundId(value: unknown): number {
  if (typeof value === "number" && Number.isInteger(value) && value > 0 && value <= MAX_ID) return value;
  notFound();
}

/** Checks a bound flag: true or false, nothing else. */
export function boundFlag(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  notFound();
}
