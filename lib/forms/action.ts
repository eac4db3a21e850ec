import "server-only";
// The shared shape of every form action: who is asking, the submitted values,
// the data-layer call, and errors translated into the user's language.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError } from "@/lib/authz/permissions";
import { isDatabaseUnavailableError } from "@/lib/db/outage";
import type { FieldErrors } from "@/lib/validation/field-errors";
import type { Result } from "@/lib/data/result";
import type { FormState } from "./state";

/** FormData → plain object of strings (files are collected separately by formFiles). */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) {
    if (!k.startsWith("$") && typeof v === "string") out[k] = v;
  }
  return out;
}

/**
 * FormData → the files chosen in file inputs, by field name. An input left
 * empty arrives as a nameless empty File and is left out. Files are never
 * echoed back in FormState (a browser cannot refill a file input).
 */
export function formFiles(formData: FormData): Record<string, File> {
  const out: Record<string, File> = {};
  for (const [k, v] of formData.entries()) {
    if (!k.startsWith("$") && typeof v !== "string" && (v.size > 0 || v.name !== "")) out[k] = v;
  }
  return out;
}

export async function translateErrors(errors: FieldErrors): Promise<Pick<FormState, "fieldErrors" | "formError">> {
  const t = await getTranslations();
  const fieldErrors: Record<string, string> = {};
  let formError: string | undefined;
  for (const [field, m] of Object.entries(errors)) {
    const text = t(m.key as never, m.values as never);
    if (field === "_form") formError = text;
    else fieldErrors[field] = text;
  }
  return { fieldErrors, formError: formError ?? (Object.keys(fieldErrors).length ? t("validation.checkFields") : undefined) };
}

/** A write's outcome before it is put into words: the value, or what went wrong. */
export type WriteAttempt<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors; reason: "invalid" | "forbidden" | "unavailable" };

/**
 * Runs a data-layer write for a signed-in user: the form's values and files,
 * a refusal for a role that may not, and an outage (lib/db/outage.ts) told
 * apart from everything else, since nothing was saved and she may try again.
 */
export async function attemptWrite<T>(
  user: CurrentUser,
  formData: FormData,
  write: (user: CurrentUser, values: Record<string, string>, files: Record<string, File>) => Promise<Result<T>>,
): Promise<WriteAttempt<T>> {
  try {
    const r = await write(user, formValues(formData), formFiles(formData));
    return r.ok ? r : { ok: false, errors: r.fieldErrors, reason: "invalid" };
  } catch (e) {
    if (e instanceof ForbiddenError) return { ok: false, errors: { _form: { key: "validation.forbidden" } }, reason: "forbidden" };
    if (isDatabaseUnavailableError(e))
      return { ok: false, errors: { _form: { key: "errors.unavailable.formError" } }, reason: "unavailable" };
    throw e;
  }
}

/**
 * Runs a data-layer write for the signed-in user. On success returns the
 * value; on failure a FormState to send back to the form, with what she typed.
 */
export async function runWrite<T>(
  formData: FormData,
  write: (user: CurrentUser, values: Record<string, string>, files: Record<string, File>) => Promise<Result<T>>,
): Promise<{ ok: true; value: T } | { ok: false; state: FormState }> {
  const values = formValues(formData);
  const user = await getCurrentUser().catch((e: unknown) => {
    if (isDatabaseUnavailableError(e)) return "unavailable" as const;
    throw e;
  });
  if (user === "unavailable") {
    return { ok: false, state: { ...(await translateErrors({ _form: { key: "errors.unavailable.formError" } })), values } };
  }
  if (!user) return { ok: false, state: { ...(await translateErrors({ _form: { key: "validation.signedOut" } })), values } };
  const r = await attemptWrite(user, formData, write);
  if (r.ok) return r;
  return { ok: false, state: { ...(await translateErrors(r.errors)), values } };
}

/**
 * The tail every form action shares: the write for the signed-in user; on
 * failure the form's state (errors, what was typed); on success the section's
 * pages revalidated and the browser sent to `to(value)`. Each action is one call.
 */
export async function writeThenRedirect<T>(
  formData: FormData,
  write: (user: CurrentUser, values: Record<string, string>, files: Record<string, File>) => Promise<Result<T>>,
  then: { revalidate: string; to: (value: T) => string },
): Promise<FormState> {
  const r = await runWrite(formData, write);
  if (!r.ok) return r.state;
  revalidatePath(then.revalidate);
  redirect(then.to(r.value));
}
