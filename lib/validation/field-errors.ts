// zod issues → language-neutral message keys per field. Actions translate the
// keys with the user's message catalogue, so schemas stay shared by forms,
// actions and the data layer, and errors appear in the user's language.
import type { z } from "zod";

export type Message = { key: string; values?: Record<string, string | number> };
export type FieldErrors = Record<string, Message>;

/**
 * Custom schema messages are catalogue keys: `validation.…` for shared ones,
 * `<namespace>.validation.…` for a feature's own. zod's own messages are
 * sentences, never dotted identifiers.
 */
const MESSAGE_KEY = /^([a-z]+\.)?validation(\.[a-zA-Z0-9]+)+$/;

function messageFor(issue: z.core.$ZodIssue): Message {
  if (MESSAGE_KEY.test(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case "invalid_type":
      return { key: issue.input === undefined || issue.input === null ? "validation.required" : "validation.invalid" };
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1
          ? { key: "validation.required" }
          : { key: "validation.tooShort", values: { min: Number(issue.minimum) } };
      return { key: "validation.tooSmall", values: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { key: "validation.tooLong", values: { max: Number(issue.maximum) } };
      return { key: "validation.tooBig", values: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "validation.email" : "validation.invalid" };
    case "invalid_value":
      return { key: "validation.choose" };
    default:
      return { key: "validation.invalid" };
  }
}

/** First message per top-level field; issues without a path go to "_form". */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "_form";
    out[field] ??= messageFor(issue);
  }
  return out;
}

/** Empty form fields arrive as "": treat them as absent. */
export function blankToUndefined(v: unknown): unknown {
  return typeof v === "string" && v.trim() === "" ? undefined : v;
}
