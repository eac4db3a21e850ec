import "server-only";
// Delivery of a field write from the browser's outbox (decision 0030). The
// browser posts the same form fields the server action would get, plus the
// ids the page bound (`$bound`, JSON), and learns from the answer what to do
// with the item: received (with the server's receipt), refused (with the
// reasons, in her language), a conflict with a newer version, signed out,
// or unavailable (try again later). The idempotency key in the fields makes
// a repeat answer what the first delivery answered (lib/data/write-once.ts).
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isDatabaseUnavailableError } from "@/lib/db/outage";
import { attemptWrite, formValues, translateErrors } from "./action";
import { fieldWriteEntry, isFieldWriteKind } from "./field-writes";

const MAX_ID = 2_147_483_647;

export type Delivery =
  | { state: "received"; receipt: { key: string | null; id: number | null; url: string; at: string } }
  | { state: "refused"; formError?: string; fieldErrors?: Record<string, string> }
  | { state: "conflict"; formError?: string; current?: Record<string, string | null> }
  | { state: "signed-out" }
  | { state: "unavailable"; formError?: string };

type Answer = { status: number; body: Delivery };

/** The bound ids as the page bound them: exactly the write's names, each a positive id. */
export function readBound(names: readonly string[], raw: FormDataEntryValue | null): Record<string, number> | null {
  if (typeof raw !== "string") return names.length === 0 ? {} : null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length !== names.length) return null;
  const out: Record<string, number> = {};
  for (const name of names) {
    const v = (parsed as Record<string, unknown>)[name];
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > MAX_ID) return null;
    out[name] = v;
  }
  return out;
}

async function refused(key: string, status: number): Promise<Answer> {
  const { formError } = await translateErrors({ _form: { key } });
  return { status, body: { state: "refused", formError } };
}

export async function deliverFieldWrite(kind: string, formData: FormData): Promise<Answer> {
  if (!isFieldWriteKind(kind)) return refused("validation.notFound", 404);
  const entry = fieldWriteEntry(kind);
  const user = await getCurrentUser().catch((e: unknown) => {
    if (isDatabaseUnavailableError(e)) return "unavailable" as const;
    throw e;
  });
  if (user === "unavailable") return { status: 503, body: { state: "unavailable" } };
  if (!user) return { status: 401, body: { state: "signed-out" } };
  const bound = readBound(entry.bound, formData.get("$bound"));
  if (!bound) return refused("validation.notFound", 404);
  const r = await attemptWrite(user, formData, (u, values, files) => entry.write(u, bound, values, files));
  if (r.ok) {
    revalidatePath(entry.revalidate);
    const value = r.value as { id?: unknown };
    const key = formData.get("idempotencyKey");
    return {
      status: 200,
      body: {
        state: "received",
        receipt: {
          key: typeof key === "string" ? key : null,
          id: typeof value?.id === "number" ? value.id : null,
          url: entry.to(r.value, bound),
          at: new Date().toISOString(),
        },
      },
    };
  }
  const words = await translateErrors(r.errors);
  if (r.reason === "unavailable") return { status: 503, body: { state: "unavailable", formError: words.formError } };
  if (r.reason === "forbidden") return { status: 403, body: { state: "refused", formError: words.formError } };
  if (r.errors._form?.key === "validation.stale") {
    const current = (await entry.current?.(user, bound, formValues(formData))) ?? undefined;
    return { status: 409, body: { state: "conflict", formError: words.formError, current } };
  }
  return { status: 422, body: { state: "refused", ...words } };
}
