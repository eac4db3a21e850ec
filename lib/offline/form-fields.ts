// What of a form goes onto the phone. Sealed fields (the violence desk's
// complainant and story) never do: not in a draft, not in the outbox.
// Files go into the outbox only (a browser cannot refill a file input from a
// draft), and only those chosen.

export type FormContent = { fields: Record<string, string>; files: Record<string, File> };

/** The form's entries, without Next's own (`$ACTION_…`) and without the sealed fields. */
export function formContent(entries: Iterable<[string, FormDataEntryValue]>, sealed: readonly string[] = []): FormContent {
  const fields: Record<string, string> = {};
  const files: Record<string, File> = {};
  for (const [name, value] of entries) {
    if (name.startsWith("$") || sealed.includes(name)) continue;
    if (typeof value === "string") fields[name] = value;
    else if (value.size > 0 || value.name !== "") files[name] = value;
  }
  return { fields, files };
}

/** Whether a draft holds anything she typed: a field other than what the page filled in. */
export function differsFrom(fields: Record<string, string>, initial: Record<string, string>): boolean {
  const names = new Set([...Object.keys(fields), ...Object.keys(initial)]);
  names.delete("idempotencyKey");
  names.delete("version");
  return [...names].some((k) => (fields[k] ?? "") !== (initial[k] ?? ""));
}
